package com.clearpath.app;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsentRefusal;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.ConsentVersion;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.domain.Signature;
import com.clearpath.domain.SignedConsent;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.store.SettingsStore;
import com.clearpath.words.ProblemWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Signing, opening, withdrawing and the standing of informed consents, on a real SQLite file and data folder. */
class ConsentsTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");
    private static final DraftExtras NO_EXTRAS = new DraftExtras(List.of(), 0);

    @TempDir
    Path temp;
    private DataFolder folder;
    private Clinic clinic;
    private Consents consents;
    private StoredConsultation visit;
    private List<Treatment> agreed;

    @BeforeEach
    void open() throws Exception {
        folder = new DataFolder(temp.resolve("data")).ensureExists();
        clinic = clinic(NOW);
        Consultations consultations = new Consultations(clinic, "room-2");
        Intake in = intake().concern(ConcernKind.ROLLING).concern(ConcernKind.BOXCAR_SHALLOW).grade(3)
                .born(LocalDate.of(1994, 3, 8)).build();
        StoredConsultation draft = StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of());
        visit = consultations.finalise(consultations.saveDraft(draft, NO_EXTRAS));
        consents = new Consents(clinic, ConsentSigning::fixture);
        agreed = consents.agreedTreatments(visit.id()).stream()
                .filter(t -> t == Treatment.MICRONEEDLING || t == Treatment.SUBCISION).toList();
        assertFalse(agreed.isEmpty(), "the plan has a treatment the fixture has a text for: "
                + consents.agreedTreatments(visit.id()));
    }

    private Clinic clinic(Instant at) {
        Clinic c = new Clinic(folder, Clock.fixed(at, ZoneOffset.UTC), "front-desk");
        assertTrue(c.open().status() instanceof DatabaseStatus.Ready);
        return c;
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private ConsentStanding sign() throws Exception {
        return consents.sign(visit.id(), agreed, Language.EN, ConsentSigning.signature(), "Dr Ruiz",
                Optional.of(ConsentSigning.signature()));
    }

    @Test
    void aSignedConsentIsKeptWithItsDocumentAndReadBackAfterReopening() throws Exception {
        ConsentStanding signed = sign();
        SignedConsent c = signed.consent();
        assertEquals(ConsentStanding.State.VALID, signed.state());
        assertEquals(LocalDate.of(2027, 11, 22), signed.dueOn(), "due again twelve months after signing");
        assertEquals(agreed, c.treatments());
        c.versions().values().forEach(v -> assertEquals(ConsentVersion.builtIn(1), v));
        assertEquals("Ana Reyes", c.clientName());
        assertEquals("Dr Ruiz", c.practitionerName());
        assertEquals(NOW, c.signedAt());
        assertEquals("consents/" + c.id() + ".pdf", c.file());

        Path pdf = folder.root().resolve(c.file());
        assertTrue(Files.isRegularFile(pdf));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)));
        assertEquals(Consents.sha256(Files.readAllBytes(pdf)), c.sha256());
        assertEquals(Files.size(pdf), c.bytes());
        assertEquals(Optional.of(DataFolder.Protected.RECORDS), folder.protects(pdf), "no save dialog replaces it");
        assertEquals(Optional.of(DataFolder.Protected.SETTINGS), folder.protects(folder.consentOverride()));

        assertTrue(clinic.with(s -> s.consultations().events(visit.id())).stream()
                .anyMatch(e -> e.kind() == ConsultationEvent.Kind.CONSENT_SIGNED && e.detail().equals(c.id().toString())));

        clinic.close();
        clinic = clinic(NOW);
        consents = new Consents(clinic, ConsentSigning::fixture);
        assertEquals(List.of(signed), consents.forConsultation(visit.id()));
        assertEquals(List.of(signed), consents.forClient(visit.clientId()));
        assertEquals(c, clinic.with(s -> s.consents().find(c.id())).orElseThrow());
        Consents.Opened opened = consents.open(c.id());
        assertEquals(Consents.FileState.INTACT, opened.file());
        assertTrue(Arrays.equals(Files.readAllBytes(pdf), opened.pdf().orElseThrow()));
    }

    @Test
    void theDocumentCarriesTheVersionTheClientTheTreatmentsAndBothSignaturesAsImages() throws Exception {
        SignedConsent c = sign().consent();
        byte[] bytes = consents.open(c.id()).pdf().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Informed consent"), text);
            assertTrue(text.contains("Ana Reyes"), text);
            assertTrue(text.contains("March 8, 1994"), "date of birth: " + text);
            assertTrue(text.contains("Standard text, version 1"), text);
            assertTrue(text.contains("Consent texts 2026-12-04"), text);
            assertTrue(text.contains("Signed on November 22, 2026 at 10:15"), text);
            assertTrue(text.contains("Dr Ruiz"), text);
            assertTrue(text.contains(visit.number()), text);
            for (Treatment t : agreed) {
                assertTrue(text.contains(clinic.catalog().get(t).name().in(Language.EN)), t + ": " + text);
            }
            assertTrue(text.contains("Common side effects") && text.contains("Rare but serious risks"), text);
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertEquals(2, images, "the client's and the practitioner's signatures are images");
        }
    }

    @Test
    void spanishIsSignedInSpanish() throws Exception {
        SignedConsent c = consents.sign(visit.id(), agreed, Language.ES, ConsentSigning.signature(), "Dra. Ruiz",
                Optional.empty()).consent();
        try (PDDocument doc = Loader.loadPDF(consents.open(c.id()).pdf().orElseThrow())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Consentimiento informado"), text);
            assertTrue(text.contains("Texto estándar, versión 1"), text);
            assertTrue(text.contains("Firmado el 22 de noviembre de 2026 a las 10:15"), text);
            assertTrue(text.contains("8 de marzo de 1994"), text);
        }
        assertFalse(c.practitionerSigned());
    }

    @Test
    void oneChangedByteOrAMissingFileIsSaidPlainly() throws Exception {
        SignedConsent c = sign().consent();
        Path pdf = folder.root().resolve(c.file());
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 1;
        Files.write(pdf, bytes);
        Consents.Opened changed = consents.open(c.id());
        assertEquals(Consents.FileState.CHANGED, changed.file());
        assertTrue(changed.pdf().isEmpty(), "a changed document is never shown as the one signed");
        Files.delete(pdf);
        assertEquals(Consents.FileState.MISSING, consents.open(c.id()).file());
        assertEquals(c, consents.open(c.id()).standing().consent(), "the record itself is still there");
    }

    @Test
    void anEmptyPadADotABlankNameADraftOrATreatmentOutsideThePlanIsRefused() throws Exception {
        Signature dot = new Signature(400, 150, List.of(new Signature.Stroke(List.of(new Signature.Point(10, 10),
                new Signature.Point(12, 11)))));
        assertEquals(ConsentRefusal.CLIENT_NOT_SIGNED, refused(() -> consents.sign(visit.id(), agreed, Language.EN,
                Signature.empty(400, 150), "Dr Ruiz", Optional.empty())).reason());
        assertEquals(ConsentRefusal.CLIENT_NOT_SIGNED, refused(() -> consents.sign(visit.id(), agreed, Language.EN,
                dot, "Dr Ruiz", Optional.empty())).reason());
        assertEquals(ConsentRefusal.PRACTITIONER_NOT_SIGNED, refused(() -> consents.sign(visit.id(), agreed,
                Language.EN, ConsentSigning.signature(), "Dr Ruiz", Optional.of(dot))).reason());
        assertEquals(ConsentRefusal.PRACTITIONER_NAME_REQUIRED, refused(() -> consents.sign(visit.id(), agreed,
                Language.EN, ConsentSigning.signature(), "  ", Optional.empty())).reason());
        List<Treatment> inPlan = consents.agreedTreatments(visit.id());
        Treatment outside = List.of(Treatment.values()).stream().filter(t -> !inPlan.contains(t)).findFirst()
                .orElseThrow();
        Consents.Refused notInPlan = refused(() -> consents.sign(visit.id(), List.of(outside), Language.EN,
                ConsentSigning.signature(), "Dr Ruiz", Optional.empty()));
        assertEquals(ConsentRefusal.NOT_IN_PLAN, notInPlan.reason());
        assertEquals(Optional.of(outside), notInPlan.treatment());

        Consultations consultations = new Consultations(clinic, "room-2");
        Intake in = intake().concern(ConcernKind.ROLLING).grade(2).build();
        StoredConsultation draft = consultations.saveDraft(StoredConsultation.newDraft(in)
                .with(null, in, PLANNER.plan(in), List.of()), NO_EXTRAS);
        assertEquals(ConsentRefusal.CONSULTATION_NOT_FINAL, refused(() -> consents.sign(draft.id(), agreed,
                Language.EN, ConsentSigning.signature(), "Dr Ruiz", Optional.empty())).reason());
        assertEquals(List.of(), consents.forConsultation(visit.id()), "nothing refused was kept");
        assertFalse(Files.exists(folder.consents()) && Files.list(folder.consents()).findAny().isPresent(),
                "and no document was left behind");
    }

    @Test
    void aDocumentThatCannotBeWrittenIsRefusedAndNothingIsKept() throws Exception {
        // A file where the consents' folder should be: the folder cannot be made, so the document is not written.
        Files.writeString(folder.consents(), "not a folder");
        Consents.Refused notWritten = refused(this::sign);
        assertEquals(ConsentRefusal.FILE_NOT_WRITTEN, notWritten.reason());
        assertTrue(notWritten.getCause() instanceof IOException);
        assertEquals(List.of(), consents.forConsultation(visit.id()), "no record without its document");
    }

    @Test
    void aWithdrawalIsAnEventAndTheSignedRecordIsNeverChanged() throws Exception {
        SignedConsent c = sign().consent();
        assertEquals(ConsentRefusal.REASON_REQUIRED, refused(() -> consents.withdraw(c.id(), " ")).reason());
        ConsentStanding withdrawn = consents.withdraw(c.id(), "Changed her mind");
        assertEquals(ConsentStanding.State.WITHDRAWN, withdrawn.state());
        assertEquals("Changed her mind", withdrawn.withdrawal().orElseThrow().reason());
        assertEquals(ConsentRefusal.ALREADY_WITHDRAWN, refused(() -> consents.withdraw(c.id(), "again")).reason());
        assertTrue(clinic.with(s -> s.consultations().events(visit.id())).stream()
                .anyMatch(e -> e.kind() == ConsultationEvent.Kind.CONSENT_WITHDRAWN));
        for (String write : List.of("UPDATE signed_consents SET client_name = 'x' WHERE id = '" + c.id() + "'",
                "DELETE FROM signed_consents WHERE id = '" + c.id() + "'")) {
            RecordsFailure e = assertThrows(RecordsFailure.class, () -> clinic.with(s -> s.database().write(
                    Doing.SIGN_CONSENT, conn -> {
                        try (Statement st = conn.createStatement()) {
                            return st.executeUpdate(write);
                        }
                    })));
            assertTrue(e.getCause() instanceof SQLException, write);
        }
        assertEquals(c, consents.forConsultation(visit.id()).get(0).consent());
        assertEquals(ConsentRefusal.CONSENT_NOT_FOUND, refused(() -> consents.open(UUID.randomUUID()))
                .reason());
    }

    @Test
    void aConsentExpiresTwelveMonthsAfterSigningOrAfterTheClinicsMonths() throws Exception {
        SignedConsent c = sign().consent();
        clinic.close();
        clinic = clinic(Instant.parse("2027-11-21T23:00:00Z"));
        consents = new Consents(clinic, ConsentSigning::fixture);
        assertEquals(ConsentStanding.State.VALID, consents.forClient(visit.clientId()).get(0).state());
        clinic.close();
        clinic = clinic(Instant.parse("2027-11-22T08:00:00Z"));
        consents = new Consents(clinic, ConsentSigning::fixture);
        ConsentStanding expired = consents.forClient(visit.clientId()).get(0);
        assertEquals(ConsentStanding.State.EXPIRED, expired.state());
        assertEquals(LocalDate.of(2027, 11, 22), expired.dueOn());
        assertEquals(Optional.of(expired), consents.coverFor(visit.clientId(), agreed.get(0)));

        SettingsStore settings = new SettingsStore(folder);
        settings.save(settings.load().withConsentValidMonths(24));
        assertEquals(24, new SettingsStore(folder).load().consentValidMonths());
        ConsentStanding longer = consents.forClient(visit.clientId()).get(0);
        assertEquals(ConsentStanding.State.VALID, longer.state());
        assertEquals(LocalDate.of(2028, 11, 22), longer.dueOn());
        assertEquals(c, longer.consent());
        assertEquals("consents.validMonths: must be from 1 to 60 (got 0)", ProblemWords.english()
                .line(ClinicSettings.defaults().withConsentValidMonths(0).problems().get(0)));
    }

    private static Consents.Refused refused(Executable call) {
        return assertThrows(Consents.Refused.class, call);
    }
}
