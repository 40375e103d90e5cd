package com.clearpath.ui.settings;

import com.clearpath.app.Backup;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.BusyIndicator;
import com.clearpath.ui.common.Dialogs;
import com.clearpath.ui.common.MainView;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import com.clearpath.ui.records.Records;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Settings → Backups: the copies in {@code backups/}, "Back up now", and restoring one. Restoring asks first and
 * says that the current database is kept aside, then shows where.
 */
public final class BackupsCard implements MainView {
    private static final Logger LOG = Logger.getLogger(BackupsCard.class.getName());
    private static final double ROW = 34;

    private final Messages text;
    private final RecordWords words;
    private final BackgroundTasks tasks;
    private final Records records;
    private final Dialogs dialogs;
    private final Consumer<String> notice;
    private final VBox root = new VBox();
    private final ListView<Backup> list = new ListView<>();
    private final Label listPlaceholder = new Label();
    private final Button backUp = new Button();
    private final Button restore = new Button();
    private final BusyIndicator busy = new BusyIndicator("backups-busy");
    private final OutcomeLine result = new OutcomeLine("backups-result");
    private final TextField keptAt = new TextField();

    public BackupsCard(Messages text, RecordWords words, BackgroundTasks tasks, Records records, Dialogs dialogs,
                       Consumer<String> notice) {
        this.text = text;
        this.words = words;
        this.tasks = tasks;
        this.records = records;
        this.dialogs = dialogs;
        this.notice = notice;

        Label title = new Label(text.get("settings.backups.title"));
        title.getStyleClass().add("settings-section-title");
        Label about = new Label(text.format("settings.backups.about", Backup.KEPT));
        about.getStyleClass().add("settings-about");
        about.setWrapText(true);

        list.setId("backups-list");
        list.setAccessibleText(text.get("settings.backups.list"));
        list.getStyleClass().add("backups-list");
        list.setFixedCellSize(ROW);
        // As tall as the backups it lists (up to five rows, then it scrolls).
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(2, Math.min(5, list.getItems().size())) * ROW + 2, list.getItems()));
        listPlaceholder.setText(text.get("settings.backups.none"));
        listPlaceholder.setWrapText(true);
        list.setPlaceholder(listPlaceholder);
        list.setCellFactory(v -> new BackupCell());

        backUp.setText(text.get("settings.backups.now"));
        backUp.setId("backups-now");
        backUp.setAccessibleText(text.get("settings.backups.now.accessible"));
        backUp.setOnAction(e -> backUpNow());
        restore.setText(text.get("settings.backups.restore"));
        restore.setId("backups-restore");
        restore.setAccessibleText(text.get("settings.backups.restore.accessible"));
        restore.setOnAction(e -> confirmRestore());
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        HBox buttons = new HBox(backUp, restore, busy.node());
        buttons.getStyleClass().add("settings-buttons");

        keptAt.setId("backups-kept-at");
        keptAt.setEditable(false);
        keptAt.setAccessibleText(text.get("settings.backups.keptAt"));
        keptAt.getStyleClass().add("read-only-value");
        keptAt.managedProperty().bind(keptAt.visibleProperty());
        keptAt.setVisible(false);

        root.getChildren().addAll(title, about, list, buttons, result, keptAt);
        root.getStyleClass().add("settings-card");
        root.setId("settings-backups");
        records.status().addListener((o, was, now) -> {
            boolean ready = now instanceof DatabaseStatus.Ready;
            backUp.setDisable(!ready || busy.busy());
            if (!(now instanceof DatabaseStatus.Opening)) {
                reload();
            }
        });
        backUp.setDisable(!records.ready());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        reload();
    }

    /** The list as it is on disk now, newest first and selected. */
    public void reload() {
        tasks.run(records::backups, backups -> {
            Backup selected = list.getSelectionModel().getSelectedItem();
            list.getItems().setAll(backups);
            int keep = selected == null ? -1 : backups.indexOf(selected);
            list.getSelectionModel().select(Math.max(keep, 0));
            listPlaceholder.setText(text.get("settings.backups.none"));
        }, error -> {
            list.getItems().clear();
            listPlaceholder.setText(text.format("settings.backups.listError", describe(error)));
        });
    }

    public void backUpNow() {
        begin(text.get("settings.backups.working"));
        tasks.run(records::backupNow, made -> {
            end();
            String message = text.format("settings.backups.made", words.dateTime(made.backup().madeAt()));
            boolean photosLeft = !made.photosNotCarried().isEmpty();
            if (photosLeft) {
                message += " " + words.photosNotCarried(made.photosNotCarried());
            }
            show(message, photosLeft);
            notice.accept(message);
            reload();
        }, error -> {
            end();
            show(text.format("settings.backups.failed", describe(error)), true);
        });
    }

    /** Asks before restoring the selected backup; returns the question (shown) so tests can answer it. */
    public Alert confirmRestore() {
        Backup backup = list.getSelectionModel().getSelectedItem();
        if (backup == null) {
            return null;
        }
        ButtonType go = new ButtonType(text.get("settings.backups.confirm.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("settings.backups.confirm.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = dialogs.create(Alert.AlertType.CONFIRMATION, "restore-confirmation",
                text.format("settings.backups.confirm.heading", words.dateTime(backup.madeAt())),
                text.format("settings.backups.confirm.body", words.dateTime(backup.madeAt()),
                        records.paths().database().getFileName()), List.of(go, cancel));
        // A slip of Enter must not replace the records: the safe answer is the default.
        ((Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.setOnHidden(e -> {
            if (alert.getResult() == go) {
                restore(backup);
            }
        });
        alert.show();
        return alert;
    }

    private void restore(Backup backup) {
        begin(text.get("settings.backups.restoring"));
        records.restore(backup, done -> {
            end();
            Path aside = done.keptAside();
            boolean photosLeft = !done.photosNotBroughtBack().isEmpty();
            String photos = photosLeft ? " " + words.photosNotBroughtBack(done.photosNotBroughtBack()) : "";
            // The line ends by pointing at the field below it, so what is missing is said before that.
            show(photosLeft ? text.format("settings.backups.restored.notice", words.dateTime(backup.madeAt())) + photos
                    + " " + text.get("settings.backups.replacedKeptAt")
                    : text.format("settings.backups.restored", words.dateTime(backup.madeAt())), photosLeft);
            keptAt.setText(aside.toString());
            keptAt.setVisible(true);
            notice.accept(text.format("settings.backups.restored.notice", words.dateTime(backup.madeAt())) + photos);
            LOG.info("Restored " + backup.file().getFileName() + "; replaced database kept as " + aside.getFileName());
        }, error -> {
            end();
            show(text.format("settings.backups.restoreFailed", describe(error)), true);
        });
    }

    private void begin(String what) {
        busy.start(what);
        backUp.setDisable(true);
        restore.disableProperty().unbind();
        restore.setDisable(true);
        result.clear();
        keptAt.setVisible(false);
    }

    private void end() {
        busy.stop();
        backUp.setDisable(!records.ready());
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    }

    private void show(String message, boolean problem) {
        result.show(message, problem);
    }

    private String describe(Exception error) {
        if (error instanceof RecordsFailure failure) {
            return words.failure(failure);
        }
        LOG.log(Level.WARNING, "Backup work failed", error);
        return text.get("settings.unexpected");
    }

    /** "Sun 22 Nov 2026, 10:15" and the size. */
    private final class BackupCell extends ListCell<Backup> {
        private final Label when = new Label();
        private final Label size = new Label();
        private final HBox box = new HBox(when, size);

        BackupCell() {
            when.getStyleClass().add("backup-when");
            size.getStyleClass().add("backup-size");
            HBox.setHgrow(when, Priority.ALWAYS);
            when.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("backup-row");
        }

        @Override
        protected void updateItem(Backup b, boolean empty) {
            super.updateItem(b, empty);
            if (empty || b == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            when.setText(words.dateTime(b.madeAt()));
            size.setText(words.size(b.bytes()));
            setGraphic(box);
            setAccessibleText(when.getText() + ", " + size.getText());
        }
    }
}
