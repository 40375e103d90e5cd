package com.clearpath.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Audit;
import com.clearpath.app.Clinic;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditEvent;
import com.clearpath.domain.AuditSubject;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.common.Dialogs;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import com.clearpath.ui.records.RecordWords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings → Audit trail on a real data folder, in a real scene: listing, filtering, checking and exporting. */
@ExtendWith(ApplicationExtension.class)
class AuditCardTest {
    @TempDir
    Path temp;

    private Stage stage;
    private Clinic clinic;
    private final Messages text = Messages.load(Locale.ROOT);

    @Start
    void start(Stage s) {
        stage = s;
        s.setScene(new Scene(new StackPane(), 1000, 700));
        s.show();
    }

    @AfterEach
    void close() {
        if (clinic != null) {
            clinic.close();
        }
    }

    private AuditCard card(FxRobot robot) throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("data")).ensureExists();
        clinic = new Clinic(folder, Clock.systemDefaultZone(), "jpark", "desk-1");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        Audit audit = new Audit(clinic);
        audit.record(AuditAction.CONSULTATION_OPENED, AuditSubject.CONSULTATION,
                "b23a1881-5c7d-4e2f-8a90-1d2c3b4a5f60");
        audit.record(AuditAction.CONSULTATION_PRINTED, AuditSubject.CONSULTATION,
                "b23a1881-5c7d-4e2f-8a90-1d2c3b4a5f60", "HANDOUT", "EN", "1");
        audit.record(AuditAction.SETTING_CHANGED, AuditSubject.SETTING, "PLAN_CALENDAR");
        ZoneId zone = ZoneId.systemDefault();
        AuditCard card = new AuditCard(text, new RecordWords(text, TreatmentCatalog::builtIn),
                new AuditLog(new SameThreadBackgroundTasks(), audit, zone), zone,
                new Dialogs(text, () -> stage, null), notice -> { });
        robot.interact(() -> {
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(card.node());
            card.shown();
        });
        return card;
    }

    @SuppressWarnings("unchecked")
    private static ListView<Object> list(FxRobot robot) {
        return robot.lookup("#audit-list").queryAs(ListView.class);
    }

    private static String result(FxRobot robot) {
        return robot.lookup("#audit-result").queryAs(Label.class).getText();
    }

    @Test
    void listsNewestFirstInWordsAndFiltersByAction(FxRobot robot) throws Exception {
        AuditCard card = card(robot);
        ListView<Object> list = list(robot);
        assertEquals(3, list.getItems().size());
        String newest = card.line((AuditEvent) list.getItems().get(0));
        assertTrue(newest.contains("jpark on desk-1 · Setting changed (setting PLAN_CAL"), newest);
        assertTrue(card.line((AuditEvent) list.getItems().get(2))
                .contains("Consultation opened (consultation b23a1881)"));

        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = robot.lookup("#audit-action").queryAs(ComboBox.class);
        robot.interact(() -> action.setValue(AuditAction.CONSULTATION_PRINTED));
        robot.clickOn("#audit-show");
        assertEquals(1, list.getItems().size());
    }

    @Test
    void checkingSaysIntactThenNamesTheEntryChangedOutsideTheApp(FxRobot robot) throws Exception {
        card(robot);
        robot.clickOn("#audit-check");
        assertEquals("The trail is intact: 3 entries checked.", result(robot));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + clinic.folder().database());
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_is_read_only");
            s.executeUpdate("UPDATE audit_events SET actor = 'someone' WHERE seq = 2");
        }
        robot.clickOn("#audit-check");
        assertEquals("The trail is broken at entry 2: it was changed after it was written. The entry before it is "
                + "intact.", result(robot));
    }

    @Test
    void exportsTheTrailAsCsvAndShowsTheExportAsTheNewestEntry(FxRobot robot) throws Exception {
        AuditCard card = card(robot);
        Path csv = temp.resolve("out").resolve("audit.csv");
        robot.interact(() -> card.exportTo(csv));
        assertEquals("3 entries exported to audit.csv.", result(robot));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(4, lines.size());
        assertTrue(lines.get(3).contains(",SETTING_CHANGED,SETTING,PLAN_CALENDAR,"), lines.get(3));
        assertEquals(4, list(robot).getItems().size());
    }
}
