package com.clearpath.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed since an earlier visit: its day and the changes, in a fixed order (concerns by kind, grade, skin,
 * active acne, screening, plan). A value the current visit has not recorded yet (no grade, no IGA) is not a change:
 * the comparison is kept up to date while the visit is filled in, and an unanswered field says nothing.
 * Screening answers are the ones that apply, so a yes no longer given counts as gone.
 *
 * @param since the earlier visit's day, null when it had none
 */
public record IntakeChanges(LocalDate since, List<IntakeChange> changes) {

    public IntakeChanges {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes in the intake alone. */
    public static IntakeChanges between(Intake earlier, Intake now) {
        return between(earlier, null, now, null);
    }

    /**
     * The changes in the intake and, when both plans are known, in the plan: treatments of the agreed protocol (or,
     * without one, the agreed options) added or dropped.
     */
    public static IntakeChanges between(Intake earlier, AgreedPlan earlierPlan, Intake now, AgreedPlan nowPlan) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(now, "now");
        List<IntakeChange> out = new ArrayList<>();
        concerns(earlier, now, out);
        grade(earlier.goodmanBaronGrade(), now.goodmanBaronGrade(), out);
        skin(earlier.skin(), now.skin(), out);
        acne(earlier.activeAcne(), now.activeAcne(), out);
        screening(earlier.screening(), now.screening(), out);
        if (earlierPlan != null && nowPlan != null) {
            plan(treatments(earlierPlan), treatments(nowPlan), out);
        }
        return new IntakeChanges(earlier.consultedOn(), out);
    }

    /** What changed since a kept visit (with its agreed plan when it has one) in this intake and agreed plan. */
    public static IntakeChanges since(StoredConsultation earlier, Intake now, AgreedPlan nowPlan) {
        AgreedPlan was = earlier.plan() == null ? null : AgreedPlan.of(earlier.plan(), earlier.overrides());
        return between(earlier.intake(), was, now, nowPlan);
    }

    /** The treatments an agreed plan carries out: its protocol's steps, else its agreed options. */
    public static Set<Treatment> treatments(AgreedPlan agreed) {
        Set<Treatment> out = new LinkedHashSet<>();
        if (agreed.protocol() != null) {
            agreed.protocol().steps().forEach(s -> out.add(s.treatment()));
        } else {
            agreed.recommendations().forEach(r -> out.add(r.treatment()));
        }
        return out;
    }

    /** One concern kind as a visit recorded it: every zone and the PIH depth (first recorded) of its entries. */
    private record Found(Set<Zone> zones, PigmentDepth depth) {
    }

    private static Map<ConcernKind, Found> byKind(Intake in) {
        Map<ConcernKind, Set<Zone>> zones = new EnumMap<>(ConcernKind.class);
        Map<ConcernKind, PigmentDepth> depth = new EnumMap<>(ConcernKind.class);
        for (Concern c : in.concerns()) {
            if (c == null || c.kind() == null) {
                continue;
            }
            Set<Zone> z = zones.computeIfAbsent(c.kind(), k -> EnumSet.noneOf(Zone.class));
            c.zones().stream().filter(Objects::nonNull).forEach(z::add);
            if (c.pigmentDepth() != null) {
                depth.putIfAbsent(c.kind(), c.pigmentDepth());
            }
        }
        Map<ConcernKind, Found> out = new EnumMap<>(ConcernKind.class);
        zones.forEach((k, z) -> out.put(k, new Found(z, depth.get(k))));
        return out;
    }

    private static void concerns(Intake earlier, Intake now, List<IntakeChange> out) {
        Map<ConcernKind, Found> was = byKind(earlier);
        Map<ConcernKind, Found> is = byKind(now);
        for (ConcernKind k : ConcernKind.values()) {
            Found a = was.get(k);
            Found b = is.get(k);
            boolean mark = !k.scar();
            if (a == null && b != null) {
                zones(mark ? IntakeChange.Code.MARKS_NEW : IntakeChange.Code.CONCERN_NEW, k, b.zones(), Set.of(), true, out);
            } else if (a != null && b == null) {
                out.add(IntakeChange.of(mark ? IntakeChange.Code.MARKS_GONE : IntakeChange.Code.CONCERN_GONE, k.name()));
            } else if (a != null) {
                zones(IntakeChange.Code.ZONES_ADDED, k, b.zones(), a.zones(), false, out);
                zones(IntakeChange.Code.ZONES_CLEARED, k, a.zones(), b.zones(), false, out);
                if (a.depth() != null && b.depth() != null && a.depth() != b.depth()) {
                    out.add(IntakeChange.of(IntakeChange.Code.PIGMENT_DEPTH_CHANGED, a.depth().name(), b.depth().name()));
                }
            }
        }
    }

