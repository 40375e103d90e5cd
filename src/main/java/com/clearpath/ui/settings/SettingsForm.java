package com.clearpath.ui.settings;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The pieces every Settings card's form is made of: a label column and a value column, fields with their problem. */
final class SettingsForm {
    private SettingsForm() {
    }

    /** Labels as wide as the longest, values taking the rest. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.LEFT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }

    /** An input with the line that names its problem under it. */
    static VBox field(Node input, Label problem) {
        VBox box = new VBox(input, problem);
        box.getStyleClass().add("clinic-field");
        return box;
    }

    /** A field's problem line: hidden, and taking no room, until there is something to say. */
    static Label problemLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-problem");
        l.setWrapText(true);
        l.managedProperty().bind(l.visibleProperty());
        l.setVisible(false);
        return l;
    }

    /**
     * A row of an editable form: the label, lined up with the first line of text in the field beside it, names
     * {@code labelFor}; with {@code mnemonic}, Alt and its underlined letter go there.
     */
    static void row(GridPane grid, int row, String label, boolean mnemonic, Node labelFor, Node cell) {
        Label l = new Label(label);
        l.getStyleClass().add("settings-label");
        l.setMnemonicParsing(mnemonic);
        l.setLabelFor(labelFor);
        GridPane.setValignment(l, VPos.TOP);
        l.setPadding(new Insets(6, 0, 0, 0));
        grid.add(l, 0, row);
        grid.add(cell, 1, row);
    }
}
