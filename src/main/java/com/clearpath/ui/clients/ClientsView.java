package com.clearpath.ui.clients;

import com.clearpath.ui.common.MainView;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.ViewHeader;
import com.clearpath.ui.shell.MainWindow;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/** "Clients": search and the list of saved consultations. Until one is saved, an empty state pointing to the start. */
public final class ClientsView implements MainView {
    private final VBox root = new VBox();
    private final TextField search = new TextField();
    private final Button start = new Button();

    public ClientsView(Messages text, Runnable startConsultation) {
        root.getStyleClass().addAll("view", "clients-view");
        root.setId("view-clients");

        search.setId("clients-search");
        search.setPromptText(text.get("clients.search.prompt"));
        search.setAccessibleText(text.get("clients.search.accessible"));
        // Nothing to search until the first consultation is saved.
        search.setDisable(true);
        search.getStyleClass().add("clients-search");

        SVGPath icon = new SVGPath();
        icon.setContent("M4 6 H14 L17 9 H28 V26 H4 Z M10 17 H22");
        icon.getStyleClass().add("empty-state-icon");
        StackPane iconTile = new StackPane(icon);
        iconTile.getStyleClass().add("empty-state-tile");
        Label heading = new Label(text.get("clients.empty.heading"));
        heading.getStyleClass().add("empty-state-heading");
        heading.setId("clients-empty-heading");
        Label body = new Label(text.get("clients.empty.body"));
        body.getStyleClass().add("empty-state-body");
        body.setWrapText(true);
        start.setText(text.get("clients.empty.start"));
        start.setId("clients-start-consultation");
        start.setAccessibleText(text.get("clients.empty.start.accessible"));
        start.getStyleClass().add("accent");
        start.setOnAction(e -> startConsultation.run());
        Label shortcut = new Label(text.format("clients.empty.shortcut",
                MainWindow.NEW_CONSULTATION.getDisplayText()));
        shortcut.getStyleClass().add("empty-state-shortcut");

        VBox empty = new VBox(iconTile, heading, body, start, shortcut);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("empty-state");
        empty.setFillWidth(false);
        VBox.setVgrow(empty, Priority.ALWAYS);

        root.getChildren().addAll(ViewHeader.create(text.get("clients.title"), text.get("clients.subtitle")),
                search, empty);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        start.requestFocus();
    }
}
