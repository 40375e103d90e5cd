package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Case10;
import com.clearpath.domain.Language;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Plan step as the place the protocol is agreed, walked by keyboard only on case 10 (ice pick, rolling and deep
 * boxcar scars): an alternative chosen, a step dropped, a step moved, a treatment added as a step, each with its
 * reason, a blank reason and a wrong week refused with a message naming the field, and an undo.
 */
class PlanStepProtocolTest {
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh();

    /** Case 10 opened in the wizard and moved on to the Plan step. */
    private WizardRobot openCase10(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        robot.interact(() -> w.view().open(StoredConsultation.newDraft(Case10.inWizard())));
        w.await(() -> fx(() -> w.view().draft().planProperty().get()) != null, "the plan of case 10");
        for (int i = 0; i < 6 && w.step() < 5; i++) {
            robot.interact(() -> w.view().frame().next());
        }
        w.awaitStep(5);
        return w;
    }

    private static List<PlanOverride> overrides(WizardRobot w) {
        return fx(() -> List.copyOf(w.view().draft().overrides()));
    }

    private static String name(Treatment t) {
        return com.clearpath.engine.TreatmentCatalog.builtIn().get(t).name().in(Language.EN);
    }

    private void selectAllAndType(FxRobot robot, String s) {
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(s);
    }

