package com.clearpath.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agreed plan's visits as they stand once sessions are done: a visit done takes the day its session was actually
 * performed; the next one is the day booked with the client at the last session, else its planned gap after the
 * visit before it; every later visit keeps its planned gap after the one before (so healing intervals and the weeks
 * between individual-scar techniques and resurfacing are kept as the plan was built with them). A late session moves
 * what follows later, an early one earlier, never before a visit already done; a session beyond the plan's (a repeat,
 * or a treatment outside it) counts as a visit the next one follows. Pure: the same plan and sessions give the same
 * calendar.
 *
 * <p>A session is the visit of its treatment in visit order: the n-th counted session of a treatment is the n-th
 * visit that has it, the way "session 2 of 3" counts it, since a step's sessions are done one visit after the other.
 */
public final class VisitSchedule {

    /** One visit: as the plan has it, as it stands now, and the day it was done (empty while it is to come). */
    public record Scheduled(Visit planned, Visit standing, Optional<LocalDate> doneOn) {
        public boolean done() {
            return doneOn.isPresent();
        }

        /** True when it stands on another day than planned. */
        public boolean moved() {
            return !standing.date().equals(planned.date());
        }
    }

    /** One counted session as the calendar needs it. */
    private record Done(LocalDate on, Treatment treatment, Optional<LocalDate> booked) {
    }

    private final Protocol planned;
    private final List<Done> done;
    private final List<Scheduled> visits;

    private VisitSchedule(Protocol planned, List<Done> done) {
        this.planned = planned;
        this.done = List.copyOf(done);
        this.visits = standing(planned, this.done);
    }

    /** The calendar of {@code planned} with {@code sessions} (all entries; corrected ones do not count). */
    public static VisitSchedule of(Protocol planned, List<RecordedSession> sessions) {
        List<Done> done = new ArrayList<>();
        for (RecordedSession r : StepProgress.current(sessions)) {
            TreatmentSession s = r.session();
            done.add(new Done(s.performedOn(), s.treatment(), s.nextVisit()));
        }
        return new VisitSchedule(planned, done);
    }

    /** The calendar of an agreed plan with its sessions; empty when the plan has no protocol. */
    public static Optional<VisitSchedule> of(AgreedPlan agreed, List<RecordedSession> sessions) {
        return agreed.protocolIfAny().map(p -> of(p, sessions));
    }

    /** The protocol as agreed, with its planned dates. */
    public Protocol planned() {
        return planned;
    }

    /** Every visit, in the plan's order. */
    public List<Scheduled> visits() {
        return visits;
    }

