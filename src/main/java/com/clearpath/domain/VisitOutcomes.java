package com.clearpath.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A client's visits as an outcome record: per visit its Goodman &amp; Baron grade, the treatment sessions done since
 * the visit before and its photos; and how the grade changed from the first graded visit to the latest. Pure: the
 * records are read elsewhere.
 */
public final class VisitOutcomes {
    private VisitOutcomes() {
    }

    /**
     * One visit: {@code id} is the consultation that counts (the latest final correction, or the visit itself),
     * {@code consultations} every entry of it (what it corrects included, where photos and sessions may hang).
     * {@code grade} is empty for a draft, whose grade was copied from the visit before and not yet measured;
     * {@code sessionsBefore} is empty for the first visit.
     */
    public record Visit(UUID id, Set<UUID> consultations, LocalDate on, boolean draft, Optional<Integer> grade,
                        Optional<Integer> sessionsBefore, int photos) {
        public Visit {
            consultations = Set.copyOf(consultations);
        }
    }

    /** How the grade moved between two graded visits; a lower grade is better. */
    public record Change(Direction direction, int grades, LocalDate since, int from, int to) {
    }

    public enum Direction {
        IMPROVED, NO_CHANGE, WORSE
    }

    /**
     * The visits oldest first. A consultation replaced by a final correction is not a visit of its own, nor is a
     * draft correction: both belong to the visit they correct.
     */
    public static List<Visit> timeline(List<ConsultationSummary> consultations, List<Photo> photos,
                                       List<RecordedSession> sessions) {
        Map<UUID, ConsultationSummary> byId = new HashMap<>();
        consultations.forEach(c -> byId.put(c.id(), c));
        Set<UUID> replaced = new HashSet<>();
        for (ConsultationSummary c : consultations) {
            if (c.correctsId() != null && c.status() == ConsultationStatus.FINAL) {
                replaced.add(c.correctsId());
            }
        }
        List<ConsultationSummary> counted = new ArrayList<>();
        for (ConsultationSummary c : consultations) {
            boolean draftCorrection = c.correctsId() != null && c.status() != ConsultationStatus.FINAL
                    && byId.containsKey(c.correctsId());
            if (!replaced.contains(c.id()) && !draftCorrection && c.consultedOn() != null) {
                counted.add(c);
            }
        }
        counted.sort(Comparator.comparing(ConsultationSummary::consultedOn)
                .thenComparing(c -> c.updatedAt() == null ? Instant.MIN : c.updatedAt()));
        Map<UUID, UUID> visitOf = new HashMap<>();
        for (ConsultationSummary c : counted) {
            for (UUID at = c.id(); at != null && byId.containsKey(at) && !visitOf.containsKey(at);
                 at = byId.get(at).correctsId()) {
                visitOf.put(at, c.id());
            }
        }
        // A draft correction hangs on the visit it corrects.
        for (ConsultationSummary c : consultations) {
            if (!visitOf.containsKey(c.id()) && c.correctsId() != null && visitOf.containsKey(c.correctsId())) {
                visitOf.put(c.id(), visitOf.get(c.correctsId()));
            }
        }
        List<Visit> out = new ArrayList<>();
        LocalDate previous = null;
        for (ConsultationSummary c : counted) {
            Set<UUID> entries = new HashSet<>();
            visitOf.forEach((entry, visit) -> {
                if (visit.equals(c.id())) {
                    entries.add(entry);
                }
            });
            boolean draft = c.status() != ConsultationStatus.FINAL;
            Optional<Integer> grade = draft ? Optional.empty() : Optional.ofNullable(c.goodmanGrade());
            Optional<Integer> before = previous == null ? Optional.empty()
                    : Optional.of(sessionsBetween(sessions, previous, c.consultedOn()));
            int shots = (int) photos.stream().filter(p -> entries.contains(p.consultationId())).count();
            out.add(new Visit(c.id(), entries, c.consultedOn(), draft, grade, before, shots));
            previous = c.consultedOn();
        }
        return out;
    }

    /**
     * Sessions performed from the day of {@code from} up to the day before {@code to}: a session on a visit's day
     * follows its assessment, so it counts towards the next visit.
     */
    public static int sessionsBetween(List<RecordedSession> sessions, LocalDate from, LocalDate to) {
        LocalDate start = from.isAfter(to) ? to : from;
        LocalDate end = from.isAfter(to) ? from : to;
        return (int) sessions.stream().map(s -> s.session().performedOn())
                .filter(d -> !d.isBefore(start) && d.isBefore(end))
                .count();
    }

    /** From the first graded visit to the latest one; empty with fewer than two graded visits. */
    public static Optional<Change> change(List<Visit> timeline) {
        List<Visit> graded = timeline.stream().filter(v -> v.grade().isPresent()).toList();
        if (graded.size() < 2) {
            return Optional.empty();
        }
        Visit first = graded.get(0);
        Visit latest = graded.get(graded.size() - 1);
        return Optional.of(change(first.on(), first.grade().get(), latest.grade().get()));
    }

    /** Grade {@code from} on {@code since}, grade {@code to} now: fewer grades is an improvement. */
    public static Change change(LocalDate since, int from, int to) {
        Direction d = to < from ? Direction.IMPROVED : to > from ? Direction.WORSE : Direction.NO_CHANGE;
        return new Change(d, Math.abs(from - to), since, from, to);
    }
}
