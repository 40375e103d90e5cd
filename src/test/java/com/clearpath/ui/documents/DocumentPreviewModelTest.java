package com.clearpath.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Clinic;
import com.clearpath.app.ConsultationDocuments;
import com.clearpath.app.Printers;
import com.clearpath.document.DocumentKind;
import com.clearpath.document.PaperSize;
import com.clearpath.domain.Client;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.store.SettingsStore;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import com.clearpath.ui.documents.DocumentPreviewModel.Failed;
import com.clearpath.ui.documents.DocumentPreviewModel.Rendering;
import com.clearpath.ui.documents.DocumentPreviewModel.Shown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's states, without a window: what is shown, refused, printed and saved. */
class DocumentPreviewModelTest {
    static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    static final Client CLIENT = new Client("Ana", "Ruiz", LocalDate.of(1990, 5, 4), null, null);

    @TempDir
    Path temp;

    private Clinic clinic;
    private Documents documents;
    private final List<String> printed = new ArrayList<>();

    /** Holds the work until {@link #runAll}, so the states between asking and answering can be seen. */
    static final class HeldTasks implements BackgroundTasks {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            held.add(() -> new SameThreadBackgroundTasks().run(work, onSuccess, onFailure));
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
    }

    @BeforeEach
    void open() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("data")).ensureExists();
        clinic = new Clinic(folder, Clock.systemDefaultZone(), "front desk");
        clinic.open();
        SettingsStore settings = new SettingsStore(folder);
        ClinicSettings d = ClinicSettings.defaults();
        settings.save(new ClinicSettings(d.name(), d.address(), d.phone(), d.logoPng(), Language.ES,
                ClinicSettings.Paper.A4));
        documents = new Documents(new ConsultationDocuments(clinic, settings, new Printers() {
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
        }));
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private StoredConsultation kept(boolean makeFinal) throws RecordsFailure {
        return clinic.with(s -> {
            StoredClient c = s.clients().create(CLIENT);
            Intake base = IntakeBuilder.intake().concern(ConcernKind.ROLLING).fitzpatrick(3).build();
            Intake in = new Intake(base.format(), CLIENT, LocalDate.of(2026, 11, 20), null, base.concerns(), null,
                    base.skin(), base.activeAcne(), base.screening(), null, null);
            StoredConsultation draft = StoredConsultation.newDraft(in).with(c.id(), in, PLANNER.plan(in), List.of());
            s.consultations().saveDraft(draft, "J. Park");
            return makeFinal ? s.consultations().finalise(draft.id(), "J. Park")
                    : s.consultations().find(draft.id()).orElseThrow();
        });
    }

    @Test
    void aKeptConsultationIsShownInTheClinicsLanguageAndPaperAndMadeAgainForOtherPaper() throws Exception {
        UUID id = kept(true).id();
        DocumentPreviewModel model = new DocumentPreviewModel(documents, new SameThreadBackgroundTasks(),
                DocumentKind.HANDOUT);
        List<String> states = new ArrayList<>();
        model.state().addListener((o, was, now) -> states.add(now.getClass().getSimpleName()));
        assertInstanceOf(DocumentPreviewModel.Idle.class, model.state().get());

        model.open(id);

        Shown shown = assertInstanceOf(Shown.class, model.state().get());
        assertEquals(Language.ES, shown.document().language());
        assertEquals(PaperSize.A4, shown.document().paper());
        assertTrue(shown.document().pages() >= 1);
        assertEquals(List.of("Rendering", "Shown"), states, "the clinic's defaults do not make a document of their own");
        assertEquals(new DocumentPreviewModel.Destination(Optional.of("Front desk"), true, 1), model.destination().get());
        assertEquals("Ruiz-Ana-2026-11-20-handout-es.pdf", model.fileName());

        model.paper().set(PaperSize.LETTER);

        assertEquals(PaperSize.LETTER, model.rendered().orElseThrow().paper());
        assertEquals(List.of("Rendering", "Shown", "Rendering", "Shown"), states);
    }

    @Test
    void aDraftIsRefusedWithItsReason() throws Exception {
        UUID id = kept(false).id();
        DocumentPreviewModel model = new DocumentPreviewModel(documents, new SameThreadBackgroundTasks(),
                DocumentKind.HANDOUT);

        model.open(id);

        Failed failed = assertInstanceOf(Failed.class, model.state().get());
        assertEquals(Optional.of(ConsultationDocuments.Reason.NOT_FINAL), failed.refusal());
        model.print();
        assertTrue(printed.isEmpty(), "nothing to print");
        assertTrue(model.outcome().get().isEmpty());
    }

    @Test
    void printPressedWhileThePdfIsMadePrintsAsSoonAsItIsReady() throws Exception {
        UUID id = kept(true).id();
        HeldTasks tasks = new HeldTasks();
        DocumentPreviewModel model = new DocumentPreviewModel(documents, tasks, DocumentKind.CLINICIAN_SUMMARY);

        model.open(id);
        model.print();

        assertEquals(new Rendering(true), model.state().get());
        assertInstanceOf(DocumentPreviewModel.WillPrint.class, model.outcome().get().orElseThrow());
        tasks.runAll();
        assertInstanceOf(Shown.class, model.state().get());
        assertEquals(Language.EN, model.rendered().orElseThrow().language(), "the summary is in English");
        DocumentPreviewModel.Printed done = assertInstanceOf(DocumentPreviewModel.Printed.class,
                model.outcome().get().orElseThrow());
        assertEquals("Front desk", done.printed().printer());
        assertEquals(List.of("Front desk x1"), printed);
        assertTrue(model.sending().get().isEmpty());
    }

    @Test
    void savingWritesThePdfShownAndReportsIt() throws Exception {
        UUID id = kept(true).id();
        DocumentPreviewModel model = new DocumentPreviewModel(documents, new SameThreadBackgroundTasks(),
                DocumentKind.HANDOUT);
        model.open(id);
        Path out = temp.resolve("ruiz.pdf");

        model.saveTo(out);

        DocumentPreviewModel.Saved saved = assertInstanceOf(DocumentPreviewModel.Saved.class,
                model.outcome().get().orElseThrow());
        assertEquals(out.toAbsolutePath(), saved.saved().file());
        assertEquals(model.rendered().orElseThrow().pdf().length, Files.size(out));
    }

    @Test
    void aResultForADocumentReplacedMeanwhileIsDropped() throws Exception {
        UUID id = kept(true).id();
        HeldTasks tasks = new HeldTasks();
        DocumentPreviewModel model = new DocumentPreviewModel(documents, tasks, DocumentKind.HANDOUT);
        model.open(id);
        model.close();

        tasks.runAll();

        assertInstanceOf(DocumentPreviewModel.Idle.class, model.state().get());
    }
}
