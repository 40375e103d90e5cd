package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.document.IcsText;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Visit;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** An opened final consultation shows the visits to book and writes them as a calendar file, noted in its history. */
class FrontDeskVisitsTest {
    @TempDir
    Path temp;
    private RunningApp running;
    private StoredConsultation kept;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient garcia = records.client("José", "García", LocalDate.of(1990, 5, 17), "+1 210 555 0147");
            kept = records.consultation(garcia, LocalDate.now().minusDays(1), IntakeBuilder.intake()
                    .concern(ConcernKind.ICE_PICK).concern(ConcernKind.ROLLING).concern(ConcernKind.BOXCAR_DEEP)
                    .fitzpatrick(4), List.of());
        }
    }

    @Test
    void theVisitsAreListedAndSavedAsACalendarFile(FxRobot robot) throws Exception {
        running.awaitReady();
        robot.clickOn("#nav-clients");
        robot.interact(() -> running.app.clientsView().openConsultation(kept.id()));
        await("the visits", () -> robot.lookup("#consultation-visits-list").tryQuery().isPresent());
        String listed = String.join(" ", fx(() -> ClientsViewTest.texts(robot.lookup("#consultation-visits-list")
                .query())));
        List<Visit> visits = kept.plan().protocol().visits();
        assertTrue(listed.contains("Visit 1 \u00b7 ") && listed.contains("Visit " + visits.size() + " \u00b7 "), listed);
        assertTrue(listed.contains("visible downtime until"), listed);
        assertFalse(fx(() -> robot.lookup("#consultation-visits").queryAs(Button.class).isDisabled()));
        Screenshots.save(running.stage.getScene(), "clients-consultation-visits-1280x800");

        Path file = temp.resolve("García-José-visits.ics");
        robot.interact(() -> running.app.clientsView().saveVisits(file));
        await("saved", () -> robot.lookup("#consultation-visits-outcome").tryQuery()
                .map(n -> n.isVisible() && ((Label) n).getText().contains("saved as")).orElse(false));
        assertEquals(visits.size() + " visits saved as García-José-visits.ics, ready to import into the booking "
                + "calendar.", fx(() -> robot.lookup("#consultation-visits-outcome").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#consultation-visits").query().isFocused()), "the focus stays on the button");
        assertEquals(visits.size(), IcsText.parse(Files.readString(file)).size());
        String history = String.join(" ", fx(() -> ClientsViewTest.texts(robot.lookup("#consultation-documents")
                .query())));
        assertTrue(history.contains("Visits: " + visits.size() + " visits saved as García-José-visits.ics"), history);
    }
}
