package com.clearpath.engine;

import static com.clearpath.domain.ConcernKind.BOXCAR_DEEP;
import static com.clearpath.domain.ConcernKind.HYPERTROPHIC;
import static com.clearpath.domain.ConcernKind.ICE_PICK;
import static com.clearpath.domain.ConcernKind.KELOID;
import static com.clearpath.domain.ConcernKind.PIE;
import static com.clearpath.domain.ConcernKind.PIH;
import static com.clearpath.domain.ConcernKind.ROLLING;
import static com.clearpath.domain.Treatment.ABLATIVE_RESURFACING;
import static com.clearpath.domain.Treatment.CHEMICAL_PEEL_MEDIUM;
import static com.clearpath.domain.Treatment.CHEMICAL_PEEL_SUPERFICIAL;
import static com.clearpath.domain.Treatment.DERMAL_FILLER;
import static com.clearpath.domain.Treatment.FRACTIONAL_ABLATIVE_LASER;
import static com.clearpath.domain.Treatment.FRACTIONAL_NONABLATIVE_LASER;
import static com.clearpath.domain.Treatment.INTRALESIONAL_STEROID;
import static com.clearpath.domain.Treatment.IPL;
import static com.clearpath.domain.Treatment.MICRONEEDLING;
import static com.clearpath.domain.Treatment.MICRONEEDLING_PRP;
import static com.clearpath.domain.Treatment.PUNCH_TECHNIQUES;
import static com.clearpath.domain.Treatment.RF_MICRONEEDLING;
import static com.clearpath.domain.Treatment.SILICONE_GEL;
import static com.clearpath.domain.Treatment.SUBCISION;
import static com.clearpath.domain.Treatment.SUN_PROTECTION;
import static com.clearpath.domain.Treatment.TCA_CROSS;
import static com.clearpath.domain.Treatment.TOPICAL_DEPIGMENTING;
import static com.clearpath.domain.Treatment.TOPICAL_RETINOID;
import static com.clearpath.domain.Treatment.VASCULAR_LASER;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.EventFit;
import com.clearpath.domain.EventFitCode;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Range;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.StepPurpose;
import com.clearpath.domain.StepReason;
import com.clearpath.domain.StepReasonCode;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Visit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Builds the one combined protocol from the plan's suitable options (reference section I): a step per purpose with
 * one chosen treatment and the other suitable ones as alternatives, ordered and put on a calendar. Pure: the same
 * options, facts and dates give the same protocol.
 */
final class ProtocolBuilder {
    /** At most three in-clinic treatments for atrophic scars (I1: published combinations use two or three). */
    static final int ATROPHIC_STEPS_MAX = 3;

    static final Set<Treatment> INDIVIDUAL = EnumSet.of(TCA_CROSS, PUNCH_TECHNIQUES);
    static final Set<Treatment> RESURFACERS = EnumSet.of(RF_MICRONEEDLING, MICRONEEDLING_PRP, MICRONEEDLING,
            FRACTIONAL_NONABLATIVE_LASER, FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM, ABLATIVE_RESURFACING);
    static final Set<Treatment> RAISED = EnumSet.of(INTRALESIONAL_STEROID, SILICONE_GEL, VASCULAR_LASER);
    static final Set<Treatment> MARKS = EnumSet.of(TOPICAL_DEPIGMENTING, VASCULAR_LASER, IPL, CHEMICAL_PEEL_SUPERFICIAL,
            FRACTIONAL_NONABLATIVE_LASER);
    static final Set<Treatment> PIE_PROCEDURES = EnumSet.of(VASCULAR_LASER, IPL);
    static final Set<ConcernKind> INDIVIDUAL_KINDS = EnumSet.of(ICE_PICK, BOXCAR_DEEP);
    static final Set<ConcernKind> RAISED_KINDS = EnumSet.of(HYPERTROPHIC, KELOID);

    private final PlannerOptions options;

    ProtocolBuilder(PlannerOptions options) {
        this.options = options;
    }

    /** Pigment risk of a resurfacing option, lowest first (reference E2, I1). */
    static int pigmentRisk(Treatment t) {
        return switch (t) {
            case MICRONEEDLING, MICRONEEDLING_PRP, RF_MICRONEEDLING -> 0;
            case FRACTIONAL_NONABLATIVE_LASER -> 1;
            case FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM -> 2;
            default -> 3;
        };
    }

