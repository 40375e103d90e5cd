package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.fx;
import static com.clearpath.ui.RunningApp.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.DatabaseStatus;
import com.clearpath.store.Database;
import com.clearpath.ui.shell.Section;
import com.clearpath.ui.shell.WindowPlacementStore;
import com.clearpath.ui.wizard.Step;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The app as a practitioner meets it: a fresh data folder, the main window, the keyboard. */
class ClearpathAppTest {
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh();

    @Test
    void opensOnStepOneOfANewConsultation(FxRobot robot) {
        assertEquals(Section.NEW_CONSULTATION, running.section());
        assertTrue(fx(() -> robot.lookup("#nav-new-consultation").queryAs(ToggleButton.class).isSelected()));
        assertCurrentStep(robot, 1);
        assertTrue(has(robot.lookup("#step-2").query(), "upcoming"));
        assertEquals("Step 1 of 6", fx(() -> robot.lookup("#wizard-step-caption").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#wizard-back").queryAs(Button.class).isDisabled()));
        assertEquals("Clearpath Consult", fx(() -> running.stage.getTitle()));
        assertTrue(fx(() -> running.stage.getMinWidth()) >= 1024);
        assertTrue(fx(() -> running.stage.getMinHeight()) >= 680);
    }

    @Test
    void navigationSwitchesViews(FxRobot robot) {
        awaitDatabaseReady();
        robot.clickOn("#nav-clients");
        assertEquals(Section.CLIENTS, running.section());
        assertShowing(robot, "#view-clients");
        assertTrue(robot.lookup("#view-new-consultation").tryQuery().isEmpty(), "only one view in the window");
        RunningApp.await("the empty state", () -> robot.lookup("#clients-empty-heading").tryQuery().isPresent());
        assertEquals("No consultations saved yet",
                fx(() -> robot.lookup("#clients-empty-heading").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#clients-search").queryAs(TextField.class).isDisabled()));

        robot.clickOn("#nav-settings");
        assertEquals(Section.SETTINGS, running.section());
        assertShowing(robot, "#view-settings");
        assertEquals(running.folder.root().toString(),
                fx(() -> robot.lookup("#settings-data-folder").queryAs(TextField.class).getText()));
        assertEquals(running.folder.logs().toString(),
                fx(() -> robot.lookup("#settings-logs").queryAs(TextField.class).getText()));

        // Clicking the current entry again keeps it selected rather than leaving no section.
        robot.clickOn("#nav-settings");
        assertEquals(Section.SETTINGS, running.section());
        assertTrue(fx(() -> robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()));

        robot.clickOn("#nav-new-consultation");
        assertShowing(robot, "#view-new-consultation");
    }

    @Test
    void nextAndBackMoveBetweenSteps(FxRobot robot) {
        assertTrue(fx(() -> robot.lookup("#wizard-next").query().isDisabled()), "nothing entered yet");
        new WizardRobot(robot, running).reachStep(Step.SKIN);
        assertCurrentStep(robot, 3);
        assertTrue(has(robot.lookup("#step-1").query(), "done"));
        assertTrue(has(robot.lookup("#step-2").query(), "done"));
        assertEquals("Step 3 of 6", fx(() -> robot.lookup("#wizard-step-caption").queryAs(Label.class).getText()));

        robot.clickOn("#wizard-back");
        assertCurrentStep(robot, 2);
        assertFalse(has(robot.lookup("#step-2").query(), "done"));
        Screenshots.save(running.stage.getScene(), "wizard-step-2");
    }

    @Test
    void doneStepsCanBeClickedToGoBack(FxRobot robot) {
        new WizardRobot(robot, running).reachStep(Step.SCREENING);
        assertCurrentStep(robot, 4);
        robot.clickOn("#step-2");
        assertCurrentStep(robot, 2);
        robot.clickOn("#step-5");
        assertCurrentStep(robot, 2);
    }

    @Test
    void enterMovesToTheNextStep(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        robot.type(KeyCode.ENTER);
        assertCurrentStep(robot, 1);
        w.newClient("Ana", "Reyes", "1996-04-12");
        robot.type(KeyCode.ENTER);
        assertCurrentStep(robot, 2);
        w.concern("ROLLING", 0, "CHEEK_LEFT");
        robot.type(KeyCode.ENTER);
        assertCurrentStep(robot, 3);
    }

    @Test
    void enterMovesOnOnceEvenWhenNextHasTheFocus(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.newClient("Ana", "Reyes", "1996-04-12");
        robot.clickOn("#wizard-next");
        w.concern("ROLLING", 0, "CHEEK_LEFT");
        robot.clickOn("#wizard-next").clickOn("#wizard-back");
        robot.interact(() -> robot.lookup("#wizard-next").query().requestFocus());
        assertTrue(fx(() -> robot.lookup("#wizard-next").query().isFocused()));
        robot.type(KeyCode.ENTER);
        assertCurrentStep(robot, 3);
    }

    @Test
    void altLeftGoesBack(FxRobot robot) {
        new WizardRobot(robot, running).reachStep(Step.SKIN);
        assertCurrentStep(robot, 3);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertCurrentStep(robot, 2);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertCurrentStep(robot, 1);
    }

    @Test
    void mnemonicsPressNextAndBack(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.newClient("Ana", "Reyes", "1996-04-12");
        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
        assertCurrentStep(robot, 2);
        w.concern("ROLLING", 0, "CHEEK_LEFT");
        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT);
        assertCurrentStep(robot, 3);
        robot.press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        assertCurrentStep(robot, 2);
    }

    @Test
    void ctrlNStartsANewConsultationFromAnywhere(FxRobot robot) {
        new WizardRobot(robot, running).reachStep(Step.SCREENING);
        assertCurrentStep(robot, 4);
        robot.clickOn("#nav-settings");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertEquals(Section.NEW_CONSULTATION, running.section());
        assertCurrentStep(robot, 1);
        assertTrue(fx(() -> robot.lookup("#status-notice").queryAs(Label.class).getText()).contains("unfinished"),
                "the consultation left behind is kept, and the notice says so");
        assertEquals("", fx(() -> robot.lookup("#client-first-name").queryAs(TextField.class).getText()));

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertCurrentStep(robot, 1);
    }

    @Test
    void clientsEmptyStateStartsAConsultation(FxRobot robot) {
        awaitDatabaseReady();
        robot.type(KeyCode.ENTER);
        robot.clickOn("#nav-clients");
        RunningApp.await("the empty state", () -> robot.lookup("#clients-start-consultation").tryQuery().isPresent());
        robot.clickOn("#clients-start-consultation");
        assertEquals(Section.NEW_CONSULTATION, running.section());
        assertCurrentStep(robot, 1);
    }

    @Test
    void lastStepFinishesAndStartsAFreshConsultation(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.reachStep(Step.SUMMARY);
        assertCurrentStep(robot, 6);
        assertEquals("_Finish", fx(() -> robot.lookup("#wizard-next").queryAs(Button.class).getText()));
        assertTrue(fx(() -> robot.lookup("#wizard-next").query().isDisabled()), "finishing needs a final save");
        w.click("#summary-save-final");
        w.await(() -> !fx(() -> robot.lookup("#wizard-next").query().isDisabled()), "the final save");
        robot.clickOn("#wizard-next");
        assertCurrentStep(robot, 1);
        assertEquals("_Next", fx(() -> robot.lookup("#wizard-next").queryAs(Button.class).getText()));
        assertTrue(fx(() -> robot.lookup("#status-notice").queryAs(Label.class).getText()).startsWith("Consultation finished"));
    }

    @Test
    void createsTheDatabaseAtTheLatestSchema(FxRobot robot) throws Exception {
        awaitDatabaseReady();
        Path db = running.folder.root().resolve("clearpath.db");
        assertTrue(Files.isRegularFile(db));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            assertTrue(rs.next());
            assertEquals(Database.latestVersion(), rs.getInt(1));
        }
        assertEquals("Database ready", fx(() -> robot.lookup("#status-database").queryAs(Label.class).getText()));
        assertTrue(running.app.database().isPresent());
        robot.clickOn("#nav-settings");
        assertEquals("Version " + Database.latestVersion() + " (up to date)",
                fx(() -> robot.lookup("#settings-schema").queryAs(TextField.class).getText()));
        assertTrue(Files.isDirectory(running.folder.logs()));
    }

    @Test
    void remembersTheWindowPlacementWhenClosed(FxRobot robot) throws Exception {
        robot.interact(() -> {
            running.stage.setX(40);
            running.stage.setY(30);
            running.stage.setWidth(1100);
            running.stage.setHeight(720);
        });
        Path file = running.folder.root().resolve(WindowPlacementStore.FILE_NAME);
        assertFalse(Files.exists(file));
        robot.interact(() -> running.stage.close());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
        JsonNode saved = new ObjectMapper().readTree(file.toFile());
        assertEquals(40, saved.get("x").asDouble());
        assertEquals(30, saved.get("y").asDouble());
        assertEquals(1100, saved.get("width").asDouble());
        assertEquals(720, saved.get("height").asDouble());
        assertFalse(saved.get("maximized").asBoolean());
        try (var leftovers = Files.list(running.folder.root())) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void anUnexpectedErrorIsShownAndLoggedOnce(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("fault on the FX thread 7731");
        });
        DialogPane dialog = awaitErrorDialog(robot);
        assertEquals("Something went wrong", fx(dialog::getHeaderText));
        robot.clickOn(fx(() -> dialog.lookupButton(ButtonType.CLOSE)));
        assertTrue(fx(() -> robot.lookup(".error-dialog").tryQuery().isEmpty()), "closed");

        Thread worker = new Thread(() -> {
            throw new IllegalStateException("fault on a worker 7732");
        }, "worker");
        worker.start();
        worker.join();
        DialogPane second = awaitErrorDialog(robot);
        assertTrue(fx(() -> ((TextArea) second.getExpandableContent().lookup(".error-details")).getText())
                .contains("fault on a worker 7732"));
        robot.clickOn(fx(() -> second.lookupButton(ButtonType.CLOSE)));

        String log = Files.readString(running.folder.logs().resolve("clearpath.log"));
        assertEquals(1, occurrences(log, "fault on the FX thread 7731"), log);
        assertEquals(1, occurrences(log, "fault on a worker 7732"), log);
    }

    @Test
    void everyControlHasAccessibleText(FxRobot robot) {
        awaitDatabaseReady();
        for (Section section : Section.values()) {
            robot.clickOn("#" + section.nodeId());
            List<String> missing = fx(() -> unnamedControls(running.stage.getScene().getRoot()));
            assertTrue(missing.isEmpty(), section + ": controls without accessible text: " + missing);
        }
    }

    @Test
    void screenshotsOfEachViewAtDefaultAndMinimumSize(FxRobot robot) {
        awaitDatabaseReady();
        assertEquals(1280, fx(() -> running.stage.getWidth()));
        assertEquals(800, fx(() -> running.stage.getHeight()));
        shootEachView(robot, "1280x800");
        robot.interact(() -> {
            running.stage.setWidth(ClearpathApp.MIN_WIDTH);
            running.stage.setHeight(ClearpathApp.MIN_HEIGHT);
        });
        assertEquals(ClearpathApp.MIN_WIDTH, fx(() -> running.stage.getScene().getWidth()));
        shootEachView(robot, "1024x680");
    }

    private static DialogPane awaitErrorDialog(FxRobot robot) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup(".error-dialog").tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing()).isPresent()));
        return fx(() -> robot.lookup(".error-dialog").queryAs(DialogPane.class));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private void shootEachView(FxRobot robot, String size) {
        for (Section section : Section.values()) {
            robot.clickOn("#" + section.nodeId());
            Screenshots.save(running.stage.getScene(), "main-" + section.nodeId().replace("nav-", "") + "-" + size);
        }
    }

    private void awaitDatabaseReady() {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                    () -> fx(() -> running.app.databaseStatusProperty().get()) instanceof DatabaseStatus.Ready);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Database not ready: " + fx(() -> running.app.databaseStatusProperty().get()), e);
        }
        assertInstanceOf(DatabaseStatus.Ready.class, fx(() -> running.app.databaseStatusProperty().get()));
    }

    private static void assertCurrentStep(FxRobot robot, int step) {
        Node marker = robot.lookup("#step-" + step).query();
        assertTrue(has(marker, "current"), "step " + step + " should be current");
        for (int i = 1; i <= 6; i++) {
            if (i != step) {
                assertFalse(has(robot.lookup("#step-" + i).query(), "current"), "step " + i + " is not current");
            }
        }
    }

    private static void assertShowing(FxRobot robot, String query) {
        assertTrue(fx(() -> robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null)
                .orElse(false)), query + " should be showing");
    }

    /** Controls a screen reader could not name: no accessible text, and no visible text of their own. */
    static List<String> unnamedControls(Node node) {
        List<String> missing = new ArrayList<>();
        collectUnnamed(node, missing);
        return missing;
    }

    private static void collectUnnamed(Node node, List<String> missing) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control control) {
            boolean named = control.getAccessibleText() != null && !control.getAccessibleText().isBlank();
            boolean plainLabel = control instanceof Label label && label.getText() != null
                    && !label.getText().isBlank();
            if (!named && !plainLabel) {
                missing.add(control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId())
                        + (control instanceof Labeled l ? " '" + l.getText() + "'" : "")
                        + (control.getId() == null && control.getParent() != null
                        ? " in " + control.getParent().getClass().getSimpleName() + control.getStyleClass() : ""));
            }
            // Below a control is its skin; only containers' content is checked further.
            if (control instanceof ScrollPane scroll && scroll.getContent() != null) {
                collectUnnamed(scroll.getContent(), missing);
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectUnnamed(child, missing);
            }
        }
    }
}
