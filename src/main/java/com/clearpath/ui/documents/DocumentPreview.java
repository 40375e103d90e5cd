package com.clearpath.ui.documents;

import com.clearpath.app.ConsultationDocuments.Rendered;
import com.clearpath.app.ConsultationDocuments.Source;
import com.clearpath.document.DocumentKind;
import com.clearpath.document.PaperSize;
import com.clearpath.domain.Language;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.BusyIndicator;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.documents.DocumentPreviewModel.Failed;
import com.clearpath.ui.documents.DocumentPreviewModel.Outcome;
import com.clearpath.ui.documents.DocumentPreviewModel.Shown;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A document shown page by page before it goes out: the handout in English or Spanish, or the clinician summary, on
 * Letter or A4. <b>Print</b> is the default button and prints straight away on the printer shown under it, so from a
 * consultation's "Print handout" a printed handout is two clicks away. What it shows and does is
 * {@link DocumentPreviewModel}'s; this builds the window and binds to it.
 */
public final class DocumentPreview {
    /** Progress shows only for work still going after this long: a flash of a spinner distracts more than it tells. */
    static final Duration PROGRESS_DELAY = Duration.millis(300);

    private final Messages text;
    private final DocumentPreviewModel model;
    private final Stage stage = new Stage();
    private final PreviewPages pages;
    private final Label subtitle = new Label();
    private final Label pageCount = new Label();
    private final VBox progress = new VBox();
    private final Label progressText = new Label();
    private final Label failure = new Label();
    private final Label destination = new Label();
    private final Label message = new Label();
    private final Button print = new Button();
    private final Button printer = new Button();
    private final Button save = new Button();
    private final BusyIndicator sending = new BusyIndicator("preview-busy");
    private final PauseTransition progressDelay = new PauseTransition(PROGRESS_DELAY);

