package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.ui.common.Messages;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The frame with pages that have fields, the way real steps will drop in. */
@ExtendWith(ApplicationExtension.class)
class WizardFrameTest {
    private final Messages text = Messages.load(Locale.ROOT);
    private final BooleanProperty notesComplete = new SimpleBooleanProperty(false);
    private final AtomicInteger finished = new AtomicInteger();
    private WizardFrame frame;
    private TextField name;
    private TextArea notes;
    private Node firstContent;

    @Start
    void start(Stage stage) {
        name = new TextField();
        name.setId("name");
        notes = new TextArea();
        notes.setId("notes");
        Forms.multiLine(notes);
        frame = new WizardFrame(text);
        frame.setOnFinish(finished::incrementAndGet);
        frame.begin(pages());
        firstContent = frame.currentPage().content();
        stage.setScene(new Scene(frame.node(), 800, 500));
        stage.show();
        frame.focusPage();
    }

    private List<WizardPage> pages() {
        return List.of(
                page("Client", new VBox(new Label("Name"), name), new SimpleBooleanProperty(true), name),
                page("Notes", new VBox(new Label("Notes"), notes), notesComplete, notes),
                page("Summary", new Label("All done"), new SimpleBooleanProperty(true), null));
    }

    @Test
    void enterInATextFieldMovesOn(FxRobot robot) {
        assertTrue(name.isFocused(), "the page put focus in its first field");
        robot.write("Ana").type(KeyCode.ENTER);
        assertEquals(1, frame.currentStepProperty().get());
    }

    @Test
    void nextIsOffWhileThePageIsIncomplete(FxRobot robot) {
        robot.clickOn("#wizard-next");
        assertEquals(1, frame.currentStepProperty().get());
        Button next = robot.lookup("#wizard-next").queryAs(Button.class);
        assertTrue(next.isDisabled());
        robot.interact(frame::next);
        assertEquals(1, frame.currentStepProperty().get(), "next() also respects the page");

        robot.interact(() -> notesComplete.set(true));
        assertFalse(next.isDisabled());
        robot.clickOn(next);
        assertEquals(2, frame.currentStepProperty().get());
    }

    @Test
    void ctrlEnterInAMultiLineFieldStartsANewLineAndEnterMovesOn(FxRobot robot) {
        robot.interact(() -> notesComplete.set(true));
        robot.clickOn("#wizard-next");
        assertTrue(notes.isFocused());
        robot.write("Wedding in June").press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL)
                .write("Prefers mornings");
        assertEquals(1, frame.currentStepProperty().get());
        assertEquals("Wedding in June\nPrefers mornings", notes.getText());
        robot.type(KeyCode.ENTER);
        assertEquals(2, frame.currentStepProperty().get(), "Enter is Next here as on every other field");
        assertEquals("Wedding in June\nPrefers mornings", notes.getText());
    }

    @Test
    void tabAndShiftTabLeaveAMultiLineField(FxRobot robot) {
        robot.interact(() -> notesComplete.set(true));
        robot.clickOn("#wizard-next");
        robot.write("Prefers mornings").type(KeyCode.TAB);
        assertFalse(notes.isFocused(), "Tab moved on");
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertTrue(notes.isFocused(), "Shift+Tab came back");
        assertEquals("Prefers mornings", notes.getText(), "no tab typed");
    }

    @Test
    void entriesSurviveGoingBack(FxRobot robot) {
        robot.clickOn("#name").write("Zoë");
        robot.clickOn("#wizard-next").clickOn("#wizard-back");
        assertEquals(0, frame.currentStepProperty().get());
        assertSame(firstContent, frame.currentPage().content());
        assertEquals("Zoë", name.getText());
    }

    @Test
    void enterOnAFocusedBackButtonGoesBack(FxRobot robot) {
        robot.interact(() -> notesComplete.set(true));
        robot.clickOn("#wizard-next").clickOn("#wizard-next");
        robot.interact(() -> robot.lookup("#wizard-back").query().requestFocus());
        robot.type(KeyCode.ENTER);
        assertEquals(1, frame.currentStepProperty().get());
    }

    @Test
    void theLastStepFinishes(FxRobot robot) {
        robot.interact(() -> notesComplete.set(true));
        robot.clickOn("#wizard-next").clickOn("#wizard-next");
        Button next = robot.lookup("#wizard-next").queryAs(Button.class);
        assertEquals("_Finish", next.getText());
        assertEquals(0, finished.get());
        robot.type(KeyCode.ENTER);
        assertEquals(1, finished.get());
        assertEquals(2, frame.currentStepProperty().get(), "the owner decides what happens after finishing");
    }

    @Test
    void beginStartsOverOnStepOne(FxRobot robot) {
        robot.clickOn("#wizard-next");
        robot.interact(() -> frame.begin(pages()));
        assertEquals(0, frame.currentStepProperty().get());
        assertTrue(robot.lookup("#wizard-back").queryAs(Button.class).isDisabled());
    }

    private static WizardPage page(String title, Node content, ObservableBooleanValue valid, Node firstField) {
        return new WizardPage() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public Node content() {
                return content;
            }

            @Override
            public ObservableBooleanValue valid() {
                return valid;
            }

            @Override
            public void shown() {
                if (firstField != null) {
                    firstField.requestFocus();
                }
            }
        };
    }
}
