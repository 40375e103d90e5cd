package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ClientMatch;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** What a consultation keeps across corrections, restarts and failing saves, walked through the real app. */
class ConsultationRecoveryTest {
    private RunningApp running;
    private final AtomicBoolean exited = new AtomicBoolean();

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh()
            .beforeStart(started -> started.app.onExit(() -> exited.set(true)));

    @Test
    void aNameCorrectedAfterStepOneIsTheOneTheConsultationIsFiledUnder(FxRobot robot) throws Exception {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.reachStep(Step.PLAN);
        assertEquals(0, w.clients().count(), "leaving step one makes no client record");
        w.click("#step-1");
        w.awaitStep(1);
        robot.interact(() -> ((TextField) w.node("#client-first-name")).setText("Zoey"));
        for (int step = 2; step <= 6; step++) {
            w.click("#wizard-next");
            w.awaitStep(step);
        }
        w.click("#summary-save-final");
        w.await(() -> fx(() -> w.view().draft().isFinal()), "the final save");

        List<ClientMatch> found = w.clients().search("test", 10);
        assertEquals(1, found.size(), "one client, no leftover: " + found);
        assertEquals("Zoey", found.get(0).firstName());
        StoredConsultation saved = w.consultations().find(fx(() -> w.view().draft().id())).orElseThrow();
        assertEquals(ConsultationStatus.FINAL, saved.status());
        assertEquals(found.get(0).id(), saved.clientId());
    }

    @Test
    void theScreeningStepAsksWhenIsotretinoinWasStoppedAndThePlanNamesTheDayTheWaitEnds(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.reachStep(Step.SCREENING);
        assertFalse(w.exists("#screen-isotretinoin-stopped"), "asked only when the answer is yes");
        w.click("#screen-ISOTRETINOIN_RECENT");
        w.await(() -> w.exists("#screen-isotretinoin-stopped"), "the stop date question");
        java.time.LocalDate stopped = java.time.LocalDate.now().minusMonths(2);
        w.write("#screen-isotretinoin-stopped", stopped.toString());
        w.await(() -> w.exists("#screen-isotretinoin-ends"), "the day the six months end");
        assertTrue(w.textOf("#screen-isotretinoin-ends").contains(String.valueOf(stopped.plusMonths(6).getYear())));
        w.click("#iga-0");
        w.click("#wizard-next");
        w.awaitStep(5);
        var plan = fx(() -> w.view().draft().planProperty().get());
        assertTrue(plan.exclusion(com.clearpath.domain.Treatment.ABLATIVE_RESURFACING).orElseThrow().reasons().stream()
                .anyMatch(r -> com.clearpath.words.ReasonWords.english().of(r.reason()).contains("wait until " + stopped.plusMonths(6))));
    }

    @Test
    void aDraftSavedMeanwhileElsewhereIsNotWrittenOverAndTheWizardSaysSo(FxRobot robot) throws Exception {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.newClient("Ana", "Reyes", "1996-04-12");
        UUID id = fx(() -> w.view().draft().id());
        w.await(() -> w.consultations().find(id).isPresent(), "the first save");
        w.await(() -> w.textOf("#wizard-save-state").startsWith("Draft saved"), "the save confirmed");
        // Another copy (a second computer, later) saves the same draft meanwhile.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + running.folder.database());
             Statement s = c.createStatement()) {
            s.execute("UPDATE consultations SET version = version + 1, goodman_grade = 3 WHERE id = '" + id + "'");
        }
        w.write("#client-phone", "555 0101");
        w.await(() -> w.textOf("#wizard-save-state").contains("another window or computer"), "the refusal said");
        var stored = w.consultations().find(id).orElseThrow();
        assertTrue(stored.intake().client().phone() == null, "the newer row was not written over");
    }

    @Test
    void theDateOfBirthErrorGoesOnceAValidDateIsTyped(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.newClient("Ana", "Reyes", "2099-01-01");
        w.tab();
        w.await(() -> w.exists("#client-dob-error"), "the error for a date in the future");
        robot.interact(() -> ((TextField) w.node("#client-dob")).setText("1996-04-12"));
        w.await(() -> !w.exists("#client-dob-error"), "the error to go");
        assertEquals("", w.textOf("#client-dob-error"));
    }

    @Test
    void aResumedDraftOpensOnItsStepAndThePractitionerIsRememberedAfterARestart(FxRobot robot) throws Exception {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.write("#client-practitioner", "J. Park");
        w.reachStep(Step.SUMMARY);
        UUID id = fx(() -> w.view().draft().id());
        w.await(() -> w.consultations().find(id).map(k -> k.step() != null && k.step() == 5).orElse(false),
                "the summary step saved with the draft");

        RunningApp second = fixture.restart();
        WizardRobot again = new WizardRobot(robot, second);
        again.awaitDatabase();
        again.await(() -> "J. Park".equals(fx(() -> again.view().draft().practitionerProperty().get())),
                "the practitioner of this workstation");
        again.await(() -> again.exists("#unfinished-resume-" + id), "the offer to resume");
        again.click("#unfinished-resume-" + id);
        again.awaitStep(6);
    }

    @Test
    void quittingWhileSavesFailWarnsAndKeepsTheDraftAsAFileOfferedAtTheNextStart(FxRobot robot) throws Exception {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + running.folder.database());
             Statement s = c.createStatement()) {
            for (String when : List.of("INSERT", "UPDATE")) {
                s.execute("CREATE TRIGGER disk_full_" + when + " BEFORE " + when + " ON consultations BEGIN "
                        + "SELECT RAISE(ABORT, 'SQLITE_FULL database or disk is full'); END");
            }
        }
        w.newClient("Ana", "Reyes", "1996-04-12");
        UUID id = fx(() -> w.view().draft().id());
        w.await(() -> w.textOf("#wizard-save-state").startsWith("Not saved"), "the failing save");

        robot.interact(() -> running.stage.fireEvent(new WindowEvent(running.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        w.await(() -> robot.lookup(".unsaved-on-quit").tryQuery().isPresent(), "the warning");
        DialogPane dialog = robot.lookup(".unsaved-on-quit").queryAs(DialogPane.class);
        String body = fx(dialog::getContentText);
        assertFalse(body.contains("Nothing you entered was lost"), body);
        assertTrue(body.contains("disk may be full"), body);
        assertTrue(fx(() -> running.stage.isShowing()), "nothing closes before the person answers");
        ButtonType keep = fx(() -> dialog.getButtonTypes().get(0));
        robot.interact(() -> ((Button) dialog.lookupButton(keep)).fire());
        w.await(exited::get, "the quit after keeping the file");
        Path file = running.folder.root().resolve("unsaved").resolve(id + ".json");
        assertTrue(Files.isRegularFile(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + running.folder.database());
             Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER disk_full_INSERT");
            s.execute("DROP TRIGGER disk_full_UPDATE");
        }
        RunningApp second = fixture.restart();
        WizardRobot again = new WizardRobot(robot, second);
        again.awaitDatabase();
        again.await(() -> again.exists("#unfinished-resume-kept-" + id), "the kept draft offered back");
        again.click("#unfinished-resume-kept-" + id);
        again.await(() -> "Ana".equals(fx(() -> again.view().draft().firstNameProperty().get())), "the answers back");
        again.await(() -> again.consultations().find(id).isPresent() && !Files.exists(file),
                "the draft saved in the records and its file gone");
        assertEquals("Reyes", again.consultations().find(id).orElseThrow().intake().client().lastName());
    }
}