    /** Darker (IV–VI) or sensitive skin: the resurfacing chosen is the one with the least pigment risk (I1). */
    static boolean pigmentCareful(ClientFacts f) {
        return f.darkerSkin() || f.sensitivity() != Sensitivity.NORMAL || f.conditions().contains(SkinCondition.ROSACEA);
    }

    /** A step while it is being put together. */
    private static final class Draft {
        final StepPurpose purpose;
        Recommendation chosen;
        final List<Treatment> alternatives = new ArrayList<>();
        final Set<ConcernKind> targets = EnumSet.noneOf(ConcernKind.class);
        final List<StepReason> why = new ArrayList<>();
        int[] start = new int[2];
        /** Weeks of the sessions in each scenario (empty for home care). */
        final List<List<Integer>> sessionWeeks = List.of(new ArrayList<>(), new ArrayList<>());

        Draft(StepPurpose purpose, Recommendation chosen) {
            this.purpose = purpose;
            this.chosen = chosen;
        }

        boolean inClinic() {
            return chosen.treatment().procedure();
        }

        int end(int scenario) {
            List<Integer> weeks = sessionWeeks.get(scenario);
            if (weeks.isEmpty()) {
                return start[scenario];
            }
            int last = weeks.get(weeks.size() - 1);
            Range interval = chosen.intervalWeeks();
            int tail = interval != null ? pick(interval, scenario)
                    : (int) Math.ceil(pick(chosen.downtimeDays(), scenario) / 7.0);
            return last + Math.max(1, tail);
        }
    }

    private static int pick(Range r, int scenario) {
        return scenario == 0 ? r.min() : r.max();
    }

    /** Everything the protocol is built from. */
    record Input(ClientFacts facts, List<Recommendation> suitable, boolean defer, List<HoldCode> holds,
                 LocalDate startsOn, LocalDate eventDate) {
    }

    Protocol build(Input in) {
        Selection s = new Selection(in);
        List<Draft> drafts = s.select();
        schedule(drafts);
        drafts.sort(Comparator.<Draft>comparingInt(d -> d.start[0]).thenComparingInt(d -> d.start[1])
                .thenComparing(d -> d.purpose));
        List<Visit> visits = visits(drafts, in.startsOn(), 0);
        int[] visitCount = {distinctWeeks(drafts, 0), distinctWeeks(drafts, 1)};
        int[] downtime = {downtime(drafts, 0), downtime(drafts, 1)};
        int[] duration = {duration(drafts, 0), duration(drafts, 1)};

        EventFit fit = null;
        if (in.eventDate() != null) {
            Arranged a = arrange(drafts, visits, in.startsOn(), in.eventDate(), duration);
            visits = a.visits;
            fit = a.fit;
            drafts.sort(Comparator.<Draft>comparingInt(d -> d.start[0]).thenComparingInt(d -> d.start[1])
                    .thenComparing(d -> d.purpose));
        }
        List<ProtocolStep> steps = new ArrayList<>();
        for (Draft d : drafts) {
            steps.add(step(steps.size() + 1, d, in));
        }
        return new Protocol(in.startsOn(), in.defer(), steps, visits, range(visitCount), range(duration),
                range(downtime), fit);
    }

    private static Range range(int[] v) {
        return Range.of(Math.min(v[0], v[1]), Math.max(v[0], v[1]));
    }

    private ProtocolStep step(int order, Draft d, Input in) {
        List<StepReason> why = new ArrayList<>(d.why);
        if (in.defer() && d.inClinic()) {
            why.add(StepReason.of(StepReasonCode.WAITS_FOR_HOLDS, List.of("R22", "R56"),
                    in.holds().stream().map(Enum::name).collect(Collectors.joining(","))));
        }
        Set<String> sources = new LinkedHashSet<>();
        why.forEach(r -> sources.addAll(r.sources()));
        List<ConcernKind> targets = d.targets.stream().sorted().toList();
        Range start = Range.of(Math.min(d.start[0], d.start[1]), Math.max(d.start[0], d.start[1]));
        Recommendation c = d.chosen;
        return new ProtocolStep(order, d.purpose, c.treatment(), d.alternatives, targets, start,
                c.treatment().procedure() ? c.sessions() : null, c.treatment().procedure() ? c.intervalWeeks() : null,
                List.copyOf(sources), why);
    }

