package com.clearpath.ui.consent;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Clinic;
import com.clearpath.app.ConsentSigning;
import com.clearpath.app.Consents;
import com.clearpath.app.Consultations;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsentRefusal;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.store.SettingsStore;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import com.clearpath.ui.consent.ConsentsModel.Cover;
import com.clearpath.ui.consent.ConsentsModel.Coverage;
import com.clearpath.ui.records.RecordWords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consents part of a final consultation's page, on a real SQLite file and data folder, without a window. */
class ConsentsModelTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path temp;
    private DataFolder folder;
    private Clinic clinic;
    private Consents consents;
    private StoredConsultation visit;
    private ConsentWords words;

    @BeforeEach
    void open() throws Exception {
        folder = new DataFolder(temp.resolve("data")).ensureExists();
        clinic = new Clinic(folder, Clock.fixed(NOW, ZoneOffset.UTC), "front-desk");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        Consultations consultations = new Consultations(clinic, "room-2");
        Intake in = intake().concern(ConcernKind.ROLLING).concern(ConcernKind.BOXCAR_SHALLOW).grade(3).build();
        StoredConsultation draft = StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of());
        visit = consultations.finalise(consultations.saveDraft(draft, new DraftExtras(List.of(), 0)));
        consents = new Consents(clinic, ConsentSigning::everyTreatment);
        words = new ConsentWords(new RecordWords(Messages.load(Locale.US), TreatmentCatalog::builtIn), ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private ConsentsModel model() {
        ConsentsModel m = new ConsentsModel(new SameThreadBackgroundTasks(), consents, visit.id(), visit.clientId(),
                ZoneOffset.UTC);
        m.load();
        assertEquals(ConsentsModel.State.READY, m.stateProperty().get());
        return m;
    }

    private static Signed signed() {
        return new Signed(ConsentSigning.signature(), "Dr Ruiz", Optional.empty());
    }

    @Test
    void beforeSigningEveryProcedureOfThePlanIsNotYetCoveredAndCanBeSigned() throws Exception {
        ConsentsModel m = model();
        List<Treatment> agreed = consents.agreedTreatments(visit.id()).stream().filter(Treatment::procedure).toList();
        assertEquals(agreed, m.coverage().stream().map(Coverage::treatment).toList());
        assertTrue(m.coverage().stream().allMatch(c -> c.cover() == Cover.NOT_YET), m.coverage().toString());
        assertEquals(agreed, m.toSign());
        assertTrue(m.canSign());
        assertTrue(m.signed().isEmpty());
        assertEquals("not signed yet", words.cover(m.coverage().get(0)));
    }

    @Test
    void signingInTheChosenLanguageKeepsTheConsentAndCoversTheProceduresUntilTheyAreDueAgain() throws Exception {
        ConsentsModel m = model();
        AtomicReference<Consents.Texts> read = new AtomicReference<>();
        m.texts(Language.ES, read::set);
        assertEquals(Language.ES, read.get().language());
        ConsentReading reading = ConsentWords.reading(read.get(), Messages.load(Language.ES), "Ana Reyes");
        assertTrue(reading.title().startsWith("Consentimiento para "), reading.title());
        assertEquals("Textos de consentimiento test", reading.versionLabel());
        List<String> headings = reading.parts().stream().map(ConsentReading.Part::heading).toList();
        assertTrue(headings.stream().anyMatch(h -> h.endsWith(": En qué consiste")), headings.toString());
        assertTrue(headings.stream().anyMatch(h -> h.endsWith(": Riesgos poco frecuentes pero graves")));

        m.sign(m.toSign(), Language.ES, signed());
        ConsentsModel.Kept kept = (ConsentsModel.Kept) m.outcomeProperty().get().orElseThrow();
        assertEquals(Language.ES, kept.standing().consent().language());
        assertEquals(1, m.signed().size());
        assertTrue(m.coverage().stream().allMatch(c -> c.cover() == Cover.COVERED));
        assertEquals(Optional.of(LocalDate.of(2027, 11, 22)), m.coverage().get(0).on(), "twelve months by default");
        assertEquals("covered; due to be signed again on Nov 22, 2027", words.cover(m.coverage().get(0)));
        assertTrue(m.toSign().isEmpty());
        assertFalse(m.canSign(), "nothing left to sign");
        assertEquals("Valid; due to be signed again on Nov 22, 2027", words.state(m.signed().get(0)));
        assertTrue(m.trusted(m.signed().get(0)));
    }

    @Test
    void theClinicsMonthsDecideWhenAConsentIsDueAgainAndAnExpiredOneIsToBeSignedAgain() throws Exception {
        ConsentSigning.signAgreed(clinic, visit.id());
        SettingsStore settings = new SettingsStore(folder);
        settings.save(settings.load().withConsentValidMonths(3));
        ConsentsModel m = model();
        assertEquals(Optional.of(LocalDate.of(2027, 2, 22)), m.coverage().get(0).on());

        Clinic later = new Clinic(folder, Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC), "desk");
        clinic.close();
        clinic = later;
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        consents = new Consents(clinic, ConsentSigning::everyTreatment);
        ConsentsModel expired = model();
        assertTrue(expired.coverage().stream().allMatch(c -> c.cover() == Cover.EXPIRED));
        assertEquals("expired on Feb 22, 2027; to be signed again", words.cover(expired.coverage().get(0)));
        assertEquals(consents.agreedTreatments(visit.id()).stream().filter(Treatment::procedure).toList(),
                expired.toSign());
    }

    @Test
    void aChangedFileIsNeverShownAsValidAndAMissingOneNeither() throws Exception {
        ConsentsModel m = model();
        m.sign(m.toSign(), Language.EN, signed());
        ConsentStanding s = m.signed().get(0);
        List<Consents.Opened> opened = new ArrayList<>();
        m.open(s.consent().id(), opened::add);
        assertEquals(Consents.FileState.INTACT, opened.get(0).file());
        assertTrue(m.trusted(s));

        Path file = folder.root().resolve(s.consent().file());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        m.open(s.consent().id(), opened::add);
        assertEquals(Consents.FileState.CHANGED, opened.get(1).file());
        assertTrue(opened.get(1).pdf().isEmpty());
        assertFalse(m.trusted(s), "a changed file is not valid, whatever the record says");

        Files.delete(file);
        m.open(s.consent().id(), opened::add);
        assertEquals(Consents.FileState.MISSING, opened.get(2).file());
        assertFalse(m.trusted(s));
    }

    @Test
    void aWithdrawalNeedsAReasonAndLeavesTheProceduresToBeSignedAgain() throws Exception {
        ConsentsModel m = model();
        m.sign(m.toSign(), Language.EN, signed());
        ConsentStanding s = m.signed().get(0);
        m.withdraw(s.consent().id(), "  ");
        ConsentsModel.Refused refused = (ConsentsModel.Refused) m.outcomeProperty().get().orElseThrow();
        assertEquals(ConsentRefusal.REASON_REQUIRED, refused.reason());
        assertEquals("Say why the client withdraws the consent.", words.refusal(refused));

        m.withdraw(s.consent().id(), "Moving abroad");
        assertTrue(m.outcomeProperty().get().orElseThrow() instanceof ConsentsModel.Withdrawn);
        assertEquals(ConsentStanding.State.WITHDRAWN, m.signed().get(0).state());
        assertEquals("Withdrawn on Nov 22, 2026: Moving abroad", words.state(m.signed().get(0)));
        assertTrue(m.coverage().stream().allMatch(c -> c.cover() == Cover.WITHDRAWN));
        assertEquals("withdrawn on Nov 22, 2026; a new consent is needed", words.cover(m.coverage().get(0)));
        assertTrue(m.canSign());

        m.withdraw(s.consent().id(), "again");
        assertEquals(ConsentRefusal.ALREADY_WITHDRAWN,
                ((ConsentsModel.Refused) m.outcomeProperty().get().orElseThrow()).reason());
    }

    @Test
    void everyRefusalHasWordsInBothLanguagesNamingTheProcedure() {
        ConsentWords es = new ConsentWords(new RecordWords(Messages.load(Language.ES), TreatmentCatalog::builtIn),
                ZoneOffset.UTC);
        for (ConsentRefusal r : ConsentRefusal.values()) {
            ConsentsModel.Refused refused = new ConsentsModel.Refused(r, Optional.of(Treatment.SUBCISION));
            for (ConsentWords w : List.of(words, es)) {
                String said = w.refusal(refused);
                assertFalse(said.isBlank() || said.startsWith("["), r + ": " + said);
            }
        }
        ConsentsModel.Refused notInPlan = new ConsentsModel.Refused(ConsentRefusal.NOT_IN_PLAN,
                Optional.of(Treatment.SUBCISION));
        assertTrue(words.refusal(notInPlan).contains(words.records().treatment(Treatment.SUBCISION)),
                words.refusal(notInPlan));
        assertTrue(es.refusal(notInPlan).contains(es.records().treatment(Treatment.SUBCISION)), es.refusal(notInPlan));
    }
}
