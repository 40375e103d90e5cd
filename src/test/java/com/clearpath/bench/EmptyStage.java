package com.clearpath.bench;

import com.clearpath.GraphicsChoice;
import com.clearpath.ProcessUptime;
import com.clearpath.ui.ClearpathApp;
import com.clearpath.ui.common.FirstFrame;
import java.time.Duration;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for start-up: an empty JavaFX window of the app's size, started the way the app starts (a plain main
 * calling {@link Application#launch}) and timed the same way, from process start to the first frame drawn with
 * the focus in place. With {@value #AS_INSTALLED} it first chooses the renderer as the app does. Prints {@code startup_ms=N} (and on Linux {@code rss_peak_kb=N}, its peak resident set) and
 * exits.
 */
public final class EmptyStage {
    private EmptyStage() {
    }

    /** With this argument the window first makes the installed app's choice of renderer ({@link GraphicsChoice}). */
    static final String AS_INSTALLED = "--choose-graphics";

    public static void main(String[] args) {
        launch(Window.class, args);
    }

    /** Starts {@code window} as the app starts (with {@value #AS_INSTALLED}, its choice of renderer first). */
    static void launch(Class<? extends Application> window, String[] args) {
        if (java.util.Arrays.asList(args).contains(AS_INSTALLED)) {
            GraphicsChoice.apply();
        }
        Application.launch(window, args);
        System.exit(0);
    }

    /**
     * Once {@code scene} is drawn with the focus in place: prints {@code startup_ms=N} (and, with {@code peak},
     * {@code rss_peak_kb=N}) and closes.
     */
    static void reportWhenReady(Stage stage, Scene scene, boolean peak) {
        FirstFrame.whenReady(scene, () -> {
            System.out.println("startup_ms=" + ProcessUptime.now().map(Duration::toMillis).orElse(-1L));
            if (peak) {
                ProcStatus.mb("VmHWM").ifPresent(mb -> System.out.println("rss_peak_kb=" + Math.round(mb * 1024)));
            }
            System.out.flush();
            stage.hide();
            Platform.exit();
        });
    }

    /** The application JavaFX instantiates. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            StackPane root = new StackPane();
            Scene scene = new Scene(root, ClearpathApp.PREFERRED_WIDTH, ClearpathApp.PREFERRED_HEIGHT);
            stage.setScene(scene);
            stage.show();
            root.requestFocus();
            reportWhenReady(stage, scene, true);
        }
    }
}
