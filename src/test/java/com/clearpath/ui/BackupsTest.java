package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.StoredClient;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The day's backup at start, "Back up now", and restoring a backup from Settings. */
class BackupsTest {
    private RunningApp running;
    private UUID ana;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient jose = records.client("José", "García", LocalDate.of(1990, 5, 17), "+1 210 555 0147");
            records.consultation(jose, LocalDate.now().minusDays(3), IntakeBuilder.intake().concern(ConcernKind.ROLLING),
                    List.of());
            ana = records.client("Ana", "Reyes", LocalDate.of(1996, 4, 12), null).id();
        }
    }

    @Test
    void theFirstStartOfTheDayMakesABackupAndSaysSo(FxRobot robot) throws Exception {
        awaitDailyBackup(robot);
        assertTrue(fx(() -> robot.lookup("#status-backup").queryAs(Label.class).getText()).startsWith("Backed up today"));
        assertEquals(1, backupFiles().size());
        String log = Files.readString(running.folder.logs().resolve("clearpath.log"));
        assertTrue(log.contains("Backup made: clearpath-"), log);
        assertTrue(!log.contains(running.folder.backups().toString()), "the log names the file, not the folder");
    }

    @Test
    void backUpNowAddsABackupToTheListAndTheFolder(FxRobot robot) throws Exception {
        awaitDailyBackup(robot);
        robot.clickOn("#nav-settings");
        ListView<?> list = robot.lookup("#backups-list").queryAs(ListView.class);
        await("the list", () -> list.getItems().size() == 1);
        RunningApp.reveal(robot, "#backups-now");
        robot.clickOn("#backups-now");
        await("the second backup", () -> list.getItems().size() == 2);
        assertEquals(2, backupFiles().size());
        assertTrue(fx(() -> robot.lookup("#backups-result").queryAs(Label.class).getText()).startsWith("Backup made"));
    }

    @Test
    void theFileMenuBacksUpFromAnyViewAndShowsTheOutcomeInSettings(FxRobot robot) throws Exception {
        awaitDailyBackup(robot);
        robot.clickOn("#nav-clients");
        MenuBar menu = robot.lookup("#app-menu").queryAs(MenuBar.class);
        List<String> items = fx(() -> menu.getMenus().get(0).getItems().stream()
                .map(i -> i.getText() == null ? "-" : i.getText().replace("_", "")).toList());
        assertEquals(List.of("Export records…", "Import records…", "-", "Back up now", "-", "Quit"), items);
        // Monocle does not route Alt mnemonics to a MenuBar, so the item is fired as the menu would.
        robot.interact(() -> menu.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-backup".equals(i.getId())).findFirst().orElseThrow().fire());
        assertEquals(com.clearpath.ui.shell.Section.SETTINGS, running.section());
        await("the backup from the menu", () -> backupFiles().size() == 2);
        await("Settings shows it", () -> robot.lookup("#backups-result").tryQueryAs(Label.class)
                .map(l -> l.isVisible() && l.getText().startsWith("Backup made")).orElse(false));
        Screenshots.save(robot.lookup("#app-menu").queryAs(MenuBar.class).getScene(), "file-menu-backup-1280x800");
    }

    @Test
    void restoringAfterConfirmationBringsBackADeletedClientAndKeepsTheReplacedFile(FxRobot robot) throws Exception {
        awaitDailyBackup(robot);
        // Lost after the backup was made, as by a mistake outside the app.
        running.app.records().with(s -> {
            try (PreparedStatement ps = s.database().connection().prepareStatement("DELETE FROM clients WHERE id = ?")) {
                ps.setString(1, ana.toString());
                ps.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        assertTrue(running.app.records().with(s -> s.clients().search("ana reyes", 5)).isEmpty());

        robot.clickOn("#nav-settings");
        ListView<?> list = robot.lookup("#backups-list").queryAs(ListView.class);
        await("the list", () -> list.getItems().size() == 1 && list.getSelectionModel().getSelectedIndex() == 0);
        RunningApp.reveal(robot, "#backups-restore");
        Screenshots.save(running.stage.getScene(), "settings-backups-1280x800");
        robot.clickOn("#backups-restore");
        await("the question", () -> robot.lookup(".restore-confirmation").tryQuery().isPresent());
        DialogPane question = robot.lookup(".restore-confirmation").queryAs(DialogPane.class);
        String body = fx(question::getContentText);
        assertTrue(body.contains("kept aside"), body);
        assertTrue(fx(() -> question.getButtonTypes().stream().map(question::lookupButton)
                .filter(b -> ((Button) b).isDefaultButton()).map(b -> ((Button) b).getText()).toList())
                .equals(List.of("Cancel")), "Enter cancels");
        Screenshots.saveWithDialog(running.stage.getScene(), fx(question::getScene), "settings-restore-question-1280x800");
        Button restore = fx(() -> (Button) question.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Restore this backup")).map(question::lookupButton).findFirst().orElseThrow());
        robot.clickOn(restore);

        await("the restore", () -> robot.lookup("#backups-kept-at").queryAs(TextField.class).isVisible());
        running.awaitReady();
        Path kept = Path.of(fx(() -> robot.lookup("#backups-kept-at").queryAs(TextField.class).getText()));
        assertTrue(Files.isRegularFile(kept), "the replaced database is kept: " + kept);
        assertTrue(kept.getFileName().toString().startsWith("clearpath.db.replaced-"), kept.toString());
        assertEquals("Ana Reyes", running.app.records().with(s -> s.clients().search("ana reyes", 5)).get(0)
                .displayName());
        RunningApp.reveal(robot, "#backups-kept-at");
        Screenshots.save(running.stage.getScene(), "settings-backup-restored-1280x800");
    }

    private void awaitDailyBackup(FxRobot robot) {
        running.awaitReady();
        await("the daily backup", () -> !robot.lookup("#status-backup").queryAs(Label.class).getText().isEmpty());
    }

    private List<Path> backupFiles() throws Exception {
        try (Stream<Path> files = Files.list(running.folder.backups())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".db")).toList();
        }
    }
}
