package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.Range;
import com.clearpath.store.SettingsStore;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Settings → Plan calendar by keyboard only: a figure that makes no calendar is named, a good one saved and used. */
class PlanCalendarCardTest {
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().printers(new KeptPrinters());

    @Test
    void theGapIsChangedByKeyboardCheckedSavedAndPlannedWith(FxRobot robot) {
        running.awaitReady();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        await("the plan calendar card", () -> robot.lookup("#calendar-gap-min").tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        assertEquals("4", fx(() -> text(robot, "#calendar-gap-min")), "the defaults before anything is saved");
        assertTrue(fx(() -> button(robot, "#calendar-save").isDisabled()), "nothing to save yet");

        alt(robot, KeyCode.G);
        assertTrue(fx(() -> robot.lookup("#calendar-gap-min").query().isFocused()), "Alt+G goes to the gap");
        replace(robot, "9");
        await("the gap's problem", () -> robot.lookup("#calendar-gap-problem").queryAs(Label.class).isVisible());
        assertTrue(fx(() -> robot.lookup("#calendar-gap-problem").queryAs(Label.class).getText())
                .startsWith("Gap after punch or TCA CROSS:"), "the problem names its field");
        assertTrue(fx(() -> button(robot, "#calendar-save").isDisabled()), "9 to 8 weeks is not saved");

        robot.type(KeyCode.TAB);
        assertTrue(fx(() -> robot.lookup("#calendar-gap-max").query().isFocused()));
        replace(robot, "12");
        assertFalse(fx(() -> robot.lookup("#calendar-gap-problem").queryAs(Label.class).isVisible()));
        alt(robot, KeyCode.K);
        replace(robot, "10");
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(robot.lookup("#settings-calendar").query()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
        alt(robot, KeyCode.A);

        await("saved", () -> robot.lookup("#calendar-result").queryAs(Label.class).isVisible());
        assertEquals("Plan calendar saved. Plans made from now on use it.",
                fx(() -> robot.lookup("#calendar-result").queryAs(Label.class).getText()));
        assertTrue(fx(() -> button(robot, "#calendar-save").isDisabled()), "nothing left to save");
        assertEquals(new PlanCalendar(9, 12, 10, 2, 4), new SettingsStore(running.folder).planCalendar());
        var options = running.app.planner().options();
        assertEquals(Range.of(9, 12), options.gapAfterIndividualScarsWeeks(), "the next plan uses the new gap");
        assertEquals(10, options.eventClearDays());
        Screenshots.save(running.stage.getScene(), "settings-plan-calendar-1280x800");
    }

    private static void alt(FxRobot robot, KeyCode letter) {
        robot.press(KeyCode.ALT, letter).release(letter, KeyCode.ALT);
    }

    /** What a person does in a short number field: select what is there and type over it. */
    private static void replace(FxRobot robot, String typed) {
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(typed);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.TextField.class).getText();
    }

    private static Button button(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return (Button) n;
    }
}