    DocumentPreview(Messages text, BackgroundTasks tasks, Documents documents, DocumentKind kind, Window owner,
                    String stylesheet, Consumer<String> notice) {
        this.text = text;
        this.model = new DocumentPreviewModel(documents, tasks, kind);
        this.pages = new PreviewPages(text, tasks, model::pageFailed, stage::isShowing);
        BorderPane root = new BorderPane(body(), header(), null, footer(documents, tasks), null);
        root.getStyleClass().add("document-preview");
        root.setId("document-preview");
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
            model.close();
            pages.show(null);
        });
        bind(notice);
    }

    private void bind(Consumer<String> notice) {
        model.source().addListener((o, was, s) -> subtitle.setText(s == null ? subtitle.getText()
                : DocumentWords.subtitle(text, s)));
        model.state().addListener((o, was, now) -> {
            if (now instanceof Shown shown) {
                pageCount.setText(text.format("print.pages", shown.document().pages()));
                pages.show(shown.document());
            } else if (!(now instanceof Failed)) {
                pageCount.setText("");
                pages.show(null);
            }
            failure.setText(now instanceof Failed f ? DocumentWords.failure(text, f.error()) : "");
        });
        failure.visibleProperty().bind(model.failed());
        print.disableProperty().bind(model.failed().or(model.busy()));
        printer.disableProperty().bind(model.source().isNull().or(model.busy()));
        save.disableProperty().bind(model.shown().not().or(model.busy()));
        BooleanBinding working = model.rendering().or(pages.drawing());
        working.addListener((o, was, now) -> {
            progressDelay.stop();
            progress.setVisible(false);
            if (now) {
                progressDelay.playFromStart();
            }
        });
        progressDelay.setOnFinished(e -> progress.setVisible(working.get()));
        progressText.textProperty().bind(Bindings.createStringBinding(() -> model.rendering().get()
                ? words("print.preparing.handout", "print.preparing.summary") : pages.drawingText().get(),
                model.state(), pages.drawingText()));
        destination.textProperty().bind(Bindings.createStringBinding(
                () -> DocumentWords.destination(text, model.destination().get()), model.destination()));
        model.sending().addListener((o, was, now) -> now.ifPresentOrElse(
                s -> sending.start(DocumentWords.sending(text, s)), sending::stop));
        model.outcome().addListener((o, was, now) -> now.ifPresentOrElse(out -> show(out, notice),
                () -> message.setVisible(false)));
    }

    /** What the last Print or Save came to, and where the focus goes next. */
    private void show(Outcome outcome, Consumer<String> notice) {
        if (outcome instanceof DocumentPreviewModel.Printed p && p.printed().notRecorded().isEmpty()) {
            notice.accept(DocumentWords.sent(text, model.kind(), p.printed()));
            stage.hide();
            return;
        }
        message.setText(DocumentWords.outcome(text, model.kind(), outcome));
        message.getStyleClass().removeAll("preview-problem", "preview-result");
        message.getStyleClass().add(DocumentWords.problem(outcome) ? "preview-problem" : "preview-result");
        message.setVisible(true);
        if (outcome instanceof DocumentPreviewModel.PrintFailed) {
            printer.requestFocus(); // another printer is the likely way on; Enter on Close would drop the document
        } else if (outcome instanceof DocumentPreviewModel.Saved) {
            print.requestFocus(); // saving is often followed by printing; Enter on Close would close
        } else if (outcome instanceof DocumentPreviewModel.SaveFailed) {
            save.requestFocus();
        }
    }

    /** Shows the window at once and makes the document of a kept consultation in the background. */
    void open(UUID consultationId) {
        stage.show();
        print.requestFocus();
        model.open(consultationId);
    }

    /** Shows a document that is not (or not yet) a kept consultation's. */
    void open(Source given) {
        stage.show();
        print.requestFocus();
        model.open(given);
    }

    /** Saves what is shown as a PDF; the file dialog only picks {@code file}. */
    public void saveTo(Path file) {
        model.saveTo(file);
    }

    /** The handout's or the summary's version of a sentence. */
    private String words(String handoutKey, String summaryKey) {
        return text.get(model.kind() == DocumentKind.HANDOUT ? handoutKey : summaryKey);
    }

    // ---------------------------------------------------------------- building the window

    private Node header() {
        Label title = styled(new Label(words("print.title.handout", "print.title.summary")), "preview-title", "preview-title");
        VBox heading = new VBox(title, styled(subtitle, "preview-subtitle", "preview-subtitle"));
        heading.getStyleClass().add("preview-heading");
        HBox options = new HBox();
        options.getStyleClass().add("preview-options");
        if (model.kind().translated()) {
            options.getChildren().add(PreviewChoice.of(text, model, "print.language", "preview-language", model.language(),
                    List.of(Language.EN, Language.ES), List.of("preview-english", "preview-spanish"),
                    List.of("print.language.en", "print.language.es")));
        } else {
            Label english = styled(new Label(text.get("print.summaryEnglish")), null, "preview-note");
            english.setWrapText(true);
            options.getChildren().add(english);
        }
        options.getChildren().add(PreviewChoice.of(text, model, "print.paper", "preview-paper", model.paper(),
                List.of(PaperSize.LETTER, PaperSize.A4), List.of("preview-letter", "preview-a4"),
                List.of("print.paper.letter", "print.paper.aFour")));
        styled(pageCount, "preview-page-count", "preview-note").setMinWidth(Region.USE_PREF_SIZE);
        options.getChildren().add(pageCount);
        VBox top = new VBox(heading, options);
        top.getStyleClass().add("preview-header");
        return top;
    }

    private Node body() {
        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.getStyleClass().add("preview-spinner");
        spinner.accessibleTextProperty().bind(progressText.textProperty());
        progress.getChildren().addAll(spinner, styled(progressText, "preview-progress-text", "preview-progress-text"));
        styled(progress, "preview-progress", "preview-progress").setAlignment(Pos.CENTER);
        progress.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        progress.setVisible(false);
        progress.setMouseTransparent(true);
        styled(failure, "preview-failure", "preview-problem").setWrapText(true);
        failure.setMaxWidth(520);
        StackPane body = new StackPane(pages.node(), progress, failure);
        body.getStyleClass().add("preview-body");
        return body;
    }

    private Node footer(Documents documents, BackgroundTasks tasks) {
        styled(destination, "preview-destination", "preview-destination");
        message.setId("preview-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        VBox status = new VBox(destination, message);
        status.getStyleClass().add("preview-status");
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMinWidth(0);
        button(save, "preview-save", "print.save", "print.save.accessible").setOnAction(e -> DocumentFiles.choosePdf(text, stage, model.fileName())
                .ifPresent(this::saveTo));
        button(printer, "preview-printer", "print.printer", "print.printer.accessible").setOnAction(e ->
                new PrintOptions(text, tasks, documents, stage, model.paper().get(),
                        choice -> model.printWith(choice.printer(), choice.copies(), choice.paper())).show());
        button(print, "preview-print", "print.print", "print.print.accessible").setOnAction(e -> model.print());
        print.getStyleClass().add("accent");
        print.setDefaultButton(true);
        Button close = button(new Button(), "preview-close", "print.close", "print.close.accessible");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(sending.node(), save, printer, print, close);
        buttons.getStyleClass().add("preview-buttons");
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(status, buttons);
        bar.getStyleClass().add("preview-footer");
        return bar;
    }

    private Button button(Button b, String id, String key, String accessibleKey) {
        b.setText(text.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(text.get(accessibleKey));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static <N extends Region> N styled(N node, String id, String styleClass) {
        if (id != null) {
            node.setId(id);
        }
        node.getStyleClass().add(styleClass);
        return node;
    }

    // ---------------------------------------------------------------- what the window shows

    public Stage stage() {
        return stage;
    }

    /** The PDF being shown, once made. */
    public Optional<Rendered> rendered() {
        return model.rendered();
    }

    /** Whether every page of the current PDF has its place, those in view are drawn, and nothing is under way. */
    public boolean ready() {
        return model.rendered().map(pages::complete).orElse(false) && model.sending().get().isEmpty();
    }

    /** The numbers (from 1) of the pages that hold a picture now. */
    public List<Integer> pagesDrawn() {
        return pages.drawn();
    }

    /** The name Save PDF suggests. */
    public String fileName() {
        return model.fileName();
    }

    /** Scrolls the pages: 0 the top, 1 the end. */
    public void scrollTo(double vvalue) {
        pages.scrollTo(vvalue);
    }
}
