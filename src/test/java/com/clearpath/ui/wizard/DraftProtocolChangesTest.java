package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Case10;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Problem;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The draft records protocol changes through the rules, one per kind and step, and lets go of stale ones. */
class DraftProtocolChangesTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC);
    private final Planner planner = new Planner(TreatmentCatalog.builtIn());

    private ConsultationDraft draft() {
        return ConsultationDraft.restore(() -> planner, () -> LocalDate.of(2026, 11, 22), clock,
                StoredConsultation.newDraft(Case10.inWizard()), Optional.empty());
    }

    @Test
    void aBlankReasonIsRefusedAtItsFieldAndNothingIsRecorded() {
        ConsultationDraft d = draft();
        List<Problem> p = d.proposeChange(PlanOverride.Action.STEP_DROPPED, Treatment.SUBCISION, null, null, " ");
        assertEquals("reason", p.get(0).path());
        assertTrue(d.overrides().isEmpty());
    }

    @Test
    void aSecondMoveOfTheSameStepReplacesTheFirstAndADropTakesTheOthers() {
        ConsultationDraft d = draft();
        assertEquals(List.of(), d.proposeChange(PlanOverride.Action.STEP_MOVED, Treatment.TCA_CROSS, null, 2, "a"));
        assertEquals(List.of(), d.proposeChange(PlanOverride.Action.STEP_MOVED, Treatment.TCA_CROSS, null, 5, "b"));
        assertEquals(1, d.overrides().size());
        assertEquals(Integer.valueOf(5), d.overrides().get(0).startWeek());
        assertEquals("J. Park", d.overrides().get(0).by(), "the practitioner is recorded");
        assertEquals(List.of(), d.proposeChange(PlanOverride.Action.STEP_DROPPED, Treatment.TCA_CROSS, null, null, "c"));
        assertEquals(List.of(PlanOverride.Action.STEP_DROPPED), d.overrides().stream().map(PlanOverride::action).toList());
        assertTrue(d.agreed().protocol().steps().stream().noneMatch(s -> s.treatment() == Treatment.TCA_CROSS));
    }

    @Test
    void aWeekOutOfRangeIsRefusedAtTheStartWeek() {
        ConsultationDraft d = draft();
        List<Problem> p = d.proposeChange(PlanOverride.Action.STEP_MOVED, Treatment.TCA_CROSS, null, 500, "x");
        assertEquals("startWeek", p.get(0).path());
        assertTrue(d.overrides().isEmpty());
    }

    @Test
    void aChangeTheNewPlanNoLongerAllowsIsTakenBack() {
        ConsultationDraft d = draft();
        d.proposeChange(PlanOverride.Action.STEP_DROPPED, Treatment.SUBCISION, null, null, "Mild rolling scars");
        d.proposeChange(PlanOverride.Action.STEP_MOVED, Treatment.TCA_CROSS, null, 3, "After exams");
        assertEquals(2, d.overrides().size());
        // Without rolling scars there is no release step to drop; the move still stands.
        d.concerns().removeIf(c -> c.kindProperty().get() == ConcernKind.ROLLING);
        assertEquals(List.of(PlanOverride.Action.STEP_MOVED), d.overrides().stream().map(PlanOverride::action).toList());
        // What was taken back is kept to be said on the Plan step, reason and all, until the practitioner has seen it.
        assertEquals(List.of(PlanOverride.Action.STEP_DROPPED), d.takenBack().stream().map(PlanOverride::action).toList());
        assertEquals("Mild rolling scars", d.takenBack().get(0).reason());
        d.acknowledgeTakenBack();
        assertTrue(d.takenBack().isEmpty());
    }
}
