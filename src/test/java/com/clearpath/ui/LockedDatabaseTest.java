package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.DatabaseStatus;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Another program holds the database at start: the app says so and opens it once it is free. */
class LockedDatabaseTest {
    private RunningApp running;
    private Connection other;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed).afterStop(this::releaseLock);

    private void seed(DataFolder folder) throws Exception {
        folder.ensureExists();
        // The clinic's own database, held by another copy in the middle of a write.
        Database.open(folder.database()).close();
        other = DriverManager.getConnection("jdbc:sqlite:" + folder.database());
        try (Statement s = other.createStatement()) {
            // Out of WAL, as an older copy or another tool may leave it: there an exclusive lock keeps readers out too.
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO metadata (key, value) VALUES ('held', '1')");
        }
    }

    private void releaseLock() throws Exception {
        if (other != null && !other.isClosed()) {
            other.close();
        }
    }

    @Test
    void tryAgainOpensTheDatabaseOnceTheOtherCopyLetsGo(FxRobot robot) throws Exception {
        await("the question", () -> robot.lookup(".locked-database").tryQuery().isPresent());
        DatabaseStatus status = fx(() -> running.app.databaseStatusProperty().get());
        assertTrue(status instanceof DatabaseStatus.Unavailable u && u.kind() == RecordsFailure.Kind.LOCKED,
                status.toString());
        DialogPane dialog = robot.lookup(".locked-database").queryAs(DialogPane.class);
        assertEquals("Another copy of Clearpath seems to be open", fx(dialog::getHeaderText));

        try (Statement s = other.createStatement()) {
            s.execute("ROLLBACK");
        }
        other.close();
        ButtonType retry = fx(() -> dialog.getButtonTypes().stream().filter(b -> b.getText().equals("Try again"))
                .findFirst().orElseThrow());
        robot.clickOn(fx(() -> dialog.lookupButton(retry)));
        running.awaitReady();
    }
}
