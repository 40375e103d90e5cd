package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.FitzpatrickQuestionnaire;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeChange;
import com.clearpath.domain.IntakeChanges;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A follow-up's draft compares itself with the visit it follows on every answer; a first one does not compare. */
class DraftChangesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC);
    private final Planner planner = new Planner(TreatmentCatalog.builtIn());

    private ConsultationDraft filled() {
        ConsultationDraft d = ConsultationDraft.fresh(() -> planner, () -> TODAY, clock);
        d.firstNameProperty().set("Ana");
        d.lastNameProperty().set("Reyes");
        d.dateOfBirthProperty().set(LocalDate.of(1996, 4, 12));
        ConcernDraft c = new ConcernDraft();
        c.kindProperty().set(ConcernKind.ROLLING);
        c.zones().add(Zone.CHEEK_LEFT);
        d.concerns().add(c);
        d.goodmanGradeProperty().set(3);
        for (int i = 0; i < FitzpatrickQuestionnaire.ITEMS.size(); i++) {
            d.answerProperty(i).set(2);
        }
        d.sensitivityProperty().set(Sensitivity.NORMAL);
        d.igaProperty().set(0);
        return d;
    }

    /** The same answers, kept as a final visit on an earlier day. */
    private StoredConsultation visit(ConsultationDraft d) {
        StoredConsultation k = d.toStored();
        Intake in = k.intake();
        Intake earlier = new Intake(in.format(), in.client(), TODAY.minusMonths(5), in.practitioner(),
                in.concerns(), in.goodmanBaronGrade(), in.skin(), in.activeAcne(), in.screening(), in.goals(), in.notes());
        return k.with(null, earlier, planner.plan(earlier), List.of());
    }

    @Test
    void aFirstConsultationHasNoComparison() {
        assertNull(filled().changesProperty().get());
    }

    @Test
    void theComparisonFollowsEachAnswerAndIsNoChangeToSave() {
        ConsultationDraft d = filled();
        StoredConsultation earlier = visit(d);
        long revision = d.revisionProperty().get();
        d.follows(Optional.of(earlier));
        IntakeChanges none = d.changesProperty().get();
        assertNotNull(none);
        assertTrue(none.isEmpty(), none.changes().toString());
        assertEquals(TODAY.minusMonths(5), none.since());
        assertEquals(revision, d.revisionProperty().get(), "knowing the earlier visit is not an answer");

        d.goodmanGradeProperty().set(2);
        assertEquals(List.of(IntakeChange.of(IntakeChange.Code.GRADE_BETTER, "3", "2")), d.changesProperty().get().changes());
        d.screening().add(Screening.PREGNANT_OR_BREASTFEEDING);
        List<IntakeChange.Code> codes = d.changesProperty().get().changes().stream().map(IntakeChange::code).toList();
        assertTrue(codes.containsAll(List.of(IntakeChange.Code.GRADE_BETTER, IntakeChange.Code.SCREENING_NEW)), codes.toString());

        d.follows(Optional.empty());
        assertNull(d.changesProperty().get());
    }

    @Test
    void aStepDroppedOnTheDraftIsATreatmentNoLongerInThePlan() {
        ConsultationDraft d = filled();
        d.follows(Optional.of(visit(d)));
        Treatment first = d.agreed().protocol().steps().get(0).treatment();
        assertTrue(d.proposeChange(PlanOverride.Action.STEP_DROPPED, first, null, null,
                "Client declined").isEmpty());
        assertEquals(List.of(IntakeChange.of(IntakeChange.Code.TREATMENT_DROPPED, first.name())),
                d.changesProperty().get().changes());
    }
}
