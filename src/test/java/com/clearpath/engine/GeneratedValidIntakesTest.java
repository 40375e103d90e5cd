package com.clearpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.EventFitCode;
import com.clearpath.domain.Exclusion;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.Flag;
import com.clearpath.domain.FlagCode;
import com.clearpath.domain.Hold;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.StepPurpose;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.exchange.IntakeJson;
import com.clearpath.exchange.PlanJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Plans 1,200 generated valid intakes and checks, for each, every invariant a plan must hold whatever the input
 * (shared/clinical/intake-format.md and cases/README.md). A failure names the seed and prints the intake, so
 * {@code IntakeGenerator.generate(new Random(seed), TODAY)} rebuilds it.
 */
class GeneratedValidIntakesTest {
    static final int CASES = 1200;
    static final long BASE_SEED = 20_261_122_000L;
    /** Fixed, so a seed gives the same intake on any day. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static final Pattern SOURCE = Pattern.compile("R([1-9]|[1-6][0-9]|7[0-2])");
    static final Pattern STOP_A_DRUG = Pattern.compile(
            "\\b(stop|stopping|discontinue|discontinuing|quit|cease|halt)\\b", Pattern.CASE_INSENSITIVE);
    static final Set<Treatment> HOME_CARE = EnumSet.of(Treatment.SUN_PROTECTION, Treatment.TOPICAL_RETINOID,
            Treatment.TOPICAL_DEPIGMENTING, Treatment.SILICONE_GEL);
    /** Each hold and the screening answer that calls for it (ACTIVE_ACNE comes from the acne grade). */
    static final Map<HoldCode, Screening> HOLD_SCREENING = Map.of(
            HoldCode.ACTIVE_COLD_SORE, Screening.ACTIVE_COLD_SORE,
            HoldCode.SKIN_SORE_OR_TENDER, Screening.SKIN_SORE_OR_TENDER,
            HoldCode.ACTIVE_SKIN_INFECTION, Screening.ACTIVE_SKIN_INFECTION,
            HoldCode.PREGNANT_OR_BREASTFEEDING, Screening.PREGNANT_OR_BREASTFEEDING,
            HoldCode.DERMATOSIS_FLARE, Screening.DERMATOSIS_FLARE);

    static Planner planner;

    @BeforeAll
    static void catalog() {
        planner = new Planner(TreatmentCatalog.builtIn());
    }

    static long seed(int index) {
        return BASE_SEED + index;
    }

    static Intake intake(int index) {
        return IntakeGenerator.generate(new Random(seed(index)), TODAY);
    }

    @TestFactory
    Stream<DynamicTest> everyPlanHoldsEveryInvariant() {
        return IntStream.range(0, CASES).mapToObj(i -> DynamicTest.dynamicTest("seed " + seed(i), () -> check(i)));
    }

