package com.clearpath.engine;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Zone;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The intake a preview plan is made from while the consultation is still being filled in. */
class ProvisionalIntakeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Intake withSkinAndAcne(Intake in, SkinProfile skin, ActiveAcne acne, List<Concern> concerns) {
        return new Intake(in.format(), in.client(), in.consultedOn(), in.practitioner(), concerns,
                in.goodmanBaronGrade(), skin, acne, in.screening(), in.goals(), in.notes());
    }

    private static List<Problem> problems(Intake in) {
        return new IntakeValidator(TODAY).validate(in);
    }

    @Test
    void nothingToPreviewUntilAConcernIsComplete() {
        Intake base = intake().build();
        Intake in = withSkinAndAcne(base, new SkinProfile(null, null, List.of()), new ActiveAcne(null, false),
                List.of(new Concern(ConcernKind.ROLLING, List.of())));
        assertTrue(Planner.provisionalIntake(in, problems(in), TODAY).isEmpty());
    }

    @Test
    void missingSkinAndAcneAnswersAreAssumedToRuleNothingOut() {
        Intake base = intake().build();
        Concern rolling = new Concern(ConcernKind.ROLLING, List.of(Zone.CHEEK_LEFT));
        Intake in = withSkinAndAcne(base, new SkinProfile(null, null, List.of()), new ActiveAcne(null, false),
                List.of(rolling, new Concern(ConcernKind.ICE_PICK, List.of())));

        Intake guess = Planner.provisionalIntake(in, problems(in), TODAY).orElseThrow();
        assertEquals(List.of(rolling), guess.concerns(), "only the complete concern is planned for");
        assertEquals(1, guess.skin().fitzpatrick());
        assertEquals(Sensitivity.NORMAL, guess.skin().sensitivity());
        assertEquals(0, guess.activeAcne().iga());
        assertTrue(new IntakeValidator(TODAY).validate(guess).isEmpty());
        new Planner(TreatmentCatalog.builtIn()).plan(guess);
    }

    @Test
    void answersAlreadyGivenAreKept() {
        Intake in = intake().concern(ConcernKind.ROLLING).fitzpatrick(5).iga(2).build();
        Intake guess = Planner.provisionalIntake(in, problems(in), TODAY).orElseThrow();
        assertEquals(5, guess.skin().fitzpatrick());
        assertEquals(2, guess.activeAcne().iga());
    }
}