    /** Chooses the steps (reference I1, I2). */
    private final class Selection {
        final ClientFacts f;
        final List<Recommendation> ranked;
        final Set<Treatment> used = EnumSet.noneOf(Treatment.class);
        final List<Draft> drafts = new ArrayList<>();

        Selection(Input in) {
            this.f = in.facts();
            this.ranked = in.suitable();
        }

        List<Recommendation> group(Set<Treatment> members, Predicate<Recommendation> also) {
            return ranked.stream().filter(r -> members.contains(r.treatment()) && !used.contains(r.treatment())
                    && also.test(r)).toList();
        }

        boolean targetsAny(Recommendation r, Set<ConcernKind> kinds) {
            return r.targets().stream().anyMatch(kinds::contains);
        }

        Draft add(StepPurpose purpose, List<Recommendation> options, Set<ConcernKind> scope) {
            Recommendation chosen = options.get(0);
            Draft d = new Draft(purpose, chosen);
            used.add(chosen.treatment());
            for (Recommendation r : options.subList(1, options.size())) {
                d.alternatives.add(r.treatment());
                used.add(r.treatment());
            }
            for (ConcernKind k : chosen.targets()) {
                if (scope == null || scope.contains(k)) {
                    d.targets.add(k);
                }
            }
            drafts.add(d);
            return d;
        }

        Draft find(StepPurpose p) {
            return drafts.stream().filter(d -> d.purpose == p).findFirst().orElse(null);
        }

        long atrophicSteps() {
            return drafts.stream().filter(d -> d.purpose.atrophic()).count();
        }

        List<Draft> select() {
            individualScars();
            release();
            resurface();
            volume();
            raisedScars();
            boolean pieProcedure = f.has(PIE) && !group(PIE_PROCEDURES, r -> r.targets().contains(PIE)).isEmpty();
            boolean procedureToPrimeFor = find(StepPurpose.INDIVIDUAL_SCARS) != null
                    || find(StepPurpose.RESURFACE) != null || (f.has(PIH) && pieProcedure);
            boolean prime = (f.darkerSkin() || f.has(PIH)) && procedureToPrimeFor;
            if (prime) {
                prime();
            }
            marks();
            maintain();
            cover();
            if (drafts.isEmpty()) {
                ranked.stream().filter(r -> r.treatment() == SUN_PROTECTION && !used.contains(SUN_PROTECTION))
                        .findFirst().ifPresent(r -> add(StepPurpose.MAINTAIN, List.of(r), null).why.add(
                                StepReason.of(StepReasonCode.MAINTAIN_SUN, List.of("R39", "R45", "R67"))));
            }
            orderReasons();
            return drafts;
        }

        void individualScars() {
            if (!f.has(ICE_PICK) && !f.has(BOXCAR_DEEP)) {
                return;
            }
            List<Recommendation> g = group(INDIVIDUAL, r -> targetsAny(r, INDIVIDUAL_KINDS));
            if (!g.isEmpty()) {
                Draft d = add(StepPurpose.INDIVIDUAL_SCARS, g, null);
                d.why.add(matches(d));
            }
        }

        void release() {
            if (!f.has(ROLLING)) {
                return;
            }
            List<Recommendation> g = group(EnumSet.of(SUBCISION), r -> r.targets().contains(ROLLING));
            if (!g.isEmpty()) {
                Draft d = add(StepPurpose.RELEASE, g, null);
                d.why.add(matches(d));
            }
        }

        void resurface() {
            if (!f.hasAtrophic() || atrophicSteps() >= ATROPHIC_STEPS_MAX) {
                return;
            }
            List<Recommendation> g = new ArrayList<>(group(RESURFACERS, r -> r.targets().stream()
                    .anyMatch(ConcernKind::atrophic)));
            if (g.isEmpty()) {
                return;
            }
            boolean careful = pigmentCareful(f);
            if (careful) {
                // Stable: within one level of pigment risk the ranking still decides.
                g.sort(Comparator.comparingInt(r -> pigmentRisk(r.treatment())));
            }
            Draft d = add(StepPurpose.RESURFACE, g, null);
            d.targets.removeIf(k -> !k.atrophic());
            d.why.add(StepReason.of(StepReasonCode.ONE_RESURFACING_SERIES, List.of("R59", "R1")));
            if (careful) {
                d.why.add(StepReason.of(StepReasonCode.LOWEST_PIGMENT_RISK, List.of("R16", "R59", "R60", "R27")));
            }
        }

