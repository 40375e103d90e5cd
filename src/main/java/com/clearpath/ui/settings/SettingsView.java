package com.clearpath.ui.settings;

import com.clearpath.app.DataPaths;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.ui.common.MainView;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.ViewHeader;
import com.clearpath.ui.records.RecordWords;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Settings": which version is running and where its data lives, for the person who sets up backups or calls
 * support. Paths are in read-only fields so they can be selected and copied.
 */
public final class SettingsView implements MainView {
    private final VBox root = new VBox();
    private final Messages text;
    private final TextField schema = new TextField();
    private final Label problem = new Label();
    private final List<MainView> cards;

    public SettingsView(Messages text, String version, DataPaths paths, ObservableValue<DatabaseStatus> status,
                        Consumer<Path> openFolder, List<MainView> cards) {
        this.text = text;
        this.cards = List.copyOf(cards);
        root.getStyleClass().addAll("view", "settings-view");
        root.setId("view-settings");

        GridPane about = SettingsForm.grid();
        row(about, 0, text.get("settings.version"), field("settings-version", version, text.get("settings.version")));

        GridPane storage = SettingsForm.grid();
        Button open = new Button(text.get("settings.openFolder"));
        open.setId("settings-open-folder");
        open.setAccessibleText(text.get("settings.openFolder.accessible"));
        open.setOnAction(e -> openFolder.accept(paths.folder()));
        open.setMinWidth(Region.USE_PREF_SIZE);
        TextField folderField = field("settings-data-folder", paths.folder().toString(),
                text.get("settings.dataFolder"));
        HBox folderRow = new HBox(folderField, open);
        folderRow.getStyleClass().add("settings-folder-row");
        HBox.setHgrow(folderField, Priority.ALWAYS);
        row(storage, 0, text.get("settings.dataFolder"), folderField, folderRow);
        row(storage, 1, text.get("settings.database"),
                field("settings-database", paths.database().toString(), text.get("settings.database")));
        schema.setId("settings-schema");
        readOnly(schema, text.get("settings.schema"));
        row(storage, 2, text.get("settings.schema"), schema);
        row(storage, 3, text.get("settings.logs"),
                field("settings-logs", paths.logs().toString(), text.get("settings.logs")));

        problem.setId("settings-database-problem");
        problem.getStyleClass().add("settings-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.managedProperty().bind(problem.visibleProperty());
        VBox sections = new VBox(section(text.get("settings.section.about"), about),
                section(text.get("settings.section.storage"), storage, problem));
        cards.forEach(card -> sections.getChildren().add(card.node()));
        sections.getStyleClass().add("settings-sections");
        ScrollPane scroller = new ScrollPane(sections);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("view-scroller");
        scroller.setAccessibleText(text.get("settings.title"));
        VBox.setVgrow(scroller, Priority.ALWAYS);

        showSchema(status.getValue());
        status.addListener((o, was, now) -> showSchema(now));

        root.getChildren().addAll(ViewHeader.create(text.get("settings.title"), text.get("settings.subtitle")),
                scroller);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        cards.forEach(MainView::shown);
    }

    private void showSchema(DatabaseStatus status) {
        String value;
        if (status instanceof DatabaseStatus.Ready ready) {
            value = ready.schemaVersion() == DatabaseStatus.latestSchemaVersion()
                    ? text.format("settings.schema.current", ready.schemaVersion())
                    : text.format("settings.schema.other", ready.schemaVersion(), DatabaseStatus.latestSchemaVersion());
        } else if (status instanceof DatabaseStatus.Unavailable) {
            value = text.get("settings.schema.unavailable");
        } else {
            value = text.get("settings.schema.opening");
        }
        schema.setText(value);
        if (status instanceof DatabaseStatus.Unavailable unavailable) {
            problem.setText(text.format("settings.databaseProblem", RecordWords.failure(text, unavailable.failure())));
            problem.setVisible(true);
        } else {
            problem.setText("");
            problem.setVisible(false);
        }
    }


    private static void row(GridPane grid, int row, String name, TextField field) {
        row(grid, row, name, field, field);
    }

    private static void row(GridPane grid, int row, String name, TextField field, Node cell) {
        Label label = new Label(name);
        label.getStyleClass().add("settings-label");
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
    }

    private static TextField field(String id, String value, String accessibleName) {
        TextField field = new TextField(value);
        field.setId(id);
        readOnly(field, accessibleName);
        return field;
    }

    private static void readOnly(TextField field, String accessibleName) {
        field.setEditable(false);
        field.setAccessibleText(accessibleName);
        field.getStyleClass().add("read-only-value");
        field.setMaxWidth(Double.MAX_VALUE);
    }

    private static Node section(String title, Node... body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("settings-section-title");
        VBox card = new VBox(heading);
        card.getChildren().addAll(body);
        card.getStyleClass().add("settings-card");
        return card;
    }
}
