package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.ClientRepository;
import com.clearpath.store.DataFolder;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The Clients screen corrects the client list itself: edit, merge a duplicate, delete a leftover record. */
class ClientCorrectionsTest {
    private RunningApp running;
    private UUID ana;
    private UUID duplicate;
    private UUID leftover;
    private UUID duplicateVisit;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient a = records.client("Ana", "Reyes", LocalDate.of(1996, 4, 12), null);
            ana = a.id();
            records.consultation(a, LocalDate.now().minusMonths(3), IntakeBuilder.intake().concern(ConcernKind.ROLLING),
                    List.of());
            StoredClient d = records.client("Anna", "Reyes", LocalDate.of(1996, 4, 12), null);
            duplicate = d.id();
            StoredConsultation visit = records.consultation(d, LocalDate.now().minusDays(3),
                    IntakeBuilder.intake().concern(ConcernKind.PIH), List.of());
            duplicateVisit = visit.id();
            leftover = records.client("Aan", "Reyez", LocalDate.of(1996, 4, 12), null).id();
        }
    }

    private ClientRepository clients() {
        return fx(() -> running.app.records().with(s -> s.clients()));
    }

    private void openClient(FxRobot robot, UUID id) {
        running.awaitReady();
        // By its shortcut: a click would leave the pointer on the entry, whose tooltip window takes the keys under Monocle.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        await("the client list", () -> robot.lookup("#clients-results").tryQuery().isPresent());
        robot.interact(() -> running.app.clientsView().openClient(id));
        await("the client's page", () -> robot.lookup("#client-record-menu").tryQuery().isPresent());
        await("the record menu laid out", () -> fx(() -> menu(robot).getSkin() != null));
    }

    private static javafx.scene.control.MenuButton menu(FxRobot robot) {
        return robot.lookup("#client-record-menu").queryAs(javafx.scene.control.MenuButton.class);
    }

    private static javafx.scene.control.MenuItem item(FxRobot robot, String id) {
        return menu(robot).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aClientsNameIsCorrectedFromTheirPageByKeyboard(FxRobot robot) throws Exception {
        openClient(robot, leftover);
        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        await("the record menu", () -> fx(() -> menu(robot).isShowing()));
        robot.press(KeyCode.ALT, KeyCode.E).release(KeyCode.E, KeyCode.ALT);
        await("the editor", () -> robot.lookup("#client-edit-first").tryQuery().isPresent());
        assertEquals("client-edit-first", fx(() -> running.stage.getScene().getFocusOwner().getId()));
        robot.interact(() -> {
            robot.lookup("#client-edit-first").queryAs(TextField.class).setText("Ann");
            robot.lookup("#client-edit-last").queryAs(TextField.class).setText("Reyes-Cruz");
        });
        robot.type(KeyCode.ENTER);
        await("the corrected name", () -> clients().find(leftover).orElseThrow().client().lastName().equals("Reyes-Cruz"));
        assertEquals(ClientRepository.ChangeKind.EDITED, clients().changes(leftover).get(0).kind());
    }

    @Test
    void aDuplicateIsMergedAndALeftoverWithoutFinalConsultationsIsDeleted(FxRobot robot) throws Exception {
        openClient(robot, ana);
        assertTrue(fx(() -> item(robot, "client-delete").isDisable()),
                "a client with final consultations cannot be deleted");
        robot.interact(() -> item(robot, "client-merge").fire());
        await("the merge search", () -> robot.lookup("#client-merge-search").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#client-merge-search").queryAs(TextField.class).setText("anna"));
        robot.interact(() -> robot.lookup("#client-merge-search").queryAs(TextField.class).fireEvent(
                new javafx.event.ActionEvent()));
        await("the duplicate offered", () -> robot.lookup("#client-merge-candidate-" + duplicate).tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#client-merge-candidate-" + duplicate).queryAs(Button.class).fire());
        robot.interact(() -> robot.lookup("#client-merge-confirm").queryAs(Button.class).fire());
        await("the merge", () -> clients().find(duplicate).isEmpty());
        assertEquals(ana, fx(() -> running.app.records().with(s -> s.consultations().find(duplicateVisit)))
                .orElseThrow().clientId());
        assertEquals(ClientRepository.ChangeKind.MERGED, clients().changes(ana).get(0).kind());

        openClient(robot, leftover);
        robot.interact(() -> item(robot, "client-delete").fire());
        robot.interact(() -> robot.lookup("#client-delete-confirm").queryAs(Button.class).fire());
        await("the deletion", () -> clients().find(leftover).isEmpty());
        await("the page left", () -> robot.lookup("#clients-detail-placeholder").tryQuery().isPresent());
    }
}
