package com.clearpath.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application (filled in by the app shell). */
public final class ClearpathApp extends Application {
    public static final String DATA_DIR_ARG = "--data-dir=";

    @Override
    public void start(Stage stage) {
        stage.setTitle("Clearpath Consult");
        stage.show();
    }
}
