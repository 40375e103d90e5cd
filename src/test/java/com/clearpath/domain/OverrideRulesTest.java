package com.clearpath.domain;

import static com.clearpath.domain.Treatment.DERMAL_FILLER;
import static com.clearpath.domain.Treatment.FRACTIONAL_ABLATIVE_LASER;
import static com.clearpath.domain.Treatment.INTRALESIONAL_STEROID;
import static com.clearpath.domain.Treatment.RF_MICRONEEDLING;
import static com.clearpath.domain.Treatment.SUBCISION;
import static com.clearpath.domain.Treatment.TCA_CROSS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the overrides gives a problem at the field it is about. */
class OverrideRulesTest {
    private static final Plan PLAN = Case10.plan();

    private static List<String> paths(PlanOverride... o) {
        return OverrideRules.problems(PLAN, List.of(o), "overrides").stream().map(Problem::path).toList();
    }

    @Test
    void validOverridesHaveNoProblems() {
        assertEquals(List.of(), paths(PlanOverride.alternativeChosen(FRACTIONAL_ABLATIVE_LASER, RF_MICRONEEDLING, "Less downtime", null, null),
                PlanOverride.stepMoved(TCA_CROSS, 3, "After exams", null, null),
                PlanOverride.stepAdded(DERMAL_FILLER, null, "Volume", null, null),
                new PlanOverride(SUBCISION, PlanOverride.Action.DECLINED, "No", null, null)));
    }

    @Test
    void aReasonIsRequired() {
        assertEquals("overrides[0].reason", OverrideRules.reason("overrides[0].reason", "  ").orElseThrow().path());
        assertTrue(OverrideRules.reason("r", "why").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PlanOverride.stepDropped(TCA_CROSS, " ", null, null));
    }

    @Test
    void anAlternativeMustBeOneOfThatStepsAlternatives() {
        assertEquals(List.of("overrides[0].treatment"),
                paths(PlanOverride.alternativeChosen(TCA_CROSS, RF_MICRONEEDLING, "x", null, null)));
        assertEquals(List.of("overrides[0].replaces"),
                paths(PlanOverride.alternativeChosen(DERMAL_FILLER, RF_MICRONEEDLING, "x", null, null)));
        assertEquals(List.of("overrides[0].replaces"),
                paths(new PlanOverride(RF_MICRONEEDLING, PlanOverride.Action.ALTERNATIVE_CHOSEN, "x", null, null)));
    }

    @Test
    void aDroppedOrMovedStepMustExist() {
        assertEquals(List.of("overrides[0].treatment"), paths(PlanOverride.stepDropped(DERMAL_FILLER, "x", null, null)));
        assertEquals(List.of("overrides[0].treatment"), paths(PlanOverride.stepMoved(DERMAL_FILLER, 2, "x", null, null)));
    }

    @Test
    void aMovedStepNeedsAWeekInRange() {
        assertEquals(List.of("overrides[0].startWeek"), paths(PlanOverride.stepMoved(TCA_CROSS, -1, "x", null, null)));
        assertEquals(List.of("overrides[0].startWeek"),
                paths(PlanOverride.stepMoved(TCA_CROSS, OverrideRules.START_WEEK_MAX + 1, "x", null, null)));
        assertEquals(List.of("overrides[0].startWeek"),
                paths(new PlanOverride(TCA_CROSS, PlanOverride.Action.STEP_MOVED, "x", null, null)));
    }

    @Test
    void anAddedTreatmentMustBeSuitableAndNotInTheProtocol() {
        assertEquals(List.of("overrides[0].treatment"), paths(PlanOverride.stepAdded(INTRALESIONAL_STEROID, null, "x", null, null)));
        assertEquals(List.of("overrides[0].treatment"), paths(PlanOverride.stepAdded(RF_MICRONEEDLING, null, "x", null, null)));
        assertEquals(List.of(DERMAL_FILLER, Treatment.SUN_PROTECTION), OverrideRules.addable(PLAN, List.of()));
    }

    @Test
    void noStepOrTreatmentIsDecidedTwice() {
        assertEquals(List.of("overrides[1].treatment"), paths(PlanOverride.stepMoved(TCA_CROSS, 3, "a", null, null),
                PlanOverride.stepMoved(TCA_CROSS, 4, "b", null, null)));
        assertEquals(List.of("overrides[1].treatment"), paths(PlanOverride.stepDropped(TCA_CROSS, "a", null, null),
                PlanOverride.stepMoved(TCA_CROSS, 4, "b", null, null)));
        assertEquals(List.of("overrides[1].treatment"), paths(PlanOverride.stepAdded(DERMAL_FILLER, null, "a", null, null),
                new PlanOverride(DERMAL_FILLER, PlanOverride.Action.ADDED, "b", null, null)));
    }
}
