package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.FitzpatrickQuestionnaire;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.StepPurpose;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.PlannerOptions;
import com.clearpath.engine.TreatmentCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A change of the clinic's plan calendar reaches the consultation open in the wizard, unless it is final. */
class DraftReplanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC);
    private final AtomicReference<Planner> engine = new AtomicReference<>(new Planner(TreatmentCatalog.builtIn()));

    /** Ice pick and shallow boxcar scars: punch techniques, then resurfacing after the clinic's gap. */
    private ConsultationDraft draft() {
        ConsultationDraft d = ConsultationDraft.fresh(engine::get, () -> TODAY, clock);
        d.firstNameProperty().set("Ana");
        d.lastNameProperty().set("Reyes");
        d.dateOfBirthProperty().set(LocalDate.of(1996, 4, 12));
        for (ConcernKind kind : List.of(ConcernKind.ICE_PICK, ConcernKind.BOXCAR_SHALLOW)) {
            ConcernDraft c = new ConcernDraft();
            c.kindProperty().set(kind);
            c.zones().addAll(List.of(Zone.CHEEK_LEFT));
            d.concerns().add(c);
        }
        for (int i = 0; i < FitzpatrickQuestionnaire.ITEMS.size(); i++) {
            d.answerProperty(i).set(2);
        }
        d.sensitivityProperty().set(Sensitivity.NORMAL);
        d.igaProperty().set(0);
        return d;
    }

    private static int resurfacingFrom(Plan p) {
        return p.protocol().step(StepPurpose.RESURFACE).orElseThrow().startWeek().min();
    }

    @Test
    void aDraftPlansAgainWithTheNewGapAndIsSavedAgain() {
        ConsultationDraft d = draft();
        int before = resurfacingFrom(d.planProperty().get());
        long revision = d.revisionProperty().get();
        engine.set(new Planner(TreatmentCatalog.builtIn(), PlannerOptions.from(new PlanCalendar(7, 12, 14, 2, 4))));
        d.replan();
        assertEquals(before + 3, resurfacingFrom(d.planProperty().get()));
        assertEquals(revision + 1, d.revisionProperty().get(), "autosave keeps the new plan");
        d.replan();
        assertEquals(revision + 1, d.revisionProperty().get(), "the same plan again is no change");
    }

    @Test
    void aFinalConsultationKeepsThePlanItWasSavedWith() {
        ConsultationDraft d = draft();
        d.statusProperty().set(ConsultationStatus.FINAL);
        Plan kept = d.planProperty().get();
        engine.set(new Planner(TreatmentCatalog.builtIn(), PlannerOptions.from(new PlanCalendar(7, 12, 14, 2, 4))));
        d.replan();
        assertSame(kept, d.planProperty().get());
        assertNotEquals(resurfacingFrom(kept), resurfacingFrom(engine.get().plan(d.toIntake())));
    }
}