        void volume() {
            if (atrophicSteps() >= ATROPHIC_STEPS_MAX) {
                return;
            }
            List<Recommendation> g = group(EnumSet.of(DERMAL_FILLER), r -> r.targets().stream().anyMatch(ConcernKind::atrophic));
            if (!g.isEmpty()) {
                Draft d = add(StepPurpose.VOLUME, g, null);
                d.why.add(StepReason.of(StepReasonCode.VOLUME_LAST, List.of("R11", "R29")));
            }
        }

        void raisedScars() {
            if (!f.has(HYPERTROPHIC) && !f.has(KELOID)) {
                return;
            }
            // The vascular laser stays for PIE when both are present: it is PIE's first choice.
            Set<Treatment> members = EnumSet.copyOf(RAISED);
            if (f.has(PIE)) {
                members.remove(VASCULAR_LASER);
            }
            List<Recommendation> g = group(members, r -> targetsAny(r, RAISED_KINDS));
            if (!g.isEmpty()) {
                Draft d = add(StepPurpose.RAISED_SCARS, g, RAISED_KINDS);
                d.why.add(StepReason.of(StepReasonCode.RAISED_SEPARATE_TRACK, List.of("R3", "R30")));
            }
        }

        void prime() {
            List<Recommendation> g = group(EnumSet.of(TOPICAL_DEPIGMENTING), r -> true);
            if (g.isEmpty()) {
                g = group(EnumSet.of(SUN_PROTECTION), r -> true);
            }
            if (g.isEmpty()) {
                return;
            }
            Draft d = add(StepPurpose.PRIME, g, EnumSet.of(PIH));
            Range weeks = options.primeWeeks();
            if (f.darkerSkin()) {
                d.why.add(StepReason.of(StepReasonCode.PRIME_DARKER_SKIN, List.of("R27", "R67"),
                        SkinProfile.roman(f.fitzpatrick()), Integer.toString(weeks.min()), Integer.toString(weeks.max())));
            }
            if (f.has(PIH)) {
                d.why.add(StepReason.of(StepReasonCode.PRIME_PIH, List.of("R27", "R39"),
                        Integer.toString(weeks.min()), Integer.toString(weeks.max())));
            }
        }

        void marks() {
            Set<ConcernKind> need = EnumSet.noneOf(ConcernKind.class);
            for (ConcernKind k : List.of(PIH, PIE)) {
                if (f.has(k) && drafts.stream().noneMatch(d -> d.targets.contains(k))) {
                    need.add(k);
                }
            }
            if (need.isEmpty()) {
                return;
            }
            List<Recommendation> g = group(MARKS, r -> targetsAny(r, need));
            if (g.isEmpty()) {
                return;
            }
            Set<ConcernKind> chosenKinds = EnumSet.noneOf(ConcernKind.class);
            g.get(0).targets().stream().filter(need::contains).forEach(chosenKinds::add);
            // Alternatives treat the same marks as the chosen treatment; the rest stay free for other steps.
            List<Recommendation> options = new ArrayList<>();
            options.add(g.get(0));
            g.subList(1, g.size()).stream().filter(r -> targetsAny(r, chosenKinds)).forEach(options::add);
            Draft d = add(StepPurpose.MARKS, options, need);
            if (d.targets.contains(PIH)) {
                d.why.add(StepReason.of(StepReasonCode.MARKS_TOPICALS_FIRST, List.of("R39", "R41", "R42")));
            }
            if (d.targets.contains(PIE)) {
                d.why.add(StepReason.of(StepReasonCode.MARKS_VASCULAR, List.of("R69")));
            }
        }

        void maintain() {
            List<Recommendation> g = group(EnumSet.of(TOPICAL_RETINOID), r -> true);
            if (!g.isEmpty()) {
                Draft d = add(StepPurpose.MAINTAIN, g, null);
                d.why.add(StepReason.of(StepReasonCode.MAINTAIN_RETINOID, List.of("R57")));
            }
        }

