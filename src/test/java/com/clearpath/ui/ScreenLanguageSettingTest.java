package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Workstation;
import com.clearpath.domain.Language;
import com.clearpath.ui.shell.Section;
import com.clearpath.ui.shell.WorkstationPreferences;
import java.nio.file.Files;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Settings → This workstation: Español chosen is kept for this computer and the next start is in Spanish. */
class ScreenLanguageSettingTest {
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh();

    @Test
    void espanolChosenInSettingsAppliesAtTheNextStart(FxRobot robot) {
        running.awaitReady();
        assertEquals("New consultation", navText(robot));
        robot.interact(() -> running.app.mainWindow().show(Section.SETTINGS));
        RunningApp.reveal(robot, "#screen-language-es");
        assertTrue(fx(() -> text(robot, "#screen-language-when")).contains("next time Clearpath starts"));
        robot.clickOn("#screen-language-es");
        await("the choice to be kept", () -> robot.lookup("#screen-language-result").query().isVisible());
        assertEquals("Saved: Clearpath opens in Español from its next start.",
                fx(() -> text(robot, "#screen-language-result")));
        assertEquals("New consultation", navText(robot), "the screens stay as they are until the next start");
        WorkstationPreferences prefs = new WorkstationPreferences(Workstation.of(running.folder));
        assertEquals(Language.ES, prefs.language());
        assertTrue(Files.exists(running.folder.root().resolve(WorkstationPreferences.FILE_NAME)));

        // The next start, on the same data folder and computer.
        RunningApp next = fixture.restart();
        next.awaitReady();
        assertEquals("Nueva consulta", navText(robot));
        robot.interact(() -> next.app.mainWindow().show(Section.SETTINGS));
        assertTrue(fx(() -> robot.lookup("#screen-language-es").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()), "Settings shows the language in use");
    }

    @Test
    void theLanguagePairIsOneSegmentedControlWorkedByTheKeyboard(FxRobot robot) {
        running.awaitReady();
        robot.interact(() -> running.app.mainWindow().show(Section.SETTINGS));
        RunningApp.reveal(robot, "#screen-language-es");
        assertTrue(robot.lookup("#screen-language").query() instanceof org.controlsfx.control.SegmentedButton);
        javafx.scene.control.ToggleButton english = robot.lookup("#screen-language-en").queryAs(
                javafx.scene.control.ToggleButton.class);
        javafx.scene.control.ToggleButton spanish = robot.lookup("#screen-language-es").queryAs(
                javafx.scene.control.ToggleButton.class);
        assertTrue(fx(() -> english.getStyleClass().contains("left-pill")
                && spanish.getStyleClass().contains("right-pill")), "the ends are shaped by the segmented control");
        robot.interact(english::requestFocus);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertTrue(fx(spanish::isFocused), "the arrow moves to the other language");
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertTrue(fx(spanish::isSelected));
        assertTrue(fx(() -> !english.isSelected()), "one language at a time");
        await("the choice to be kept", () -> robot.lookup("#screen-language-result").query().isVisible());
        assertEquals(Language.ES, new WorkstationPreferences(Workstation.of(running.folder)).language());
        Screenshots.save(robot.lookup("#settings-workstation").query(), "settings-screen-language");
    }

    private static String navText(FxRobot robot) {
        return fx(() -> text(robot, "#nav-new-consultation"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
