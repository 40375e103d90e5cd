package com.clearpath.ui.common;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The title block at the top of a main view: a heading, one line of context, and room for actions on the right. */
public final class ViewHeader {
    private ViewHeader() {
    }

    public static HBox create(String title, String subtitle, Node... trailing) {
        return create(title, new Label(subtitle), trailing);
    }

    /** With a subtitle the view changes later (e.g. whose consultation is open). */
    public static HBox create(String title, Label context, Node... trailing) {
        Label heading = new Label(title);
        heading.getStyleClass().add("view-title");
        heading.setAccessibleRole(AccessibleRole.TEXT);
        context.getStyleClass().add("view-subtitle");
        context.setWrapText(true);
        VBox text = new VBox(heading, context);
        text.getStyleClass().add("view-header-text");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(text, gap);
        header.getChildren().addAll(trailing);
        header.getStyleClass().add("view-header");
        return header;
    }
}