        /** Every concern with a suitable treatment is some step's target (intake format, "The protocol"). */
        void cover() {
            for (ConcernKind k : f.kinds()) {
                if (drafts.stream().anyMatch(d -> d.targets.contains(k))) {
                    continue;
                }
                for (Recommendation r : ranked) {
                    if (!r.targets().contains(k) || used.contains(r.treatment())) {
                        continue;
                    }
                    StepPurpose p = naturalPurpose(r.treatment());
                    if (!allowed(p)) {
                        continue;
                    }
                    Draft d = add(p, List.of(r), null);
                    if (p == StepPurpose.RESURFACE) {
                        d.targets.removeIf(x -> !x.atrophic());
                    }
                    d.why.add(StepReason.of(StepReasonCode.COVERS_CONCERN, sourcesOf(r), k.name()));
                    break;
                }
                if (drafts.stream().noneMatch(d -> d.targets.contains(k))) {
                    promoteAlternative(k);
                }
            }
        }

        /** A concern only an alternative treats: that alternative becomes the step's choice, if the rules allow. */
        void promoteAlternative(ConcernKind k) {
            for (Draft d : drafts) {
                for (Treatment alt : d.alternatives) {
                    Recommendation r = ranked.stream().filter(x -> x.treatment() == alt).findFirst().orElseThrow();
                    if (!r.targets().contains(k)) {
                        continue;
                    }
                    if (d.purpose == StepPurpose.RESURFACE && pigmentCareful(f)
                            && pigmentRisk(alt) > pigmentRisk(d.chosen.treatment())) {
                        continue;
                    }
                    Set<ConcernKind> lost = EnumSet.copyOf(d.targets);
                    Recommendation old = d.chosen;
                    d.alternatives.remove(alt);
                    d.alternatives.add(0, old.treatment());
                    d.chosen = r;
                    d.targets.clear();
                    r.targets().stream().filter(x -> d.purpose != StepPurpose.RESURFACE || x.atrophic())
                            .forEach(d.targets::add);
                    lost.removeAll(d.targets);
                    boolean stillCovered = lost.stream().allMatch(x -> drafts.stream().anyMatch(o -> o.targets.contains(x)));
                    if (stillCovered) {
                        d.why.add(StepReason.of(StepReasonCode.COVERS_CONCERN, sourcesOf(r), k.name()));
                        return;
                    }
                    // Undo: the swap would leave another concern without a step.
                    d.chosen = old;
                    d.alternatives.remove(0);
                    d.alternatives.add(alt);
                    d.targets.clear();
                    d.targets.addAll(lost);
                    old.targets().stream().filter(x -> d.purpose != StepPurpose.RESURFACE || x.atrophic())
                            .forEach(d.targets::add);
                }
            }
        }

        boolean allowed(StepPurpose p) {
            return switch (p) {
                case INDIVIDUAL_SCARS, RELEASE, RESURFACE, VOLUME -> atrophicSteps() < ATROPHIC_STEPS_MAX && find(p) == null;
                case RAISED_SCARS, MARKS -> find(p) == null;
                case MAINTAIN -> true;
                case PRIME -> false;
            };
        }

        StepReason matches(Draft d) {
            String kinds = d.targets.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
            return StepReason.of(StepReasonCode.MATCHES_MORPHOLOGY, sourcesOf(d.chosen), kinds, d.chosen.treatment().name());
        }

        /** The reasons in the order they read best: what it treats, then why it comes where it does. */
        void orderReasons() {
            Draft ind = find(StepPurpose.INDIVIDUAL_SCARS);
            Draft rel = find(StepPurpose.RELEASE);
            Draft res = find(StepPurpose.RESURFACE);
            if (ind != null && (res != null || rel != null)) {
                ind.why.add(StepReason.of(StepReasonCode.INDIVIDUAL_BEFORE_RESURFACING, List.of("R73", "R76")));
                Draft next = res != null ? res : rel;
                Range gap = options.gapAfterIndividualScarsWeeks();
                next.why.add(StepReason.of(StepReasonCode.GAP_AFTER_INDIVIDUAL, List.of("R73"),
                        Integer.toString(gap.min()), Integer.toString(gap.max())));
            }
            if (rel != null && res != null) {
                rel.why.add(StepReason.of(StepReasonCode.RELEASE_WITH_RESURFACING, List.of("R74", "R75")));
            }
        }
    }

    static StepPurpose naturalPurpose(Treatment t) {
        return StepPurpose.of(t);
    }

