package com.clearpath.domain;

import static com.clearpath.domain.Treatment.DERMAL_FILLER;
import static com.clearpath.domain.Treatment.FRACTIONAL_ABLATIVE_LASER;
import static com.clearpath.domain.Treatment.PUNCH_TECHNIQUES;
import static com.clearpath.domain.Treatment.RF_MICRONEEDLING;
import static com.clearpath.domain.Treatment.SUBCISION;
import static com.clearpath.domain.Treatment.TCA_CROSS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of override applied to the real plan of case 10, and the calendar made again for it. */
class AgreedPlanTest {
    private static final Plan PLAN = Case10.plan();
    private static final LocalDate START = PLAN.protocol().startsOn();

    private static ProtocolStep step(AgreedPlan a, Treatment t) {
        return a.protocol().steps().stream().filter(s -> s.treatment() == t).findFirst().orElseThrow();
    }

    private static List<Treatment> order(AgreedPlan a) {
        return a.protocol().steps().stream().map(ProtocolStep::treatment).toList();
    }

    @Test
    void noOverridesIsTheProposedProtocol() {
        AgreedPlan a = AgreedPlan.of(PLAN, List.of());
        assertEquals(PLAN.protocol(), a.protocol());
        assertEquals(PLAN.recommendations(), a.recommendations());
    }

    @Test
    void aChosenAlternativeTakesTheStepWithItsOwnSessionsAndVisits() {
        AgreedPlan a = AgreedPlan.of(PLAN, List.of(PlanOverride.alternativeChosen(FRACTIONAL_ABLATIVE_LASER,
                RF_MICRONEEDLING, "Less downtime before her wedding", "J. Park", null)));
        ProtocolStep s = step(a, RF_MICRONEEDLING);
        assertEquals(StepPurpose.RESURFACE, s.purpose());
        assertEquals(FRACTIONAL_ABLATIVE_LASER, s.alternatives().get(0), "the engine's choice becomes an alternative");
        assertFalse(s.alternatives().contains(RF_MICRONEEDLING));
        assertEquals(Range.of(3, 5), s.sessions());
        assertFalse(a.protocol().treatments().contains(FRACTIONAL_ABLATIVE_LASER) && a.protocol().visits().stream()
                .anyMatch(v -> v.treatments().contains(FRACTIONAL_ABLATIVE_LASER)), "no visit for the replaced treatment");
        List<Visit> rf = a.protocol().visits().stream().filter(v -> v.treatments().contains(RF_MICRONEEDLING)).toList();
        assertEquals(3, rf.size(), "the shortest course of RF microneedling");
        assertEquals(START.plusWeeks(s.startWeek().min()), rf.get(0).date());
        assertEquals(rf.get(0).date().plusWeeks(4), rf.get(1).date(), "its own least interval");
        // Subcision keeps the engine's date, the first resurfacing visit.
        assertTrue(rf.get(0).treatments().contains(SUBCISION));
        assertEquals(a.protocol().visits().size(), a.protocol().visitCount().min());
    }

    @Test
    void aDroppedStepIsGoneAndTheOthersAreNumberedAgain() {
        AgreedPlan a = AgreedPlan.of(PLAN, List.of(PlanOverride.stepDropped(TCA_CROSS, "Client declined the needle", null, null)));
        assertFalse(order(a).contains(TCA_CROSS));
        assertEquals(1, a.protocol().steps().get(0).order());
        assertEquals(PLAN.protocol().steps().size() - 1, a.protocol().steps().size());
        assertTrue(a.protocol().visits().stream().noneMatch(v -> v.treatments().contains(TCA_CROSS)));
        assertEquals(1, a.protocol().visits().get(0).visit(), "visits renumbered");
        assertEquals(a.protocol().visits().size(), a.protocol().visitCount().min());
    }

    @Test
    void aMovedStepBeginsInItsNewWeekAndStepsAreInStartOrder() {
        AgreedPlan a = AgreedPlan.of(PLAN, List.of(PlanOverride.stepMoved(TCA_CROSS, 20, "After her exams", null, null)));
        ProtocolStep tca = step(a, TCA_CROSS);
        assertEquals(Range.of(20, 20), tca.startWeek());
        assertEquals(START.plusWeeks(20), a.protocol().visits().stream().filter(v -> v.treatments().contains(TCA_CROSS))
                .findFirst().orElseThrow().date());
        assertEquals(List.of(TCA_CROSS, SUBCISION, FRACTIONAL_ABLATIVE_LASER), order(a).subList(0, 3),
                "the steps that followed it still follow it");
        for (int i = 1; i < a.protocol().steps().size(); i++) {
            assertTrue(a.protocol().steps().get(i - 1).startWeek().min() <= a.protocol().steps().get(i).startWeek().min());
            assertEquals(i + 1, a.protocol().steps().get(i).order());
        }
        List<Visit> v = a.protocol().visits();
        for (int i = 1; i < v.size(); i++) {
            assertTrue(v.get(i - 1).date().isBefore(v.get(i).date()), "visits in date order");
        }
    }

