package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.store.InstanceLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A second start on the same data folder brings the first window forward and opens nothing itself. */
class SecondInstanceTest {
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh();

    @Test
    void aSecondStartBringsTheFirstWindowForwardAndEnds(FxRobot robot) {
        running.awaitReady();
        robot.interact(() -> running.stage.setIconified(true));
        RunningApp second = RunningApp.init(running.folder);
        AtomicBoolean ended = new AtomicBoolean();
        second.app.onExit(() -> ended.set(true));
        robot.interact(second::start);
        RunningApp.await("the second start to end", ended::get);
        RunningApp.await("the first window to come forward", () -> !running.stage.isIconified());
        assertFalse(fx(() -> second.stage.isShowing()), "the second start shows no window of its own");
        robot.interact(second::stop);
        assertTrue(InstanceLock.holder(running.folder).isPresent(), "the first still holds the folder");
    }

    @Test
    void aSecondStartThatCannotReachTheHolderSaysWhichProcessHasTheFolder(FxRobot robot) throws Exception {
        running.awaitReady();
        robot.interact(running::stop);
        // A holder on another computer (a shared folder) cannot be asked to come forward.
        Files.writeString(running.folder.root().resolve(InstanceLock.FILE_NAME), "pid=4321\nhost=front-desk-2\n"
                + "since=2026-12-01T08:30:00Z\nport=1\ntoken=x\n", StandardCharsets.ISO_8859_1);
        RunningApp second = RunningApp.init(running.folder);
        AtomicBoolean ended = new AtomicBoolean();
        second.app.onExit(() -> ended.set(true));
        robot.interact(second::start);
        RunningApp.await("the message", () -> robot.lookup(".already-open").tryQuery().isPresent());
        String body = fx(() -> ((javafx.scene.control.DialogPane) robot.lookup(".already-open").query()).getContentText());
        assertTrue(body.contains("4321") && body.contains("front-desk-2"), body);
        assertFalse(ended.get(), "the message stays until it is read");
        robot.interact(() -> ((javafx.scene.control.Button) ((javafx.scene.control.DialogPane) robot
                .lookup(".already-open").query()).lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ended.get(), "and the second start ends cleanly");
        robot.interact(second::stop);
    }
}