    /** The indication's own sources, a few, so a step cites what its choice rests on. */
    private static List<String> sourcesOf(Recommendation r) {
        return r.sources().stream().limit(3).toList();
    }

    /** Puts every step on the weeks of both scenarios: 0 every figure at its least, 1 at its most (reference I3). */
    private void schedule(List<Draft> drafts) {
        for (int s = 0; s < 2; s++) {
            Draft prime = byPurpose(drafts, StepPurpose.PRIME);
            int inClinicFrom = prime != null ? pick(options.primeWeeks(), s) : 0;
            int cursor = inClinicFrom;
            Draft ind = byPurpose(drafts, StepPurpose.INDIVIDUAL_SCARS);
            if (ind != null) {
                sessions(ind, cursor, s);
                List<Integer> w = ind.sessionWeeks.get(s);
                cursor = w.get(w.size() - 1) + pick(options.gapAfterIndividualScarsWeeks(), s);
            }
            Draft rel = byPurpose(drafts, StepPurpose.RELEASE);
            Draft res = byPurpose(drafts, StepPurpose.RESURFACE);
            // Subcision together with the first resurfacing session (I2.4).
            int next = cursor;
            for (Draft d : new Draft[] {rel, res}) {
                if (d != null) {
                    sessions(d, cursor, s);
                    next = Math.max(next, d.end(s));
                }
            }
            Draft vol = byPurpose(drafts, StepPurpose.VOLUME);
            if (vol != null) {
                sessions(vol, rel != null || res != null ? next : cursor, s);
            }
            for (Draft d : drafts) {
                switch (d.purpose) {
                    case PRIME -> d.start[s] = 0;
                    case RAISED_SCARS -> sessions(d, 0, s);
                    case MARKS -> sessions(d, d.inClinic() ? inClinicFrom : 0, s);
                    default -> {
                    }
                }
            }
            int end = 0;
            boolean anyInClinic = false;
            for (Draft d : drafts) {
                if (d.inClinic()) {
                    anyInClinic = true;
                    end = Math.max(end, d.end(s));
                }
            }
            for (Draft d : drafts) {
                if (d.purpose == StepPurpose.MAINTAIN) {
                    d.start[s] = anyInClinic ? end : 0;
                }
            }
        }
    }

    private static void sessions(Draft d, int start, int s) {
        d.start[s] = start;
        List<Integer> weeks = d.sessionWeeks.get(s);
        weeks.clear();
        if (!d.inClinic()) {
            return;
        }
        int count = pick(d.chosen.sessions(), s);
        int interval = d.chosen.intervalWeeks() == null ? 0 : pick(d.chosen.intervalWeeks(), s);
        for (int i = 0; i < count; i++) {
            weeks.add(start + i * interval);
        }
    }

    private static Draft byPurpose(List<Draft> drafts, StepPurpose p) {
        return drafts.stream().filter(d -> d.purpose == p).findFirst().orElse(null);
    }

    /** Week → treatments done that week, in step order. */
    private static TreeMap<Integer, List<Draft>> byWeek(List<Draft> drafts, int s) {
        TreeMap<Integer, List<Draft>> weeks = new TreeMap<>();
        for (Draft d : drafts) {
            for (int w : new LinkedHashSet<>(d.sessionWeeks.get(s))) {
                weeks.computeIfAbsent(w, k -> new ArrayList<>()).add(d);
            }
        }
        return weeks;
    }

