package com.clearpath.ui.documents;

import com.clearpath.document.PaperSize;
import com.clearpath.document.PrintFailure;
import com.clearpath.domain.Language;
import com.clearpath.store.StoreException;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.BusyIndicator;
import com.clearpath.ui.common.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.SegmentedButton;

/**
 * A document shown page by page before it goes out: the handout in English or Spanish, or the clinician summary, on
 * Letter or A4. <b>Print</b> is the default button and prints straight away on the printer shown under it (the
 * system's default unless another was chosen with <b>Printer…</b>), so from a consultation's "Print handout" a
 * printed handout is two clicks away. Making the PDF, drawing its pages, printing and saving all run in the
 * background; a progress overlay appears when that takes longer than a moment.
 */
public final class DocumentPreview {
    private static final Logger LOG = Logger.getLogger(DocumentPreview.class.getName());
    /** Progress shows only for work still going after this long: a flash of a spinner distracts more than it tells. */
    static final javafx.util.Duration PROGRESS_DELAY = javafx.util.Duration.millis(300);

    private final Messages text;
    private final BackgroundTasks tasks;
    private final Documents documents;
    private final DocumentKind kind;
    private final Consumer<String> notice;
    private final Stage stage = new Stage();

    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final ToggleGroup languages = new ToggleGroup();
    private final ToggleButton english = new ToggleButton();
    private final ToggleButton spanish = new ToggleButton();
    private final ToggleGroup papers = new ToggleGroup();
    private final ToggleButton letter = new ToggleButton();
    private final ToggleButton a4 = new ToggleButton();
    private final Label pageCount = new Label();
    private final VBox pages = new VBox();
    private final ScrollPane scroller = new ScrollPane(pages);
    private final VBox progress = new VBox();
    private final Label progressText = new Label();
    private final Label failure = new Label();
    private final Label destination = new Label();
    private final Label message = new Label();
    private final Button print = new Button();
    private final Button printer = new Button();
    private final Button save = new Button();
    private final Button close = new Button();
    private final PauseTransition progressDelay = new PauseTransition(PROGRESS_DELAY);
    private final BusyIndicator sending = new BusyIndicator("preview-busy");

    private Documents.Source source;
    private Documents.Rendered rendered;
    /** Each render gets a number; pages or PDFs from an older one (the language was changed meanwhile) are dropped. */
    private long generation;
    /** The PDF is being made. */
    private boolean making;
    /** Pages in view are being drawn for the screen (printing and saving need only the PDF, so they need not wait). */
    private boolean drawing;
    /** The page being drawn in the background, or -1. */
    private int drawingPage = -1;
    /** A placeholder per page of the current PDF; only those in or near the view hold a picture. */
    private final java.util.List<Sheet> sheets = new java.util.ArrayList<>();
    /** Print was pressed before the PDF was ready: it prints as soon as it is. */
    private boolean printWhenReady;
    /** Set while the toggles are moved to the clinic's defaults, which is not a change asking for a new render. */
    private boolean settingUp;

