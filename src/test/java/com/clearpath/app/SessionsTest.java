package com.clearpath.app;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.domain.SessionRefusal;
import com.clearpath.domain.StepProgress;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Treatment sessions against a final consultation's agreed plan, on a real SQLite file. */
class SessionsTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final DraftExtras NO_EXTRAS = new DraftExtras(List.of(), 0);

    @TempDir
    Path temp;
    private Clinic clinic;
    private Consultations consultations;
    private Sessions sessions;
    private StoredConsultation visit;
    private List<ProtocolStep> steps;

    @BeforeEach
    void open() throws Exception {
        clinic = new Clinic(new DataFolder(temp.resolve("data")).ensureExists(), CLOCK, "front-desk");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        consultations = new Consultations(clinic, "room-2");
        sessions = new Sessions(clinic);
        Intake in = intake().concern(ConcernKind.ROLLING).concern(ConcernKind.BOXCAR_SHALLOW).grade(3).build();
        StoredConsultation draft = StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of());
        visit = consultations.finalise(consultations.saveDraft(draft, NO_EXTRAS));
        ConsentSigning.signAgreed(clinic, visit.id());
        steps = AgreedPlan.of(visit.plan(), visit.overrides()).protocol().steps().stream()
                .filter(s -> s.sessions() != null).toList();
        assertFalse(steps.isEmpty(), "the plan has in-clinic steps to count against");
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private static TreatmentSession session(Treatment t, LocalDate on, String depth) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("needle depth", depth);
        settings.put("passes", "3");
        return new TreatmentSession(on, t, "Dr Ruiz", List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT), "Dermapen 4",
                settings, null, null, "Topical lidocaine 5%", "Mild erythema", null);
    }

    @Test
    void aSessionIsKeptWithEveryFieldAsEntered() throws Exception {
        Treatment t = steps.get(0).treatment();
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("energy", "40 mJ");
        settings.put("TCA strength", "35%");
        settings.put("needle depth", "1.5 mm");
        TreatmentSession entered = new TreatmentSession(LocalDate.of(2026, 11, 20), t, "Dr Ruiz",
                List.of(Zone.CHEEK_RIGHT, Zone.CHIN), "Device X", settings, "Restylane Defyne", "LOT-44812",
                "Topical lidocaine 5%", "Pinpoint bleeding", "Tolerated well");
        RecordedSession kept = sessions.record(visit.id(), entered);
        assertEquals(List.of(kept), sessions.list(visit.id()));
        TreatmentSession back = sessions.list(visit.id()).get(0).session();
        assertEquals(entered, back);
        assertEquals(List.of("energy", "TCA strength", "needle depth"), List.copyOf(back.settings().keySet()),
                "settings keep the order they were entered in");
        assertEquals("front-desk", kept.recordedBy());
        assertEquals(Optional.empty(), kept.correctsId());
    }

    @Test
    void aSavedSessionIsReadOnlyEvenToTheDatabase() throws Exception {
        RecordedSession kept = sessions.record(visit.id(), session(steps.get(0).treatment(), LocalDate.of(2026, 11, 20), "1.0 mm"));
        for (String write : List.of("UPDATE treatment_sessions SET notes = 'changed' WHERE id = '" + kept.id() + "'",
                "DELETE FROM treatment_sessions WHERE id = '" + kept.id() + "'")) {
            RecordsFailure e = assertThrows(RecordsFailure.class, () -> clinic.with(s -> s.database().write(Doing.RECORD_SESSION,
                    c -> {
                        try (Statement st = c.createStatement()) {
                            return st.executeUpdate(write);
                        }
                    })));
            assertTrue(e.getCause() instanceof SQLException, write);
        }
        assertEquals(List.of(kept), sessions.list(visit.id()));
    }

    @Test
    void aCorrectionIsANewEntryLinkedToTheOneItCorrects() throws Exception {
        Treatment t = steps.get(0).treatment();
        RecordedSession wrong = sessions.record(visit.id(), session(t, LocalDate.of(2026, 11, 20), "2.5 mm"));
        RecordedSession fixed = sessions.correct(wrong.id(), session(t, LocalDate.of(2026, 11, 20), "1.5 mm"));
        assertEquals(Optional.of(wrong.id()), fixed.correctsId());
        assertEquals(visit.id(), fixed.consultationId());
        assertEquals(List.of(wrong, fixed), sessions.list(visit.id()), "the corrected entry stays in the record");
        assertEquals(List.of(fixed), sessions.current(visit.id()));
        assertEquals(SessionRefusal.ALREADY_CORRECTED, assertThrows(Sessions.Refused.class,
                () -> sessions.correct(wrong.id(), session(t, LocalDate.of(2026, 11, 20), "1.0 mm"))).reason());
        assertEquals(SessionRefusal.SESSION_NOT_FOUND, assertThrows(Sessions.Refused.class,
                () -> sessions.correct(UUID.randomUUID(), session(t, LocalDate.of(2026, 11, 20), "1.0 mm"))).reason());
        // The correction itself can be corrected in its turn.
        RecordedSession again = sessions.correct(fixed.id(), session(t, LocalDate.of(2026, 11, 19), "1.5 mm"));
        assertEquals(List.of(again), sessions.current(visit.id()));
    }

    @Test
    void eachStepCountsItsSessionsAgainstThoseAgreed() throws Exception {
        ProtocolStep first = steps.get(0);
        RecordedSession one = sessions.record(visit.id(), session(first.treatment(), LocalDate.of(2026, 10, 1), "1 mm"));
        sessions.record(visit.id(), session(first.treatment(), LocalDate.of(2026, 11, 1), "1 mm"));
        // A correction replaces what it corrects: still two sessions, not three.
        sessions.correct(one.id(), session(first.treatment(), LocalDate.of(2026, 10, 2), "1 mm"));
        // A treatment outside this plan, consented to in another of the client's consultations.
        Intake followUp = intake().concern(ConcernKind.ICE_PICK).concern(ConcernKind.HYPERTROPHIC).grade(3).build();
        StoredConsultation second = consultations.finalise(consultations.saveDraft(StoredConsultation.newDraft(followUp)
                .with(visit.clientId(), followUp, PLANNER.plan(followUp), List.of()), NO_EXTRAS));
        List<Treatment> here = new Consents(clinic).agreedTreatments(visit.id());
        Treatment unplanned = new Consents(clinic).agreedTreatments(second.id()).stream().filter(Treatment::procedure)
                .filter(t -> !here.contains(t)).findFirst().orElseThrow();
        ConsentSigning.signAgreed(clinic, second.id());
        sessions.record(visit.id(), session(unplanned, LocalDate.of(2026, 11, 2), "—"));

        StepProgress.Progress progress = sessions.progress(visit.id());
        assertEquals(steps.size(), progress.steps().size());
        StepProgress p = progress.steps().get(0);
        assertEquals(first.order(), p.order());
        assertEquals(first.treatment(), p.treatment());
        assertEquals(2, p.done(), "session 2 of " + first.sessions());
        assertEquals(first.sessions().min(), p.plannedMin());
        assertEquals(first.sessions().max(), p.plannedMax());
        for (StepProgress other : progress.steps().subList(1, progress.steps().size())) {
            assertEquals(0, other.done());
        }
        assertEquals(1, progress.outsidePlan());
    }

    @Test
    void aTreatmentIsLoggedOnlyUnderTheClientsValidConsentToIt() throws Exception {
        Treatment t = steps.get(0).treatment();
        List<Treatment> here = new Consents(clinic).agreedTreatments(visit.id());
        Treatment unconsented = Arrays.stream(Treatment.values()).filter(Treatment::procedure)
                .filter(x -> !here.contains(x)).findFirst().orElseThrow();
        Sessions.Refused none = assertThrows(Sessions.Refused.class,
                () -> sessions.record(visit.id(), session(unconsented, LocalDate.of(2026, 11, 20), "1 mm")));
        assertEquals(SessionRefusal.NO_CONSENT, none.reason());
        assertEquals(Optional.of(unconsented), none.treatment());

        RecordedSession kept = sessions.record(visit.id(), session(t, LocalDate.of(2026, 11, 20), "1 mm"));
        clinic.close();
        // Twelve months after signing the consent has expired: neither a new session nor a correction is logged.
        clinic = new Clinic(new DataFolder(temp.resolve("data")), Clock.fixed(Instant.parse("2027-11-22T09:00:00Z"),
                ZoneOffset.UTC), "front-desk");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        sessions = new Sessions(clinic);
        Sessions.Refused expired = assertThrows(Sessions.Refused.class,
                () -> sessions.record(visit.id(), session(t, LocalDate.of(2027, 11, 20), "1 mm")));
        assertEquals(SessionRefusal.CONSENT_EXPIRED, expired.reason());
        assertEquals(Optional.of(t), expired.treatment());
        assertEquals(Optional.of(LocalDate.of(2027, 11, 22)), expired.expiredOn());
        assertEquals(SessionRefusal.CONSENT_EXPIRED, assertThrows(Sessions.Refused.class,
                () -> sessions.correct(kept.id(), session(t, LocalDate.of(2026, 11, 21), "1 mm"))).reason());

        ConsentSigning.signAgreed(clinic, visit.id());
        sessions.record(visit.id(), session(t, LocalDate.of(2027, 11, 20), "1 mm"));
        Consents consents = new Consents(clinic);
        for (var standing : consents.forConsultation(visit.id())) {
            if (standing.valid()) {
                consents.withdraw(standing.consent().id(), "Pregnant");
            }
        }
        assertEquals(SessionRefusal.CONSENT_WITHDRAWN, assertThrows(Sessions.Refused.class,
                () -> sessions.record(visit.id(), session(t, LocalDate.of(2027, 11, 21), "1 mm"))).reason());
        assertEquals(2, sessions.list(visit.id()).size());
    }

    @Test
    void aConsentWhoseSignedDocumentWasChangedOrRemovedDoesNotCoverASession() throws Exception {
        Treatment t = steps.get(0).treatment();
        Consents consents = new Consents(clinic);
        Path pdf = clinic.folder().root().resolve(consents.forConsultation(visit.id()).get(0).consent().file());
        byte[] signed = Files.readAllBytes(pdf);
        byte[] changed = signed.clone();
        changed[changed.length / 2] ^= 1;
        Files.write(pdf, changed);
        Sessions.Refused refused = assertThrows(Sessions.Refused.class,
                () -> sessions.record(visit.id(), session(t, LocalDate.of(2026, 11, 20), "1 mm")));
        assertEquals(SessionRefusal.CONSENT_NOT_INTACT, refused.reason());
        assertEquals(Optional.of(t), refused.treatment());
        Files.delete(pdf);
        assertEquals(SessionRefusal.CONSENT_NOT_INTACT, assertThrows(Sessions.Refused.class,
                () -> sessions.record(visit.id(), session(t, LocalDate.of(2026, 11, 20), "1 mm"))).reason());
        Files.write(pdf, signed);
        sessions.record(visit.id(), session(t, LocalDate.of(2026, 11, 20), "1 mm"));
        assertEquals(1, sessions.list(visit.id()).size());
    }

    @Test
    void sessionsWaitForAFinalConsultationAndAreNotDatedAhead() throws Exception {
        Treatment t = steps.get(0).treatment();
        StoredConsultation draft = consultations.startFollowUp(visit.clientId());
        assertEquals(SessionRefusal.CONSULTATION_NOT_FINAL, assertThrows(Sessions.Refused.class,
                () -> sessions.record(draft.id(), session(t, LocalDate.of(2026, 11, 20), "1 mm"))).reason());
        assertEquals(SessionRefusal.CONSULTATION_NOT_FOUND, assertThrows(Sessions.Refused.class,
                () -> sessions.record(UUID.randomUUID(), session(t, LocalDate.of(2026, 11, 20), "1 mm"))).reason());
        assertEquals(SessionRefusal.IN_THE_FUTURE, assertThrows(Sessions.Refused.class,
                () -> sessions.record(visit.id(), session(t, LocalDate.of(2026, 11, 23), "1 mm"))).reason());
        Map<String, String> unnamed = new LinkedHashMap<>();
        unnamed.put(" ", "40 mJ");
        TreatmentSession bad = new TreatmentSession(LocalDate.of(2026, 11, 20), t, "Dr Ruiz", List.of(), "", unnamed,
                null, null, null, null, null);
        assertEquals(SessionRefusal.SETTING_WITHOUT_NAME, assertThrows(Sessions.Refused.class,
                () -> sessions.record(visit.id(), bad)).reason());
        assertTrue(sessions.list(visit.id()).isEmpty());
    }
}
