package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.IntakeChange;
import com.clearpath.domain.Language;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.ui.shell.Section;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A follow-up is graded again: it opens on its concerns with the last visit's grade beside the choice, cannot reach
 * its plan until this visit is graded, and once graded walks on to a final save; it also starts from the final
 * consultation's own page.
 */
class FollowUpGradeTest {
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension english = RunningAppExtension.fresh()
            .seeded(folder -> FollowUpChangesPanelTest.seed(folder, Language.EN));

    /** From the client's history, Start follow-up, to the wizard it opens in. */
    private WizardRobot startFromClientsPage(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        openGarcia(robot);
        robot.clickOn("#client-follow-up");
        await("the consultation view", () -> running.app.mainWindow().section() == Section.NEW_CONSULTATION);
        w.await(() -> w.view().draft().changesProperty().get() != null, "the comparison with the earlier visit");
        return w;
    }

    private void openGarcia(FxRobot robot) {
        running.awaitReady();
        robot.clickOn("#nav-clients");
        await("the client list", () -> robot.lookup("#clients-results").tryQuery().isPresent());
        robot.clickOn("#clients-search");
        robot.write("jose garcia");
        await("the client", () -> fx(() -> robot.lookup("#clients-results").queryAs(ListView.class)
                .getItems().size() == 1));
        robot.type(KeyCode.ENTER);
        await("the history", () -> robot.lookup("#client-follow-up").tryQuery().isPresent()
                && robot.lookup("#client-consultations").tryQuery().isPresent());
    }

    @Test
    void aFollowUpOpensOnItsConcernsAndCannotReachThePlanUngraded(FxRobot robot) throws Exception {
        WizardRobot w = startFromClientsPage(robot);
        w.awaitStep(2);
        assertEquals(2, w.step(), "it opens where this visit's grade is asked");
        assertEquals("Last visit: grade 3 (moderate)", w.textOf("#goodman-last-visit"));
        assertNull(fx(() -> w.view().draft().goodmanGradeProperty().get()), "the earlier grade is not copied");
        assertFalse(w.exists("#goodman-0"), "Not graded is not offered at a follow-up");
        for (int g = 1; g <= 4; g++) {
            RadioButton grade = (RadioButton) w.node("#goodman-" + g);
            assertFalse(fx(grade::isSelected), "no grade chosen for this visit");
        }
        assertTrue(fx(w.node("#wizard-next")::isDisabled), "no way on to the plan without a grade");
        assertEquals("Still needed: this visit's Goodman & Baron grade", w.textOf(".wizard-key-hint"));

        // Enter on the incomplete step says what is missing under the field, naming it.
        w.focus("#goodman-2");
        w.enter();
        assertEquals(2, w.step(), "still on the concerns");
        assertEquals("Goodman & Baron grade is required at a follow-up: grade the scars as they are today, so the "
                + "outcome is measured", w.textOf("#goodman-error"));
        Node block = fx(() -> w.node("#goodman-last-visit").getParent().getParent());
        robot.interact(() -> w.view().frame().scrollIntoView(block));
        Path png = Screenshots.save(block, "follow-up-grade-hint");
        assertTrue(png.toFile().length() > 0);

        w.click("#goodman-2");
        assertFalse(w.exists("#goodman-error"), "the message goes once graded");
        assertFalse(fx(w.node("#wizard-next")::isDisabled));
        w.click("#wizard-next");
        w.awaitStep(3);
        w.click("#wizard-next");
        w.awaitStep(4);
        w.click("#iga-1");
        w.click("#screen-COLD_SORE_HISTORY");
        w.click("#wizard-next");
        w.awaitStep(5);
        assertTrue(fx(() -> w.view().draft().changesProperty().get().changes().stream()
                .anyMatch(c -> c.code() == IntakeChange.Code.GRADE_BETTER)), "measured: better by a grade");
        w.click("#wizard-next");
        w.awaitStep(6);
        w.click("#summary-save-final");
        w.await(() -> fx(() -> w.view().draft().isFinal()), "the follow-up to be final");
        UUID id = fx(() -> w.view().draft().id());
        StoredConsultation saved = running.app.records().with(s -> s.consultations().find(id)).orElseThrow();
        assertEquals(ConsultationStatus.FINAL, saved.status());
        assertEquals(2, saved.intake().goodmanBaronGrade());
    }

    @Test
    void aFinalConsultationsOwnPageStartsTheFollowUpToo(FxRobot robot) {
        openGarcia(robot);
        @SuppressWarnings("unchecked")
        ListView<Object> history = robot.lookup("#client-consultations").queryAs(ListView.class);
        robot.interact(() -> history.getSelectionModel().select(0));
        robot.type(KeyCode.ENTER);
        await("the consultation", () -> robot.lookup("#consultation-follow-up").tryQuery().isPresent());
        Button start = robot.lookup("#consultation-follow-up").queryAs(Button.class);
        assertEquals("Start follow-up", fx(start::getText));
        assertEquals("Start a follow-up consultation for José García", fx(start::getAccessibleText));
        robot.clickOn(start);
        await("the consultation view", () -> running.app.mainWindow().section() == Section.NEW_CONSULTATION);
        WizardRobot w = new WizardRobot(robot, running);
        w.await(() -> w.view().draft().changesProperty().get() != null, "the comparison with the earlier visit");
        w.awaitStep(2);
        assertTrue(w.textOf("#consultation-subtitle").startsWith("Follow-up visit for José García"));
        assertEquals("Last visit: grade 3 (moderate)", w.textOf("#goodman-last-visit"));
    }
}