    DocumentPreview(Messages text, BackgroundTasks tasks, Documents documents, DocumentKind kind, Window owner,
                    String stylesheet, Consumer<String> notice) {
        this.text = text;
        this.tasks = tasks;
        this.documents = documents;
        this.kind = kind;
        this.notice = notice;

        BorderPane root = new BorderPane();
        root.getStyleClass().add("document-preview");
        root.setId("document-preview");
        root.setTop(header());
        root.setCenter(body());
        root.setBottom(footer());

        Scene scene = new Scene(root, 1040, 760);
        scene.getStylesheets().addAll(stylesheet, DocumentPreviews.STYLESHEET);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), print::fire);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save::fire);
        stage.setScene(scene);
        stage.setTitle(words("print.window.handout", "print.window.summary"));
        if (owner != null && owner.isShowing()) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            // Not larger than the window it belongs to, so its buttons are never off screen.
            stage.setWidth(Math.min(1040, Math.max(720, owner.getWidth() - 40)));
            stage.setHeight(Math.min(760, Math.max(560, owner.getHeight() - 40)));
            stage.setX(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2);
            stage.setY(owner.getY() + (owner.getHeight() - stage.getHeight()) / 2);
        }
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        // A closed preview keeps no pictures: the window object may be kept a while, its pages need not be.
        stage.setOnHidden(e -> {
            generation++;
            releasePages();
        });
        scroller.vvalueProperty().addListener((o, was, now) -> drawNeeded());
        scroller.viewportBoundsProperty().addListener((o, was, now) -> drawNeeded());
        pages.heightProperty().addListener((o, was, now) -> drawNeeded());
        progressDelay.setOnFinished(e -> progress.setVisible(making || drawing));
        title.setText(words("print.title.handout", "print.title.summary"));
        enable();
    }

    // ---------------------------------------------------------------- opening

    /** Shows the window at once and makes the document of a kept consultation in the background. */
    void open(java.util.UUID consultationId) {
        stage.show();
        print.requestFocus();
        making(true);
        tasks.run(() -> documents.source(consultationId), this::start, this::failed);
    }

    /** Shows a document that is not (or not yet) a kept consultation's. */
    void open(Documents.Source given) {
        stage.show();
        print.requestFocus();
        making(true);
        start(given);
    }

    private void start(Documents.Source s) {
        source = s;
        var input = s.input();
        String number = input.consultationNumber();
        subtitle.setText(number.isEmpty()
                ? text.format("print.subtitle.unnumbered", input.clientName(), date(input.intake().consultedOn()))
                : text.format("print.subtitle", input.clientName(), date(input.intake().consultedOn()), number));
        // The clinic's defaults were read with the consultation, so this does not touch the disk.
        tasks.run(documents::clinicSettings, settings -> {
            settingUp = true;
            languages.selectToggle(settings.language() == Language.ES ? spanish : english);
            papers.selectToggle(settings.paper() == com.clearpath.domain.ClinicSettings.Paper.A4 ? a4 : letter);
            settingUp = false;
            render();
        }, this::failed);
        showDestination();
    }

    // ---------------------------------------------------------------- rendering

    private void render() {
        if (source == null) {
            return;
        }
        long mine = ++generation;
        rendered = null;
        releasePages();
        pageCount.setText("");
        failure.setVisible(false);
        drawing = false;
        making(true);
        Language language = language();
        PaperSize paper = paper();
        tasks.run(() -> documents.render(source, kind, language, paper), doc -> {
            if (mine != generation) {
                return;
            }
            rendered = doc;
            pageCount.setText(text.format("print.pages", doc.pages()));
            making = false;
            drawing = true;
            enable();
            if (printWhenReady) {
                printWhenReady = false;
                printNow(documents.chosenPrinter(), documents.chosenCopies());
            }
            for (int i = 0; i < doc.pages(); i++) {
                Sheet sheet = new Sheet(i, doc);
                sheets.add(sheet);
                pages.getChildren().add(sheet.node);
            }
            scroller.setVvalue(0);
            drawNeeded();
        }, this::failed);
    }

    private void releasePages() {
        sheets.forEach(Sheet::release);
        sheets.clear();
        pages.getChildren().clear();
    }

    /**
     * Draws the pages in view and half a screen around it, one at a time in the background, and lets go of the
     * pictures of pages more than a screen away. A page is 816 x 1,056 pixels: held twice over when shown without a
     * graphics card (the picture and its texture, 6.9 MB), so drawing all of a long handout at once cost 50 MB and
     * more; this keeps three or four pages, whatever the length. Runs again whenever the view scrolls or resizes.
     */
    private void drawNeeded() {
        Documents.Rendered doc = rendered;
        if (doc == null || making || sheets.isEmpty() || !stage.isShowing()) {
            return;
        }
        double viewport = scroller.getViewportBounds().getHeight();
        double content = pages.getHeight();
        if (viewport <= 0 || content <= 0) {
            return; // not laid out yet: the height listeners call again
        }
        double top = scroller.getVvalue() * Math.max(0, content - viewport);
        double bottom = top + viewport;
        Sheet next = null;
        for (Sheet sheet : sheets) {
            javafx.geometry.Bounds at = sheet.node.getBoundsInParent();
            boolean needed = at.getMaxY() >= top - viewport / 2 && at.getMinY() <= bottom + viewport / 2;
            boolean kept = at.getMaxY() >= top - viewport && at.getMinY() <= bottom + viewport;
            if (!kept) {
                sheet.release();
            } else if (needed && sheet.view.getImage() == null && next == null) {
                next = sheet;
            }
        }
        if (next == null) {
            if (drawingPage < 0) {
                drawing = false;
                progressDelay.stop();
                progress.setVisible(false);
                enable();
            }
            return;
        }
        if (drawingPage >= 0) {
            return; // one at a time; the page being drawn calls again when done
        }
        if (!drawing) {
            drawing = true;
            progressDelay.playFromStart();
        }
        Sheet sheet = next;
        long mine = generation;
        drawingPage = sheet.index;
        progressText.setText(text.format("print.drawing", sheet.index + 1, doc.pages()));
        tasks.run(() -> Documents.page(doc.pdf(), sheet.index), image -> {
            drawingPage = -1;
            if (mine != generation) {
                drawNeeded();
                return;
            }
            sheet.view.setImage(image);
            drawNeeded();
        }, error -> {
            drawingPage = -1;
            if (mine == generation) {
                failed(error);
            } else {
                drawNeeded(); // an older document's page failed: the current one's pages still need drawing
            }
        });
    }

    /** One page: a sheet of paper the size the picture will have, and the picture once drawn. */
    private final class Sheet {
        final int index;
        final ImageView view = new ImageView();
        final StackPane node;

        Sheet(int index, Documents.Rendered doc) {
            this.index = index;
            // The picture's size, known from the paper before it is drawn.
            double width = Documents.screenPixels(doc.paper().rectangle().getWidth());
            double height = Documents.screenPixels(doc.paper().rectangle().getHeight());
            view.setPreserveRatio(true);
            view.setSmooth(true);
            // As wide as the paper at screen size, narrower when the window is; never wider than the paper.
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(200,
                    Math.min(width, scroller.getViewportBounds().getWidth() - 64)),
                    scroller.viewportBoundsProperty()));
            node = new StackPane(view);
            node.getStyleClass().add("preview-page");
            node.setMaxWidth(Region.USE_PREF_SIZE);
            // Until it is drawn, the blank sheet holds the page's place, so the scroll bar is right from the start.
            node.minWidthProperty().bind(view.fitWidthProperty());
            node.minHeightProperty().bind(view.fitWidthProperty().multiply(height / width));
            node.setAccessibleText(text.format("print.page.accessible", index + 1, doc.pages()));
            node.setId("preview-page-" + (index + 1));
        }

        void release() {
            view.setImage(null);
        }
    }

    // ---------------------------------------------------------------- printing and saving

    private void print() {
        if (sending.busy() || failure.isVisible()) {
            return;
        }
        if (rendered == null) {
            // Pressed while the PDF is still being made (a fresh start takes about half a second): print when ready.
            printWhenReady = true;
            message(text.get("print.whenReady"), false);
            return;
        }
        printNow(documents.chosenPrinter(), documents.chosenCopies());
    }

    private void printNow(Optional<String> on, int copies) {
        Documents.Rendered doc = rendered;
        sending(on.map(p -> text.format("print.sending", p)).orElse(text.get("print.sendingDefault")));
        tasks.run(() -> documents.print(source, doc, on, copies), printed -> {
            sent();
            String sent = text.format("print.sent", words("print.name.handout", "print.name.summary"), printed.printer(),
                    printed.copies());
            if (printed.notRecorded().isPresent()) {
                message(text.format("print.sentNotRecorded", sent, describe(printed.notRecorded().get())), true);
                return;
            }
            notice.accept(sent);
            stage.hide();
        }, error -> {
            sent();
            message(printProblem(error), true);
            // Another printer is the likely way on; Enter on Close would drop the document.
            printer.requestFocus();
        });
    }

    /** "Printer…": choose printer, copies and paper, then print. */
    private void choosePrinter() {
        new PrintOptions(text, tasks, documents, stage, paper(), choice -> {
            documents.choose(choice.printer(), choice.copies());
            showDestination();
            if (choice.paper() != paper()) {
                // The document is laid out again for the other paper, then printed.
                papers.selectToggle(choice.paper() == PaperSize.A4 ? a4 : letter);
                printWhenReady = true;
            } else {
                print();
            }
        }).show();
    }

    private void chooseFile() {
        if (rendered == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("print.chooser"));
        chooser.setInitialFileName(fileName());
        Path folder = defaultSaveFolder(Path.of(System.getProperty("user.home")));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("print.fileType"), "*.pdf"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    /** Saves what is shown as a PDF; the file dialog only picks {@code file}. */
    public void saveTo(Path file) {
        Documents.Rendered doc = rendered;
        if (doc == null) {
            return;
        }
        sending(text.get("print.saving"));
        tasks.run(() -> documents.save(source, doc, file), saved -> {
            sent();
            String name = saved.file().getFileName().toString();
            message(saved.notRecorded().map(e -> text.format("print.savedNotRecorded", name, describe(e)))
                    .orElse(text.format("print.saved", name)), saved.notRecorded().isPresent());
            // Saved is often followed by printing; left alone, the focus would be on Close and Enter would close.
            print.requestFocus();
        }, error -> {
            sent();
            message(text.format("print.saveFailed", describe(error)), true);
            save.requestFocus();
        });
    }

    /**
     * "Garcia-Jose-2026-11-20-handout-es.pdf" or "…-summary.pdf": whose it is, the visit, the kind and the language,
     * so a folder of saved documents sorts by client and the front desk finds the right one.
     */
    public String fileName() {
        var client = source.input().intake().client();
        LocalDate on = source.input().intake().consultedOn();
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {client == null ? null : client.lastName(), client == null ? null : client.firstName(),
                on == null ? null : on.toString()}) {
            String safe = fileNameSafe(part);
            if (!safe.isEmpty()) {
                name.append(safe).append('-');
            }
        }
        return name + (kind == DocumentKind.HANDOUT ? "handout-" + language().code() : "summary") + ".pdf";
    }

    /** Letters, digits and single dashes only: nothing a file system, a mail program or a shell would trip over. */
    public static String fileNameSafe(String text) {
        if (text == null) {
            return "";
        }
        String composed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        composed.codePoints().forEach(c -> out.appendCodePoint(Character.isLetterOrDigit(c) ? c : '-'));
        return out.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }

    /** Where Save PDF opens: the user's Documents folder when there is one, else their home folder. */
    public static Path defaultSaveFolder(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    // ---------------------------------------------------------------- state

    private void making(boolean starting) {
        making = starting;
        progressText.setText(words("print.preparing.handout", "print.preparing.summary"));
        progressDelay.playFromStart();
        enable();
    }

    private void sending(String what) {
        sending.start(what);
        message.setVisible(false);
        enable();
    }

    private void sent() {
        sending.stop();
        enable();
    }

    private void failed(Exception error) {
        making = false;
        drawing = false;
        progressDelay.stop();
        progress.setVisible(false);
        rendered = null;
        printWhenReady = false;
        failure.setText(error instanceof Documents.NotPrintable ? error.getMessage()
                : text.format("print.failed", describe(error)));
        failure.setVisible(true);
        enable();
    }

    private void enable() {
        boolean out = sending.busy();
        // Print stays available while the PDF is being made; it then prints as soon as the PDF is ready.
        print.setDisable(failure.isVisible() || out);
        printer.setDisable(source == null || out);
        save.setDisable(rendered == null || out);
        for (ToggleButton t : new ToggleButton[] {english, spanish, letter, a4}) {
            t.setDisable(source == null || out);
        }
    }

    private void message(String s, boolean problem) {
        message.setText(s);
        message.getStyleClass().removeAll("preview-problem", "preview-result");
        message.getStyleClass().add(problem ? "preview-problem" : "preview-result");
        message.setVisible(true);
    }

    /** Where Print sends the document: the printer chosen this session, or the system's default (named once known). */
    private void showDestination() {
        int copies = documents.chosenCopies();
        Optional<String> chosen = documents.chosenPrinter();
        if (chosen.isPresent()) {
            destination.setText(text.format("print.destination", chosen.get(), copies));
            return;
        }
        destination.setText(text.format("print.destination", text.get("print.defaultPrinter"), copies));
        tasks.run(() -> documents.printers().defaultPrinter(), name -> {
            if (documents.chosenPrinter().isEmpty()) {
                destination.setText(name.map(n -> text.format("print.destination", n, copies))
                        .orElse(text.get("print.destination.none")));
            }
        }, error -> LOG.log(Level.FINE, "Could not look up the default printer", error));
    }

    /** The handout's or the summary's version of a sentence. */
    private String words(String handoutKey, String summaryKey) {
        return text.get(kind == DocumentKind.HANDOUT ? handoutKey : summaryKey);
    }

    private Language language() {
        return kind.translated() && languages.getSelectedToggle() == spanish ? Language.ES : Language.EN;
    }

    private PaperSize paper() {
        return papers.getSelectedToggle() == a4 ? PaperSize.A4 : PaperSize.LETTER;
    }

    private String date(LocalDate d) {
        return d == null ? "" : d.format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.MEDIUM).withLocale(text.locale()));
    }

    /** What went wrong with a print, in words: never the print system's own text, which goes to the log. */
    private String printProblem(Exception error) {
        if (error instanceof Documents.NoPrinter none) {
            return text.get(none.noPrintSystem() ? "print.noPrintSystem" : "print.noPrinter");
        }
        if (error instanceof PrintFailure failure) {
            LOG.log(Level.WARNING, "Nothing was printed (" + failure.reason() + ")", failure);
            return switch (failure.reason()) {
                case NO_PRINTING_SYSTEM -> text.get("print.noPrintSystem");
                case NO_DEFAULT_PRINTER -> text.get("print.noPrinter");
                case NO_SUCH_PRINTER -> text.get("print.noSuchPrinter");
                case REFUSED -> text.get("print.refused");
            };
        }
        return text.format("print.printFailed", describe(error));
    }

    private String describe(Exception error) {
        if (error instanceof StoreException || error instanceof Documents.NotPrintable
                || error instanceof java.awt.print.PrinterException) {
            return error.getMessage();
        }
        if (error instanceof IOException) {
            LOG.warning("A document could not be written or read: " + error.getClass().getSimpleName());
            return error.getMessage();
        }
        LOG.log(Level.WARNING, "Preparing, printing or saving a document failed", error);
        return text.get("print.unexpected");
    }

    // ---------------------------------------------------------------- building the window

    private Node header() {
        title.setId("preview-title");
        title.getStyleClass().add("preview-title");
        subtitle.setId("preview-subtitle");
        subtitle.getStyleClass().add("preview-subtitle");
        VBox heading = new VBox(title, subtitle);
        heading.getStyleClass().add("preview-heading");
        HBox.setHgrow(heading, Priority.ALWAYS);

        HBox options = new HBox();
        options.getStyleClass().add("preview-options");
        if (kind.translated()) {
            options.getChildren().add(choice("print.language", "preview-language",
                    toggle(english, languages, "preview-english", "print.language.en"),
                    toggle(spanish, languages, "preview-spanish", "print.language.es")));
        } else {
            Label english = new Label(text.get("print.summaryEnglish"));
            english.getStyleClass().add("preview-note");
            english.setWrapText(true);
            options.getChildren().add(english);
        }
        options.getChildren().add(choice("print.paper", "preview-paper",
                toggle(letter, papers, "preview-letter", "print.paper.letter"),
                toggle(a4, papers, "preview-a4", "print.paper.aFour")));
        pageCount.setId("preview-page-count");
        pageCount.getStyleClass().add("preview-note");
        pageCount.setMinWidth(Region.USE_PREF_SIZE);
        options.getChildren().add(pageCount);
        languages.selectToggle(english);
        papers.selectToggle(letter);
        // A toggle group lets the selected button be clicked off; here one language and one paper are always chosen.
        for (ToggleGroup g : new ToggleGroup[] {languages, papers}) {
            g.selectedToggleProperty().addListener((o, was, now) -> {
                if (now == null) {
                    g.selectToggle(was);
                } else if (!settingUp && was != null) {
                    render();
                }
            });
        }
        VBox top = new VBox(heading, options);
        top.getStyleClass().add("preview-header");
        return top;
    }

    private Node choice(String labelKey, String id, ToggleButton first, ToggleButton second) {
        Label label = new Label(text.get(labelKey));
        label.getStyleClass().add("preview-option-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        // The pair sits in one segmented control: ControlsFX gives the ends their pill shapes and the theme its colours.
        SegmentedButton buttons = new SegmentedButton(first, second);
        buttons.setToggleGroup(first.getToggleGroup());
        buttons.getStyleClass().add("preview-toggles");
        buttons.setAccessibleText(text.get(labelKey));
        HBox box = new HBox(label, buttons);
        box.getStyleClass().add("preview-option");
        box.setId(id);
        return box;
    }

    private ToggleButton toggle(ToggleButton b, ToggleGroup group, String id, String key) {
        b.setText(text.get(key));
        b.setId(id);
        b.setToggleGroup(group);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setAccessibleText(text.get(key));
        return b;
    }

    private Node body() {
        pages.setId("preview-pages");
        pages.getStyleClass().add("preview-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("preview-scroller");
        scroller.setAccessibleText(text.get("print.pages.accessible"));

        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.getStyleClass().add("preview-spinner");
        spinner.accessibleTextProperty().bind(progressText.textProperty());
        progressText.getStyleClass().add("preview-progress-text");
        progressText.setId("preview-progress-text");
        progress.getChildren().addAll(spinner, progressText);
        progress.getStyleClass().add("preview-progress");
        progress.setId("preview-progress");
        progress.setAlignment(Pos.CENTER);
        progress.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        progress.setVisible(false);
        progress.setMouseTransparent(true);

        failure.setId("preview-failure");
        failure.getStyleClass().add("preview-problem");
        failure.setWrapText(true);
        failure.setMaxWidth(520);
        failure.setVisible(false);
        StackPane body = new StackPane(scroller, progress, failure);
        body.getStyleClass().add("preview-body");
        return body;
    }

    private Node footer() {
        destination.setId("preview-destination");
        destination.getStyleClass().add("preview-destination");
        message.setId("preview-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        VBox status = new VBox(destination, message);
        status.getStyleClass().add("preview-status");
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMinWidth(0);

        button(save, "preview-save", "print.save", "print.save.accessible");
        save.setOnAction(e -> chooseFile());
        button(printer, "preview-printer", "print.printer", "print.printer.accessible");
        printer.setOnAction(e -> choosePrinter());
        button(print, "preview-print", "print.print", "print.print.accessible");
        print.getStyleClass().add("accent");
        print.setDefaultButton(true);
        print.setOnAction(e -> print());
        button(close, "preview-close", "print.close", "print.close.accessible");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(sending.node(), save, printer, print, close);
        buttons.getStyleClass().add("preview-buttons");
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(status, buttons);
        bar.getStyleClass().add("preview-footer");
        return bar;
    }

    private void button(Button b, String id, String key, String accessibleKey) {
        b.setText(text.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(text.get(accessibleKey));
        b.setMinWidth(Region.USE_PREF_SIZE);
    }

    // ---------------------------------------------------------------- for tests

    public Stage stage() {
        return stage;
    }

    /** The PDF being shown, once made. */
    public Optional<Documents.Rendered> rendered() {
        return Optional.ofNullable(rendered);
    }

    /** Whether every page of the current PDF has its place, those in view are drawn, and nothing is under way. */
    public boolean ready() {
        return rendered != null && !making && !drawing && !sending.busy()
                && pages.getChildren().size() == rendered.pages();
    }

    /** The numbers (from 1) of the pages that hold a picture now. */
    public java.util.List<Integer> pagesDrawn() {
        return sheets.stream().filter(sheet -> sheet.view.getImage() != null).map(sheet -> sheet.index + 1).toList();
    }

    /** Scrolls the pages: 0 the top, 1 the end. */
    public void scrollTo(double vvalue) {
        scroller.setVvalue(vvalue);
    }
}
