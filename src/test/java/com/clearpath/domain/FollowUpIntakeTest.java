package com.clearpath.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a follow-up visit starts from. */
class FollowUpIntakeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Client CLIENT = new Client("Ana", "Reyes", LocalDate.of(1996, 4, 12), null, null);

    @Test
    void concernsSkinAndGoalsComeAlongGradeScreeningAndAcneAreAskedAgain() {
        Intake previous = new Intake(Intake.FORMAT, new Client("Ana", "Reyes-Old", LocalDate.of(1996, 4, 12), null, null),
                LocalDate.of(2026, 6, 1), "J. Park", List.of(new Concern(ConcernKind.ROLLING, List.of(Zone.CHEEK_LEFT))),
                3, new SkinProfile(4, Sensitivity.SENSITIVE, List.of()), new ActiveAcne(1, false),
                List.of(Screening.COLD_SORE_HISTORY), "Smoother cheeks", "Prefers mornings");

        Intake next = Intake.followUp(CLIENT, Optional.of(previous), TODAY);
        assertEquals(CLIENT, next.client(), "the client as the records have them now");
        assertEquals(TODAY, next.consultedOn());
        assertEquals("J. Park", next.practitioner());
        assertEquals(previous.concerns(), next.concerns());
        assertNull(next.goodmanBaronGrade(), "graded again, so the outcome is measured, not assumed");
        assertEquals(previous.skin(), next.skin());
        assertEquals("Smoother cheeks", next.goals());
        assertNull(next.activeAcne());
        assertTrue(next.screening().isEmpty());
        assertNull(next.notes());
    }

    @Test
    void aFirstVisitStartsEmptyButForTheClient() {
        Intake next = Intake.followUp(CLIENT, Optional.empty(), TODAY);
        assertEquals(CLIENT, next.client());
        assertEquals(TODAY, next.consultedOn());
        assertTrue(next.concerns().isEmpty());
        assertNull(next.skin());
        assertNull(next.practitioner());
    }
}
