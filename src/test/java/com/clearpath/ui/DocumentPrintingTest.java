package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.ConsultationDocuments;
import com.clearpath.document.DocumentKind;
import com.clearpath.document.PaperSize;
import com.clearpath.document.Pdf;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.Language;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import com.clearpath.store.SettingsStore;
import com.clearpath.ui.documents.DocumentPreview;
import com.clearpath.ui.documents.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The front desk reprints a client's handout: from the client's history, "Print handout" then "Print". Through the
 * real app on records written through the store, with printers that keep their jobs.
 */
class DocumentPrintingTest {
    static final LocalDate VISIT = LocalDate.now().minusDays(12);

    @TempDir
    Path temp;
    private RunningApp running;
    private final KeptPrinters printers = new KeptPrinters();
    private UUID visit;
    private UUID draft;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed).printers(printers);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient garcia = records.client("José", "García", LocalDate.of(1990, 5, 17), "+1 210 555 0147");
            StoredConsultation k = records.consultation(garcia, VISIT, IntakeBuilder.intake()
                    .concern(ConcernKind.ROLLING).concern(ConcernKind.PIH).grade(3), List.of(
                    new PlanOverride(Treatment.DERMAL_FILLER, PlanOverride.Action.DECLINED,
                            "Client prefers no injectables", "J. Park", Instant.now())));
            visit = k.id();
            draft = records.consultations.startFollowUp(garcia.id(), LocalDate.now(), "J. Park").id();
        }
        new SettingsStore(folder).save(new ClinicSettings("Harbor Skin Clinic",
                "1200 Bayview Avenue, Suite 4\nSan Diego, CA 92101", "+1 619 555 0148", null, Language.EN,
                ClinicSettings.Paper.LETTER));
    }

    @Test
    void printHandoutThenPrintSendsOneCopyToTheDefaultPrinterAndNotesIt(FxRobot robot) throws Exception {
        openGarcia(robot);
        assertFalse(robot.lookup("#history-print-" + draft).tryQuery().isPresent(), "a draft offers no printing");
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(running.stage.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
        Screenshots.save(running.stage.getScene(), "clients-history-print-1280x800");

        robot.clickOn("#history-print-" + visit);
        DocumentPreview preview = awaitPreview();
        assertTrue(robot.lookup("#client-history").tryQuery().isPresent(),
                "the click was the button's: the row did not also open the consultation");
        assertTrue(fx(() -> robot.lookup("#preview-print").queryAs(Button.class).isDefaultButton()),
                "Print is the default button");
        robot.clickOn("#preview-print");

        await("the job", () -> printers.jobs.size() == 1);
        KeptPrinters.Job job = printers.jobs.get(0);
        assertEquals(KeptPrinters.FRONT_DESK, job.printer());
        assertEquals(1, job.copies());
        Pdf printed = Pdf.read(job.pdf());
        assertTrue(printed.flat().contains("José García"), "the client's name");
        assertTrue(printed.pages().get(0).contains("Harbor Skin Clinic"), "the clinic's letterhead");
        assertTrue(printed.flat().contains("What we found"), "English, the clinic's default");
        assertEquals(612f, printed.sizes().get(0).getWidth(), 0.01f, "Letter, the clinic's default");
        assertFalse(printed.flat().contains("Dermal filler"), "the declined filler is not on the client's copy");

        await("the preview to close", () -> !preview.stage().isShowing());
        assertEquals("Handout sent to Front desk (1 copy).",
                fx(() -> robot.lookup("#status-notice").queryAs(Label.class).getText()));
        List<ConsultationEvent> events = events(visit, ConsultationEvent.Kind.PRINTED);
        assertEquals(1, events.size());
        assertEquals("handout (en, letter) on Front desk, 1 copy", events.get(0).detail());
    }

    @Test
    void thePreviewShowsEveryPageAndSwitchesToSpanishOnA4(FxRobot robot) throws Exception {
        openGarcia(robot);
        robot.clickOn("#history-print-" + visit);
        DocumentPreview preview = awaitPreview();
        ConsultationDocuments.Rendered english = fx(() -> preview.rendered().orElseThrow());
        int pages = Pdf.read(english.pdf()).pageCount();
        assertTrue(pages >= 1 && pages <= 2, "the agreed protocol on one or two pages: " + pages);
        assertEquals(pages, fx(() -> imagesIn(robot.lookup("#preview-pages").queryAs(Parent.class))),
                "one picture per page");
        assertEquals(pages + " pages", fx(() -> robot.lookup("#preview-page-count").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#preview-subtitle").queryAs(Label.class).getText()).startsWith("José García"));
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(preview.stage().getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
        Screenshots.saveWithDialog(running.stage.getScene(), preview.stage().getScene(), "preview-handout-en-1280x800");

        robot.clickOn("#preview-spanish");
        robot.clickOn("#preview-a4");
        await("the Spanish A4 pages", () -> preview.ready() && preview.rendered().orElseThrow().language() == Language.ES
                && preview.rendered().orElseThrow().paper() == PaperSize.A4);
        ConsultationDocuments.Rendered spanish = fx(() -> preview.rendered().orElseThrow());
        Pdf es = Pdf.read(spanish.pdf());
        assertTrue(es.flat().contains("Lo que encontramos"), "in Spanish");
        assertEquals(595.28f, es.sizes().get(0).getWidth(), 0.01f, "on A4");
        // The blank sheets hold exactly the place the drawn pages take.
        javafx.scene.image.WritableImage a4Page = Documents.page(spanish.pdf(), 0);
        assertEquals(Documents.screenPixels(595.28f), (int) a4Page.getWidth());
        assertEquals(Documents.screenPixels(841.89f), (int) a4Page.getHeight());
        javafx.scene.image.WritableImage letterPage = Documents.page(english.pdf(), 0);
        assertEquals(Documents.screenPixels(612f), (int) letterPage.getWidth());
        assertEquals(Documents.screenPixels(792f), (int) letterPage.getHeight());
        assertEquals(es.pageCount(), fx(() -> imagesIn(robot.lookup("#preview-pages").queryAs(Parent.class))));
        Screenshots.saveWithDialog(running.stage.getScene(), preview.stage().getScene(), "preview-handout-es-1280x800");
        assertTrue(printers.jobs.isEmpty(), "nothing printed by looking");
    }

    @Test
    void theLanguageAndPaperPairsAreSegmentedControlsWorkedByTheKeyboard(FxRobot robot) throws Exception {
        openGarcia(robot);
        robot.clickOn("#history-print-" + visit);
        DocumentPreview preview = awaitPreview();
        Node english = robot.lookup("#preview-english").query();
        assertTrue(fx(() -> english.getParent().getParent()) instanceof org.controlsfx.control.SegmentedButton,
                "the pair sits in one segmented control");
        robot.interact(english::requestFocus);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertTrue(fx(() -> robot.lookup("#preview-spanish").queryAs(ToggleButton.class).isSelected()));
        Node letter = robot.lookup("#preview-letter").query();
        robot.interact(letter::requestFocus);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertTrue(fx(() -> robot.lookup("#preview-a4").queryAs(ToggleButton.class).isSelected()));
        assertFalse(fx(() -> letter instanceof ToggleButton t && t.isSelected()), "one paper at a time");
        await("the Spanish A4 pages", () -> preview.ready() && preview.rendered().orElseThrow().language() == Language.ES
                && preview.rendered().orElseThrow().paper() == PaperSize.A4);

        // The print options' paper, the same way: back to Letter with the keyboard, and the job is laid out on it.
        robot.clickOn("#preview-printer");
        await("the printers", () -> robot.lookup("#print-options-printer").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        assertTrue(robot.lookup("#print-options-paper").query() instanceof org.controlsfx.control.SegmentedButton);
        Node a4 = robot.lookup("#print-options-a4").query();
        assertTrue(fx(() -> ((ToggleButton) a4).isSelected()), "the options open on the preview's paper");
        robot.interact(a4::requestFocus);
        robot.type(javafx.scene.input.KeyCode.LEFT);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertTrue(fx(() -> robot.lookup("#print-options-letter").queryAs(ToggleButton.class).isSelected()));
        Screenshots.saveWithDialog(preview.stage().getScene(),
                robot.lookup("#print-options-printer").query().getScene(), "print-options-segmented");
        robot.clickOn("#print-options-print");
        await("the job", () -> printers.jobs.size() == 1);
        await("the print noted", () -> events(visit, ConsultationEvent.Kind.PRINTED).size() == 1);
        assertEquals("handout (es, letter) on Front desk, 1 copy",
                events(visit, ConsultationEvent.Kind.PRINTED).get(0).detail());
    }

    @Test
    void onlyThePagesInAndNearTheViewAreDrawn(FxRobot robot) throws Exception {
        openGarcia(robot);
        robot.clickOn("#history-summary-" + visit);
        DocumentPreview preview = awaitPreview();
        int pages = Pdf.read(fx(() -> preview.rendered().orElseThrow()).pdf()).pageCount();
        // The clinician summary keeps every option and exclusion: long enough to scroll past a few pages.
        assertTrue(pages >= 4, "long enough to scroll past a few pages: " + pages);
        List<Integer> atTop = fx(preview::pagesDrawn);
        assertTrue(atTop.contains(1) && !atTop.contains(pages) && atTop.size() <= 3, "drawn at the top: " + atTop);
        robot.interact(() -> preview.scrollTo(1.0));
        await("the last page drawn", () -> preview.ready() && preview.pagesDrawn().contains(pages));
        List<Integer> atEnd = fx(preview::pagesDrawn);
        assertFalse(atEnd.contains(1), "the first page let go at the end: " + atEnd);
        assertTrue(atEnd.size() <= 4, "drawn at the end: " + atEnd);
        robot.interact(() -> preview.scrollTo(0));
        await("the first page drawn again", () -> preview.ready() && preview.pagesDrawn().contains(1));
    }

    @Test
    void savePdfWritesAReadablePdfAndNotesIt(FxRobot robot) throws Exception {
        openGarcia(robot);
        robot.clickOn("#history-print-" + visit);
        DocumentPreview preview = awaitPreview();
        assertEquals("García-José-" + VISIT + "-handout-en.pdf", fx(preview::fileName), "whose, when, what, which language");
        Path out = temp.resolve("handout-garcia.pdf");
        robot.interact(() -> preview.saveTo(out));
        await("the saved message", () -> robot.lookup("#preview-message").queryAs(Label.class).isVisible());
        assertEquals("Saved as handout-garcia.pdf.", fx(() -> robot.lookup("#preview-message").queryAs(Label.class)
                .getText()));
        Pdf saved = Pdf.read(Files.readAllBytes(out));
        assertTrue(saved.flat().contains("José García"));
        assertTrue(saved.unembedded().isEmpty(), "fonts embedded");
        try (var left = Files.list(temp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
        List<ConsultationEvent> events = events(visit, ConsultationEvent.Kind.PDF_SAVED);
        assertEquals(1, events.size());
        assertEquals("handout (en, letter) saved as handout-garcia.pdf", events.get(0).detail());
    }

    @Test
    void theClinicianSummaryOpensFromTheConsultationAndPrintsOnTheChosenPrinter(FxRobot robot) throws Exception {
        openGarcia(robot);
        var history = robot.lookup("#client-consultations").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> {
            int index = history.getItems().stream().map(i -> ((com.clearpath.domain.ConsultationSummary) i).id())
                    .toList().indexOf(visit);
            history.getSelectionModel().select(index);
            history.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        await("the consultation", () -> robot.lookup("#consultation-summary").tryQuery().isPresent());
        assertTrue(robot.lookup("#consultation-print").tryQuery().isPresent(), "and Print handout beside it");
        Screenshots.save(running.stage.getScene(), "clients-consultation-print-1280x800");
        robot.clickOn("#consultation-summary");
        DocumentPreview preview = awaitPreview();
        assertEquals(DocumentKind.CLINICIAN_SUMMARY, fx(() -> preview.rendered().orElseThrow().kind()));
        assertFalse(robot.lookup("#preview-english").tryQuery().isPresent(), "the summary is in English only");
        assertEquals("García-José-" + VISIT + "-summary.pdf", fx(preview::fileName));
        Pdf summary = Pdf.read(fx(() -> preview.rendered().orElseThrow().pdf()));
        assertTrue(summary.flat().contains("Clinician summary"), summary.flat());
        assertEquals(summary.pageCount(), fx(() -> imagesIn(robot.lookup("#preview-pages").queryAs(Parent.class))));

        robot.clickOn("#preview-printer");
        await("the printers", () -> robot.lookup("#print-options-printer").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            var choice = (javafx.scene.control.ChoiceBox<String>) robot.lookup("#print-options-printer").query();
            choice.setValue(KeptPrinters.BACK_OFFICE);
            @SuppressWarnings("unchecked")
            var copies = (javafx.scene.control.Spinner<Integer>) robot.lookup("#print-options-copies").query();
            copies.getValueFactory().setValue(2);
        });
        Screenshots.saveWithDialog(preview.stage().getScene(),
                robot.lookup("#print-options-printer").query().getScene(), "print-options");
        robot.clickOn("#print-options-print");
        await("the job", () -> printers.jobs.size() == 1);
        assertEquals(KeptPrinters.BACK_OFFICE, printers.jobs.get(0).printer());
        assertEquals(2, printers.jobs.get(0).copies());
        await("the print noted", () -> events(visit, ConsultationEvent.Kind.PRINTED).size() == 1);
        assertEquals("clinician summary (letter) on Back office, 2 copies",
                events(visit, ConsultationEvent.Kind.PRINTED).get(0).detail());
    }

    @Test
    void ctrlPOnAHistoryRowThenEnterPrintsFromTheKeyboard(FxRobot robot) {
        openGarcia(robot);
        var history = robot.lookup("#client-consultations").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> {
            history.getSelectionModel().select(history.getItems().stream()
                    .map(i -> ((com.clearpath.domain.ConsultationSummary) i).id()).toList().indexOf(visit));
            history.requestFocus();
        });
        robot.press(javafx.scene.input.KeyCode.SHORTCUT).type(javafx.scene.input.KeyCode.P)
                .release(javafx.scene.input.KeyCode.SHORTCUT);
        awaitPreview();
        robot.type(javafx.scene.input.KeyCode.ENTER);
        await("the job", () -> printers.jobs.size() == 1);
    }

    @Test
    void printPressedBeforeThePagesAreReadyPrintsOnceTheyAre(FxRobot robot) throws Exception {
        running.awaitReady();
        robot.interact(() -> {
            DocumentPreview preview = running.app.documentPreviews().open(visit, DocumentKind.HANDOUT);
            // On the FX thread, in the same breath: nothing has been made yet.
            assertTrue(preview.rendered().isEmpty());
            ((Button) preview.stage().getScene().lookup("#preview-print")).fire();
        });
        await("the job, noted", () -> printers.jobs.size() == 1
                && events(visit, ConsultationEvent.Kind.PRINTED).size() == 1);
    }

    @Test
    void theClinicsDefaultLanguageAndPaperChosenInSettingsAreHowTheNextHandoutOpens(FxRobot robot) {
        running.awaitReady();
        robot.clickOn("#nav-settings");
        await("the clinic card", () -> robot.lookup("#clinic-name").tryQuery()
                .map(n -> !n.isDisabled() && "Harbor Skin Clinic".equals(((javafx.scene.control.TextField) n).getText()))
                .orElse(false));
        RunningApp.reveal(robot, "#settings-clinic");
        robot.clickOn("#clinic-spanish");
        robot.clickOn("#clinic-a4");
        robot.clickOn("#clinic-save");
        await("saved", () -> robot.lookup("#clinic-result").queryAs(Label.class).isVisible());

        openGarcia(robot);
        robot.clickOn("#history-print-" + visit);
        DocumentPreview preview = awaitPreview();
        assertTrue(fx(() -> robot.lookup("#preview-spanish").queryAs(ToggleButton.class).isSelected()));
        assertTrue(fx(() -> robot.lookup("#preview-a4").queryAs(ToggleButton.class).isSelected()));
        assertEquals(Language.ES, fx(() -> preview.rendered().orElseThrow().language()));
        assertEquals(PaperSize.A4, fx(() -> preview.rendered().orElseThrow().paper()));
    }

    private DocumentPreview awaitPreview() {
        await("the preview with every page", () -> running.app.documentPreviews().current()
                .map(DocumentPreview::ready).orElse(false));
        return fx(() -> running.app.documentPreviews().current().orElseThrow());
    }

    private void openGarcia(FxRobot robot) {
        running.awaitReady();
        robot.clickOn("#nav-clients");
        await("the client list", () -> robot.lookup("#clients-search").tryQuery().map(n -> !n.isDisabled())
                .orElse(false));
        robot.clickOn("#clients-search");
        robot.write("garcia");
        await("one match", () -> robot.lookup("#clients-results").queryAs(javafx.scene.control.ListView.class)
                .getItems().size() == 1);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        await("the history", () -> robot.lookup("#history-print-" + visit).tryQuery().isPresent());
    }

    private List<ConsultationEvent> events(UUID id, ConsultationEvent.Kind kind) {
        try {
            return running.app.records().with(s -> s.consultations().events(id)).stream()
                    .filter(e -> e.kind() == kind).toList();
        } catch (com.clearpath.domain.RecordsFailure e) {
            throw new AssertionError(e);
        }
    }

    private static int imagesIn(Node node) {
        int n = node instanceof ImageView ? 1 : 0;
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += imagesIn(child);
            }
        }
        return n;
    }
}
