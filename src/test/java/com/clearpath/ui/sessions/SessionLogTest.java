package com.clearpath.ui.sessions;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Clinic;
import com.clearpath.app.ConsentSigning;
import com.clearpath.app.Consents;
import com.clearpath.app.Consultations;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.app.Sessions;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.SessionRefusal;
import com.clearpath.domain.StepProgress;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.VisitSchedule;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import com.clearpath.ui.records.RecordWords;
import com.clearpath.ui.sessions.SessionForm.Field;
import com.clearpath.ui.sessions.SessionForm.Issue;
import com.clearpath.ui.sessions.SessionForm.Problem;
import com.clearpath.ui.sessions.SessionLog.Entry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session log of a final consultation, on a real SQLite file, without a window. */
class SessionLogTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private Clinic clinic;
    private Sessions sessions;
    private StoredConsultation visit;
    private SessionWords words;

    @BeforeEach
    void open() throws Exception {
        clinic = new Clinic(new DataFolder(temp.resolve("data")).ensureExists(), CLOCK, "front-desk");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        Consultations consultations = new Consultations(clinic, "room-2");
        sessions = new Sessions(clinic);
        Intake in = intake().concern(ConcernKind.ROLLING).concern(ConcernKind.BOXCAR_SHALLOW).grade(3).build();
        StoredConsultation draft = StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of());
        visit = consultations.finalise(consultations.saveDraft(draft, new DraftExtras(List.of(), 0)));
        ConsentSigning.signAgreed(clinic, visit.id());
        words = new SessionWords(new RecordWords(Messages.load(Locale.US), TreatmentCatalog::builtIn));
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private SessionLog log(LocalDate today) {
        SessionLog log = new SessionLog(new SameThreadBackgroundTasks(), sessions, visit.id(), "Dr Ruiz", () -> today,
                Language.EN, words::setting);
        log.load();
        assertEquals(SessionLog.State.READY, log.stateProperty().get());
        return log;
    }

    /** Fills the open form as a practitioner would, on {@code on}. */
    private static SessionForm typeSession(SessionLog log, String on, String depth) {
        log.logNew();
        SessionForm f = log.formProperty().get();
        f.treatmentProperty().set(log.steps().get(0).treatment());
        f.dateProperty().set(on);
        f.zones().addAll(List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT));
        f.deviceProperty().set("Dermapen 4");
        f.settings().clear();
        f.addSetting();
        f.settings().get(0).nameProperty().set("needle depth");
        f.settings().get(0).valueProperty().set(depth);
        f.anaestheticProperty().set("Topical lidocaine 5%");
        return f;
    }

    @Test
    void theProgressSaysWhichSessionOfThoseAgreedEachStepIsAt() {
        SessionLog log = log(TODAY);
        StepProgress first = log.steps().get(0);
        typeSession(log, "2026-10-01", "1.0 mm");
        log.save();
        typeSession(log, "2026-11-01", "1.5 mm");
        log.save();
        StepProgress now = log.steps().get(0);
        assertEquals(first.treatment(), now.treatment());
        assertEquals(2, now.done());
        String planned = now.plannedMin() == now.plannedMax() ? String.valueOf(now.plannedMax())
                : now.plannedMin() + "\u2013" + now.plannedMax();
        assertEquals("Session 2 of " + planned, words.progress(now));
        assertEquals("Session 2 of 3", words.progress(new StepProgress(1, Treatment.SUBCISION, 2, 3, 3)));
        assertEquals("Session 2 of 1\u20133", words.progress(new StepProgress(1, Treatment.SUBCISION, 2, 1, 3)));
        assertEquals("Not started \u00b7 3 planned", words.progress(new StepProgress(1, Treatment.SUBCISION, 0, 3, 3)));
        SessionWords spanish = new SessionWords(new RecordWords(Messages.load(Language.ES), TreatmentCatalog::builtIn));
        assertEquals("Sesión 2 de 3", spanish.progress(new StepProgress(1, Treatment.SUBCISION, 2, 3, 3)));
        assertEquals(2, log.entries().size());
        assertEquals(LocalDate.of(2026, 11, 1), log.entries().get(0).recorded().session().performedOn(),
                "newest first");
    }

    @Test
    void aNewSessionStartsTodayWithTheLastPractitionerAndThePlansNextStep() {
        SessionLog log = log(TODAY);
        log.logNew();
        SessionForm f = log.formProperty().get();
        assertEquals("2026-11-22", f.dateProperty().get());
        assertEquals("Dr Ruiz", f.practitionerProperty().get(), "the consultation's practitioner at first");
        Treatment step = log.steps().get(0).treatment();
        assertEquals(step, f.treatmentProperty().get());
        assertEquals(step, f.choices().get(0), "the plan's treatments come first");
        f.practitionerProperty().set("J. Park");
        f.dateProperty().set("2026-11-20");
        f.zones().add(Zone.CHIN);
        log.save();
        log.logNew();
        assertEquals("J. Park", log.formProperty().get().practitionerProperty().get(), "the last one since");
        f = log.formProperty().get();
        f.treatmentProperty().set(Treatment.FRACTIONAL_ABLATIVE_LASER);
        assertEquals(List.of("Energy", "Passes"), f.settings().stream().map(r -> r.nameProperty().get()).toList());
        f.treatmentProperty().set(Treatment.TCA_CROSS);
        assertEquals(List.of("TCA strength"), f.settings().stream().map(r -> r.nameProperty().get()).toList());
        f.settings().get(0).valueProperty().set("70%");
        f.treatmentProperty().set(Treatment.MICRONEEDLING);
        assertEquals("70%", f.settings().get(0).valueProperty().get(), "a typed setting is never replaced");
    }

    @Test
    void aRefusedFieldKeepsEverythingTyped() throws Exception {
        // The screen's day is ahead of the records' (another computer's clock): the records refuse the date.
        SessionLog log = log(TODAY.plusDays(5));
        SessionForm f = typeSession(log, "2026-11-25", "1.5 mm");
        f.reactionProperty().set("Mild erythema");
        log.save();
        assertSame(f, log.formProperty().get(), "the form stays open");
        assertEquals(List.of(new Problem(Field.DATE, Issue.IN_THE_FUTURE, -1)), List.copyOf(f.problems()));
        assertEquals("Date: a session cannot be dated after today.", words.problem(f.problems().get(0)));
        assertEquals("2026-11-25", f.dateProperty().get());
        assertEquals("Dermapen 4", f.deviceProperty().get());
        assertEquals("1.5 mm", f.settings().get(0).valueProperty().get());
        assertEquals("Mild erythema", f.reactionProperty().get());
        assertTrue(sessions.list(visit.id()).isEmpty());

        // Checked on screen: every bad field named, nothing typed dropped.
        f.dateProperty().set("25 nov");
        f.zones().clear();
        f.addSetting();
        f.settings().get(1).valueProperty().set("3");
        f.treatmentProperty().set(Treatment.DERMAL_FILLER);
        log.save();
        List<String> said = f.problems().stream().map(words::problem).toList();
        assertEquals(List.of("Date: not a date; write it as 2026-03-14.", "Zones: needed.",
                "Settings, row 2: a value needs the name of its setting.", "Filler product: needed.",
                "Lot number: needed."), said);
        assertEquals("25 nov", f.dateProperty().get());
        assertEquals("3", f.settings().get(1).valueProperty().get());
        assertTrue(sessions.list(visit.id()).isEmpty());
    }

    @Test
    void aCorrectionIsFilledFromItsOriginalAndLinkedToIt() throws Exception {
        SessionLog log = log(TODAY);
        typeSession(log, "2026-11-20", "2.5 mm").notesProperty().set("Tolerated well");
        log.save();
        Entry wrong = log.entries().get(0);
        log.correct(wrong);
        SessionForm f = log.formProperty().get();
        assertEquals(Optional.of(wrong.recorded()), f.corrects());
        assertEquals("2026-11-20", f.dateProperty().get());
        assertEquals("Dermapen 4", f.deviceProperty().get());
        assertEquals("2.5 mm", f.settings().get(0).valueProperty().get(), "the saved settings, not suggestions");
        assertEquals(1, f.settings().size());
        assertEquals("Tolerated well", f.notesProperty().get());
        f.settings().get(0).valueProperty().set("1.5 mm");
        log.save();
        assertNull(log.formProperty().get());

        List<RecordedSession> kept = sessions.list(visit.id());
        assertEquals(2, kept.size(), "the original stays in the record");
        RecordedSession fix = kept.get(1);
        assertEquals(Optional.of(wrong.recorded().id()), fix.correctsId());
        assertEquals(Map.of("needle depth", "1.5 mm"), fix.session().settings());
        Entry original = log.entries().stream().filter(e -> e.recorded().id().equals(wrong.recorded().id()))
                .findFirst().orElseThrow();
        assertEquals(Optional.of(fix), original.correctedBy());
        Entry correction = log.entries().stream().filter(e -> e.recorded().id().equals(fix.id())).findFirst()
                .orElseThrow();
        assertEquals(Optional.of(wrong.recorded()), correction.corrects());
        assertFalse(correction.corrected());
        assertEquals(1, log.steps().get(0).done(), "a correction replaces what it corrects");

        // The corrected entry cannot be corrected twice: the records say so, and the form keeps its fields.
        log.correct(original);
        log.formProperty().get().deviceProperty().set("Dermapen 5");
        log.save();
        assertEquals(List.of(new Problem(Field.FORM, Issue.ALREADY_CORRECTED, -1)),
                List.copyOf(log.formProperty().get().problems()));
        assertEquals("Dermapen 5", log.formProperty().get().deviceProperty().get());
    }

    @Test
    void theNextVisitIsSuggestedFromTheCalendarAndFollowsTheSessionUntilTyped() {
        SessionLog log = log(TODAY);
        VisitSchedule calendar = log.scheduleProperty().get();
        log.logNew();
        SessionForm f = log.formProperty().get();
        Treatment t = f.treatmentProperty().get();
        String suggested = calendar.nextAfter(TODAY, t).orElseThrow().toString();
        assertEquals(suggested, f.nextVisitProperty().get(), "the planned gap after a session today");
        f.dateProperty().set("2026-11-15");
        assertEquals(calendar.nextAfter(LocalDate.of(2026, 11, 15), t).orElseThrow().toString(),
                f.nextVisitProperty().get(), "a session a week earlier moves it a week earlier");
        f.nextVisitProperty().set("2026-12-30");
        f.dateProperty().set("2026-11-20");
        assertEquals("2026-12-30", f.nextVisitProperty().get(), "a date booked is never replaced");
    }

    @Test
    void aNextVisitThatIsNoDateOrNotAfterTheSessionIsNamedAndKept() {
        SessionLog log = log(TODAY);
        SessionForm f = typeSession(log, "2026-11-20", "1.0 mm");
        f.nextVisitProperty().set("next tuesday");
        log.save();
        assertEquals(List.of(new Problem(Field.NEXT_VISIT, Issue.UNREADABLE, -1)), List.copyOf(f.problems()));
        assertEquals("Next visit: not a date; write it as 2026-03-14.", words.problem(f.problems().get(0)));
        SessionWords spanish = new SessionWords(new RecordWords(Messages.load(Language.ES), TreatmentCatalog::builtIn));
        assertEquals("Próxima visita: no es una fecha; escríbala como 14/03/2026.",
                spanish.problem(f.problems().get(0)));
        f.nextVisitProperty().set("2026-11-20");
        log.save();
        assertEquals(List.of(new Problem(Field.NEXT_VISIT, Issue.NOT_AFTER_SESSION, -1)), List.copyOf(f.problems()));
        assertEquals("Next visit: it must come after the day of the session.", words.problem(f.problems().get(0)));
        assertEquals("Próxima visita: tiene que ser posterior a la fecha de la sesión.",
                spanish.problem(f.problems().get(0)));
        assertSame(f, log.formProperty().get(), "the form stays open with what was typed");
        assertEquals("2026-11-20", f.nextVisitProperty().get());
        assertEquals(SessionLog.problem(new Sessions.Refused(SessionRefusal.NEXT_VISIT_NOT_AFTER)),
                new Problem(Field.NEXT_VISIT, Issue.NOT_AFTER_SESSION, -1), "the records refuse it the same way");
        f.nextVisitProperty().set("");
        log.save();
        assertNull(log.formProperty().get(), "nothing booked is fine");
        assertEquals(Optional.empty(), log.entries().get(0).recorded().session().nextVisit());
    }

    @Test
    void theBookedNextVisitIsKeptAndTheLogSaysFromWhatItMoved() {
        SessionLog log = log(TODAY);
        assertEquals(Optional.of("Next visit: " + words.records().date(log.scheduleProperty().get().visits().get(0)
                .planned().date())), words.nextVisit(log.scheduleProperty().get()), "as planned before any session");
        SessionForm f = typeSession(log, "2026-11-20", "1.0 mm");
        LocalDate planned = log.scheduleProperty().get().visits().get(1).planned().date();
        LocalDate booked = planned.plusDays(10);
        f.nextVisitProperty().set(booked.toString());
        log.save();
        assertNull(log.formProperty().get());
        RecordedSession kept = log.entries().get(0).recorded();
        assertEquals(Optional.of(booked), kept.session().nextVisit());
        VisitSchedule now = log.scheduleProperty().get();
        assertEquals(booked, now.next().orElseThrow().standing().date());
        assertEquals(Optional.of("Next visit: " + words.records().date(booked) + " (planned "
                + words.records().date(planned) + ")"), words.nextVisit(now));
        RecordWords es = new RecordWords(Messages.load(Language.ES), TreatmentCatalog::builtIn);
        assertEquals(Optional.of("Próxima visita: " + es.date(booked) + " (prevista el " + es.date(planned) + ")"),
                new SessionWords(es).nextVisit(now));
        assertTrue(words.summary(kept.session()).contains("Next visit booked for " + words.records().date(booked)),
                words.summary(kept.session()));

        // Corrected: the correction carries its own next visit; the one corrected keeps what it booked.
        log.correct(log.entries().get(0));
        SessionForm correcting = log.formProperty().get();
        assertEquals(booked.toString(), correcting.nextVisitProperty().get());
        LocalDate rebooked = booked.plusWeeks(1);
        correcting.nextVisitProperty().set(rebooked.toString());
        log.save();
        assertEquals(rebooked, log.scheduleProperty().get().next().orElseThrow().standing().date());
        Entry original = log.entries().stream().filter(Entry::corrected).findFirst().orElseThrow();
        assertEquals(Optional.of(booked), original.recorded().session().nextVisit());
    }

    @Test
    void aSessionWithoutValidConsentSaysWhichTreatmentAndWhenItExpired() throws Exception {
        Consents consents = new Consents(clinic);
        for (var standing : consents.forConsultation(visit.id())) {
            consents.withdraw(standing.consent().id(), "Changed her mind");
        }
        SessionLog log = log(TODAY);
        SessionForm f = typeSession(log, "2026-11-20", "1.0 mm");
        log.save();
        Treatment t = log.steps().get(0).treatment();
        assertEquals(List.of(new Problem(Field.TREATMENT, Issue.CONSENT_WITHDRAWN, -1, Optional.of(t),
                Optional.empty())), List.copyOf(f.problems()));
        assertTrue(words.problem(f.problems().get(0)).contains(words.records().treatment(t)),
                words.problem(f.problems().get(0)));
        String expired = words.problem(new Problem(Field.TREATMENT, Issue.CONSENT_EXPIRED, -1,
                Optional.of(Treatment.MICRONEEDLING), Optional.of(LocalDate.of(2027, 11, 22))));
        assertTrue(expired.contains("expired on " + words.records().date(LocalDate.of(2027, 11, 22))), expired);
        assertTrue(expired.contains(words.records().treatment(Treatment.MICRONEEDLING)), expired);
        SessionWords spanish = new SessionWords(new RecordWords(Messages.load(Locale.forLanguageTag("es")),
                TreatmentCatalog::builtIn));
        String caducado = spanish.problem(new Problem(Field.TREATMENT, Issue.NO_CONSENT, -1,
                Optional.of(Treatment.MICRONEEDLING), Optional.empty()));
        assertTrue(caducado.contains("no ha firmado el consentimiento"), caducado);
    }
}