    @Test
    void theProtocolIsAgreedByKeyboardAlone(FxRobot robot) throws Exception {
        WizardRobot w = openCase10(robot);
        assertTrue(w.exists("#protocol-timeline"));
        assertFalse(fx(() -> ((javafx.scene.control.TitledPane) w.node("#plan-options")).isExpanded()),
                "the ranked options are folded");
        assertEquals("protocol-alt-TCA_CROSS", w.focused(), "the Plan step opens on the first step's first action");

        // 1. An alternative for the resurfacing step; a blank reason is refused and says so.
        w.tabTo("protocol-alt-FRACTIONAL_ABLATIVE_LASER").space();
        assertEquals("protocol-editor-choice", w.focused());
        w.tab();
        assertEquals("protocol-editor-reason", w.focused());
        w.enter();
        String refused = w.textOf("#protocol-editor-error");
        assertTrue(refused.startsWith("Reason is required"), refused);
        assertEquals("protocol-editor-reason", w.focused(), "the keyboard goes to the field named");
        assertTrue(overrides(w).isEmpty(), "nothing recorded without a reason");
        assertEquals(5, w.step(), "Enter in the reason does not move the wizard on");
        robot.write("Less downtime before her wedding");
        w.enter();
        w.await(() -> overrides(w).size() == 1, "the alternative");
        PlanOverride alt = overrides(w).get(0);
        assertEquals(PlanOverride.Action.ALTERNATIVE_CHOSEN, alt.action());
        assertEquals(Treatment.RF_MICRONEEDLING, alt.treatment());
        assertEquals(Treatment.FRACTIONAL_ABLATIVE_LASER, alt.replaces());
        assertTrue(w.textOf("#protocol-step-title-FRACTIONAL_ABLATIVE_LASER").contains(name(Treatment.RF_MICRONEEDLING)));
        assertTrue(w.textOf("#protocol-step-alternatives-FRACTIONAL_ABLATIVE_LASER").contains(
                name(Treatment.FRACTIONAL_ABLATIVE_LASER)), "the engine's choice is now an alternative");
        assertEquals("protocol-alt-FRACTIONAL_ABLATIVE_LASER", w.focused(), "focus stays on the step");

        // 2. Drop the release step.
        w.tabTo("protocol-drop-SUBCISION").space();
        assertEquals("protocol-editor-reason", w.focused());
        robot.write("Rolling scars are mild; fewer procedures");
        w.enter();
        w.await(() -> overrides(w).size() == 2, "the drop");
        assertFalse(w.exists("#protocol-step-SUBCISION"), "the dropped step is gone");

        // 3. Move the individual-scar step; a week that is not a number, then one out of range, are refused.
        w.focus("#protocol-move-TCA_CROSS").space();
        assertEquals("protocol-editor-week", w.focused());
        assertEquals("0", fx(() -> ((TextField) w.node("#protocol-editor-week")).getText()), "its start week now");
        selectAllAndType(robot, "soon");
        w.tab();
        robot.write("After her exams");
        w.enter();
        assertTrue(w.textOf("#protocol-editor-error").startsWith("Start week must be a whole number"),
                w.textOf("#protocol-editor-error"));
        assertEquals("protocol-editor-week", w.focused());
        assertEquals("After her exams", fx(() -> ((TextField) w.node("#protocol-editor-reason")).getText()),
                "nothing typed is lost");
        selectAllAndType(robot, "200");
        w.enter();
        assertTrue(w.textOf("#protocol-editor-error").startsWith("Start week must be a week from 0 to 104"),
                w.textOf("#protocol-editor-error"));
        selectAllAndType(robot, "3");
        w.enter();
        w.await(() -> overrides(w).size() == 3, "the move");
        assertEquals(Integer.valueOf(3), overrides(w).get(2).startWeek());
        assertTrue(w.textOf("#protocol-step-when-TCA_CROSS").contains("week 3"), w.textOf("#protocol-step-when-TCA_CROSS"));

        // 4. Add a suitable treatment as a step of its own, by its mnemonic.
        robot.push(KeyCode.ALT, KeyCode.A);
        w.await(() -> w.exists("#protocol-editor"), "the add editor");
        assertEquals("protocol-editor-choice", w.focused());
        w.tab().tab();
        assertEquals("protocol-editor-reason", w.focused());
        robot.write("Cheek volume once the skin has settled");
        w.enter();
        w.await(() -> overrides(w).size() == 4, "the added step");
        assertEquals(PlanOverride.Action.STEP_ADDED, overrides(w).get(3).action());
        assertEquals(Treatment.DERMAL_FILLER, overrides(w).get(3).treatment());
        assertTrue(w.exists("#protocol-step-DERMAL_FILLER"));

        // The changes are listed with their reasons, the preview says so, and the autosave keeps them.
        String listed = String.join(" ", fx(() -> robot.lookup("#protocol-changes .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList()));
        for (PlanOverride o : overrides(w)) {
            assertTrue(listed.contains(o.reason()), o.reason());
        }
        assertEquals("4 changes agreed", w.textOf("#preview-protocol-changes"));
        assertTrue(w.textOf("#preview-protocol-steps").contains(name(Treatment.RF_MICRONEEDLING)));
        assertTrue(robot.lookup(n -> n.getId() != null && n.getId().startsWith("preview-item-")).queryAll().isEmpty(),
                "beside a protocol the preview does not list every option again");
        UUID id = fx(() -> w.view().draft().id());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stored(w, id).size() == 4);
        w.shoot("wizard-5-plan-protocol-changed-1280x800");

        // An undo takes one back, by keyboard too.
        w.focus("#protocol-undo-1").space();
        w.await(() -> overrides(w).size() == 3, "the undo");
        assertTrue(w.exists("#protocol-step-SUBCISION"), "the dropped step is back");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stored(w, id).size() == 3);
    }

    private static List<PlanOverride> stored(WizardRobot w, UUID id) {
        try {
            return w.consultations().find(id).map(StoredConsultation::overrides).orElse(List.of());
        } catch (Exception e) {
            return List.of();
        }
    }

    @Test
    void aChangeTheNewAnswersTakeBackIsSaidOnThePlanStepUntilSeen(FxRobot robot) {
        WizardRobot w = openCase10(robot);
        robot.interact(() -> w.view().draft().proposeChange(PlanOverride.Action.STEP_DROPPED, Treatment.SUBCISION, null,
                null, "Rolling scars are mild; fewer procedures"));
        // Answers changed since: without rolling scars there is no release step left to drop.
        robot.interact(() -> w.view().draft().concerns().removeIf(
                c -> c.kindProperty().get() == com.clearpath.domain.ConcernKind.ROLLING));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(overrides(w).isEmpty());
        assertTrue(w.exists("#plan-taken-back"), "the practitioner is told");
        String said = w.textOf("#plan-taken-back .notice-title");
        assertTrue(said.startsWith("One change to the protocol no longer fits"), said);
        String all = String.join(" ", fx(() -> robot.lookup("#plan-taken-back .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList()));
        assertTrue(all.contains("Rolling scars are mild; fewer procedures"), all);
        w.shootPage("#step-plan", "page-5-plan-taken-back");
        w.focus("#plan-taken-back-seen").space();
        w.await(() -> !w.exists("#plan-taken-back"), "the notice, once seen");
    }

    /** The picture in the README: case 10 with the resurfacing alternative chosen. */
    @Test
    void pictureOfThePlanStep(FxRobot robot) {
        WizardRobot w = openCase10(robot);
        robot.interact(() -> w.view().draft().proposeChange(PlanOverride.Action.ALTERNATIVE_CHOSEN,
                Treatment.FRACTIONAL_ABLATIVE_LASER, Treatment.RF_MICRONEEDLING, null,
                "Less downtime: she has a wedding to attend in the spring"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> w.node("#protocol-alt-TCA_CROSS").requestFocus());
        // Scrolled so the protocol's timeline and first steps fill the page, as the practitioner works on them.
        robot.interact(() -> w.view().frame().scrollIntoView(w.node("#protocol-step-SUBCISION")));
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(running.stage.getScene(), "wizard-5-plan-1280x800");
        w.shootPage("#step-plan", "page-5-plan-protocol");
        assertEquals(1, overrides(w).size());
    }
}
