package com.clearpath.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkinProfileTest {
    @Test
    void questionnaireBandsFollowTheReference() {
        int[][] bands = {{0, 1}, {6, 1}, {7, 2}, {13, 2}, {14, 3}, {20, 3}, {21, 4}, {27, 4}, {28, 5}, {34, 5}, {35, 6}, {40, 6}};
        for (int[] b : bands) {
            assertEquals(b[1], SkinProfile.typeForScore(b[0]), "score " + b[0]);
        }
    }

    @Test
    void aTypeOtherThanTheScoresBandNeedsAReason() {
        Intake base = new Intake(Intake.FORMAT, new Client("A", "B", LocalDate.of(1990, 1, 1), null, null),
                LocalDate.of(2026, 11, 20), null, List.of(new Concern(ConcernKind.PIH, List.of(Zone.NOSE))), null,
                new SkinProfile(5, Sensitivity.NORMAL, List.of(), 18, null), new ActiveAcne(0, false), List.of(), null, null);
        List<Problem> problems = new IntakeValidator(LocalDate.of(2026, 11, 22)).validate(base);
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("skin.fitzpatrickOverrideReason")), problems.toString());
        Intake reasoned = new Intake(base.format(), base.client(), base.consultedOn(), null, base.concerns(), null,
                new SkinProfile(5, Sensitivity.NORMAL, List.of(), 18, "Tans very easily; answers understated"),
                base.activeAcne(), List.of(), null, null);
        assertTrue(new IntakeValidator(LocalDate.of(2026, 11, 22)).validate(reasoned).isEmpty());
    }

    @Test
    void theBandsShownBesideTheScoreAreTheBandsThatDecideTheType() {
        for (int type = 1; type <= 6; type++) {
            String[] ends = FitzpatrickQuestionnaire.band(type).split("\u2013");
            assertEquals(type, SkinProfile.typeForScore(Integer.parseInt(ends[0])), "band " + type + " starts in it");
            assertEquals(type, SkinProfile.typeForScore(Integer.parseInt(ends[1])), "band " + type + " ends in it");
        }
        assertEquals("35\u201340", FitzpatrickQuestionnaire.band(6));
    }
}
