package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import com.clearpath.store.PhotoRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The screens say plainly when a backup could not carry a photo, or a restore could not bring one back. */
class BackupPhotosTest {
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    /** A photo the records list whose file is not in the data folder, as if removed by hand. */
    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient jose = records.client("José", "García", LocalDate.of(1990, 5, 17), "+1 210 555 0147");
            StoredConsultation visit = records.consultation(jose, LocalDate.now().minusDays(3),
                    IntakeBuilder.intake().concern(ConcernKind.ROLLING), List.of());
            new PhotoRepository(records.db, Clock.systemUTC()).add(new Photo(UUID.randomUUID(), visit.id(), jose.id(),
                    PhotoView.FRONT, Optional.empty(), visit.intake().consultedOn(), Instant.now(), "jpg", 1234,
                    "0".repeat(64), 640, 480, 1), "J. Park");
        }
    }

    @Test
    void theDailyBackupAndBackUpNowSayWhichPhotosCouldNotGoWithThem(FxRobot robot) throws Exception {
        running.awaitReady();
        await("the daily backup", () -> !robot.lookup("#status-backup").queryAs(Label.class).getText().isEmpty());
        String status = fx(() -> robot.lookup("#status-backup").queryAs(Label.class).getText());
        assertTrue(status.startsWith("Backed up today at ") && status.endsWith(
                ", but 1 photo could not go with it (1 file missing)"), status);

        robot.clickOn("#nav-settings");
        ListView<?> list = robot.lookup("#backups-list").queryAs(ListView.class);
        await("the list", () -> list.getItems().size() == 1);
        RunningApp.reveal(robot, "#backups-now");
        robot.clickOn("#backups-now");
        await("the second backup", () -> list.getItems().size() == 2);
        String result = fx(() -> robot.lookup("#backups-result").queryAs(Label.class).getText());
        assertTrue(result.startsWith("Backup made") && result.contains(
                "1 photo could not go with this backup (1 file missing). The records themselves are all in it."), result);
    }

    @Test
    void aRestoreSaysWhichPhotosItCouldNotBringBack(FxRobot robot) throws Exception {
        running.awaitReady();
        await("the daily backup", () -> !robot.lookup("#status-backup").queryAs(Label.class).getText().isEmpty());
        robot.clickOn("#nav-settings");
        ListView<?> list = robot.lookup("#backups-list").queryAs(ListView.class);
        await("the list", () -> list.getItems().size() == 1 && list.getSelectionModel().getSelectedIndex() == 0);
        RunningApp.reveal(robot, "#backups-restore");
        robot.clickOn("#backups-restore");
        await("the question", () -> robot.lookup(".restore-confirmation").tryQuery().isPresent());
        DialogPane question = robot.lookup(".restore-confirmation").queryAs(DialogPane.class);
        Button restore = fx(() -> (Button) question.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Restore this backup")).map(question::lookupButton).findFirst().orElseThrow());
        robot.clickOn(restore);

        await("the restore", () -> robot.lookup("#backups-kept-at").queryAs(TextField.class).isVisible());
        running.awaitReady();
        String result = fx(() -> robot.lookup("#backups-result").queryAs(Label.class).getText());
        assertTrue(result.startsWith("Restored the backup from") && result.contains("1 photo could not be brought back "
                + "into the data folder (1 file missing). The records themselves are restored"), result);
        assertTrue(result.endsWith("The database it replaced is kept here:"), result);
    }
}
