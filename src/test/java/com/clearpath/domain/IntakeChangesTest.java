package com.clearpath.domain;

import static com.clearpath.domain.IntakeChange.Code.ACNE_BETTER;
import static com.clearpath.domain.IntakeChange.Code.ACNE_WORSE;
import static com.clearpath.domain.IntakeChange.Code.CONCERN_GONE;
import static com.clearpath.domain.IntakeChange.Code.CONCERN_NEW;
import static com.clearpath.domain.IntakeChange.Code.FITZPATRICK_CHANGED;
import static com.clearpath.domain.IntakeChange.Code.GRADE_BETTER;
import static com.clearpath.domain.IntakeChange.Code.GRADE_WORSE;
import static com.clearpath.domain.IntakeChange.Code.MARKS_GONE;
import static com.clearpath.domain.IntakeChange.Code.MARKS_NEW;
import static com.clearpath.domain.IntakeChange.Code.NODULES_GONE;
import static com.clearpath.domain.IntakeChange.Code.NODULES_NEW;
import static com.clearpath.domain.IntakeChange.Code.PIGMENT_DEPTH_CHANGED;
import static com.clearpath.domain.IntakeChange.Code.SCREENING_GONE;
import static com.clearpath.domain.IntakeChange.Code.SCREENING_NEW;
import static com.clearpath.domain.IntakeChange.Code.SENSITIVITY_CHANGED;
import static com.clearpath.domain.IntakeChange.Code.TREATMENT_ADDED;
import static com.clearpath.domain.IntakeChange.Code.TREATMENT_DROPPED;
import static com.clearpath.domain.IntakeChange.Code.ZONES_ADDED;
import static com.clearpath.domain.IntakeChange.Code.ZONES_CLEARED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What changed between an earlier visit and this one, field by field, as codes and their arguments. */
class IntakeChangesTest {
    private static final LocalDate EARLIER = LocalDate.of(2026, 6, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Client CLIENT = new Client("Ana", "Reyes", LocalDate.of(1996, 4, 12), null, null);

    private static Concern concern(ConcernKind k, Zone... zones) {
        return new Concern(k, List.of(zones));
    }

    private static Concern pih(PigmentDepth depth, Zone... zones) {
        return new Concern(ConcernKind.PIH, List.of(zones), null, null, depth);
    }

    private static Intake intake(LocalDate on, List<Concern> concerns, Integer grade, SkinProfile skin, ActiveAcne acne,
                                 Screening... screening) {
        return new Intake(Intake.FORMAT, CLIENT, on, "J. Park", concerns, grade, skin, acne, List.of(screening),
                "Smoother cheeks", null);
    }

    /** The earlier visit every case starts from. */
    private static Intake earlier() {
        return intake(EARLIER, List.of(concern(ConcernKind.ROLLING, Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT),
                        concern(ConcernKind.ICE_PICK, Zone.FOREHEAD), pih(PigmentDepth.EPIDERMAL, Zone.CHIN)), 3,
                new SkinProfile(4, Sensitivity.SENSITIVE, List.of()), new ActiveAcne(2, false),
                Screening.COLD_SORE_HISTORY);
    }

    private static List<IntakeChange> changes(Intake now) {
        return IntakeChanges.between(earlier(), now).changes();
    }

    private static IntakeChange change(IntakeChange.Code code, String... args) {
        return IntakeChange.of(code, args);
    }

    @Test
    void theSameVisitAgainHasNoChangesAndCarriesTheEarlierDay() {
        Intake same = Intake.followUp(CLIENT, Optional.of(earlier()), TODAY);
        Intake answered = intake(TODAY, same.concerns(), same.goodmanBaronGrade(), same.skin(), new ActiveAcne(2, false),
                Screening.COLD_SORE_HISTORY);
        IntakeChanges c = IntakeChanges.between(earlier(), answered);
        assertTrue(c.isEmpty(), c.changes().toString());
        assertEquals(EARLIER, c.since());
    }

    static Stream<Arguments> oneFieldChanged() {
        Intake e = earlier();
        List<Concern> concerns = e.concerns();
        return Stream.of(
                Arguments.of("a new scar type", intake(TODAY, plus(concerns, concern(ConcernKind.BOXCAR_DEEP, Zone.NOSE)), 3,
                        e.skin(), e.activeAcne(), Screening.COLD_SORE_HISTORY), List.of(change(CONCERN_NEW, "BOXCAR_DEEP", "NOSE"))),
                Arguments.of("a scar type no longer there", intake(TODAY, List.of(concerns.get(0), concerns.get(2)), 3,
                        e.skin(), e.activeAcne(), Screening.COLD_SORE_HISTORY), List.of(change(CONCERN_GONE, "ICE_PICK"))),
                Arguments.of("new red marks", intake(TODAY, plus(concerns, concern(ConcernKind.PIE, Zone.CHEEK_LEFT)), 3,
                        e.skin(), e.activeAcne(), Screening.COLD_SORE_HISTORY), List.of(change(MARKS_NEW, "PIE", "CHEEK_LEFT"))),
                Arguments.of("dark marks cleared", intake(TODAY, concerns.subList(0, 2), 3, e.skin(), e.activeAcne(),
                        Screening.COLD_SORE_HISTORY), List.of(change(MARKS_GONE, "PIH"))),
                Arguments.of("dark marks now dermal", intake(TODAY, List.of(concerns.get(0), concerns.get(1),
                                pih(PigmentDepth.DERMAL, Zone.CHIN)), 3, e.skin(), e.activeAcne(), Screening.COLD_SORE_HISTORY),
                        List.of(change(PIGMENT_DEPTH_CHANGED, "EPIDERMAL", "DERMAL"))),
                Arguments.of("a depth not read today is no change", intake(TODAY, List.of(concerns.get(0), concerns.get(1),
                                pih(null, Zone.CHIN)), 3, e.skin(), e.activeAcne(), Screening.COLD_SORE_HISTORY), List.of()),
                Arguments.of("marks spread", intake(TODAY, List.of(concerns.get(0), concerns.get(1),
                                pih(PigmentDepth.EPIDERMAL, Zone.CHIN, Zone.PERIORAL)), 3, e.skin(), e.activeAcne(),
                        Screening.COLD_SORE_HISTORY), List.of(change(ZONES_ADDED, "PIH", "PERIORAL"))),
                Arguments.of("rolling scars now in other zones", intake(TODAY, List.of(
                                concern(ConcernKind.ROLLING, Zone.CHEEK_LEFT, Zone.TEMPLE_LEFT, Zone.JAWLINE_LEFT),
                                concerns.get(1), concerns.get(2)), 3, e.skin(), e.activeAcne(), Screening.COLD_SORE_HISTORY),
                        List.of(change(ZONES_ADDED, "ROLLING", "TEMPLE_LEFT", "JAWLINE_LEFT"),
                                change(ZONES_CLEARED, "ROLLING", "CHEEK_RIGHT"))),
                Arguments.of("two entries of one kind count as one", intake(TODAY, List.of(
                                concern(ConcernKind.ROLLING, Zone.CHEEK_RIGHT), concern(ConcernKind.ROLLING, Zone.CHEEK_LEFT),
                                concerns.get(1), concerns.get(2)), 3, e.skin(), e.activeAcne(), Screening.COLD_SORE_HISTORY),
                        List.of()),
                Arguments.of("grade better", intake(TODAY, concerns, 2, e.skin(), e.activeAcne(), Screening.COLD_SORE_HISTORY),
                        List.of(change(GRADE_BETTER, "3", "2"))),
                Arguments.of("grade worse", intake(TODAY, concerns, 4, e.skin(), e.activeAcne(), Screening.COLD_SORE_HISTORY),
                        List.of(change(GRADE_WORSE, "3", "4"))),
                Arguments.of("no grade yet", intake(TODAY, concerns, null, e.skin(), e.activeAcne(),
                        Screening.COLD_SORE_HISTORY), List.of()),
                Arguments.of("another Fitzpatrick type", intake(TODAY, concerns, 3, new SkinProfile(5, Sensitivity.SENSITIVE,
                        List.of()), e.activeAcne(), Screening.COLD_SORE_HISTORY), List.of(change(FITZPATRICK_CHANGED, "4", "5"))),
                Arguments.of("no type yet", intake(TODAY, concerns, 3, new SkinProfile(null, Sensitivity.SENSITIVE,
                        List.of()), e.activeAcne(), Screening.COLD_SORE_HISTORY), List.of()),
                Arguments.of("sensitivity", intake(TODAY, concerns, 3, new SkinProfile(4, Sensitivity.NORMAL, List.of()),
                        e.activeAcne(), Screening.COLD_SORE_HISTORY), List.of(change(SENSITIVITY_CHANGED, "SENSITIVE", "NORMAL"))),
                Arguments.of("no skin yet", intake(TODAY, concerns, 3, null, e.activeAcne(), Screening.COLD_SORE_HISTORY),
                        List.of()),
                Arguments.of("acne settled", intake(TODAY, concerns, 3, e.skin(), new ActiveAcne(0, false),
                        Screening.COLD_SORE_HISTORY), List.of(change(ACNE_BETTER, "2", "0"))),
                Arguments.of("acne flaring with nodules", intake(TODAY, concerns, 3, e.skin(), new ActiveAcne(4, true),
                        Screening.COLD_SORE_HISTORY), List.of(change(ACNE_WORSE, "2", "4"), change(NODULES_NEW))),
                Arguments.of("acne not graded yet, nodules unticked", intake(TODAY, concerns, 3, e.skin(),
                        new ActiveAcne(null, false), Screening.COLD_SORE_HISTORY), List.of()),
                Arguments.of("acne not asked at all", intake(TODAY, concerns, 3, e.skin(), null, Screening.COLD_SORE_HISTORY),
                        List.of()),
                Arguments.of("screening yes now", intake(TODAY, concerns, 3, e.skin(), e.activeAcne(),
                        Screening.COLD_SORE_HISTORY, Screening.PREGNANT_OR_BREASTFEEDING, Screening.ISOTRETINOIN_RECENT),
                        List.of(change(SCREENING_NEW, "ISOTRETINOIN_RECENT"), change(SCREENING_NEW, "PREGNANT_OR_BREASTFEEDING"))),
                Arguments.of("screening yes no longer given", intake(TODAY, concerns, 3, e.skin(), e.activeAcne()),
                        List.of(change(SCREENING_GONE, "COLD_SORE_HISTORY"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void oneFieldChanged(String what, Intake now, List<IntakeChange> expected) {
        assertEquals(expected, changes(now));
    }

    @Test
    void noLongerHavingNodulesIsSaid() {
        Intake before = intake(EARLIER, List.of(), null, null, new ActiveAcne(3, true));
        Intake now = intake(TODAY, List.of(), null, null, new ActiveAcne(3, false));
        assertEquals(List.of(change(NODULES_GONE)), IntakeChanges.between(before, now).changes());
    }

    @Test
    void everythingAtOnceComesInTheFixedOrder() {
        Intake now = intake(TODAY, List.of(concern(ConcernKind.ROLLING, Zone.CHEEK_LEFT), concern(ConcernKind.KELOID,
                        Zone.CHEST)), 2, new SkinProfile(3, Sensitivity.VERY_SENSITIVE, List.of()), new ActiveAcne(3, true),
                Screening.KELOID_TENDENCY);
        List<IntakeChange.Code> codes = changes(now).stream().map(IntakeChange::code).toList();
        assertEquals(List.of(CONCERN_GONE, ZONES_CLEARED, CONCERN_NEW, MARKS_GONE, GRADE_BETTER, FITZPATRICK_CHANGED,
                SENSITIVITY_CHANGED, ACNE_WORSE, NODULES_NEW, SCREENING_GONE, SCREENING_NEW), codes);
    }

    @Test
    void eachCodeButThePlansIsReachedFromTheIntake() {
        Set<IntakeChange.Code> seen = EnumSet.noneOf(IntakeChange.Code.class);
        oneFieldChanged().forEach(a -> {
            @SuppressWarnings("unchecked")
            List<IntakeChange> expected = (List<IntakeChange>) a.get()[2];
            expected.forEach(c -> seen.add(c.code()));
        });
        seen.add(NODULES_GONE);
        Set<IntakeChange.Code> all = EnumSet.allOf(IntakeChange.Code.class);
        all.removeAll(List.of(TREATMENT_ADDED, TREATMENT_DROPPED));
        assertEquals(all, seen, "every intake code has a case above");
    }

    @Test
    void theEmptyFirstVisitAgainstAFullOneListsEveryConcernAndScreeningAsNew() {
        Intake blank = intake(EARLIER, List.of(), null, null, null);
        List<IntakeChange> c = IntakeChanges.between(blank, earlier()).changes();
        assertEquals(List.of(change(CONCERN_NEW, "ICE_PICK", "FOREHEAD"),
                change(CONCERN_NEW, "ROLLING", "CHEEK_LEFT", "CHEEK_RIGHT"), change(MARKS_NEW, "PIH", "CHIN"),
                change(SCREENING_NEW, "COLD_SORE_HISTORY")), c);
    }

    // ---------- the plan ----------

    private static final Plan PLAN = Case10.plan();

    @Test
    void theSameAgreedPlanHasNoPlanChanges() {
        Intake in = Case10.intake();
        AgreedPlan agreed = AgreedPlan.of(PLAN, List.of());
        assertEquals(List.of(), IntakeChanges.between(in, agreed, in, agreed).changes());
    }

    @Test
    void aDroppedStepAndAnAddedOneAreTheirTreatments() {
        Intake in = Case10.intake();
        AgreedPlan was = AgreedPlan.of(PLAN, List.of());
        AgreedPlan now = AgreedPlan.of(PLAN, List.of(PlanOverride.stepDropped(Treatment.TCA_CROSS, "Declined", null, null),
                PlanOverride.stepAdded(Treatment.SILICONE_GEL, 0, "Raised scar on the chest", null, null)));
        assertEquals(List.of(change(TREATMENT_ADDED, "SILICONE_GEL"), change(TREATMENT_DROPPED, "TCA_CROSS")),
                IntakeChanges.between(in, was, in, now).changes());
        assertEquals(List.of(change(TREATMENT_ADDED, "TCA_CROSS"), change(TREATMENT_DROPPED, "SILICONE_GEL")),
                IntakeChanges.between(in, now, in, was).changes(), "and the other way round");
    }

    @Test
    void aChosenAlternativeIsOneTreatmentDroppedAndOneAdded() {
        Intake in = Case10.intake();
        AgreedPlan was = AgreedPlan.of(PLAN, List.of());
        AgreedPlan now = AgreedPlan.of(PLAN, List.of(PlanOverride.alternativeChosen(Treatment.FRACTIONAL_ABLATIVE_LASER,
                Treatment.RF_MICRONEEDLING, "Less downtime", null, null)));
        assertEquals(List.of(change(TREATMENT_ADDED, "RF_MICRONEEDLING"), change(TREATMENT_DROPPED,
                "FRACTIONAL_ABLATIVE_LASER")), IntakeChanges.between(in, was, in, now).changes());
    }

    @Test
    void withoutAProtocolTheAgreedOptionsAreThePlan() {
        Plan noProtocol = new Plan(PLAN.format(), PLAN.status(), PLAN.holds(), PLAN.recommendations(), PLAN.deferred(),
                PLAN.excluded(), PLAN.flags(), PLAN.catalogVersion(), PLAN.engineVersion());
        Treatment first = PLAN.recommendations().get(0).treatment();
        AgreedPlan was = AgreedPlan.of(noProtocol, List.of());
        AgreedPlan now = AgreedPlan.of(noProtocol, List.of(new PlanOverride(first, PlanOverride.Action.DECLINED,
                "Not now", null, null)));
        Intake in = Case10.intake();
        assertEquals(List.of(change(TREATMENT_DROPPED, first.name())), IntakeChanges.between(in, was, in, now).changes());
        assertEquals(new ArrayList<>(IntakeChanges.treatments(was)),
                PLAN.recommendations().stream().map(Recommendation::treatment).toList());
    }

    @Test
    void aPlanNotMadeYetSaysNothingAboutThePlan() {
        Intake in = Case10.intake();
        AgreedPlan agreed = AgreedPlan.of(PLAN, List.of(PlanOverride.stepDropped(Treatment.TCA_CROSS, "Declined", null, null)));
        assertEquals(List.of(), IntakeChanges.between(in, AgreedPlan.of(PLAN, List.of()), in, null).changes());
        assertEquals(List.of(), IntakeChanges.between(in, null, in, agreed).changes());
    }

    private static List<Concern> plus(List<Concern> list, Concern c) {
        List<Concern> out = new ArrayList<>(list);
        out.add(c);
        return out;
    }
}