    private static void check(int index) {
        Intake intake = intake(index);
        String intakeJson = IntakeJson.write(intake);
        String where = "seed " + seed(index) + " (case " + index + ", today " + TODAY + ")";

        List<Problem> problems = new IntakeValidator(TODAY).validate(intake);
        if (!problems.isEmpty()) {
            fail("generator produced an invalid intake at " + where + ": " + problems + "\n" + intakeJson);
        }

        Plan plan;
        try {
            plan = planner.plan(intake);
        } catch (RuntimeException e) {
            throw new AssertionError("planning threw at " + where + "\nintake:\n" + intakeJson, e);
        }
        String planJson = PlanJson.write(plan);
        List<String> violations = violations(intake, plan);
        JsonNode planNode = PlanJson.toNode(plan);
        violations.addAll(PlanInvariants.protocolViolations(IntakeJson.toNode(intake), planNode));
        if (!planJson.equals(PlanJson.write(PlanJson.fromNode(planNode)))) {
            violations.add("the plan read back from its JSON writes different JSON (protocol round trip)");
        }

        // Determinism: the same intake planned again, by this planner and by a fresh one, gives the same JSON.
        if (!planJson.equals(PlanJson.write(planner.plan(intake)))) {
            violations.add("planning the same intake twice gave different plan JSON");
        }
        if (!planJson.equals(PlanJson.write(new Planner(TreatmentCatalog.builtIn()).plan(intake)))) {
            violations.add("a fresh planner gave different plan JSON");
        }

        // Exchange round trip: write, read back, plan again.
        IntakeJson.Read read = IntakeJson.read(intakeJson, TODAY);
        if (!read.valid()) {
            violations.add("IntakeJson.read(IntakeJson.write(intake)) reports problems: " + read.problems());
        } else {
            if (!intake.equals(read.intake())) {
                violations.add("the intake read back differs from the one written: " + read.intake());
            }
            String again = PlanJson.write(planner.plan(read.intake()));
            if (!planJson.equals(again)) {
                violations.add("the plan for the intake read back from JSON differs:\n" + again);
            }
        }

        if (!violations.isEmpty()) {
            fail(violations.size() + " invariant violation(s) at " + where + ":\n - "
                    + String.join("\n - ", violations) + "\nintake:\n" + intakeJson + "\nplan:\n" + planJson);
        }
    }

