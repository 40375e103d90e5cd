package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Workstation;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.shell.WindowPlacement;
import com.clearpath.ui.shell.WindowPlacementStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens where it was left, and maximising does not overwrite where it goes back to. */
class WindowPlacementRestoreTest {
    private RunningApp running;
    private WindowPlacementStore store;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) {
        store = new WindowPlacementStore(Workstation.of(folder));
        try {
            store.save(new WindowPlacement(60, 40, 1100, 700, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void reopensWhereItWasLeft(FxRobot robot) throws Exception {
        assertEquals(60, fx(() -> running.stage.getX()));
        assertEquals(40, fx(() -> running.stage.getY()));
        assertEquals(1100, fx(() -> running.stage.getWidth()));
        assertEquals(700, fx(() -> running.stage.getHeight()));

        robot.interact(() -> running.stage.setMaximized(true));
        Path file = store.file();
        long before = file.toFile().lastModified();
        robot.interact(() -> running.stage.close());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> store.load().map(p -> p.width() == 1100).orElse(false) && file.toFile().lastModified() >= before);
        // Saved while maximised: the normal bounds are kept for the next un-maximise.
        assertEquals(new WindowPlacement(60, 40, 1100, 700, true), store.load().orElseThrow());
    }
}
