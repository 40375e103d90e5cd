package com.clearpath.bench;

import atlantafx.base.theme.PrimerLight;
import com.clearpath.ui.ClearpathApp;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * What JavaFX alone needs for a page like the app's first one, without the app: the app's theme, a heading, seven
 * labelled text fields with the cursor in the first, and two buttons, in a window of the app's size; started and timed
 * like {@link EmptyStage}. Between the empty window and the app, it shows how much of a start is the first text,
 * controls and theme, which any page with fields pays.
 */
public final class ReferenceForm {
    private ReferenceForm() {
    }

    public static void main(String[] args) {
        EmptyStage.launch(Window.class, args);
    }

    /** The application JavaFX instantiates. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
            GridPane fields = new GridPane();
            fields.setHgap(16);
            fields.setVgap(8);
            TextField first = null;
            String[] names = {"Find a returning client", "First name", "Last name", "Date of birth", "Phone", "Email",
                "Practitioner"};
            for (int i = 0; i < names.length; i++) {
                TextField field = new TextField();
                field.setPromptText(names[i]);
                if (first == null) {
                    first = field;
                }
                fields.addRow(i, new Label(names[i]), field);
            }
            Label heading = new Label("Client details");
            heading.getStyleClass().add("title-2");
            VBox root = new VBox(16, heading, new Label("Find a returning client or record a new one."), fields,
                    new HBox(8, new Button("Back"), new Button("Next")));
            root.setPadding(new Insets(24));
            Scene scene = new Scene(root, ClearpathApp.PREFERRED_WIDTH, ClearpathApp.PREFERRED_HEIGHT);
            stage.setScene(scene);
            stage.show();
            first.requestFocus();
            EmptyStage.reportWhenReady(stage, scene, false);
        }
    }
}
