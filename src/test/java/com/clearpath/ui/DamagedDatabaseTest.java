package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.StoredClient;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.Backups;
import com.clearpath.store.DataFolder;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** A database whose header was overwritten: the app asks what to do, restores the backup and keeps the damaged file. */
class DamagedDatabaseTest {
    static final byte[] GARBAGE = new byte[100];

    static {
        Arrays.fill(GARBAGE, (byte) 0x5A);
    }

    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient jose = records.client("José", "García", LocalDate.of(1990, 5, 17), "+1 210 555 0147");
            records.consultation(jose, LocalDate.now().minusDays(3), IntakeBuilder.intake().concern(ConcernKind.ROLLING),
                    List.of());
            new Backups(folder, Clock.systemDefaultZone()).backupNow(records.db);
        }
        try (RandomAccessFile file = new RandomAccessFile(folder.database().toFile(), "rw")) {
            file.write(GARBAGE);
        }
    }

    @Test
    void restoringTheLatestBackupRecoversTheRecordsAndKeepsTheDamagedFile(FxRobot robot) throws Exception {
        await("the question", () -> robot.lookup(".damaged-database").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".damaged-database").queryAs(DialogPane.class);
        assertEquals("The database file is damaged", fx(dialog::getHeaderText));
        List<String> choices = fx(() -> dialog.getButtonTypes().stream().map(ButtonType::getText).toList());
        assertEquals(3, choices.size(), choices.toString());
        assertTrue(choices.get(0).startsWith("Restore latest backup (from "), choices.toString());
        assertEquals(List.of("Start with an empty database", "Quit"), choices.subList(1, 3));
        Screenshots.saveWithDialog(running.stage.getScene(), fx(dialog::getScene), "damaged-database-1280x800");

        robot.clickOn(button(dialog, choices.get(0)));
        running.awaitReady();
        await("the outcome", () -> robot.lookup(".recovered-database").tryQuery().isPresent());
        DialogPane done = robot.lookup(".recovered-database").queryAs(DialogPane.class);
        assertTrue(fx(done::getContentText).contains("clearpath.db.damaged-"), fx(done::getContentText));
        robot.clickOn(fx(() -> done.lookupButton(ButtonType.OK)));

        Path damaged = damagedFile();
        byte[] start = Arrays.copyOf(Files.readAllBytes(damaged), 100);
        assertArrayEquals(GARBAGE, start, "the damaged file is kept as it was");

        robot.clickOn("#nav-clients");
        await("the client list", () -> robot.lookup("#clients-results").tryQuery().isPresent());
        robot.clickOn("#clients-search").write("jose");
        await("José", () -> robot.lookup("#clients-results").queryAs(ListView.class).getItems().size() == 1);
    }

    @Test
    void startingEmptyAlsoKeepsTheDamagedFile(FxRobot robot) throws Exception {
        await("the question", () -> robot.lookup(".damaged-database").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".damaged-database").queryAs(DialogPane.class);
        robot.clickOn(button(dialog, "Start with an empty database"));
        running.awaitReady();
        await("the outcome", () -> robot.lookup(".recovered-database").tryQuery().isPresent());
        robot.clickOn(fx(() -> robot.lookup(".recovered-database").queryAs(DialogPane.class).lookupButton(ButtonType.OK)));
        assertEquals(0, (int) running.app.records().with(s -> s.clients().count()));
        assertArrayEquals(GARBAGE, Arrays.copyOf(Files.readAllBytes(damagedFile()), 100));
    }

    private static Node button(DialogPane dialog, String text) {
        return fx(() -> dialog.getButtonTypes().stream().filter(b -> b.getText().equals(text))
                .map(b -> (Button) dialog.lookupButton(b)).findFirst().orElseThrow());
    }

    private Path damagedFile() throws Exception {
        try (Stream<Path> files = Files.list(running.folder.root())) {
            List<Path> damaged = files.filter(p -> p.getFileName().toString().startsWith("clearpath.db.damaged-")
                    && !p.getFileName().toString().endsWith("-wal") && !p.getFileName().toString().endsWith("-shm"))
                    .toList();
            assertEquals(1, damaged.size(), damaged.toString());
            return damaged.get(0);
        }
    }
}
