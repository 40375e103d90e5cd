package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Workstation;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.shell.WindowPlacement;
import com.clearpath.ui.shell.WindowPlacementStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A window left maximised opens maximised. */
class MaximisedRestoreTest {
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) {
        try {
            new WindowPlacementStore(Workstation.of(folder))
                    .save(new WindowPlacement(60, 40, 1100, 700, true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void opensMaximised() {
        assertTrue(fx(() -> running.stage.isMaximized()));
    }
}
