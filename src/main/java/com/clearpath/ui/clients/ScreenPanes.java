package com.clearpath.ui.clients;

import com.clearpath.ui.common.Messages;
import com.clearpath.ui.shell.MainWindow;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/** What the Clients screen shows instead of the records: the first-run invitation, or why there are none to show. */
final class ScreenPanes {
    private final Node firstRun;
    private final Button start = new Button();
    private final VBox message = new VBox();
    private final Label messageHeading = new Label();
    private final Label messageBody = new Label();

    ScreenPanes(Messages text, Runnable startConsultation) {
        SVGPath icon = new SVGPath();
        icon.setContent("M4 6 H14 L17 9 H28 V26 H4 Z M10 17 H22");
        icon.getStyleClass().add("empty-state-icon");
        StackPane iconTile = new StackPane(icon);
        iconTile.getStyleClass().add("empty-state-tile");
        Label heading = new Label(text.get("clients.empty.heading"));
        heading.getStyleClass().add("empty-state-heading");
        heading.setId("clients-empty-heading");
        Label bodyText = new Label(text.get("clients.empty.body"));
        bodyText.getStyleClass().add("empty-state-body");
        bodyText.setWrapText(true);
        start.setText(text.get("clients.empty.start"));
        start.setId("clients-start-consultation");
        start.setAccessibleText(text.get("clients.empty.start.accessible"));
        start.getStyleClass().add("accent");
        start.setOnAction(e -> startConsultation.run());
        Label shortcut = new Label(text.format("clients.empty.shortcut",
                MainWindow.NEW_CONSULTATION.getDisplayText()));
        shortcut.getStyleClass().add("empty-state-shortcut");
        VBox empty = new VBox(iconTile, heading, bodyText, start, shortcut);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("empty-state");
        empty.setFillWidth(false);
        firstRun = empty;

        message.getChildren().addAll(messageHeading, messageBody);
        message.getStyleClass().addAll("empty-state", "clients-message");
        message.setAlignment(Pos.CENTER);
        message.setFillWidth(false);
        messageHeading.setId("clients-message-heading");
        messageHeading.getStyleClass().add("empty-state-heading");
        messageBody.setId("clients-message-body");
        messageBody.getStyleClass().add("empty-state-body");
        messageBody.setWrapText(true);
    }

    /** Nothing recorded yet: an invitation to the first consultation. */
    Node firstRun() {
        return firstRun;
    }

    void focusStart() {
        start.requestFocus();
    }

    /** The message pane, saying {@code heading} and {@code body}. */
    Node message(String heading, String body) {
        messageHeading.setText(heading);
        messageBody.setText(body);
        return message;
    }
}
