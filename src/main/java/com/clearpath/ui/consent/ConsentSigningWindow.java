package com.clearpath.ui.consent;

import com.clearpath.ui.common.Dialogs;
import com.clearpath.ui.common.Messages;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The consent signing window over the consultation: the client reads and signs, the practitioner confirms, and the
 * signatures go to the caller. Closing it with strokes on a pad asks first, so a signature is never lost unnoticed.
 */
public final class ConsentSigningWindow {
    private static final String STYLESHEET = Objects.requireNonNull(
            ConsentSigningWindow.class.getResource("consent.css"), "consent.css").toExternalForm();
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    private final Stage stage = new Stage();
    private final ConsentSigning model;
    private final Dialogs dialogs;

    private ConsentSigningWindow(Window owner, String stylesheet, Messages clientWords, Messages workstationWords,
                                 ConsentReading reading, Consumer<Signed> onSigned) {
        model = new ConsentSigning(reading);
        dialogs = new Dialogs(workstationWords, () -> stage, stylesheet);
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(workstationWords.format("consultation.signing.window", reading.title(), reading.clientName()));
        ConsentSigningView view = new ConsentSigningView(model, clientWords, workstationWords);
        model.onSigned(signed -> {
            stage.hide();
            onSigned.accept(signed);
        });
        view.onCancel(() -> cancel(workstationWords));
        Scene scene = new Scene(view.node(), WIDTH, HEIGHT);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(680);
        stage.setOnCloseRequest(e -> {
            if (model.drawnOnProperty().get()) {
                e.consume();
                cancel(workstationWords);
            }
        });
        stage.setOnShown(e -> view.focusClientPad());
    }

    /**
     * Opens the window over {@code owner} (may be null) with {@code reading} in the client's language; {@code
     * stylesheet} is the app's. {@code onSigned} gets the signatures once the consent is signed; nothing is called
     * when the window is cancelled or closed.
     */
    public static Stage open(Window owner, String stylesheet, Messages clientWords, Messages workstationWords,
                             ConsentReading reading, Consumer<Signed> onSigned) {
        Objects.requireNonNull(onSigned, "onSigned");
        ConsentSigningWindow window = new ConsentSigningWindow(owner, stylesheet, clientWords, workstationWords,
                reading, onSigned);
        window.stage.show();
        return window.stage;
    }

    private void cancel(Messages words) {
        if (!model.drawnOnProperty().get()) {
            stage.hide();
            return;
        }
        ButtonType discard = new ButtonType(words.get("consultation.signing.discard.yes"), ButtonData.OTHER);
        ButtonType keep = new ButtonType(words.get("consultation.signing.discard.no"), ButtonData.CANCEL_CLOSE);
        Alert ask = dialogs.create(Alert.AlertType.CONFIRMATION, "consent-discard",
                words.get("consultation.signing.discard.heading"), words.get("consultation.signing.discard.body"),
                List.of(keep, discard));
        // Keeping what was drawn is what Enter does: losing a signature takes a deliberate choice.
        ((Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) ask.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ask.setOnHidden(e -> {
            if (ask.getResult() == discard) {
                stage.hide();
            }
        });
        ask.show();
    }
}
