package com.clearpath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.document.DocumentKind;
import com.clearpath.document.PaperSize;
import com.clearpath.document.Pdf;
import com.clearpath.domain.Client;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.SignedConsent;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.store.SettingsStore;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A consultation's documents made, written, printed and noted through the one pipeline, with real files. */
class ConsultationDocumentsTest {
    static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    static final Client CLIENT = new Client("Ana", "Ruiz", LocalDate.of(1990, 5, 4), null, null);

    @TempDir
    Path temp;

    private Clinic clinic;
    private ConsultationDocuments documents;
    private final List<String> printed = new java.util.ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("data")).ensureExists();
        clinic = new Clinic(folder, Clock.systemDefaultZone(), "front desk");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        documents = new ConsultationDocuments(clinic, new SettingsStore(folder), new Printers() {
            @Override
            public List<String> names() {
                return List.of("Front desk");
            }

            @Override
            public Optional<String> defaultPrinter() {
                return Optional.of("Front desk");
            }

            @Override
            public void print(byte[] pdf, Optional<String> printer, int copies) {
                printed.add(printer.orElseThrow() + " x" + copies);
            }
        });
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    static Intake intake() {
        Intake base = IntakeBuilder.intake().concern(ConcernKind.ROLLING).concern(ConcernKind.BOXCAR_DEEP)
                .fitzpatrick(3).build();
        return new Intake(base.format(), CLIENT, LocalDate.of(2026, 11, 20), null, base.concerns(), null,
                base.skin(), base.activeAcne(), base.screening(), null, null);
    }

    private StoredConsultation kept(boolean makeFinal) throws RecordsFailure {
        return clinic.with(s -> {
            StoredClient c = s.clients().create(CLIENT);
            Intake in = intake();
            StoredConsultation draft = StoredConsultation.newDraft(in).with(c.id(), in, PLANNER.plan(in), List.of());
            s.consultations().saveDraft(draft, "J. Park");
            return makeFinal ? s.consultations().finalise(draft.id(), "J. Park")
                    : s.consultations().find(draft.id()).orElseThrow();
        });
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aSignedConsentOpenedIntactIsSavedAndPrintedAndBothAreNotedInItsConsultation() throws Exception {
        StoredConsultation k = kept(true);
        SignedConsent c = ConsentSigning.signAgreed(clinic, k.id()).consent();
        Consents.Opened opened = new Consents(clinic).open(c.id());
        assertEquals(Consents.FileState.INTACT, opened.file());
        Path target = temp.resolve("out").resolve("consent.pdf");
        ConsultationDocuments.Saved saved = documents.saveConsent(c, opened.pdf().orElseThrow(), target, false);
        assertEquals(target.toAbsolutePath(), saved.file());
        assertTrue(Arrays.equals(opened.pdf().orElseThrow(), Files.readAllBytes(target)), "byte for byte as signed");
        ConsultationDocuments.Printed out = documents.printConsent(c, opened.pdf().orElseThrow(), Optional.empty(), 1);
        assertEquals("Front desk", out.printer());
        assertEquals(List.of("Front desk x1"), printed);
        List<ConsultationEvent> events = clinic.with(s -> s.consultations().events(k.id()));
        assertTrue(events.stream().anyMatch(e -> e.kind() == ConsultationEvent.Kind.PDF_SAVED
                && e.detail().contains("signed consent " + c.id())), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.kind() == ConsultationEvent.Kind.PRINTED
                && e.detail().contains("signed consent " + c.id())), events.toString());
    }

    @Test
    void aKeptConsultationsHandoutIsWrittenOwnerOnlyReadBackAndNoted() throws Exception {
        ClinicSettings d = ClinicSettings.defaults();
        documents.saveClinicSettings(new ClinicSettings("Clínica Sol", d.address(), d.phone(), d.logoPng(), d.language(),
                d.paper()));
        StoredConsultation k = kept(true);
        ConsultationDocuments.Source source = documents.kept(k.id());
        ConsultationDocuments.Rendered doc = documents.render(source, DocumentKind.HANDOUT, Language.ES, PaperSize.A4);
        Path out = temp.resolve("out").resolve("ruiz-handout.pdf");

        ConsultationDocuments.Saved saved = documents.save(source, doc, out, false);

        assertEquals(out.toAbsolutePath(), saved.file());
        assertTrue(saved.notRecorded().isEmpty());
        try (PDDocument read = Loader.loadPDF(Files.readAllBytes(out))) {
            assertEquals(doc.pages(), read.getNumberOfPages());
            assertTrue(read.getNumberOfPages() >= 1);
            assertEquals(PaperSize.A4.rectangle().getWidth(), read.getPage(0).getMediaBox().getWidth(), 1f);
        }
        String text = text(out);
        assertTrue(text.contains("Ana"), "the client's name");
        assertTrue(text.contains(k.number()), "the consultation's number");
        assertTrue(text.contains("Clínica Sol"), "the clinic's letterhead from its settings");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(out));
        List<ConsultationEvent> events = clinic.with(s -> s.consultations().events(k.id()));
        assertTrue(events.stream().anyMatch(e -> e.kind() == ConsultationEvent.Kind.PDF_SAVED
                && e.detail().equals("handout (es, a4) saved as ruiz-handout.pdf") && e.actor().equals("front desk")),
                events.toString());
        assertThrows(FileAlreadyExistsException.class, () -> documents.save(source, doc, out, false),
                "an existing file is replaced only when asked");
    }

    @Test
    void theClinicianSummaryIsEnglishAndAPrintIsNotedWithItsPrinter() throws Exception {
        StoredConsultation k = kept(true);
        ConsultationDocuments.Source source = documents.kept(k.id());
        ConsultationDocuments.Rendered doc = documents.render(source, DocumentKind.CLINICIAN_SUMMARY, Language.ES,
                PaperSize.LETTER);
        assertEquals(Language.EN, doc.language());
        assertTrue(Pdf.read(doc.pdf()).flat().contains("Clinician summary"));

        ConsultationDocuments.Printed sent = documents.print(source, doc, Optional.empty(), 2);

        assertEquals("Front desk", sent.printer());
        assertEquals(List.of("Front desk x2"), printed);
        assertTrue(clinic.with(s -> s.consultations().events(k.id())).stream().anyMatch(e -> e.kind()
                == ConsultationEvent.Kind.PRINTED && e.detail().equals("clinician summary (letter) on Front desk, 2 copies")));
    }

    @Test
    void theSummaryListsTheConsentsAndTheHandoutSaysInOneLineWhichWereSigned() throws Exception {
        StoredConsultation k = kept(true);
        String before = Pdf.read(documents.render(documents.kept(k.id()), DocumentKind.CLINICIAN_SUMMARY, Language.EN,
                PaperSize.LETTER).pdf()).flat();
        assertFalse(before.contains("Consents"), "no consent signed, no section");
        int pages = Pdf.read(documents.render(documents.kept(k.id()), DocumentKind.HANDOUT, Language.ES,
                PaperSize.LETTER).pdf()).pageCount();
        var signed = ConsentSigning.signAgreed(clinic, k.id());
        ConsultationDocuments.Source source = documents.kept(k.id());
        assertEquals(List.of(signed), source.input().consents());
        String summary = Pdf.read(documents.render(source, DocumentKind.CLINICIAN_SUMMARY, Language.EN,
                PaperSize.LETTER).pdf()).flat();
        assertTrue(summary.contains("Consents Treatments Text version Signed State"), summary);
        assertTrue(summary.contains("standard v1 (en)"), summary);
        assertTrue(summary.contains("Valid until"), summary);
        Pdf handout = Pdf.read(documents.render(source, DocumentKind.HANDOUT, Language.ES, PaperSize.LETTER).pdf());
        assertTrue(handout.flat().contains("Consentimiento que usted firmó:"), handout.flat());
        assertEquals(pages, handout.pageCount(), "the line fits in the handout's pages");
    }

    @Test
    void aDraftOrAMissingConsultationIsRefusedWithACode() throws Exception {
        StoredConsultation draft = kept(false);
        assertEquals(ConsultationDocuments.Reason.NOT_FINAL, assertThrows(ConsultationDocuments.Refused.class,
                () -> documents.kept(draft.id())).reason());
        assertEquals(ConsultationDocuments.Reason.GONE, assertThrows(ConsultationDocuments.Refused.class,
                () -> documents.kept(UUID.randomUUID())).reason());
    }

    @Test
    void anUnsavedPlanIsWrittenWithoutTouchingTheRecords() throws Exception {
        Intake in = intake();
        ConsultationDocuments.Source source = documents.unsaved(in, PLANNER.plan(in), TreatmentCatalog.builtIn(),
                List.of(), null, "DRAFT-1");
        ConsultationDocuments.Rendered doc = documents.render(source, DocumentKind.HANDOUT, Language.EN, PaperSize.LETTER);
        Path out = temp.resolve("handout.pdf");
        documents.save(source, doc, out, true);
        assertTrue(text(out).contains("DRAFT-1"));
        assertFalse(Files.exists(temp.resolve("handout.pdf.part")));
    }

    @Test
    void theDataFoldersOwnFilesAreNeverWrittenOver() throws Exception {
        StoredConsultation k = kept(true);
        ConsultationDocuments.Source source = documents.kept(k.id());
        ConsultationDocuments.Rendered doc = documents.render(source, DocumentKind.HANDOUT, Language.EN, PaperSize.LETTER);
        assertThrows(RecordsFailure.class, () -> documents.save(source, doc, clinic.folder().database(), true));
    }
}
