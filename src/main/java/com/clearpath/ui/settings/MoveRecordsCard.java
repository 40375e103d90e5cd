package com.clearpath.ui.settings;

import com.clearpath.app.DatabaseStatus;
import com.clearpath.domain.Problem;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.engine.CatalogException;
import com.clearpath.exchange.ExportJson;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.BusyIndicator;
import com.clearpath.ui.common.Dialogs;
import com.clearpath.ui.common.MainView;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import com.clearpath.ui.records.Records;
import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Settings → Move records: export every consultation to a {@value ExportJson#FORMAT} file, and import one. An import
 * is checked completely first; a file with any problem imports nothing and lists every problem with its place in
 * the file. Both run in the background with a spinner, so the window stays usable.
 */
public final class MoveRecordsCard implements MainView {
    private static final Logger LOG = Logger.getLogger(MoveRecordsCard.class.getName());

    private final Messages text;
    private final BackgroundTasks tasks;
    private final Records records;
    private final Dialogs dialogs;
    private final Consumer<String> notice;
    private final VBox root = new VBox();
    private final Button export = new Button();
    private final Button importButton = new Button();
    private final BusyIndicator busy = new BusyIndicator("transfer-busy");
    private final OutcomeLine result = new OutcomeLine("transfer-result");

    public MoveRecordsCard(Messages text, BackgroundTasks tasks, Records records, Dialogs dialogs,
                           Consumer<String> notice) {
        this.text = text;
        this.tasks = tasks;
        this.records = records;
        this.dialogs = dialogs;
        this.notice = notice;

        Label title = new Label(text.get("settings.transfer.title"));
        title.getStyleClass().add("settings-section-title");
        Label about = new Label(text.get("settings.transfer.about"));
        about.getStyleClass().add("settings-about");
        about.setWrapText(true);

        export.setText(text.get("settings.transfer.export"));
        export.setId("transfer-export");
        export.setAccessibleText(text.get("settings.transfer.export.accessible"));
        export.setOnAction(e -> chooseExportFile());
        importButton.setText(text.get("settings.transfer.import"));
        importButton.setId("transfer-import");
        importButton.setAccessibleText(text.get("settings.transfer.import.accessible"));
        importButton.setOnAction(e -> chooseImportFile());
        HBox buttons = new HBox(export, importButton, busy.node());
        buttons.getStyleClass().add("settings-buttons");


        root.getChildren().addAll(title, about, buttons, result);
        root.getStyleClass().add("settings-card");
        root.setId("settings-transfer");
        records.status().addListener((o, was, now) -> enable());
        enable();
    }

    @Override
    public Node node() {
        return root;
    }

    /** The file dialog only picks a name; everything after it is {@link #exportTo}. */
    public void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("settings.transfer.export.chooser"));
        chooser.setInitialFileName("clearpath-export-" + records.today() + ".json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("settings.transfer.fileType"), "*.json",
                "*.zip"));
        File file = chooser.showSaveDialog(dialogs.owner());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    public void chooseImportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("settings.transfer.import.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("settings.transfer.fileType"), "*.json",
                "*.zip"));
        File file = chooser.showOpenDialog(dialogs.owner());
        if (file != null) {
            importFrom(file.toPath());
        }
    }

    public void exportTo(Path file) {
        begin(text.get("settings.transfer.exporting"));
        tasks.run(() -> records.export(file), done -> {
            end();
            String message = done.archive()
                    ? text.format("settings.transfer.exportedArchive", done.consultations(), done.photos(),
                    file.getFileName())
                    : text.format("settings.transfer.exported", done.consultations(), file.getFileName());
            show(message, false);
            notice.accept(message);
        }, error -> {
            end();
            show(text.format("settings.transfer.exportFailed", describe(error)), true);
        });
    }

    /** Checks the whole file, then imports all of it or (if anything is wrong) nothing, listing the problems. */
    public void importFrom(Path file) {
        begin(text.get("settings.transfer.checking"));
        tasks.run(() -> records.readImport(file), read -> {
            if (!read.valid()) {
                end();
                LOG.info("Import refused: " + read.problems().size() + " problems in " + file.getFileName());
                show(text.format("settings.transfer.refused", read.problems().size()), true);
                showProblems(file, read.problems());
                return;
            }
            busy.start(text.get("settings.transfer.importing"));
            tasks.run(() -> records.importFile(file), r -> {
                end();
                String message = read.count() == 0 ? text.get("settings.transfer.empty")
                        : text.format("settings.transfer.imported", r.added(), r.alreadyPresent(), r.clientsCreated())
                        + (r.photosAdded() + r.sessionsAdded() == 0 ? "" : text.format("settings.transfer.importedPhotos",
                        r.photosAdded(), r.sessionsAdded()))
                        + (r.plansRecomputed() == 0 ? "" : text.format("settings.transfer.plansRecomputed",
                        r.plansRecomputed()));
                show(message, false);
                notice.accept(message);
            }, error -> {
                end();
                show(text.format("settings.transfer.importFailed", describe(error)), true);
            });
        }, error -> {
            end();
            show(text.format("settings.transfer.importFailed", describe(error)), true);
        });
    }

    /** Every problem, with where it is in the file, in a list that scrolls; nothing was imported. */
    private Alert showProblems(Path file, List<Problem> problems) {
        Alert alert = dialogs.create(Alert.AlertType.WARNING, "import-problems",
                text.get("settings.transfer.problems.heading"),
                text.format("settings.transfer.problems.body", file.getFileName(), problems.size()),
                List.of(ButtonType.CLOSE));
        // Wrapped lines in a scrolling box: long messages (a list of the codes expected) stay whole.
        VBox lines = new VBox();
        lines.setId("import-problems");
        lines.getStyleClass().add("import-problems-list");
        for (Problem p : problems) {
            String message = text.problems().message(p);
            Label line = new Label(p.path().isEmpty() ? message : p.path() + " \u2014 " + message);
            line.setWrapText(true);
            line.getStyleClass().add("import-problem");
            lines.getChildren().add(line);
        }
        ScrollPane list = new ScrollPane(lines);
        list.setFitToWidth(true);
        list.setPrefHeight(220);
        list.setAccessibleText(text.get("settings.transfer.problems.list"));
        list.getStyleClass().add("import-problems-scroller");
        Label intro = new Label(text.format("settings.transfer.problems.body", file.getFileName(), problems.size()));
        intro.setWrapText(true);
        intro.getStyleClass().add("dialog-body");
        VBox content = new VBox(intro, list);
        content.getStyleClass().add("dialog-content");
        VBox.setVgrow(list, Priority.ALWAYS);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    private void begin(String what) {
        busy.start(what);
        result.clear();
        enable();
    }

    private void end() {
        busy.stop();
        enable();
    }

    private void enable() {
        boolean off = busy.busy() || !(records.status().get() instanceof DatabaseStatus.Ready);
        export.setDisable(off);
        importButton.setDisable(off);
    }

    private void show(String message, boolean problem) {
        result.show(message, problem);
    }

    private String describe(Exception error) {
        if (error instanceof RecordsFailure failure) {
            return RecordWords.failure(text, failure);
        }
        if (error instanceof CatalogException c) {
            String problems = c.problems().stream().map(text.problems()::line).collect(Collectors.joining("; "));
            return text.format("settings.transfer.catalogProblem", c.source() + ": " + problems);
        }
        if (error instanceof NoSuchFileException missing) {
            return text.format("settings.transfer.noFile", Path.of(missing.getFile()).getFileName());
        }
        if (error instanceof IOException) {
            // The path is the user's choice and may say whose records these are: the log gets the kind only.
            LOG.warning("Export or import could not use its file: " + error.getClass().getSimpleName());
            return text.format("settings.transfer.fileProblem", error.getMessage());
        }
        LOG.log(Level.WARNING, "Export or import failed", error);
        return text.get("settings.unexpected");
    }
}