    /** The zones of {@code in} that {@code notIn} lacks, as one change; {@code always}: even when there are none. */
    private static void zones(IntakeChange.Code code, ConcernKind k, Set<Zone> in, Set<Zone> notIn, boolean always,
                              List<IntakeChange> out) {
        List<String> args = new ArrayList<>();
        args.add(k.name());
        for (Zone z : in) {
            if (!notIn.contains(z)) {
                args.add(z.name());
            }
        }
        if (always || args.size() > 1) {
            out.add(new IntakeChange(code, args));
        }
    }

    private static void grade(Integer was, Integer is, List<IntakeChange> out) {
        if (was != null && is != null && !was.equals(is)) {
            out.add(IntakeChange.of(is < was ? IntakeChange.Code.GRADE_BETTER : IntakeChange.Code.GRADE_WORSE,
                    was.toString(), is.toString()));
        }
    }

    private static void skin(SkinProfile was, SkinProfile is, List<IntakeChange> out) {
        if (was == null || is == null) {
            return;
        }
        if (was.fitzpatrick() != null && is.fitzpatrick() != null && !was.fitzpatrick().equals(is.fitzpatrick())) {
            out.add(IntakeChange.of(IntakeChange.Code.FITZPATRICK_CHANGED, was.fitzpatrick().toString(),
                    is.fitzpatrick().toString()));
        }
        if (was.sensitivity() != null && is.sensitivity() != null && was.sensitivity() != is.sensitivity()) {
            out.add(IntakeChange.of(IntakeChange.Code.SENSITIVITY_CHANGED, was.sensitivity().name(),
                    is.sensitivity().name()));
        }
    }

    private static void acne(ActiveAcne was, ActiveAcne is, List<IntakeChange> out) {
        // The nodule answer is a tick box, unticked until asked: it counts once the IGA grade says acne was graded.
        if (was == null || is == null || was.iga() == null || is.iga() == null) {
            return;
        }
        if (!was.iga().equals(is.iga())) {
            out.add(IntakeChange.of(is.iga() < was.iga() ? IntakeChange.Code.ACNE_BETTER : IntakeChange.Code.ACNE_WORSE,
                    was.iga().toString(), is.iga().toString()));
        }
        if (is.nodulesOrCysts() && !was.nodulesOrCysts()) {
            out.add(IntakeChange.of(IntakeChange.Code.NODULES_NEW));
        } else if (was.nodulesOrCysts() && !is.nodulesOrCysts()) {
            out.add(IntakeChange.of(IntakeChange.Code.NODULES_GONE));
        }
    }

    private static void screening(List<Screening> was, List<Screening> is, List<IntakeChange> out) {
        for (Screening s : Screening.values()) {
            boolean before = was.contains(s);
            boolean now = is.contains(s);
            if (now && !before) {
                out.add(IntakeChange.of(IntakeChange.Code.SCREENING_NEW, s.name()));
            } else if (before && !now) {
                out.add(IntakeChange.of(IntakeChange.Code.SCREENING_GONE, s.name()));
            }
        }
    }

    private static void plan(Set<Treatment> was, Set<Treatment> is, List<IntakeChange> out) {
        for (Treatment t : is) {
            if (!was.contains(t)) {
                out.add(IntakeChange.of(IntakeChange.Code.TREATMENT_ADDED, t.name()));
            }
        }
        for (Treatment t : was) {
            if (!is.contains(t)) {
                out.add(IntakeChange.of(IntakeChange.Code.TREATMENT_DROPPED, t.name()));
            }
        }
    }
}