    private static List<Visit> visits(List<Draft> drafts, LocalDate startsOn, int s) {
        List<Visit> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Draft>> e : byWeek(drafts, s).entrySet()) {
            LocalDate date = startsOn.plusWeeks(e.getKey());
            int down = e.getValue().stream().mapToInt(d -> d.chosen.downtimeDays().max()).max().orElse(0);
            out.add(new Visit(out.size() + 1, date, e.getValue().stream().map(d -> d.chosen.treatment()).toList(),
                    date.plusDays(down)));
        }
        return out;
    }

    private static int distinctWeeks(List<Draft> drafts, int s) {
        return byWeek(drafts, s).size();
    }

    private static int downtime(List<Draft> drafts, int s) {
        int total = 0;
        for (List<Draft> visit : byWeek(drafts, s).values()) {
            total += visit.stream().mapToInt(d -> pick(d.chosen.downtimeDays(), s)).max().orElse(0);
        }
        return total;
    }

    private int duration(List<Draft> drafts, int s) {
        int end = -1;
        for (Draft d : drafts) {
            if (d.inClinic()) {
                end = Math.max(end, d.end(s));
            }
        }
        return end >= 0 ? end : pick(options.homeCareReviewWeeks(), s);
    }

    private record Arranged(List<Visit> visits, EventFit fit) {
    }

    /**
     * Keeps every visit's downtime clear of the days before the event (reference I3): the first visit that would
     * overlap them and all after it pause until the week after the event, unless that stretches a series beyond its
     * longest interval; then the step would have to move, and the calendar is left as it was.
     */
    private Arranged arrange(List<Draft> drafts, List<Visit> visits, LocalDate startsOn, LocalDate event, int[] duration) {
        int days = options.eventClearDays();
        String clear = Integer.toString(days);
        LocalDate windowStart = event.minusDays(days);
        int k = -1;
        for (int i = 0; i < visits.size() && k < 0; i++) {
            Visit v = visits.get(i);
            if (!v.date().isAfter(event) && !v.downtimeUntil().isBefore(windowStart)) {
                k = i;
            }
        }
        if (visits.isEmpty()) {
            return new Arranged(visits, new EventFit(event, true, EventFitCode.NO_VISITS, List.of(clear)));
        }
        if (k < 0) {
            return new Arranged(visits, new EventFit(event, true, EventFitCode.CLEAR, List.of(clear)));
        }
        long pausedWeek = ChronoUnit.WEEKS.between(startsOn, visits.get(k).date());
        long resumeWeek = ChronoUnit.DAYS.between(startsOn, event) / 7 + 1;
        int delta = (int) (resumeWeek - pausedWeek);
        LocalDate pauseDate = visits.get(k).date();
        // A series already begun may pause only as long as its longest interval allows.
        for (Draft d : drafts) {
            Range interval = d.chosen.intervalWeeks();
            List<Integer> weeks = d.sessionWeeks.get(0);
            Integer before = null;
            Integer after = null;
            for (int w : weeks) {
                if (w < pausedWeek) {
                    before = w;
                } else if (after == null) {
                    after = w;
                }
            }
            if (before != null && after != null && interval != null && after + delta - before > interval.max()) {
                int order = drafts.indexOf(d) + 1;
                return new Arranged(visits, new EventFit(event, false, EventFitCode.STEP_MUST_MOVE,
                        List.of(clear, Integer.toString(order), d.chosen.treatment().name())));
            }
        }
        List<Visit> moved = new ArrayList<>();
        for (Visit v : visits) {
            if (v.date().isBefore(pauseDate)) {
                moved.add(v);
            } else {
                moved.add(new Visit(v.visit(), v.date().plusWeeks(delta), v.treatments(), v.downtimeUntil().plusWeeks(delta)));
            }
        }
        for (Draft d : drafts) {
            boolean shifts = d.inClinic() ? d.start[0] >= pausedWeek : d.purpose == StepPurpose.MAINTAIN && d.start[0] > 0;
            if (shifts) {
                d.start[0] += delta;
                d.start[1] += delta;
            }
            d.sessionWeeks.get(0).replaceAll(x -> x >= pausedWeek ? x + delta : x);
        }
        duration[0] += delta;
        duration[1] += delta;
        LocalDate resume = startsOn.plusWeeks(resumeWeek);
        EventFit fit = k == 0
                ? new EventFit(event, true, EventFitCode.STARTS_AFTER, List.of(clear, resume.toString()))
                : new EventFit(event, true, EventFitCode.PAUSED, List.of(clear, visits.get(k - 1).date().toString(),
                resume.toString(), Integer.toString(k + 1)));
        return new Arranged(moved, fit);
    }

    /** The treatments of each purpose group, for tests and the summary. */
    static Map<StepPurpose, Set<Treatment>> groups() {
        Map<StepPurpose, Set<Treatment>> m = new EnumMap<>(StepPurpose.class);
        m.put(StepPurpose.INDIVIDUAL_SCARS, INDIVIDUAL);
        m.put(StepPurpose.RESURFACE, RESURFACERS);
        m.put(StepPurpose.RAISED_SCARS, RAISED);
        m.put(StepPurpose.MARKS, MARKS);
        return m;
    }
}