    /** Every invariant of a single plan; returns what is wrong (empty when all hold). */
    static List<String> violations(Intake intake, Plan plan) {
        List<String> v = new ArrayList<>();
        Set<Treatment> now = plan.recommendedTreatments();
        Set<Treatment> later = plan.deferredTreatments();
        Set<Treatment> planned = EnumSet.copyOf(now);
        planned.addAll(later);
        Set<HoldCode> holds = EnumSet.noneOf(HoldCode.class);
        plan.holds().forEach(h -> holds.add(h.code()));
        Set<FlagCode> flags = EnumSet.noneOf(FlagCode.class);
        plan.flags().forEach(f -> flags.add(f.code()));
        Set<Screening> screening = EnumSet.noneOf(Screening.class);
        screening.addAll(intake.screening());
        int fitzpatrick = intake.skin().fitzpatrick();

        if (!now.contains(Treatment.SUN_PROTECTION)) {
            v.add("SUN_PROTECTION is not in recommendations");
        }

        // Every catalog treatment in exactly one list, and no list names a treatment twice.
        Map<Treatment, List<String>> where = new EnumMap<>(Treatment.class);
        plan.recommendations().forEach(r -> where.computeIfAbsent(r.treatment(), k -> new ArrayList<>()).add("recommendations"));
        plan.deferred().forEach(r -> where.computeIfAbsent(r.treatment(), k -> new ArrayList<>()).add("deferred"));
        plan.excluded().forEach(e -> where.computeIfAbsent(e.treatment(), k -> new ArrayList<>()).add("excluded"));
        for (Treatment t : Treatment.values()) {
            List<String> lists = where.getOrDefault(t, List.of());
            if (lists.size() != 1) {
                v.add(t + " appears in " + (lists.isEmpty() ? "no list" : lists) + "; expected exactly one of "
                        + "recommendations / deferred / excluded");
            }
        }

        // Status and holds.
        if ((plan.status() == PlanStatus.DEFER) != !plan.holds().isEmpty()) {
            v.add("status " + plan.status() + " with holds " + holds + " (DEFER must have holds, READY none)");
        }
        if (plan.status() == PlanStatus.DEFER) {
            for (Treatment t : now) {
                if (!HOME_CARE.contains(t)) {
                    v.add("status DEFER but the procedure " + t + " is recommended now");
                }
            }
        } else if (!plan.deferred().isEmpty()) {
            v.add("status READY but deferred is not empty: " + later);
        }
        for (Treatment t : later) {
            if (HOME_CARE.contains(t)) {
                v.add("home care " + t + " is deferred; deferred is for procedures after the holds clear");
            }
        }

        // Recommendations and deferred items: why, sources; every source a reference id.
        for (Recommendation r : concat(plan.recommendations(), plan.deferred())) {
            if (r.sources().isEmpty()) {
                v.add(r.treatment() + " has no sources");
            }
            if (r.why().isEmpty() || com.clearpath.words.ReasonWords.english().all(r.why()).stream().anyMatch(String::isBlank)) {
                v.add(r.treatment() + " has no (or a blank) why line: " + r.why());
            }
            checkSources(r.treatment() + " sources", r.sources(), v);
        }
        for (Hold h : plan.holds()) {
            checkFinding("hold " + h.code(), com.clearpath.words.ReasonWords.english().of(h.reason()), h.sources(), v);
        }
        for (Flag f : plan.flags()) {
            checkFinding("flag " + f.code(), com.clearpath.words.ReasonWords.english().joined(f.reasons()), f.sources(), v);
        }
        for (Exclusion e : plan.excluded()) {
            if (e.reasons().isEmpty()) {
                v.add("exclusion of " + e.treatment() + " has no reason");
            }
            for (ExclusionReason reason : e.reasons()) {
                checkFinding("exclusion of " + e.treatment() + " reason " + reason.code(), com.clearpath.words.ReasonWords.english().of(reason.reason()),
                        reason.sources(), v);
            }
        }

        // Skin type.
        if (fitzpatrick >= 5) {
            for (Treatment t : List.of(Treatment.IPL, Treatment.ABLATIVE_RESURFACING)) {
                if (planned.contains(t)) {
                    v.add("Fitzpatrick " + fitzpatrick + " but " + t + " is recommended or deferred");
                }
            }
        }
        if (fitzpatrick >= 4 && plan.exclusion(Treatment.IPL).isEmpty()) {
            v.add("Fitzpatrick " + fitzpatrick + " but IPL is not excluded");
        }

        // Holds: each trigger gives its hold, and each hold has its trigger.
        boolean activeAcne = intake.activeAcne().iga() >= 2 || intake.activeAcne().nodulesOrCysts();
        if (activeAcne != holds.contains(HoldCode.ACTIVE_ACNE)) {
            v.add("IGA " + intake.activeAcne().iga() + ", nodulesOrCysts " + intake.activeAcne().nodulesOrCysts()
                    + " but holds are " + holds);
        }
        HOLD_SCREENING.forEach((hold, answer) -> {
            if (screening.contains(answer) != holds.contains(hold)) {
                v.add("screening " + (screening.contains(answer) ? "has " : "lacks ") + answer + " but holds are "
                        + holds);
            }
        });

        // Isotretinoin: only fully ablative resurfacing is ruled out because of it (ASDS / JAMA Dermatology 2017).
        if (screening.contains(Screening.ISOTRETINOIN_RECENT)) {
            boolean byIsotretinoin = plan.exclusion(Treatment.ABLATIVE_RESURFACING)
                    .map(e -> e.reasons().stream().anyMatch(r -> r.code().name().contains("ISOTRETINOIN")))
                    .orElse(false);
            if (!byIsotretinoin) {
                v.add("ISOTRETINOIN_RECENT but ABLATIVE_RESURFACING is not excluded with an isotretinoin reason");
            }
        }
        for (Treatment t : List.of(Treatment.FRACTIONAL_ABLATIVE_LASER, Treatment.FRACTIONAL_NONABLATIVE_LASER,
                Treatment.CHEMICAL_PEEL_SUPERFICIAL)) {
            plan.exclusion(t).ifPresent(e -> e.reasons().stream()
                    .filter(r -> r.code().name().contains("ISOTRETINOIN"))
                    .forEach(r -> v.add(t + " is excluded because of isotretinoin (" + r.code() + "); the evidence "
                            + "does not require waiting for it")));
        }

        // Screening answers that rule treatments out or call for a flag.
        if (screening.contains(Screening.PREGNANT_OR_BREASTFEEDING) && planned.contains(Treatment.TOPICAL_RETINOID)) {
            v.add("PREGNANT_OR_BREASTFEEDING but TOPICAL_RETINOID is recommended or deferred");
        }
        if (screening.contains(Screening.ANTICOAGULANT_OR_BLEEDING_DISORDER) && !flags.contains(FlagCode.BRUISING_RISK)) {
            v.add("ANTICOAGULANT_OR_BLEEDING_DISORDER but no BRUISING_RISK flag");
        }
        if (screening.contains(Screening.KELOID_TENDENCY)) {
            for (Treatment t : List.of(Treatment.ABLATIVE_RESURFACING, Treatment.FRACTIONAL_ABLATIVE_LASER)) {
                if (planned.contains(t)) {
                    v.add("KELOID_TENDENCY but " + t + " is recommended or deferred");
                }
            }
        }
        if (screening.contains(Screening.FILLER_OR_LIDOCAINE_ALLERGY) && planned.contains(Treatment.DERMAL_FILLER)) {
            v.add("FILLER_OR_LIDOCAINE_ALLERGY but DERMAL_FILLER is recommended or deferred");
        }
        if (screening.contains(Screening.RECENT_SUN_OR_TAN) && planned.contains(Treatment.IPL)) {
            v.add("RECENT_SUN_OR_TAN but IPL is recommended or deferred");
        }
        if (screening.contains(Screening.COLD_SORE_HISTORY) && !flags.contains(FlagCode.ANTIVIRAL_PROPHYLAXIS)) {
            for (Treatment t : List.of(Treatment.ABLATIVE_RESURFACING, Treatment.FRACTIONAL_ABLATIVE_LASER,
                    Treatment.CHEMICAL_PEEL_MEDIUM)) {
                if (planned.contains(t)) {
                    v.add("COLD_SORE_HISTORY and " + t + " planned but no ANTIVIRAL_PROPHYLAXIS flag");
                }
            }
        }

        // Every concern is addressed, or a clinician is asked to review.
        Set<ConcernKind> covered = EnumSet.noneOf(ConcernKind.class);
        concat(plan.recommendations(), plan.deferred()).forEach(r -> covered.addAll(r.targets()));
        Set<ConcernKind> uncovered = EnumSet.copyOf(intake.concernKinds());
        uncovered.removeAll(covered);
        if (!uncovered.isEmpty() && !flags.contains(FlagCode.CLINICIAN_REVIEW)) {
            v.add("no recommendation or deferred item targets " + uncovered + " and there is no CLINICIAN_REVIEW flag");
        }

        // No text anywhere in the plan tells anyone to stop a medicine.
        texts(PlanJson.toNode(plan), "", v);
        return v;
    }

