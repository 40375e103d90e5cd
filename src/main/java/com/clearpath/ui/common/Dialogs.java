package com.clearpath.ui.common;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Dialogs in the app's look, owned by the main window so they stay on top of it. Dialogs are shown with
 * {@code show()} and answer through a callback: they can come up from a background task's result, where waiting is
 * not allowed.
 */
public final class Dialogs {
    private final Messages text;
    private final Supplier<Window> owner;
    private final String stylesheet;

    public Dialogs(Messages text, Supplier<Window> owner, String stylesheet) {
        this.text = text;
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    public Window owner() {
        return owner.get();
    }

    /** A dialog with a heading, a sentence or two, and the given buttons; {@code styleClass} names it for tests. */
    public Alert create(Alert.AlertType type, String styleClass, String heading, String body, List<ButtonType> buttons) {
        Alert alert = new Alert(type, body, buttons.toArray(ButtonType[]::new));
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(text.get("app.name"));
        alert.setHeaderText(heading);
        DialogPane pane = alert.getDialogPane();
        pane.getStylesheets().add(stylesheet);
        pane.getStyleClass().addAll("app-dialog", styleClass);
        pane.setAccessibleText(heading);
        for (ButtonType b : buttons) {
            Node button = pane.lookupButton(b);
            button.setAccessibleText(b.getText());
            // Each button as wide as its words: a choice such as "Restore latest backup (from …)" must not be cut.
            ButtonBar.setButtonUniformSize(button, false);
        }
        pane.setMinWidth(Region.USE_PREF_SIZE);
        return alert;
    }

    /** A short outcome ("Restored…", "Imported…") the person acknowledges. */
    public Alert inform(String styleClass, String heading, String body) {
        return create(Alert.AlertType.INFORMATION, styleClass, heading, body, List.of(ButtonType.OK));
    }
}
