package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.FitzpatrickQuestionnaire;
import com.clearpath.domain.Language;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Concerns step's event day and plan start in the wizard's model: into the intake and plan, kept, checked. */
class PlanDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC);

    private ConsultationDraft complete() {
        ConsultationDraft d = ConsultationDraft.fresh(() -> PLANNER, () -> TODAY, clock);
        d.firstNameProperty().set("Ana");
        d.lastNameProperty().set("Reyes");
        d.dateOfBirthProperty().set(LocalDate.of(1996, 4, 12));
        ConcernDraft c = new ConcernDraft();
        c.kindProperty().set(ConcernKind.ROLLING);
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
    void anEventDayAndALaterStartShapeThePlansCalendarAndComeBackWithTheDraft() {
        ConsultationDraft d = complete();
        d.eventDateProperty().set(LocalDate.of(2027, 6, 12));
        d.planStartsOnProperty().set(LocalDate.of(2026, 12, 7));
        assertNotNull(d.planProperty().get(), d.problemsProperty().get().toString());
        assertEquals(LocalDate.of(2027, 6, 12), d.planProperty().get().protocol().event().orElseThrow().date());
        assertEquals(LocalDate.of(2026, 12, 7), d.planProperty().get().protocol().startsOn());

        ConsultationDraft back = ConsultationDraft.restore(() -> PLANNER, () -> TODAY, clock, d.toStored(),
                Optional.of(d.extras(1)));
        assertEquals(LocalDate.of(2027, 6, 12), back.eventDateProperty().get());
        assertEquals(LocalDate.of(2026, 12, 7), back.planStartsOnProperty().get());
        assertEquals(LocalDate.of(2027, 6, 12), back.toIntake().eventDate());
    }

    @Test
    void anEventBeforeTheConsultationIsAProblemOfTheConcernsStep() {
        ConsultationDraft d = complete();
        d.eventDateProperty().set(TODAY.minusDays(1));
        assertTrue(d.problemAt("eventDate").isPresent());
        assertNull(d.planProperty().get());
        assertEquals(Step.CONCERNS, ConsultationView.firstIncompleteStep(d), "the Concerns step is where to fix it");
        d.eventDateProperty().set(null);
        assertTrue(d.problemsProperty().get().isEmpty(), d.problemsProperty().get().toString());
    }

    @Test
    void aSlashedDateIsDayFirstOnSpanishScreensAndMonthFirstOnEnglishOnes() {
        assertEquals(Optional.of(LocalDate.of(2027, 6, 12)), ClientPage.parseDate("12/6/2027", Language.ES));
        assertEquals(Optional.of(LocalDate.of(2027, 12, 6)), ClientPage.parseDate("12/6/2027", Language.EN));
        assertEquals(Optional.of(LocalDate.of(2027, 6, 12)), ClientPage.parseDate("2027-06-12", Language.ES));
        assertEquals(Optional.empty(), ClientPage.parseDate("31/2/2027", Language.ES));
    }
}
