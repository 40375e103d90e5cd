package com.clearpath.ui.settings;

import javafx.scene.control.Label;

/** The line under a Settings card's buttons saying how the last action went; hidden until there is something to say. */
final class OutcomeLine extends Label {
    OutcomeLine(String id) {
        setId(id);
        getStyleClass().add("settings-result");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    void show(String message, boolean problem) {
        setText(message);
        getStyleClass().remove("settings-problem");
        if (problem) {
            getStyleClass().add("settings-problem");
        }
        setVisible(true);
    }

    void clear() {
        setVisible(false);
    }
}
