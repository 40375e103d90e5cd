package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.FitzpatrickQuestionnaire;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The screening step's isotretinoin stop date in the wizard's model: into the intake, checked, and out again. */
class IsotretinoinDetailsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC);

    private ConsultationDraft complete() {
        ConsultationDraft d = ConsultationDraft.fresh(() -> PLANNER, () -> TODAY, clock);
        d.firstNameProperty().set("Ana");
        d.lastNameProperty().set("Reyes");
        d.dateOfBirthProperty().set(LocalDate.of(1996, 4, 12));
        ConcernDraft c = new ConcernDraft();
        c.kindProperty().set(ConcernKind.BOXCAR_SHALLOW);
        c.zones().add(Zone.CHEEK_LEFT);
        d.concerns().add(c);
        for (int i = 0; i < FitzpatrickQuestionnaire.ITEMS.size(); i++) {
            d.answerProperty(i).set(2);
        }
        d.sensitivityProperty().set(Sensitivity.NORMAL);
        d.igaProperty().set(0);
        return d;
    }

    @Test
    void theStopDateGoesIntoTheIntakeAndThePlanNamesTheDayTheWaitEnds() {
        ConsultationDraft d = complete();
        d.screening().add(Screening.ISOTRETINOIN_RECENT);
        d.isotretinoinStoppedOnProperty().set(LocalDate.of(2026, 9, 15));
        assertEquals(LocalDate.of(2026, 9, 15), d.intakeProperty().get().screeningDetails().isotretinoinStoppedOn());
        assertNotNull(d.planProperty().get(), d.problemsProperty().get().toString());
        assertTrue(d.planProperty().get().exclusion(Treatment.ABLATIVE_RESURFACING).orElseThrow().reasons().stream()
                .anyMatch(r -> com.clearpath.words.ReasonWords.english().of(r.reason()).contains("2027-03-15")));
    }

    @Test
    void aStopDateInTheFutureIsAProblemOfItsOwnField() {
        ConsultationDraft d = complete();
        d.screening().add(Screening.ISOTRETINOIN_RECENT);
        d.isotretinoinStoppedOnProperty().set(TODAY.plusDays(3));
        assertTrue(d.problemAt("screeningDetails.isotretinoinStoppedOn").isPresent());
        assertNull(d.planProperty().get());
        assertEquals(Step.SCREENING, ConsultationView.firstIncompleteStep(d), "the screening step is where to fix it");
    }

    @Test
    void answeringNoToIsotretinoinForgetsTheDetails() {
        ConsultationDraft d = complete();
        d.screening().add(Screening.ISOTRETINOIN_RECENT);
        d.isotretinoinStoppedOnProperty().set(LocalDate.of(2026, 9, 15));
        d.screening().remove(Screening.ISOTRETINOIN_RECENT);
        assertTrue(d.intakeProperty().get().screeningDetails().isEmpty());
        assertTrue(d.problemsProperty().get().isEmpty(), d.problemsProperty().get().toString());
    }

    @Test
    void aResumedDraftOpensOnTheStepItWasLeftOn() {
        ConsultationDraft d = complete();
        assertEquals(Step.SUMMARY, ConsultationView.resumeStep(Optional.of(5), d), "left on the summary, back on the summary");
        assertEquals(Step.SKIN, ConsultationView.resumeStep(Optional.of(2), d));
        assertEquals(Step.PLAN, ConsultationView.resumeStep(Optional.empty(), d), "not known: the plan");
        assertEquals(Step.SUMMARY, ConsultationView.resumeStep(Optional.of(9), d), "a number past the end: the last step");
        assertEquals(Step.CLIENT, ConsultationView.resumeStep(Optional.of(-1), d), "a negative number: the first step");
        d.igaProperty().set(null);
        assertEquals(Step.SCREENING, ConsultationView.resumeStep(Optional.of(5), d), "never past a gap");
        assertEquals(Step.SCREENING, ConsultationView.resumeStep(Optional.of(9), d));
    }
}
