package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Workstation;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.shell.WindowPlacement;
import com.clearpath.ui.shell.WindowPlacementStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Init;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** A window left maximised opens maximised. */
@ExtendWith(ApplicationExtension.class)
class MaximisedRestoreTest {
    @TempDir
    Path temp;
    private RunningApp running;

    @Init
    void init() {
        DataFolder folder = new DataFolder(temp.resolve("clinic-data"));
        try {
            new WindowPlacementStore(Workstation.of(folder))
                    .save(new WindowPlacement(60, 40, 1100, 700, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        running = RunningApp.init(folder);
    }

    @Start
    void start(Stage ignored) {
        running.start();
    }

    @Stop
    void stop() {
        running.stop();
    }

    @Test
    void opensMaximised() {
        assertTrue(fx(() -> running.stage.isMaximized()));
    }
}