    /** The first visit to come after the last one done; empty when every visit is done (or there are none). */
    public Optional<Scheduled> next() {
        int last = -1;
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i).done()) {
                last = i;
            }
        }
        return last + 1 < visits.size() ? Optional.of(visits.get(last + 1)) : Optional.empty();
    }

    /**
     * The protocol with its visits on the days they stand; steps and totals as agreed. An event the plan kept clear
     * that a visit still to come now shows downtime before is said not to fit, naming that visit's step.
     */
    public Protocol standing() {
        Protocol p = planned;
        return new Protocol(p.startsOn(), p.startsAfterHolds(), p.steps(),
                visits.stream().map(Scheduled::standing).toList(), p.visitCount(), p.durationWeeks(), p.downtimeDays(),
                eventFit());
    }

    private EventFit eventFit() {
        EventFit was = planned.eventDate();
        if (was == null || !was.fits() || was.args().isEmpty()) {
            return was;
        }
        int clear;
        try {
            clear = Integer.parseInt(was.args().get(0));
        } catch (NumberFormatException e) {
            return was;
        }
        LocalDate windowStart = was.date().minusDays(clear);
        for (Scheduled s : visits) {
            Visit v = s.standing();
            if (!s.done() && s.moved() && !v.date().isAfter(was.date()) && v.downtimeUntil() != null
                    && !v.downtimeUntil().isBefore(windowStart)) {
                Treatment t = v.treatments().get(0);
                int order = planned.steps().stream().filter(x -> x.treatment() == t).findFirst()
                        .map(ProtocolStep::order).orElse(0);
                return new EventFit(was.date(), false, EventFitCode.STEP_MUST_MOVE,
                        List.of(was.args().get(0), Integer.toString(order), t.name()));
            }
        }
        return was;
    }

    /**
     * The day the next visit would stand on if a session of {@code treatment} were done on {@code on} with nothing
     * booked: what a new session's "next visit" is suggested as.
     */
    public Optional<LocalDate> nextAfter(LocalDate on, Treatment treatment) {
        List<Done> with = new ArrayList<>(done);
        with.add(new Done(on, treatment, Optional.empty()));
        return new VisitSchedule(planned, with).next().map(s -> s.standing().date());
    }

    private static List<Scheduled> standing(Protocol p, List<Done> sessions) {
        List<Visit> planned = p.visits();
        // Stable: sessions of the same day stay in the order they were recorded.
        List<Done> inOrder = sessions.stream().sorted(Comparator.comparing(Done::on)).toList();
        LocalDate[] doneOn = new LocalDate[planned.size()];
        Map<Treatment, Integer> counted = new EnumMap<>(Treatment.class);
        for (Done d : inOrder) {
            int nth = counted.merge(d.treatment(), 1, Integer::sum);
            int i = nthVisitOf(planned, d.treatment(), nth);
            if (i >= 0 && (doneOn[i] == null || d.on().isAfter(doneOn[i]))) {
                // A visit of two treatments is done by the later of its sessions: the gaps after it start there.
                doneOn[i] = d.on();
            }
        }
        int last = -1;
        LocalDate latestDone = null;
        for (int i = 0; i < doneOn.length; i++) {
            if (doneOn[i] != null) {
                last = i;
                latestDone = latestDone == null || doneOn[i].isAfter(latestDone) ? doneOn[i] : latestDone;
            }
        }
        Optional<LocalDate> booked = inOrder.isEmpty() ? Optional.empty() : inOrder.get(inOrder.size() - 1).booked();
        LocalDate latest = inOrder.isEmpty() ? null : inOrder.get(inOrder.size() - 1).on();
        List<Scheduled> out = new ArrayList<>();
        LocalDate before = null;
        for (int i = 0; i < planned.size(); i++) {
            Visit v = planned.get(i);
            LocalDate date;
            if (doneOn[i] != null) {
                date = doneOn[i];
            } else {
                // A session beyond the plan's (a repeat) is a visit too: what comes next keeps its gap after it.
                boolean afterRepeat = before != null && latest != null && i > last && latest.isAfter(before);
                LocalDate from = afterRepeat ? latest : before;
                date = from == null ? v.date()
                        : from.plusDays(ChronoUnit.DAYS.between(planned.get(i - 1).date(), v.date()));
                if (i == last + 1 && booked.isPresent()) {
                    date = booked.get();
                }
                if (latestDone != null && date.isBefore(latestDone)) {
                    date = latestDone;
                }
            }
            LocalDate downtime = v.downtimeUntil() == null ? null
                    : date.plusDays(ChronoUnit.DAYS.between(v.date(), v.downtimeUntil()));
            out.add(new Scheduled(v, new Visit(v.visit(), date, v.treatments(), downtime),
                    Optional.ofNullable(doneOn[i])));
            before = date;
        }
        return List.copyOf(out);
    }

    /** The index of the {@code nth} visit (from 1) that has {@code t}; -1 when the plan has fewer. */
    private static int nthVisitOf(List<Visit> visits, Treatment t, int nth) {
        int seen = 0;
        for (int i = 0; i < visits.size(); i++) {
            if (visits.get(i).treatments().contains(t) && ++seen == nth) {
                return i;
            }
        }
        return -1;
    }
}
