package com.clearpath.engine;

import static com.clearpath.domain.ConcernKind.BOXCAR_SHALLOW;
import static com.clearpath.domain.ConcernKind.ICE_PICK;
import static com.clearpath.domain.ConcernKind.ROLLING;
import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.EventFitCode;
import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.StepPurpose;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The figures a clinic chooses in Settings → Plan calendar change the calendar as they say, and nothing else. */
class PlanCalendarOptionsTest {
    static final Planner USUAL = new Planner(TreatmentCatalog.builtIn(), PlannerOptions.from(PlanCalendar.defaults()));

    static Planner with(PlanCalendar c) {
        return new Planner(TreatmentCatalog.builtIn(), PlannerOptions.from(c));
    }

    static ProtocolStep step(Protocol p, StepPurpose purpose) {
        return p.step(purpose).orElseThrow(() -> new AssertionError("no " + purpose + " step in " + p.steps()));
    }

    @Test
    void tenClearDaysLetAnEventFitThatFourteenDidNot() {
        IntakeBuilder b = intake().distensible(ROLLING, true).fitzpatrick(2).event(LocalDate.of(2027, 1, 1));
        Protocol usual = USUAL.plan(b.build()).protocol();
        Protocol ten = with(new PlanCalendar(4, 8, 10, 2, 4)).plan(b.build()).protocol();
        assertFalse(usual.eventDate().fits(), usual.eventDate().toString());
        assertEquals(EventFitCode.STEP_MUST_MOVE, usual.eventDate().code());
        assertTrue(ten.eventDate().fits(), ten.eventDate().toString());
        assertEquals(usual.steps().stream().map(ProtocolStep::treatment).toList(),
                ten.steps().stream().map(ProtocolStep::treatment).toList(), "the same steps, only the dates differ");
    }

    @Test
    void aLongerGapAfterPunchTechniquesStartsResurfacingLater() {
        IntakeBuilder b = intake().concern(ICE_PICK).concern(BOXCAR_SHALLOW);
        Protocol usual = USUAL.plan(b.build()).protocol();
        Protocol longer = with(new PlanCalendar(7, 12, 14, 2, 4)).plan(b.build()).protocol();
        assertEquals(step(usual, StepPurpose.RESURFACE).startWeek().min() + 3,
                step(longer, StepPurpose.RESURFACE).startWeek().min());
        assertEquals(step(usual, StepPurpose.RESURFACE).startWeek().max() + 4,
                step(longer, StepPurpose.RESURFACE).startWeek().max());
        assertEquals(step(usual, StepPurpose.INDIVIDUAL_SCARS), step(longer, StepPurpose.INDIVIDUAL_SCARS));
    }

    @Test
    void longerPrimingMovesTheFirstProcedureInDarkerSkin() {
        IntakeBuilder b = intake().concern(ICE_PICK).concern(BOXCAR_SHALLOW).fitzpatrick(5);
        Protocol usual = USUAL.plan(b.build()).protocol();
        Protocol longer = with(new PlanCalendar(4, 8, 14, 4, 6)).plan(b.build()).protocol();
        assertEquals(step(usual, StepPurpose.INDIVIDUAL_SCARS).startWeek().min() + 2,
                step(longer, StepPurpose.INDIVIDUAL_SCARS).startWeek().min(), longer.steps().toString());
        assertEquals(usual.visits().get(0).date().plusWeeks(2), longer.visits().get(0).date());
    }
}
