package com.clearpath.ui.settings;

import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditCheck;
import com.clearpath.domain.AuditEvent;
import com.clearpath.ui.common.Dialogs;
import com.clearpath.ui.common.MainView;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * Settings → Audit trail: the entries, newest first and a page at a time, filtered by action, user and days; checking
 * the chain; and exporting it as CSV for the admin. The words of each entry are made here from its codes.
 */
public final class AuditCard implements MainView {
    private final Messages text;
    private final RecordWords words;
    private final AuditLog log;
    private final ZoneId zone;
    private final Dialogs dialogs;
    private final Consumer<String> notice;
    private final VBox root = new VBox();
    private final ListView<AuditEvent> list = new ListView<>();
    private final Label placeholder = new Label();
    private final OutcomeLine result = new OutcomeLine("audit-result");

    public AuditCard(Messages text, RecordWords words, AuditLog log, ZoneId zone, Dialogs dialogs,
                     Consumer<String> notice) {
        this.text = text;
        this.words = words;
        this.log = log;
        this.zone = zone;
        this.dialogs = dialogs;
        this.notice = notice;

        Label title = new Label(text.get("settings.audit.title"));
        title.getStyleClass().add("settings-section-title");
        Label about = new Label(text.get("settings.audit.about"));
        about.getStyleClass().add("settings-about");
        about.setWrapText(true);

        ComboBox<AuditAction> action = new ComboBox<>();
        action.setId("audit-action");
        action.setAccessibleText(text.get("settings.audit.filter.action"));
        action.getItems().add(null);
        action.getItems().addAll(AuditLog.actions());
        action.setConverter(new StringConverter<>() {
            @Override
            public String toString(AuditAction a) {
                return a == null ? text.get("settings.audit.filter.anyAction") : text.get("audit.action." + a.name());
            }

            @Override
            public AuditAction fromString(String s) {
                return null;
            }
        });
        action.setButtonCell(new ActionCell());
        action.setCellFactory(v -> new ActionCell());
        action.valueProperty().bindBidirectional(log.actionProperty());
        TextField actor = new TextField();
        actor.setId("audit-actor");
        actor.setPromptText(text.get("settings.audit.filter.actor"));
        actor.setAccessibleText(text.get("settings.audit.filter.actor"));
        actor.textProperty().bindBidirectional(log.actorProperty());
        DatePicker from = datePicker("audit-from", text.get("settings.audit.filter.from"));
        from.valueProperty().bindBidirectional(log.fromProperty());
        DatePicker to = datePicker("audit-to", text.get("settings.audit.filter.to"));
        to.valueProperty().bindBidirectional(log.toProperty());
        Button show = new Button(text.get("settings.audit.show"));
        show.setId("audit-show");
        show.setAccessibleText(text.get("settings.audit.show.accessible"));
        show.setOnAction(e -> log.load());
        actor.setOnAction(e -> log.load());
        FlowPane filters = new FlowPane(action, actor, from, to, show);
        filters.getStyleClass().add("settings-buttons");
        filters.setHgap(8);
        filters.setVgap(8);

        list.setId("audit-list");
        list.setAccessibleText(text.get("settings.audit.list"));
        list.setPrefHeight(300);
        placeholder.setText(text.get("settings.audit.none"));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setItems(log.events());
        list.setCellFactory(v -> new EventCell());

        Button newer = new Button(text.get("settings.audit.newer"));
        newer.setId("audit-newer");
        newer.setAccessibleText(text.get("settings.audit.newer.accessible"));
        newer.disableProperty().bind(log.offsetProperty().isEqualTo(0).or(log.busyProperty()));
        newer.setOnAction(e -> log.newerPage());
        Button older = new Button(text.get("settings.audit.older"));
        older.setId("audit-older");
        older.setAccessibleText(text.get("settings.audit.older.accessible"));
        older.disableProperty().bind(log.olderProperty().not().or(log.busyProperty()));
        older.setOnAction(e -> log.olderPage());
        Button check = new Button(text.get("settings.audit.check"));
        check.setId("audit-check");
        check.setAccessibleText(text.get("settings.audit.check.accessible"));
        check.disableProperty().bind(log.busyProperty());
        check.setOnAction(e -> {
            result.show(text.get("settings.audit.checking"), false);
            log.checkTrail();
        });
        Button export = new Button(text.get("settings.audit.export"));
        export.setId("audit-export");
        export.setAccessibleText(text.get("settings.audit.export.accessible"));
        export.disableProperty().bind(log.busyProperty());
        export.setOnAction(e -> chooseExportFile());
        HBox buttons = new HBox(newer, older, check, export);
        buttons.getStyleClass().add("settings-buttons");

        log.checkProperty().addListener((o, was, now) -> {
            if (now != null) {
                result.show(verdict(now), !now.isIntact());
            }
        });
        log.failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                result.show(text.format("settings.audit.failed", describe(now)), true);
            }
        });

        root.getChildren().addAll(title, about, filters, list, buttons, result);
        root.getStyleClass().add("settings-card");
        root.setId("settings-audit");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        log.load();
    }

    /** The file dialog only picks a name; everything after it is {@link #exportTo}. */
    public void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("settings.audit.export.chooser"));
        chooser.setInitialFileName("clearpath-audit-" + LocalDate.now(zone) + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("settings.audit.fileType"),
                "*.csv"));
        File file = chooser.showSaveDialog(dialogs.owner());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    public void exportTo(Path file) {
        result.show(text.get("settings.audit.exporting"), false);
        log.exportTo(file, rows -> {
            String message = text.format("settings.audit.exported", rows, file.getFileName());
            result.show(message, false);
            notice.accept(message);
        });
    }

    /** Intact, or the first broken entry said plainly. */
    String verdict(AuditCheck check) {
        if (check.isIntact()) {
            return text.format("settings.audit.intact", check.checked());
        }
        return text.format("settings.audit.broken." + check.kind().name(), check.brokenAt().getAsLong(),
                check.checked());
    }

    /** One entry in words: when, who on which computer, what, and of which thing. */
    String line(AuditEvent e) {
        String when = words.dateTime(LocalDateTime.ofInstant(e.at(), zone));
        String what = text.get("audit.action." + e.action().name());
        if (e.subjectId().isEmpty()) {
            return text.format("settings.audit.row", when, e.actor(), e.workstation(), what);
        }
        // A short id is enough to tell entries apart on screen; the CSV carries it whole.
        String id = e.subjectId().length() > 8 ? e.subjectId().substring(0, 8) : e.subjectId();
        return text.format("settings.audit.row.subject", when, e.actor(), e.workstation(), what,
                text.get("audit.subject." + e.subject().name()), id);
    }

    private String describe(Exception error) {
        return RecordWords.failure(text, error);
    }

    private static DatePicker datePicker(String id, String name) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(name);
        picker.setAccessibleText(name);
        picker.setPrefWidth(150);
        return picker;
    }

    private final class ActionCell extends ListCell<AuditAction> {
        @Override
        protected void updateItem(AuditAction a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty ? null : a == null ? text.get("settings.audit.filter.anyAction")
                    : text.get("audit.action." + a.name()));
        }
    }

    private final class EventCell extends ListCell<AuditEvent> {
        @Override
        protected void updateItem(AuditEvent e, boolean empty) {
            super.updateItem(e, empty);
            setText(empty || e == null ? null : line(e));
        }
    }
}
