package com.clearpath.ui.common;

import com.clearpath.AppVersion;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog for an unexpected error: a calm sentence for the person at the desk and, folded away, the technical
 * details to copy into a support request.
 */
public final class ErrorDialog implements ErrorPresenter {
    private final Messages text;
    private final Supplier<Window> owner;
    private final String stylesheet;

    public ErrorDialog(Messages text, Supplier<Window> owner, String stylesheet) {
        this.text = text;
        this.owner = owner;
        this.stylesheet = stylesheet;
    }

    @Override
    public void present(Throwable error, Runnable whenDismissed) {
        Alert alert = create(error);
        alert.setOnHidden(e -> whenDismissed.run());
        // show(), not showAndWait(): errors can arrive during layout or an animation, where waiting is not allowed.
        alert.show();
    }

    /** Builds the dialog without showing it. */
    public Alert create(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text.get("error.body"), ButtonType.CLOSE);
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.setTitle(text.get("app.name"));
        alert.setHeaderText(text.get("error.heading"));
        alert.getDialogPane().getStylesheets().add(stylesheet);
        alert.getDialogPane().getStyleClass().add("error-dialog");
        alert.getDialogPane().setAccessibleText(text.get("error.heading"));
        alert.getDialogPane().lookupButton(ButtonType.CLOSE).setAccessibleText(text.get("error.close"));

        TextArea details = new TextArea(details(error));
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(12);
        details.setPrefColumnCount(70);
        details.getStyleClass().add("error-details");
        details.setAccessibleText(text.get("error.details"));
        VBox.setVgrow(details, Priority.ALWAYS);

        Label detailsLabel = new Label(text.get("error.details"));
        detailsLabel.setLabelFor(details);
        Button copy = new Button(text.get("error.copy"));
        copy.setAccessibleText(text.get("error.copy"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        ButtonBar.setButtonData(copy, ButtonBar.ButtonData.LEFT);
        VBox expandable = new VBox(8, detailsLabel, details, copy);
        expandable.getStyleClass().add("error-expandable");
        alert.getDialogPane().setExpandableContent(expandable);
        return alert;
    }

    /** Version, platform and the full stack trace: what support needs, shown only when asked for. */
    static String details(Throwable error) {
        StringBuilder out = new StringBuilder(2048);
        out.append("Clearpath Consult ").append(AppVersion.get())
                .append(" · Java ").append(System.getProperty("java.version"))
                .append(" · ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append("\n\n");
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String prefix = "";
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            out.append(prefix).append(t).append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                out.append("\tat ").append(frame).append('\n');
            }
            for (Throwable suppressed : t.getSuppressed()) {
                out.append("\tSuppressed: ").append(suppressed).append('\n');
            }
            prefix = "Caused by: ";
        }
        return out.toString();
    }
}
