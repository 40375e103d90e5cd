package com.clearpath.ui.consent;

import com.clearpath.app.ConsultationDocuments;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.documents.DocumentFiles;
import com.clearpath.ui.documents.DocumentPreviews;
import com.clearpath.ui.documents.Documents;
import com.clearpath.ui.records.RecordWords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A signed consent's document, opened intact: its pages, printed or saved as a handout is, each noted in the
 * consultation's history. Only a document whose SHA-256 matched the records is ever given to it.
 */
final class ConsentPreview {
    private final Stage stage = new Stage();
    private final Messages text;
    private final BackgroundTasks tasks;
    private final Documents documents;
    private final ConsentStanding standing;
    private final byte[] pdf;
    private final String fileName;
    private final Consumer<String> notice;
    private final VBox pages = new VBox(16);
    private final Label result = new Label();
    private final Button print = new Button();
    private final Button save = new Button();

    private ConsentPreview(Window owner, String stylesheet, Messages text, BackgroundTasks tasks, Documents documents,
                           ConsentStanding standing, byte[] pdf, String fileName, Consumer<String> notice) {
        this.text = text;
        this.tasks = tasks;
        this.documents = documents;
        this.standing = standing;
        this.pdf = pdf.clone();
        this.fileName = fileName;
        this.notice = notice;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.NONE);
        }
        stage.setTitle(text.format("clients.consent.preview.window", standing.consent().clientName()));
        pages.setAlignment(Pos.TOP_CENTER);
        pages.getStyleClass().add("preview-pages");
        pages.setId("consent-preview-pages");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        print.setText(text.get("clients.consent.preview.print"));
        print.setId("consent-preview-print");
        print.getStyleClass().add("accent");
        print.setOnAction(e -> print());
        save.setText(text.get("clients.consent.preview.save"));
        save.setId("consent-preview-save");
        save.setOnAction(e -> save());
        Button close = new Button(text.get("clients.consent.preview.close"));
        close.setId("consent-preview-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        result.setId("consent-preview-result");
        result.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, result, gap, save, print, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("preview-bar");
        BorderPane root = new BorderPane(scroll);
        root.setBottom(bar);
        Scene scene = new Scene(root, 900, 760);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        scene.getStylesheets().add(DocumentPreviews.STYLESHEET);
        stage.setScene(scene);
    }

    /** Shows the document's pages over {@code owner}, drawn in the background. */
    static Stage open(Window owner, String stylesheet, Messages text, BackgroundTasks tasks, Documents documents,
                      ConsentStanding standing, byte[] pdf, String fileName, Consumer<String> notice) {
        ConsentPreview preview = new ConsentPreview(owner, stylesheet, text, tasks, documents, standing, pdf, fileName,
                notice);
        preview.draw();
        preview.stage.show();
        return preview.stage;
    }

    private void draw() {
        tasks.run(() -> {
            List<WritableImage> drawn = new ArrayList<>();
            int count = Documents.pages(pdf);
            for (int i = 0; i < count; i++) {
                drawn.add(Documents.page(pdf, i));
            }
            return drawn;
        }, drawn -> {
            for (WritableImage page : drawn) {
                ImageView view = new ImageView(page);
                view.getStyleClass().add("preview-page");
                pages.getChildren().add(view);
            }
        }, error -> result.setText(text.format("clients.consent.preview.failed", RecordWords.failure(text, error))));
    }

    private void print() {
        print.setDisable(true);
        tasks.run(() -> documents.app().printConsent(standing.consent(), pdf, documents.chosenPrinter(),
                documents.chosenCopies()), printed -> {
                    print.setDisable(false);
                    String said = text.format("clients.consent.preview.printed", printed.printer());
                    result.setText(said);
                    notice.accept(said);
                }, error -> {
                    print.setDisable(false);
                    result.setText(error instanceof ConsultationDocuments.NoPrinter
                            ? text.get("clients.consent.preview.noPrinter")
                            : text.format("clients.consent.preview.failed", RecordWords.failure(text, error)));
                });
    }

    private void save() {
        DocumentFiles.choosePdf(text, stage, fileName).ifPresent(file -> tasks.run(
                () -> documents.app().saveConsent(standing.consent(), pdf, file, true), saved -> {
                    String said = text.format("clients.consent.preview.saved", saved.file().getFileName());
                    result.setText(said);
                    notice.accept(said);
                }, error -> result.setText(text.format("clients.consent.preview.failed",
                        RecordWords.failure(text, error)))));
    }
}
