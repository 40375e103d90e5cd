package com.clearpath.app;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.KeptDraft;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.Screening;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consultation's use cases against a real SQLite file in a data folder. */
class ConsultationsTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final List<Integer> ANSWERS = Arrays.asList(2, 3, null, 1, 0, 4, 2, 2, 1, null);

    @TempDir
    Path temp;
    private Clinic clinic;
    private Consultations consultations;

    @BeforeEach
    void open() throws Exception {
        clinic = new Clinic(new DataFolder(temp.resolve("data")).ensureExists(), CLOCK, "front-desk");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        consultations = new Consultations(clinic, "room-2");
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private static Intake complete() {
        Intake in = intake().concern(ConcernKind.ROLLING).grade(3).screened(Screening.COLD_SORE_HISTORY).build();
        return new Intake(in.format(), in.client(), in.consultedOn(), in.practitioner(), in.concerns(),
                in.goodmanBaronGrade(), in.skin(), in.activeAcne(), in.screening(), "Smoother cheeks", "Prefers mornings");
    }

    private static StoredConsultation planned(Intake in) {
        return StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of());
    }

    @Test
    void aSavedDraftReopensWithItsAnswersAndStep() throws Exception {
        StoredConsultation draft = planned(complete());
        StoredConsultation saved = consultations.saveDraft(draft.at(0, 2), new DraftExtras(ANSWERS, 2));
        assertEquals(1, saved.version());

        StoredConsultation back = consultations.open(draft.id()).orElseThrow();
        assertEquals(ConsultationStatus.DRAFT, back.status());
        assertEquals(draft.intake(), back.intake());
        assertEquals(2, back.step());
        DraftExtras extras = consultations.extras(draft.id()).orElseThrow();
        assertEquals(ANSWERS, extras.answers());
        assertEquals(2, extras.step());

        assertEquals(2, consultations.saveDraft(back.at(1, 3), new DraftExtras(ANSWERS, 3)).version());
        RecordsFailure stale = assertThrows(RecordsFailure.class,
                () -> consultations.saveDraft(back.at(1, 4), new DraftExtras(ANSWERS, 4)));
        assertEquals(RecordsFailure.Kind.CHANGED_ELSEWHERE, stale.kind());
        assertEquals(3, consultations.extras(draft.id()).orElseThrow().step(), "a refused save leaves the extras");
    }

    @Test
    void finalisingFilesTheClientAndMakesTheConsultationReadOnly() throws Exception {
        StoredConsultation draft = planned(complete());
        StoredConsultation saved = consultations.saveDraft(draft, new DraftExtras(ANSWERS, 5));

        StoredConsultation done = consultations.finalise(draft.at(saved.version(), 5));
        assertEquals(ConsultationStatus.FINAL, done.status());
        assertNotNull(done.clientId(), "the client's record is made when the consultation is final");
        assertTrue(consultations.extras(draft.id()).isEmpty(), "a final consultation keeps no draft extras");
        assertEquals(ConsultationStatus.FINAL, consultations.open(draft.id()).orElseThrow().status());
        assertThrows(RecordsFailure.class, () -> consultations.saveDraft(done, new DraftExtras(ANSWERS, 5)));
    }

    @Test
    void aFollowUpCarriesConcernsSkinAndGoalsButAsksGradeAndScreeningAgain() throws Exception {
        Intake first = complete();
        StoredConsultation done = consultations.finalise(planned(first));

        StoredConsultation next = consultations.startFollowUp(done.clientId());
        assertEquals(ConsultationStatus.DRAFT, next.status());
        assertEquals(done.clientId(), next.clientId());
        assertNotEquals(done.id(), next.id());
        Intake in = consultations.open(next.id()).orElseThrow().intake();
        assertEquals(LocalDate.of(2026, 11, 22), in.consultedOn(), "seen today");
        assertEquals(first.client(), in.client());
        assertEquals(first.practitioner(), in.practitioner());
        assertEquals(first.concerns(), in.concerns());
        assertNull(in.goodmanBaronGrade(), "the scars are graded again at every visit");
        assertEquals(first.skin(), in.skin());
        assertEquals(first.goals(), in.goals());
        assertTrue(in.screening().isEmpty(), "screening is asked again at every visit");
        assertNull(in.activeAcne(), "active acne is looked at again at every visit");
        assertNull(in.notes());
        assertNull(consultations.open(next.id()).orElseThrow().plan());
    }

    @Test
    void aCorrectionIsANewDraftLinkedToTheFinalOne() throws Exception {
        StoredConsultation done = consultations.finalise(planned(complete()));

        StoredConsultation correction = consultations.startCorrection(done.id());
        assertEquals(ConsultationStatus.DRAFT, correction.status());
        assertEquals(done.id(), correction.correctsId());
        assertEquals(done.intake(), consultations.open(correction.id()).orElseThrow().intake());
        assertEquals(ConsultationStatus.FINAL, consultations.open(done.id()).orElseThrow().status());
    }

    @Test
    void discardingRemovesADraftAndItsExtrasButNeverAFinalConsultation() throws Exception {
        StoredConsultation draft = planned(complete());
        consultations.saveDraft(draft, new DraftExtras(ANSWERS, 1));
        consultations.discard(draft.id());
        assertTrue(consultations.open(draft.id()).isEmpty());
        assertTrue(consultations.extras(draft.id()).isEmpty());

        StoredConsultation done = consultations.finalise(planned(complete()));
        consultations.discard(done.id());
        assertTrue(consultations.open(done.id()).isPresent());
    }

    @Test
    void unfinishedListsDraftsOnlyLeavingOutTheOneOnScreen() throws Exception {
        StoredConsultation onScreen = planned(complete());
        StoredConsultation left = planned(complete());
        StoredConsultation other = planned(complete());
        consultations.saveDraft(onScreen, new DraftExtras(ANSWERS, 1));
        consultations.saveDraft(left, new DraftExtras(ANSWERS, 2));
        consultations.saveDraft(other, new DraftExtras(ANSWERS, 3));
        consultations.finalise(planned(complete()));

        List<Consultations.Unfinished> found = consultations.unfinished(onScreen.id(), 5);
        assertEquals(2, found.size());
        for (Consultations.Unfinished u : found) {
            assertNotEquals(onScreen.id(), u.summary().id());
            assertEquals(u.summary().id(), u.consultation().id());
            assertEquals(ConsultationStatus.DRAFT, u.consultation().status());
        }
        assertEquals(1, consultations.unfinished(onScreen.id(), 1).size());
    }

    @Test
    void aKeptDraftContinuesTheSameDraftUnlessItWasSavedMeanwhile() throws Exception {
        StoredConsultation draft = planned(complete());
        StoredConsultation saved = consultations.saveDraft(draft, new DraftExtras(ANSWERS, 2));
        consultations.keep(draft.at(saved.version(), 2), ANSWERS);

        List<KeptDraft> kept = consultations.kept();
        assertEquals(1, kept.size());
        assertEquals(ANSWERS, kept.get(0).answers());
        assertEquals(CLOCK.instant(), kept.get(0).keptAt());
        assertEquals(draft.id(), consultations.resumeKept(kept.get(0)).id(), "the records still hold its version");

        consultations.saveDraft(draft.at(saved.version(), 3), new DraftExtras(ANSWERS, 3));
        StoredConsultation own = consultations.resumeKept(kept.get(0));
        assertNotEquals(draft.id(), own.id(), "saved meanwhile: the kept answers become a draft of their own");
        assertEquals(draft.intake(), own.intake());
        assertEquals(0, own.version());

        consultations.forgetKept(draft.id());
        assertTrue(consultations.kept().isEmpty());
    }

    @Test
    void aKeptDraftTheRecordsNeverSawIsSavedAsNew() throws Exception {
        StoredConsultation draft = planned(complete()).at(4, 2);
        consultations.keep(draft, ANSWERS);
        StoredConsultation toOpen = consultations.resumeKept(consultations.kept().get(0));
        assertEquals(draft.id(), toOpen.id());
        assertEquals(0, toOpen.version(), "its first save inserts it");
        assertEquals(1, consultations.saveDraft(toOpen, new DraftExtras(ANSWERS, 2)).version());
    }

    @Test
    void thePractitionerIsRememberedPerWorkstation() throws Exception {
        assertEquals("", consultations.lastPractitioner());
        consultations.rememberPractitioner("J. Park");
        assertEquals("J. Park", new Consultations(clinic, "room-2").lastPractitioner());
        assertFalse("J. Park".equals(new Consultations(clinic, "room-3").lastPractitioner()));
    }
}
