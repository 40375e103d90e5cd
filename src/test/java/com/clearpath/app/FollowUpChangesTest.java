package com.clearpath.app;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.document.DocumentKind;
import com.clearpath.document.PaperSize;
import com.clearpath.document.Pdf;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeChange;
import com.clearpath.domain.IntakeChanges;
import com.clearpath.domain.Language;
import com.clearpath.domain.Screening;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up knows the visit it was started from, and its clinician summary says what changed since: through the
 * real records and the real renderer, the PDF read back as text.
 */
class FollowUpChangesTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path temp;
    private Clinic clinic;
    private Consultations consultations;
    private ConsultationDocuments documents;

    @BeforeEach
    void open() throws Exception {
        clinic = new Clinic(new DataFolder(temp.resolve("data")).ensureExists(), CLOCK, "front-desk");
        clinic.open();
        consultations = new Consultations(clinic, "room-2");
        documents = new ConsultationDocuments(clinic);
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private static Intake on(LocalDate day, Intake in) {
        return new Intake(in.format(), in.client(), day, in.practitioner(), in.concerns(), in.goodmanBaronGrade(),
                in.skin(), in.activeAcne(), in.screening(), "Smoother cheeks", null);
    }

    private StoredConsultation first() throws Exception {
        Intake in = on(FIRST_DAY, intake().concern(ConcernKind.ROLLING, Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT)
                .concern(ConcernKind.PIH, Zone.CHIN).grade(3).iga(1).screened(Screening.COLD_SORE_HISTORY).build());
        return consultations.finalise(StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of()));
    }

    /** The follow-up as the practitioner fills it in: better grade, the marks gone, ice pick now, and pregnant. */
    private StoredConsultation followUpOf(StoredConsultation visit) throws Exception {
        StoredConsultation draft = consultations.startFollowUp(visit.clientId());
        Intake in = on(LocalDate.of(2026, 11, 22), intake().concern(ConcernKind.ROLLING, Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT)
                .concern(ConcernKind.ICE_PICK, Zone.FOREHEAD).grade(2).iga(1)
                .screened(Screening.COLD_SORE_HISTORY, Screening.PREGNANT_OR_BREASTFEEDING).build());
        Intake filled = new Intake(in.format(), draft.intake().client(), in.consultedOn(), in.practitioner(),
                in.concerns(), in.goodmanBaronGrade(), in.skin(), in.activeAcne(), in.screening(), in.goals(), null);
        return draft.with(visit.clientId(), filled, PLANNER.plan(filled), List.of());
    }

    @Test
    void aFollowUpFollowsTheVisitItWasStartedFromAndAFirstOneNone() throws Exception {
        StoredConsultation visit = first();
        StoredConsultation draft = consultations.startFollowUp(visit.clientId());
        assertEquals(Optional.of(visit.id()), consultations.followedVisit(draft.id()).map(StoredConsultation::id));
        assertEquals(Optional.empty(), consultations.followedVisit(visit.id()), "a first consultation follows nothing");
    }

    @Test
    void aCorrectedVisitIsComparedAsCorrectedAndACorrectionOfTheFollowUpFollowsTheSameVisit() throws Exception {
        StoredConsultation visit = first();
        StoredConsultation followUp = consultations.finalise(followUpOf(visit));
        StoredConsultation correction = consultations.finalise(consultations.startCorrection(visit.id()));
        assertEquals(Optional.of(correction.id()), consultations.followedVisit(followUp.id()).map(StoredConsultation::id),
                "the visit as its correction has it");
        StoredConsultation ofFollowUp = consultations.startCorrection(followUp.id());
        assertEquals(Optional.of(correction.id()), consultations.followedVisit(ofFollowUp.id()).map(StoredConsultation::id));
    }

    @Test
    void theFollowUpsClinicianSummaryListsWhatChangedSinceTheVisit() throws Exception {
        StoredConsultation visit = first();
        StoredConsultation followUp = consultations.finalise(followUpOf(visit));

        ConsultationDocuments.Source source = documents.kept(followUp.id());
        IntakeChanges changes = source.input().changesIfAny().orElseThrow();
        assertEquals(FIRST_DAY, changes.since());
        assertEquals(List.of(IntakeChange.Code.CONCERN_NEW, IntakeChange.Code.MARKS_GONE, IntakeChange.Code.GRADE_BETTER,
                IntakeChange.Code.SCREENING_NEW), changes.changes().stream().map(IntakeChange::code)
                .filter(c -> c != IntakeChange.Code.TREATMENT_ADDED && c != IntakeChange.Code.TREATMENT_DROPPED).toList());

        String text = Pdf.read(documents.render(source, DocumentKind.CLINICIAN_SUMMARY, Language.EN, PaperSize.LETTER)
                .pdf()).text();
        List<String> lines = text.lines().map(String::strip).toList();
        int heading = lines.indexOf("Since the visit of Jun 1, 2026");
        assertTrue(heading > 0, "the heading, after the consultation's details:\n" + text);
        assertTrue(heading < lines.indexOf("Protocol"), "before the protocol");
        List<String> expected = List.of(
                "• New: Ice-pick on forehead",
                "• No longer present: PIH (post-inflammatory hyperpigmentation)",
                "• Goodman & Baron grade better: 3 (moderate) → 2 (mild)",
                "• New screening answer: Pregnant, trying to conceive, or breastfeeding");
        assertEquals(expected, lines.subList(heading + 1, heading + 1 + expected.size()));
        for (IntakeChange c : changes.changes()) {
            if (c.code() == IntakeChange.Code.TREATMENT_DROPPED) {
                String name = clinic.catalog().get(Treatment.valueOf(c.arg(0))).name().in(Language.EN);
                assertTrue(lines.contains("• Plan no longer has " + name), name + " in:\n" + text);
            }
        }
    }

    @Test
    void aFirstConsultationsSummaryHasNoComparison() throws Exception {
        StoredConsultation visit = first();
        ConsultationDocuments.Source source = documents.kept(visit.id());
        assertTrue(source.input().changesIfAny().isEmpty());
        String text = Pdf.read(documents.render(source, DocumentKind.CLINICIAN_SUMMARY, Language.EN, PaperSize.LETTER)
                .pdf()).text();
        assertFalse(text.contains("Since the visit"), text);
    }
}