    private static void checkFinding(String what, String text, List<String> sources, List<String> v) {
        if (text == null || text.isBlank()) {
            v.add(what + " has no text");
        }
        if (sources.isEmpty()) {
            v.add(what + " has no sources");
        }
        checkSources(what + " sources", sources, v);
    }

    private static void checkSources(String what, List<String> sources, List<String> v) {
        for (String s : sources) {
            if (s == null || !SOURCE.matcher(s).matches()) {
                v.add(what + ": \"" + s + "\" is not a reference id R1…R72");
            }
        }
    }

    private static void texts(JsonNode node, String path, List<String> v) {
        if (node.isTextual()) {
            var m = STOP_A_DRUG.matcher(node.textValue());
            if (m.find()) {
                v.add(path + " says \"" + m.group() + "\": " + node.textValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                texts(node.get(i), path + "[" + i + "]", v);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> texts(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), v));
        }
    }

    private static List<Recommendation> concat(List<Recommendation> a, List<Recommendation> b) {
        List<Recommendation> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The generator really covers what the invariants are about, so none of them passes vacuously: every code and
     * boundary occurs, and each conditional invariant has its condition met (often with the treatment it is about
     * in play).
     */
    @Test
    void generatedIntakesCoverEveryCodeAndEveryConditionalInvariant() {
        Set<Object> seen = new HashSet<>();
        Map<String, Integer> conditions = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            Intake in = intake(i);
            Plan plan = planner.plan(in);
            Set<Treatment> planned = EnumSet.copyOf(plan.recommendedTreatments());
            planned.addAll(plan.deferredTreatments());
            Set<Treatment> candidates = EnumSet.copyOf(planned);
            plan.excluded().stream()
                    .filter(e -> e.reasons().stream().noneMatch(r -> r.code().name().equals("NOT_INDICATED")
                            || r.code().name().equals("NOT_DISTENSIBLE")))
                    .forEach(e -> candidates.add(e.treatment()));

            seen.add("fitzpatrick " + in.skin().fitzpatrick());
            seen.add(in.skin().sensitivity());
            seen.addAll(in.skin().conditions());
            seen.add("iga " + in.activeAcne().iga());
            seen.add("nodules " + in.activeAcne().nodulesOrCysts());
            seen.add("grade " + in.goodmanBaronGrade());
            seen.addAll(in.screening());
            seen.add("screening " + (in.screening().isEmpty() ? "none" : "some"));
            seen.add("concerns " + in.concerns().size());
            seen.add(plan.status());
            seen.add("first " + in.client().firstName());
            seen.add("last " + in.client().lastName());
            seen.add(in.consultedOn().equals(TODAY) ? "consulted today" : "consulted earlier");
            int age = java.time.Period.between(in.client().dateOfBirth(), in.consultedOn()).getYears();
            seen.add(age == 18 ? "age 18" : age == 90 ? "age 90" : "age other");
            seen.add(in.goals() == null ? "goals none" : "goals " + in.goals().codePointCount(0, in.goals().length()));
            for (Concern c : in.concerns()) {
                seen.add(c.kind());
                seen.addAll(c.zones());
                seen.add("zones " + c.zones().size());
                seen.add("count " + (c.count() == null ? "none" : c.count() == 1 || c.count() == 500 ? c.count() : "other"));
                if (c.kind().atrophic()) {
                    seen.add("distensible " + c.distensible());
                }
                if (c.kind() == ConcernKind.PIH) {
                    seen.add("depth " + c.pigmentDepth());
                }
            }

            Set<Screening> s = EnumSet.noneOf(Screening.class);
            s.addAll(in.screening());
            int fitz = in.skin().fitzpatrick();
            count(conditions, "Fitzpatrick V-VI with IPL or ABLATIVE_RESURFACING indicated", fitz >= 5
                    && (candidates.contains(Treatment.IPL) || candidates.contains(Treatment.ABLATIVE_RESURFACING)));
            count(conditions, "Fitzpatrick I-III with IPL or ABLATIVE_RESURFACING planned", fitz <= 3
                    && (planned.contains(Treatment.IPL) || planned.contains(Treatment.ABLATIVE_RESURFACING)));
            count(conditions, "ISOTRETINOIN_RECENT with ABLATIVE_RESURFACING indicated",
                    s.contains(Screening.ISOTRETINOIN_RECENT) && candidates.contains(Treatment.ABLATIVE_RESURFACING));
            count(conditions, "ISOTRETINOIN_RECENT with a fractional laser or superficial peel planned",
                    s.contains(Screening.ISOTRETINOIN_RECENT) && (planned.contains(Treatment.FRACTIONAL_ABLATIVE_LASER)
                            || planned.contains(Treatment.FRACTIONAL_NONABLATIVE_LASER)
                            || planned.contains(Treatment.CHEMICAL_PEEL_SUPERFICIAL)));
            count(conditions, "PREGNANT_OR_BREASTFEEDING with TOPICAL_RETINOID indicated",
                    s.contains(Screening.PREGNANT_OR_BREASTFEEDING) && candidates.contains(Treatment.TOPICAL_RETINOID));
            count(conditions, "KELOID_TENDENCY with an ablative laser indicated", s.contains(Screening.KELOID_TENDENCY)
                    && (candidates.contains(Treatment.ABLATIVE_RESURFACING)
                    || candidates.contains(Treatment.FRACTIONAL_ABLATIVE_LASER)));
            count(conditions, "FILLER_OR_LIDOCAINE_ALLERGY with DERMAL_FILLER indicated",
                    s.contains(Screening.FILLER_OR_LIDOCAINE_ALLERGY) && candidates.contains(Treatment.DERMAL_FILLER));
            count(conditions, "RECENT_SUN_OR_TAN with IPL indicated",
                    s.contains(Screening.RECENT_SUN_OR_TAN) && candidates.contains(Treatment.IPL));
            count(conditions, "COLD_SORE_HISTORY with an ablative laser or medium peel planned",
                    s.contains(Screening.COLD_SORE_HISTORY) && (planned.contains(Treatment.ABLATIVE_RESURFACING)
                            || planned.contains(Treatment.FRACTIONAL_ABLATIVE_LASER)
                            || planned.contains(Treatment.CHEMICAL_PEEL_MEDIUM)));
            count(conditions, "ANTICOAGULANT_OR_BLEEDING_DISORDER", s.contains(Screening.ANTICOAGULANT_OR_BLEEDING_DISORDER));
            count(conditions, "DEFER with home care recommended and procedures deferred",
                    plan.status() == PlanStatus.DEFER && !plan.deferred().isEmpty());
            count(conditions, "READY with a procedure recommended", plan.status() == PlanStatus.READY
                    && plan.recommendedTreatments().stream().anyMatch(Treatment::procedure));
            count(conditions, "a concern left uncovered (CLINICIAN_REVIEW promise)", !uncoveredKinds(in, plan).isEmpty());
            var protocol = plan.protocol();
            var event = protocol.event();
            count(conditions, "protocol: event date kept clear without a pause",
                    event.map(e -> e.code() == EventFitCode.CLEAR).orElse(false));
            count(conditions, "protocol: visits pause around the event",
                    event.map(e -> e.code() == EventFitCode.PAUSED).orElse(false));
            count(conditions, "protocol: visits begin after the event",
                    event.map(e -> e.code() == EventFitCode.STARTS_AFTER).orElse(false));
            count(conditions, "protocol: the event does not fit", event.map(e -> !e.fits()).orElse(false));
            count(conditions, "protocol: planStartsOn after the consultation",
                    in.planStartsOn() != null && in.planStartsOn().isAfter(in.consultedOn()));
            count(conditions, "protocol: Fitzpatrick IV-VI with a RESURFACE step",
                    fitz >= 4 && protocol.step(StepPurpose.RESURFACE).isPresent());
            count(conditions, "protocol: three atrophic steps", protocol.steps().stream()
                    .filter(st -> st.purpose().atrophic()).count() == 3);
            count(conditions, "protocol: DEFER with an in-clinic step waiting", plan.status() == PlanStatus.DEFER
                    && protocol.steps().stream().anyMatch(ProtocolStep::inClinic));
            count(conditions, "protocol: a RAISED_SCARS step", protocol.step(StepPurpose.RAISED_SCARS).isPresent());
            count(conditions, "protocol: a MARKS step", protocol.step(StepPurpose.MARKS).isPresent());
        }

        List<Object> expected = new ArrayList<>();
        for (int f = 1; f <= 6; f++) {
            expected.add("fitzpatrick " + f);
        }
        for (int g = 0; g <= 4; g++) {
            expected.add("iga " + g);
        }
        expected.addAll(List.of("nodules true", "nodules false", "grade null", "grade 1", "grade 2", "grade 3",
                "grade 4", "screening none", "screening some", "concerns 1", "concerns 2", "concerns 3", "concerns 4",
                "zones 1", "zones 2", "zones 3", "zones 4", "count none", "count 1", "count 500", "count other",
                "distensible null", "distensible true", "distensible false", "depth null", "consulted today",
                "consulted earlier", "age 18", "age 90", "goals none", "goals 4000", PlanStatus.READY, PlanStatus.DEFER));
        expected.addAll(List.of(ConcernKind.values()));
        expected.addAll(List.of(Zone.values()));
        expected.addAll(List.of(Screening.values()));
        expected.addAll(List.of(SkinCondition.values()));
        expected.addAll(List.of(Sensitivity.values()));
        for (PigmentDepth d : PigmentDepth.values()) {
            expected.add("depth " + d);
        }
        for (String n : IntakeGenerator.FIRST_NAMES) {
            expected.add("first " + n);
        }
        for (String n : IntakeGenerator.LAST_NAMES) {
            expected.add("last " + n);
        }
        List<Object> missing = expected.stream().filter(e -> !seen.contains(e)).toList();
        assertTrue(missing.isEmpty(), "the generator never produced: " + missing);

        Map<String, Integer> tooRare = new TreeMap<>();
        conditions.forEach((k, n) -> {
            if (n < 10) {
                tooRare.put(k, n);
            }
        });
        assertEquals(Map.of(), tooRare, "conditional invariants exercised fewer than 10 times (all counts: "
                + conditions + ")");
    }

