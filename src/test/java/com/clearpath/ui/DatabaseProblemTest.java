package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.DatabaseStatus;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.shell.Section;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A database the app cannot use is reported in the window; the app stays up. */
class DatabaseProblemTest {
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        Files.createDirectories(folder.root());
        // As if a newer Clearpath had already upgraded this database.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.database());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void saysTheDatabaseIsUnavailableAndKeepsWorking(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> fx(() -> running.app.databaseStatusProperty().get()) instanceof DatabaseStatus.Unavailable);
        String status = fx(() -> robot.lookup("#status-database").queryAs(Label.class).getText());
        assertTrue(status.startsWith("Database unavailable:"), status);
        assertTrue(status.contains("newer version"), status);
        assertTrue(running.app.database().isEmpty());

        robot.clickOn("#nav-settings");
        assertEquals(Section.SETTINGS, running.section());
        String schema = fx(() -> robot.lookup("#settings-schema").queryAs(TextField.class).getText());
        assertEquals("Not available", schema);
        Label problem = robot.lookup("#settings-database-problem").queryAs(Label.class);
        assertTrue(fx(problem::isVisible));
        assertTrue(fx(problem::getText).contains("schema 99"), fx(problem::getText));
        Screenshots.save(running.stage.getScene(), "database-unavailable-settings");
    }
}
