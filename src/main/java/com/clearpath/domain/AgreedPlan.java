package com.clearpath.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The plan as the practitioner agreed it: the engine's plan with every override applied. The one place the
 * overrides' meaning lives; the wizard, the handout, the clinician summary and the command line read it from here.
 * <ul>
 * <li>a declined option leaves the ranked list and, when it was a step's treatment, drops that step;</li>
 * <li>a chosen alternative takes the step's place (with its own sessions and interval), the engine's choice
 * becoming an alternative;</li>
 * <li>a dropped step is gone, a moved step begins in its new week;</li>
 * <li>an added treatment is a step of its own, by default after the clinic visits (home care from the start).</li>
 * </ul>
 * Steps are numbered again in the order they begin, and the suggested visits, the totals and the event's fit are
 * made again for the changed steps: unchanged steps keep the engine's dates (with any pause it made for the
 * event), changed ones get the shortest course from their start week. Overrides that no longer fit the plan (a
 * plan made again from changed answers) are left out here and reported by {@link OverrideRules}.
 *
 * @param protocol the agreed protocol, null when the plan has none
 * @param recommendations the ranked options still agreed (declined ones left out)
 * @param added the steps the practitioner added, by treatment
 */
public record AgreedPlan(Plan plan, Protocol protocol, List<Recommendation> recommendations, List<PlanOverride> overrides,
                         Set<Treatment> added, Set<Treatment> declined) {

    public AgreedPlan {
        recommendations = List.copyOf(recommendations);
        overrides = List.copyOf(overrides);
        added = Set.copyOf(added);
        declined = Set.copyOf(declined);
    }

    public Optional<Protocol> protocolIfAny() {
        return Optional.ofNullable(protocol);
    }

    /** True when the practitioner added this step (it has no reasons from the engine). */
    public boolean wasAdded(ProtocolStep s) {
        return added.contains(s.treatment());
    }

    /** The plan's own step this agreed step came from (by the treatment that names it), if any. */
    public Optional<ProtocolStep> proposed(ProtocolStep agreed) {
        if (plan.protocol() == null) {
            return Optional.empty();
        }
        Treatment key = overrides.stream().filter(o -> o.action() == PlanOverride.Action.ALTERNATIVE_CHOSEN
                && o.treatment() == agreed.treatment()).map(PlanOverride::replaces).findFirst().orElse(agreed.treatment());
        return plan.protocol().steps().stream().filter(s -> s.treatment() == key).findFirst();
    }

    /** The overrides about a step of the plan's protocol or an added one (named by its treatment there). */
    public List<PlanOverride> overridesOf(Treatment stepKey) {
        return overrides.stream().filter(o -> o.step() == stepKey).toList();
    }

    public static AgreedPlan of(Plan plan, List<PlanOverride> overrides) {
        Set<Treatment> declined = EnumSet.noneOf(Treatment.class);
        for (PlanOverride o : overrides) {
            if (o.action() == PlanOverride.Action.DECLINED) {
                declined.add(o.treatment());
            }
        }
        List<Recommendation> now = plan.recommendations().stream().filter(r -> !declined.contains(r.treatment())).toList();
        Protocol p = plan.protocol();
        if (p == null) {
            return new AgreedPlan(plan, null, now, overrides, Set.of(), declined);
        }
        return new Builder(plan, overrides, declined).build(now);
    }

    /** One agreed step while it is put together: where it came from, and whether its calendar must be made again. */
    private static final class Draft {
        final ProtocolStep step;
        final int rank;
        final boolean changed;

        Draft(ProtocolStep step, int rank, boolean changed) {
            this.step = step;
            this.rank = rank;
            this.changed = changed;
        }
    }

    private static final class Builder {
        final Plan plan;
        final Protocol p;
        final List<PlanOverride> overrides;
        final Set<Treatment> declined;
        final Map<Treatment, Recommendation> options = new EnumMap<>(Treatment.class);
        final Map<Treatment, PlanOverride> chosen = new EnumMap<>(Treatment.class);
        final Map<Treatment, Integer> moved = new EnumMap<>(Treatment.class);
        final Set<Treatment> dropped = EnumSet.noneOf(Treatment.class);
        final Set<Treatment> addedSet = new LinkedHashSet<>();
        final Map<Treatment, Integer> addedWeek = new EnumMap<>(Treatment.class);

        Builder(Plan plan, List<PlanOverride> overrides, Set<Treatment> declined) {
            this.plan = plan;
            this.p = plan.protocol();
            this.overrides = overrides;
            this.declined = declined;
            OverrideRules.suitable(plan).forEach(r -> options.putIfAbsent(r.treatment(), r));
            for (PlanOverride o : overrides) {
                switch (o.action()) {
                    case ALTERNATIVE_CHOSEN -> {
                        Optional<ProtocolStep> s = OverrideRules.step(p, o.replaces());
                        if (s.isPresent() && s.get().alternatives().contains(o.treatment())) {
                            chosen.putIfAbsent(o.replaces(), o);
                        }
                    }
                    case STEP_DROPPED -> dropped.add(o.treatment());
                    case STEP_MOVED -> {
                        if (OverrideRules.startWeek("", o.startWeek(), true).isEmpty()) {
                            moved.putIfAbsent(o.treatment(), o.startWeek());
                        }
                    }
                    case STEP_ADDED, ADDED -> {
                        addedSet.add(o.treatment());
                        if (o.startWeek() != null && OverrideRules.startWeek("", o.startWeek(), false).isEmpty()) {
                            addedWeek.put(o.treatment(), o.startWeek());
                        }
                    }
                    default -> {
                    }
                }
            }
            dropped.addAll(declined);
            addedSet.removeAll(declined);
            addedSet.removeAll(p.treatments());
        }

        /**
         * How many weeks a step follows a step moved later: a step that began later than the moved one
         * (resurfacing after individual-scar techniques, reference I2; maintenance after the clinic course) keeps
         * its gap after it; one that began in the same week is done alongside it, not after it. Priming, and steps
         * moved by hand, stay where they are.
         */
        int pulled(ProtocolStep s) {
            if (s.purpose() == StepPurpose.PRIME || moved.containsKey(s.treatment())) {
                return 0;
            }
            int by = 0;
            for (ProtocolStep m : p.steps()) {
                Integer to = moved.get(m.treatment());
                if (to != null && m != s && m.inClinic() && !dropped.contains(m.treatment())
                        && m.order() < s.order() && s.startWeek().min() > m.startWeek().min()) {
                    by = Math.max(by, to - m.startWeek().min());
                }
            }
            return by;
        }

        AgreedPlan build(List<Recommendation> now) {
            List<Draft> drafts = new ArrayList<>();
            Set<Treatment> inProtocol = EnumSet.noneOf(Treatment.class);
            int rank = 0;
            for (ProtocolStep s : p.steps()) {
                rank++;
                if (dropped.contains(s.treatment())) {
                    continue;
                }
                PlanOverride alt = chosen.get(s.treatment());
                Treatment t = alt == null ? s.treatment() : alt.treatment();
                List<Treatment> alternatives = new ArrayList<>();
                if (alt != null) {
                    alternatives.add(s.treatment());
                }
                s.alternatives().stream().filter(a -> a != t).forEach(alternatives::add);
                alternatives.removeIf(a -> declined.contains(a) || addedSet.contains(a));
                int pull = pulled(s);
                Range start = moved.containsKey(s.treatment()) ? Range.of(moved.get(s.treatment()), moved.get(s.treatment()))
                        : pull > 0 ? Range.of(s.startWeek().min() + pull, s.startWeek().max() + pull) : s.startWeek();
                Range sessions = s.sessions();
                Range interval = s.intervalWeeks();
                if (alt != null) {
                    Recommendation r = options.get(t);
                    sessions = t.procedure() && r != null ? r.sessions() : null;
                    interval = t.procedure() && r != null ? r.intervalWeeks() : null;
                }
                boolean changed = alt != null || moved.containsKey(s.treatment()) || pull > 0;
                drafts.add(new Draft(new ProtocolStep(s.order(), s.purpose(), t, alternatives, s.targets(), start,
                        sessions, interval, s.sources(), s.why()), rank, changed));
                inProtocol.add(t);
            }
            int clinicEnd = clinicEnd(drafts);
            Set<Treatment> added = EnumSet.noneOf(Treatment.class);
            for (Treatment t : addedSet) {
                if (inProtocol.contains(t)) {
                    continue;
                }
                Recommendation r = options.get(t);
                int week = moved.getOrDefault(t, addedWeek.getOrDefault(t, t.procedure() ? clinicEnd : 0));
                List<ConcernKind> targets = r == null ? List.of() : r.targets();
                drafts.add(new Draft(new ProtocolStep(0, StepPurpose.of(t), t, List.of(), targets, Range.of(week, week),
                        t.procedure() && r != null ? r.sessions() : null, t.procedure() && r != null ? r.intervalWeeks() : null,
                        r == null ? List.of() : r.sources(), List.of()), ++rank, true));
                added.add(t);
            }
            boolean calendarChanged = drafts.stream().anyMatch(d -> d.changed) || drafts.size() != p.steps().size();
            drafts.sort(Comparator.<Draft>comparingInt(d -> d.step.startWeek().min())
                    .thenComparingInt(d -> d.step.startWeek().max()).thenComparingInt(d -> d.rank));
            List<ProtocolStep> steps = new ArrayList<>();
            for (Draft d : drafts) {
                steps.add(d.step.withOrder(steps.size() + 1));
            }
            if (!calendarChanged) {
                Protocol same = new Protocol(p.startsOn(), p.startsAfterHolds(), steps, p.visits(), p.visitCount(),
                        p.durationWeeks(), p.downtimeDays(), p.eventDate());
                return new AgreedPlan(plan, same, now, overrides, added, declined);
            }
            return new AgreedPlan(plan, calendar(drafts, steps), now, overrides, added, declined);
        }

        /** The week the clinic visits end in the shortest course: where an added procedure goes by default. */
        int clinicEnd(List<Draft> drafts) {
            int end = 0;
            for (Draft d : drafts) {
                ProtocolStep s = d.step;
                if (s.inClinic() && s.sessions() != null) {
                    int interval = s.intervalWeeks() == null ? 1 : s.intervalWeeks().min();
                    end = Math.max(end, s.startWeek().min() + (s.sessions().min() - 1) * interval + Math.max(1, interval));
                }
            }
            return end;
        }

        int downtime(Treatment t, boolean most) {
            Recommendation r = options.get(t);
            if (r == null || r.downtimeDays() == null) {
                return 0;
            }
            return most ? r.downtimeDays().max() : r.downtimeDays().min();
        }

        /** Visits, totals and the event's fit for the agreed steps. */
        Protocol calendar(List<Draft> drafts, List<ProtocolStep> steps) {
            LocalDate start = p.startsOn();
            // Date → treatments done that day: unchanged steps keep the engine's dates, changed ones start afresh.
            TreeMap<LocalDate, List<Treatment>> days = new TreeMap<>();
            Set<Treatment> kept = EnumSet.noneOf(Treatment.class);
            for (Draft d : drafts) {
                if (!d.changed) {
                    kept.add(d.step.treatment());
                }
            }
            for (Visit v : p.visits()) {
                for (Treatment t : v.treatments()) {
                    if (kept.contains(t)) {
                        days.computeIfAbsent(v.date(), k -> new ArrayList<>()).add(t);
                    }
                }
            }
            // The longest course: every figure at its most, as the engine's second scenario.
            TreeMap<Integer, List<Treatment>> longest = new TreeMap<>();
            int shortestEnd = -1;
            int longestEnd = -1;
            for (Draft d : drafts) {
                ProtocolStep s = d.step;
                if (!s.inClinic() || s.sessions() == null) {
                    continue;
                }
                Range interval = s.intervalWeeks() == null ? Range.of(0, 0) : s.intervalWeeks();
                if (d.changed) {
                    for (int i = 0; i < s.sessions().min(); i++) {
                        LocalDate date = start.plusWeeks(s.startWeek().min() + (long) i * interval.min());
                        days.computeIfAbsent(date, k -> new ArrayList<>()).add(s.treatment());
                    }
                }
                for (int i = 0; i < s.sessions().max(); i++) {
                    longest.computeIfAbsent(s.startWeek().max() + i * interval.max(), k -> new ArrayList<>()).add(s.treatment());
                }
                longestEnd = Math.max(longestEnd, s.startWeek().max() + (s.sessions().max() - 1) * interval.max()
                        + Math.max(1, interval.max()));
            }
            List<Visit> visits = new ArrayList<>();
            int shortestDowntime = 0;
            for (Map.Entry<LocalDate, List<Treatment>> e : days.entrySet()) {
                List<Treatment> ts = e.getValue().stream().distinct().toList();
                int down = ts.stream().mapToInt(t -> downtime(t, true)).max().orElse(0);
                shortestDowntime += ts.stream().mapToInt(t -> downtime(t, false)).max().orElse(0);
                visits.add(new Visit(visits.size() + 1, e.getKey(), ts, e.getKey().plusDays(down)));
                for (Treatment t : ts) {
                    ProtocolStep s = steps.stream().filter(x -> x.treatment() == t).findFirst().orElseThrow();
                    int tail = s.intervalWeeks() == null ? 1 : Math.max(1, s.intervalWeeks().min());
                    shortestEnd = Math.max(shortestEnd, (int) ChronoUnit.WEEKS.between(start, e.getKey()) + tail);
                }
            }
            int longestDowntime = 0;
            for (List<Treatment> ts : longest.values()) {
                longestDowntime += ts.stream().mapToInt(t -> downtime(t, true)).max().orElse(0);
            }
            Range count = ordered(visits.size(), longest.size());
            Range duration = shortestEnd < 0 ? p.durationWeeks() : ordered(shortestEnd, Math.max(longestEnd, 0));
            Range downtime = ordered(shortestDowntime, longestDowntime);
            return new Protocol(start, p.startsAfterHolds(), steps, visits, count, duration, downtime,
                    eventFit(visits, steps));
        }

        /** The event's fit for the agreed visits: still as the engine arranged it, or the first step now in the way. */
        EventFit eventFit(List<Visit> visits, List<ProtocolStep> steps) {
            EventFit was = p.eventDate();
            if (was == null) {
                return null;
            }
            String clear = was.args().isEmpty() ? "14" : was.args().get(0);
            int days;
            try {
                days = Integer.parseInt(clear);
            } catch (NumberFormatException e) {
                days = 14;
            }
            if (visits.isEmpty()) {
                return new EventFit(was.date(), true, EventFitCode.NO_VISITS, List.of(clear));
            }
            LocalDate windowStart = was.date().minusDays(days);
            for (Visit v : visits) {
                if (!v.date().isAfter(was.date()) && !v.downtimeUntil().isBefore(windowStart)) {
                    Treatment t = v.treatments().get(0);
                    int order = steps.stream().filter(s -> s.treatment() == t).findFirst().map(ProtocolStep::order).orElse(0);
                    return new EventFit(was.date(), false, EventFitCode.STEP_MUST_MOVE,
                            List.of(clear, Integer.toString(order), t.name()));
                }
            }
            return was.fits() && was.code() != EventFitCode.NO_VISITS ? was
                    : new EventFit(was.date(), true, EventFitCode.CLEAR, List.of(clear));
        }

        static Range ordered(int a, int b) {
            return Range.of(Math.min(a, b), Math.max(a, b));
        }
    }
}