    private static Set<ConcernKind> uncoveredKinds(Intake in, Plan plan) {
        Set<ConcernKind> uncovered = EnumSet.copyOf(in.concernKinds());
        concat(plan.recommendations(), plan.deferred()).forEach(r -> uncovered.removeAll(r.targets()));
        return uncovered;
    }

    private static void count(Map<String, Integer> counts, String condition, boolean met) {
        counts.merge(condition, met ? 1 : 0, Integer::sum);
    }

    /** The checks themselves can fail: a plan that breaks the rules is caught. */
    @Test
    void theInvariantsCatchABrokenPlan() {
        Intake in = null;
        for (int i = 0; i < CASES && in == null; i++) {
            Intake candidate = intake(i);
            if (candidate.skin().fitzpatrick() >= 5 && candidate.screened(Screening.PREGNANT_OR_BREASTFEEDING)
                    && candidate.concernKinds().contains(ConcernKind.ROLLING)) {
                in = candidate;
            }
        }
        assertTrue(in != null, "no generated intake with Fitzpatrick V-VI, pregnancy and rolling scars");
        Plan good = planner.plan(in);
        assertEquals(List.of(), violations(in, good));

        Recommendation sun = good.recommendations().stream().filter(r -> r.treatment() == Treatment.SUN_PROTECTION)
                .findFirst().orElseThrow();
        Recommendation ipl = new Recommendation(Treatment.IPL, "IPL", "PRACTITIONER", List.of(), null, null, null,
                List.of(com.clearpath.domain.Reason.text("Stop your isotretinoin first.", List.of())), List.of(), List.of("R99"), false, List.of());
        List<Exclusion> excluded = good.excluded().stream().filter(e -> e.treatment() != Treatment.IPL).toList();
        Plan bad = new Plan(Plan.FORMAT, PlanStatus.DEFER, List.of(), List.of(ipl), List.of(sun), excluded,
                List.of(), good.catalogVersion(), good.engineVersion());
        String all = String.join("\n", violations(in, bad));
        for (String expected : List.of("SUN_PROTECTION is not in recommendations", "status DEFER with holds []",
                "the procedure IPL is recommended now", "home care SUN_PROTECTION is deferred", "R99",
                "Fitzpatrick " + in.skin().fitzpatrick() + " but IPL is recommended", "IPL is not excluded",
                "appears in no list", "says \"Stop\"", "has PREGNANT_OR_BREASTFEEDING but holds are []",
                "and there is no CLINICIAN_REVIEW flag")) {
            assertTrue(all.contains(expected), "expected a violation mentioning \"" + expected + "\" in:\n" + all);
        }
    }
}
