package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static com.clearpath.ui.RunningApp.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Clinic;
import com.clearpath.app.ConsentSigning;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Zone;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Logging treatment sessions on a final consultation's page, from the keyboard, and reading them back. */
class SessionsLogTest {
    private RunningApp running;
    private UUID visit;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient lucia = records.client("Lucía", "Mendoza", LocalDate.of(1988, 3, 9), "+1 210 555 0122");
            StoredConsultation k = records.consultation(lucia, LocalDate.now().minusWeeks(6), IntakeBuilder.intake()
                    .concern(ConcernKind.ROLLING).concern(ConcernKind.BOXCAR_SHALLOW).grade(3), List.of());
            visit = k.id();
        }
        // Sessions are logged under the client's signed consent to the plan's treatments.
        Clinic clinic = new Clinic(folder, Clock.systemDefaultZone(), "J. Park");
        try {
            assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
            ConsentSigning.signAgreed(clinic, visit);
        } finally {
            clinic.close();
        }
    }

    @Test
    void twoSessionsLoggedFromTheKeyboardCountAgainstThePlanAndAreListedNewestFirst(FxRobot robot) throws Exception {
        openVisit(robot);
        await("the sessions", () -> robot.lookup("#session-log-new").tryQuery().filter(n -> !n.isDisabled())
                .isPresent());
        String treatment = fx(() -> robot.lookup("#session-steps .detail-item-name").queryAs(Label.class).getText());

        // A date after today is named in a message, and what was typed stays.
        reveal(robot, "#session-log-new");
        robot.interact(() -> robot.lookup("#session-log-new").query().requestFocus());
        robot.type(KeyCode.SPACE);
        await("the form", () -> robot.lookup("#session-form").tryQuery().isPresent());
        type(robot, "#session-date", LocalDate.now().plusDays(3).toString());
        type(robot, "#session-device", "Dermapen 4");
        robot.type(KeyCode.ENTER);
        await("the problems", () -> robot.lookup("#session-problems").tryQuery().filter(Node::isVisible).isPresent());
        String problems = String.join(" ", fx(() -> ClientsViewTest.texts(robot.lookup("#session-problems").query())));
        assertTrue(problems.contains("Date: a session cannot be dated after today.")
                && problems.contains("Zones: needed."), problems);
        assertEquals("J. Park", fx(() -> robot.lookup("#session-practitioner").queryAs(TextField.class).getText()),
                "the consultation's practitioner until a session names another");
        assertEquals("Dermapen 4", fx(() -> robot.lookup("#session-device").queryAs(TextField.class).getText()));
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(running.stage.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
        Screenshots.save(robot.lookup("#session-form").query(), "sessions-form-problems");
        robot.interact(() -> robot.lookup("#session-cancel").query().requestFocus());
        robot.type(KeyCode.SPACE);
        await("the form to close", () -> robot.lookup("#session-form").tryQuery().isEmpty());

        logSession(robot, "2.0 mm", "Dr Ruiz", LocalDate.now().minusWeeks(4).toString());
        await("the first session in the log", () -> robot.lookup(".session-entry").queryAll().size() == 1);
        assertTrue(progress(robot).startsWith("Session 1 of"), progress(robot));

        logSession(robot, "1.5 mm", null, null);
        await("the second session in the log", () -> robot.lookup(".session-entry").queryAll().size() == 2);
        assertTrue(progress(robot).startsWith("Session 2 of"), progress(robot));

        List<RecordedSession> kept = running.app.records().clinic().with(s -> s.sessions().forConsultation(visit));
        assertEquals(2, kept.size());
        assertEquals("Dr Ruiz", kept.get(1).session().practitioner(), "the last practitioner is the default");
        assertEquals(List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT), kept.get(1).session().zones());
        String log = String.join(" | ", fx(() -> ClientsViewTest.texts(robot.lookup("#session-log").query())));
        assertTrue(log.contains(treatment), log);
        assertTrue(log.contains("Dr Ruiz") && log.contains("left cheek") && log.contains("Dermapen 4"), log);
        assertTrue(log.indexOf("1.5 mm") < log.indexOf("2.0 mm"), "newest first: " + log);

        // The older one was wrong: its correction is a new entry, and the original is struck and points to it.
        reveal(robot, ".session-entry:last-child .session-correct");
        robot.interact(() -> robot.lookup("#session-log .session-correct").queryAll().stream()
                .reduce((a, b) -> b).orElseThrow().requestFocus());
        robot.type(KeyCode.SPACE);
        await("the correction form", () -> robot.lookup("#session-form").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#session-device").query().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Dermapen 4 (cartridge 16)");
        robot.type(KeyCode.ENTER);
        await("the correction in the log", () -> robot.lookup(".session-entry").queryAll().size() == 3);
        assertEquals(1, fx(() -> robot.lookup(".session-entry-corrected").queryAll().size()));
        assertTrue(progress(robot).startsWith("Session 2 of"), "a correction replaces what it corrects");

        showFromTop(robot, "#consultation-sessions");
        // The pictures in docs/ are copied from target/screenshots by hand: a test run leaves the sources alone.
        Screenshots.save(running.stage.getScene(), "sessions-log-1280x800");
        Screenshots.save(robot.lookup("#consultation-sessions").query(), "sessions-log-corrected");
    }

    @Test
    void theNextVisitBookedAtASessionMovesTheVisitsListedOnThePage(FxRobot robot) throws Exception {
        openVisit(robot);
        await("the sessions", () -> robot.lookup("#session-log-new").tryQuery().filter(n -> !n.isDisabled())
                .isPresent());
        String planned = fx(() -> robot.lookup("#session-next-visit").queryAs(Label.class).getText());
        assertTrue(planned.startsWith("Next visit: ") && !planned.contains("planned"), planned);
        String visitsBefore = String.join(" | ", fx(() -> ClientsViewTest.texts(
                robot.lookup("#consultation-visits-list").query())));
        assertTrue(visitsBefore.contains("Visit 2 \u00b7 ") && !visitsBefore.contains("planned"), visitsBefore);

        reveal(robot, "#session-log-new");
        robot.interact(() -> robot.lookup("#session-log-new").query().requestFocus());
        robot.type(KeyCode.SPACE);
        await("the form", () -> robot.lookup("#session-form").tryQuery().isPresent());
        String suggested = fx(() -> robot.lookup("#session-next-visit-field").queryAs(TextField.class).getText());
        LocalDate suggestedDate = LocalDate.parse(suggested);
        assertTrue(suggestedDate.isAfter(LocalDate.now()), "the planned gap after today's session: " + suggested);
        type(robot, "#session-next-visit-field", "soon");
        robot.type(KeyCode.ENTER);
        await("the problems", () -> robot.lookup("#session-problems").tryQuery().filter(Node::isVisible).isPresent());
        String problems = String.join(" ", fx(() -> ClientsViewTest.texts(robot.lookup("#session-problems").query())));
        assertTrue(problems.contains("Next visit: not a date; write it as 2026-03-14."), problems);
        assertTrue(fx(() -> robot.lookup("#session-next-visit-field").query().getStyleClass()
                .contains("session-field-problem")), "the field is marked");
        robot.interact(() -> robot.lookup("#session-cancel").query().requestFocus());
        robot.type(KeyCode.SPACE);
        await("the form to close", () -> robot.lookup("#session-form").tryQuery().isEmpty());

        LocalDate booked = suggestedDate.plusDays(9);
        logSession(robot, "1.0 mm", null, null, booked.toString());
        await("the session in the log", () -> robot.lookup(".session-entry").queryAll().size() == 1);
        List<RecordedSession> kept = running.app.records().clinic().with(s -> s.sessions().forConsultation(visit));
        assertEquals(Optional.of(booked), kept.get(0).session().nextVisit());
        await("the next visit moved", () -> robot.lookup("#session-next-visit").queryAs(Label.class).getText()
                .contains("(planned "));
        String next = fx(() -> robot.lookup("#session-next-visit").queryAs(Label.class).getText());
        String bookedText = next.substring("Next visit: ".length(), next.indexOf(" (planned "));
        String visitsAfter = String.join(" | ", fx(() -> ClientsViewTest.texts(
                robot.lookup("#consultation-visits-list").query())));
        assertTrue(visitsAfter.contains("Visit 2 \u00b7 " + bookedText + " (planned "), visitsAfter);
        assertTrue(visitsAfter.contains("Visit 1 \u00b7 done "), visitsAfter);
        String log = String.join(" | ", fx(() -> ClientsViewTest.texts(robot.lookup("#session-log").query())));
        assertTrue(log.contains("Next visit booked for " + bookedText), log);
        Screenshots.save(robot.lookup("#consultation-sessions").query(), "sessions-next-visit");
    }

    /** "Log a session…", then the form filled from the keyboard, saved with Enter. */
    private void logSession(FxRobot robot, String depth, String practitioner, String date) {
        logSession(robot, depth, practitioner, date, null);
    }

    /** As above, booking {@code nextVisit} (the suggestion kept when null). */
    private void logSession(FxRobot robot, String depth, String practitioner, String date, String nextVisit) {
        reveal(robot, "#session-log-new");
        robot.interact(() -> robot.lookup("#session-log-new").query().requestFocus());
        robot.type(KeyCode.SPACE);
        await("the form", () -> robot.lookup("#session-form").tryQuery().isPresent());
        assertTrue(fx(() -> robot.lookup("#session-treatment").queryAs(ComboBox.class).getValue() != null),
                "the plan's step is chosen already");
        if (date != null) {
            type(robot, "#session-date", date);
        }
        if (practitioner != null) {
            type(robot, "#session-practitioner", practitioner);
        }
        robot.interact(() -> robot.lookup("#session-zone-cheek_left").query().requestFocus());
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        type(robot, "#session-device", "Dermapen 4");
        boolean suggested = fx(() -> robot.lookup("#session-setting-value-1").tryQuery().isPresent());
        if (!suggested) {
            robot.interact(() -> robot.lookup("#session-setting-add").query().requestFocus());
            robot.type(KeyCode.SPACE);
            type(robot, "#session-setting-name-1", "Needle depth");
        }
        type(robot, "#session-setting-value-1", depth);
        type(robot, "#session-anaesthetic", "Topical lidocaine 5%");
        type(robot, "#session-reaction", "Mild erythema");
        if (nextVisit != null) {
            type(robot, "#session-next-visit-field", nextVisit);
        }
        robot.type(KeyCode.ENTER);
        await("the form to close", () -> robot.lookup("#session-form").tryQuery().isEmpty());
    }

    /** Scrolls the consultation page so the node's top is at the top of the view, for the picture. */
    private static void showFromTop(FxRobot robot, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            ScrollPane scroller = robot.lookup("#consultation-details .view-scroller").queryAs(ScrollPane.class);
            double y = scroller.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double free = scroller.getContent().getBoundsInLocal().getHeight() - scroller.getViewportBounds().getHeight();
            scroller.setVvalue(free <= 0 ? 0 : Math.min(1, (y - 8) / free));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private static String progress(FxRobot robot) {
        return fx(() -> robot.lookup("#session-steps").query().lookupAll("Label").stream()
                .map(n -> ((Label) n).getText()).filter(t -> t.startsWith("Session") || t.startsWith("Not started"))
                .findFirst().orElse(""));
    }

    private void openVisit(FxRobot robot) {
        running.awaitReady();
        robot.clickOn("#nav-clients");
        await("the client list", () -> robot.lookup("#clients-results").tryQuery().isPresent());
        robot.clickOn("#clients-search");
        robot.write("lucia mendoza");
        // The recent consultations list her one visit too: wait for the search's answer, not that.
        await("Lucía", () -> robot.lookup("#clients-results").queryAs(ListView.class).getItems().size() == 1
                && robot.lookup("#clients-results-title").queryAs(Label.class).getText().equals("1 client found"));
        robot.type(KeyCode.ENTER);
        await("the history", () -> robot.lookup("#client-consultations").tryQuery().isPresent());
        robot.interact(() -> {
            ListView<?> history = robot.lookup("#client-consultations").queryAs(ListView.class);
            history.requestFocus();
            history.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        await("the consultation", () -> robot.lookup("#consultation-details").tryQuery().isPresent());
        Node details = robot.lookup("#consultation-details").query();
        assertTrue(details.isVisible());
    }
}
