package com.clearpath.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.ui.Screenshots;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {
    private Stage owner;
    private final Messages text = Messages.load(Locale.ROOT);

    @Start
    void start(Stage stage) {
        owner = stage;
        atlantafx.base.theme.PrimerLight theme = new atlantafx.base.theme.PrimerLight();
        javafx.application.Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 900, 600));
        stage.show();
    }

    @Test
    void saysWhatHappenedAndKeepsTheDetailsFolded(FxRobot robot) {
        Exception error = new IllegalStateException("Could not save", new SQLException("database is locked"));
        AtomicReference<Alert> shown = new AtomicReference<>();
        robot.interact(() -> {
            Alert alert = new ErrorDialog(text, () -> owner, stylesheet()).create(error);
            alert.show();
            shown.set(alert);
        });
        Alert alert = shown.get();
        assertEquals("Something went wrong", alert.getHeaderText());
        assertTrue(alert.getContentText().contains("log file"));
        assertEquals(false, alert.getDialogPane().isExpanded());

        TextArea details = (TextArea) alert.getDialogPane().getExpandableContent().lookup(".error-details");
        assertTrue(details.getText().contains("IllegalStateException: Could not save"));
        assertTrue(details.getText().contains("Caused by: java.sql.SQLException: database is locked"));
        assertTrue(details.getText().contains("at com.clearpath.ui.common.ErrorDialogTest"));
        assertEquals(false, details.isEditable());

        robot.interact(() -> alert.getDialogPane().setExpanded(true));
        Node pane = alert.getDialogPane();
        Screenshots.save(pane.getScene(), "error-dialog-expanded");
        robot.interact(alert::close);
    }

    private static String stylesheet() {
        return ErrorDialogTest.class.getResource("/com/clearpath/ui/app.css").toExternalForm();
    }
}
