package com.clearpath.ui;

import com.clearpath.store.DataFolder;
import com.clearpath.ui.wizard.Step;
import java.nio.file.Path;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For the fault suite: the real app on the data folder given as the argument, a new consultation whose goals a
 * practitioner types one letter every 40 ms until the process is killed. After each letter it prints
 * {@code typed <letters so far> <epoch ms>}, so the suite knows what had been typed when.
 */
public final class AutosaveTypist {
    private AutosaveTypist() {
    }

    public static void main(String[] args) throws Exception {
        DataFolder folder = new DataFolder(Path.of(args[0]));
        FxToolkit.registerPrimaryStage();
        RunningApp running = RunningApp.init(folder);
        FxToolkit.setupFixture(running::start);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitForFxEvents();
        running.awaitReady();
        WizardRobot wizard = new WizardRobot(robot, running);
        wizard.reachStep(Step.CONCERNS);
        wizard.concern("BOXCAR_SHALLOW", 0, "FOREHEAD");
        wizard.click("#concern-goals");
        String letters = "abcdefghijklmnopqrstuvwxyz";
        for (int typed = 1; typed < 100_000; typed++) {
            robot.write(letters.charAt(typed % letters.length()));
            WaitForAsyncUtils.waitForFxEvents();
            System.out.println("typed " + typed + " " + System.currentTimeMillis());
            System.out.flush();
            Thread.sleep(40);
        }
    }
}