    @Test
    void resurfacingKeepsItsGapAfterAnIndividualScarStepMovedLater() {
        ProtocolStep individual = PLAN.protocol().steps().stream()
                .filter(s -> s.purpose() == StepPurpose.INDIVIDUAL_SCARS).findFirst().orElseThrow();
        ProtocolStep resurface = PLAN.protocol().steps().stream()
                .filter(s -> s.purpose() == StepPurpose.RESURFACE).findFirst().orElseThrow();
        int later = individual.startWeek().min() + 10;
        AgreedPlan a = AgreedPlan.of(PLAN, List.of(PlanOverride.stepMoved(individual.treatment(), later, "After her exams",
                null, null)));
        assertEquals(resurface.startWeek().min() + 10, step(a, resurface.treatment()).startWeek().min(),
                "resurfacing follows the moved step by the same gap");
        for (ProtocolStep s : PLAN.protocol().steps()) {
            if (s.purpose() == StepPurpose.PRIME || s.order() < individual.order()) {
                assertEquals(s.startWeek(), step(a, s.treatment()).startWeek(), s.treatment() + " stays");
            }
        }
        AgreedPlan earlier = AgreedPlan.of(PLAN, List.of(PlanOverride.stepMoved(resurface.treatment(),
                resurface.startWeek().min() + 3, "Holiday", null, null),
                PlanOverride.stepMoved(individual.treatment(), later, "After her exams", null, null)));
        assertEquals(resurface.startWeek().min() + 3, step(earlier, resurface.treatment()).startWeek().min(),
                "a step moved by hand stays where it was put");
    }

    @Test
    void anAddedTreatmentIsAStepOfItsOwnAfterTheClinicVisits() {
        AgreedPlan a = AgreedPlan.of(PLAN, List.of(PlanOverride.stepAdded(DERMAL_FILLER, null, "Cheek volume", null, null)));
        ProtocolStep filler = step(a, DERMAL_FILLER);
        assertTrue(a.wasAdded(filler));
        assertEquals(StepPurpose.VOLUME, filler.purpose());
        assertTrue(filler.startWeek().min() > 0);
        assertTrue(a.protocol().visits().stream().anyMatch(v -> v.treatments().contains(DERMAL_FILLER)));
        AgreedPlan at = AgreedPlan.of(PLAN, List.of(PlanOverride.stepAdded(DERMAL_FILLER, 2, "Cheek volume", null, null)));
        assertEquals(Range.of(2, 2), step(at, DERMAL_FILLER).startWeek());
        assertEquals(START.plusWeeks(2), at.protocol().visits().stream()
                .filter(v -> v.treatments().contains(DERMAL_FILLER)).findFirst().orElseThrow().date());
    }

    @Test
    void aDeclineDropsTheStepAndLeavesTheRankedList() {
        AgreedPlan a = AgreedPlan.of(PLAN, List.of(new PlanOverride(SUBCISION, PlanOverride.Action.DECLINED, "No", null, null)));
        assertFalse(order(a).contains(SUBCISION));
        assertTrue(a.recommendations().stream().noneMatch(r -> r.treatment() == SUBCISION));
        assertTrue(a.declined().contains(SUBCISION));
    }

    @Test
    void overridesThatNoLongerFitThePlanAreLeftOut() {
        AgreedPlan a = AgreedPlan.of(PLAN, List.of(PlanOverride.alternativeChosen(TCA_CROSS, RF_MICRONEEDLING, "x", null, null)));
        assertEquals(PLAN.protocol().steps(), a.protocol().steps());
    }

    @Test
    void aPlanWithoutAProtocolHasNone() {
        Plan old = new Plan(PLAN.format(), PLAN.status(), PLAN.holds(), PLAN.recommendations(), PLAN.deferred(),
                PLAN.excluded(), PLAN.flags(), PLAN.catalogVersion(), PLAN.engineVersion());
        assertNull(AgreedPlan.of(old, List.of(PlanOverride.stepDropped(TCA_CROSS, "x", null, null))).protocol());
        assertSame(old, AgreedPlan.of(old, List.of()).plan());
    }

    @Test
    void combinedOverridesApplyTogether() {
        AgreedPlan a = AgreedPlan.of(PLAN, List.of(
                PlanOverride.alternativeChosen(TCA_CROSS, PUNCH_TECHNIQUES, "Deep boxcar", null, null),
                PlanOverride.stepMoved(TCA_CROSS, 1, "Next week", null, null),
                PlanOverride.stepDropped(SUBCISION, "Not now", null, null)));
        ProtocolStep punch = step(a, PUNCH_TECHNIQUES);
        assertEquals(Range.of(1, 1), punch.startWeek());
        assertEquals(List.of(TCA_CROSS), punch.alternatives());
        assertFalse(order(a).contains(SUBCISION));
        assertEquals(START.plusWeeks(1), a.protocol().visits().get(0).date());
    }
}
