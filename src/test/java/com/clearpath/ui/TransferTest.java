package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.StoredClient;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Settings → Move records: export, then import into another data folder; a file with a problem imports nothing.
 * The file dialogs cannot be driven headless, so the tests hand the chosen path to the card as the dialog would.
 */
class TransferTest {
    @TempDir
    Path temp;
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient jose = records.client("José", "García", LocalDate.of(1990, 5, 17), "+1 210 555 0147");
            records.consultation(jose, LocalDate.now().minusMonths(3), IntakeBuilder.intake()
                    .concern(ConcernKind.ROLLING).grade(3), List.of());
            records.consultation(jose, LocalDate.now().minusDays(1), IntakeBuilder.intake()
                    .concern(ConcernKind.ROLLING).grade(2), List.of());
            StoredClient zoe = records.client("Zoë", "Nguyễn", LocalDate.of(1979, 2, 3), null);
            records.consultation(zoe, LocalDate.now().minusDays(5), IntakeBuilder.intake().concern(ConcernKind.PIH)
                    .fitzpatrick(5), List.of());
        }
    }

    @Test
    void exportThenImportIntoAFreshDataFolderBringsEveryConsultation(FxRobot robot) throws Exception {
        running.awaitReady();
        robot.clickOn("#nav-settings");
        Path file = temp.resolve("out").resolve("clearpath-export-" + LocalDate.now() + ".json");
        Files.createDirectories(file.getParent());
        robot.interact(() -> running.app.moveRecordsCard().exportTo(file));
        await("the export", () -> resultText(robot).startsWith("3 consultations exported"));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"format\" : \"clearpath.export/1\""), json.substring(0, 200));
        assertTrue(json.contains("Nguyễn"));
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file left beside the export");
        }

        // The same clinic on a new computer: a fresh data folder.
        running = fixture.restartOn(new DataFolder(temp.resolve("new-computer")));
        running.awaitReady();
        assertEquals(0, (int) running.app.records().with(s -> s.consultations().count()));
        robot.clickOn("#nav-settings");
        robot.interact(() -> running.app.moveRecordsCard().importFrom(file));
        await("the import", () -> resultText(robot).contains("added"));
        assertEquals("3 added, 0 already present; 2 new clients.", fx(() -> resultText(robot)));
        assertEquals(3, (int) running.app.records().with(s -> s.consultations().count()));
        assertEquals(2, running.app.records().with(s -> s.clients().search("jose", 5)).get(0).consultations());

        robot.interact(() -> running.app.moveRecordsCard().importFrom(file));
        await("the second import", () -> resultText(robot).startsWith("0 added"));
        assertEquals("0 added, 3 already present.", fx(() -> resultText(robot)));
        assertEquals(3, (int) running.app.records().with(s -> s.consultations().count()));
    }

    @Test
    void aFileWithABadIntakeListsEveryProblemAndImportsNothing(FxRobot robot) throws Exception {
        running.awaitReady();
        robot.clickOn("#nav-settings");
        Path file = temp.resolve("from-another-clinic.json");
        Files.writeString(file, """
                {"format": "clearpath.export/1", "consultations": [
                  {"id": "%s", "intake": %s},
                  {"id": "%s", "intake": %s},
                  {"id": "%s", "intake": %s}
                ]}""".formatted(UUID.randomUUID(), intake("Ana", "3", "ROLLING"),
                UUID.randomUUID(), intake("Bea", "9", "ROLLING"),
                UUID.randomUUID(), intake("Cleo", "2", "BOXCAR")), StandardCharsets.UTF_8);
        robot.interact(() -> running.app.moveRecordsCard().importFrom(file));
        await("the problems", () -> robot.lookup(".import-problems").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".import-problems").queryAs(DialogPane.class);
        List<String> problems = fx(() -> ClientsViewTest.texts(robot.lookup("#import-problems").query()));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("consultations[1].intake.skin.fitzpatrick")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("consultations[2].intake.concerns[0].kind")),
                problems.toString());
        assertEquals("This file cannot be imported", fx(dialog::getHeaderText));
        Screenshots.saveWithDialog(running.stage.getScene(), fx(dialog::getScene), "import-problems-1280x800");
        robot.clickOn(fx(() -> dialog.lookupButton(ButtonType.CLOSE)));

        assertTrue(fx(() -> resultText(robot)).startsWith("Nothing was imported: the file has 2 problems"),
                fx(() -> resultText(robot)));
        assertEquals(3, (int) running.app.records().with(s -> s.consultations().count()), "nothing was added");
        assertTrue(running.app.records().with(s -> s.clients().search("ana", 5)).isEmpty());
    }

    private static String intake(String firstName, String fitzpatrick, String kind) {
        return """
                {"format": "clearpath.intake/1",
                 "client": {"firstName": "%s", "lastName": "Test", "dateOfBirth": "1990-01-01"},
                 "consultedOn": "2026-01-20",
                 "concerns": [{"kind": "%s", "zones": ["CHEEK_LEFT"]}],
                 "skin": {"fitzpatrick": %s, "sensitivity": "NORMAL"},
                 "activeAcne": {"iga": 0}}""".formatted(firstName, kind, fitzpatrick);
    }

    private static String resultText(FxRobot robot) {
        Label result = robot.lookup("#transfer-result").queryAs(Label.class);
        return result.isVisible() ? result.getText() : "";
    }
}
