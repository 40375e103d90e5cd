package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.fx;

import com.clearpath.domain.Language;
import com.clearpath.store.ClientRepository;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.Database;
import com.clearpath.ui.wizard.ConsultationView;
import com.clearpath.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the consultation wizard of a running app the way a practitioner does, by mouse and keyboard. */
final class WizardRobot {
    final FxRobot robot;
    final RunningApp running;

    WizardRobot(FxRobot robot, RunningApp running) {
        this.robot = robot;
        this.running = running;
    }

    ConsultationView view() {
        return fx(() -> running.app.consultationView());
    }

    /** The step on screen, 1-based like the step indicator. */
    int step() {
        return fx(() -> view().frame().currentStepProperty().get()) + 1;
    }

    Node node(String query) {
        return fx(() -> robot.lookup(query).query());
    }

    /** True when the node is on screen: in the scene, and it and every parent visible. */
    boolean exists(String query) {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> {
            if (n.getScene() == null) {
                return false;
            }
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false));
    }

    String textOf(String query) {
        return fx(() -> ((Labeled) robot.lookup(query).query()).getText());
    }

    /** Scrolls the page so the node is on screen, then clicks it. */
    WizardRobot click(String query) {
        Node n = node(query);
        robot.interact(() -> view().frame().scrollIntoView(n));
        robot.clickOn(n);
        return this;
    }

    WizardRobot write(String query, String text) {
        click(query);
        robot.write(text);
        return this;
    }

    WizardRobot enter() {
        robot.type(KeyCode.ENTER);
        return this;
    }

    WizardRobot tab() {
        robot.type(KeyCode.TAB);
        return this;
    }

    WizardRobot space() {
        robot.type(KeyCode.SPACE);
        return this;
    }

    /** Focuses a control from the keyboard's point of view (as Tab would) and scrolls it into view. */
    WizardRobot focus(String query) {
        Node n = node(query);
        robot.interact(n::requestFocus);
        return this;
    }

    /** The id of the control with the keyboard focus ("" for none or no id). */
    String focused() {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> {
            Node n = running.stage.getScene().getFocusOwner();
            return n == null || n.getId() == null ? "" : n.getId();
        });
    }

    /** Presses Tab until the control with this id has the focus (at most 60 times): it is reachable in tab order. */
    WizardRobot tabTo(String id) {
        for (int i = 0; i < 60; i++) {
            if (focused().equals(id)) {
                return this;
            }
            tab();
        }
        throw new AssertionError("Tab never reached #" + id + " (stopped on #" + focused() + ")");
    }

    void awaitStep(int step) {
        await(() -> step() == step, "step " + step + " (on " + step() + ")");
    }

    void awaitDatabase() {
        await(() -> running.app.database().isPresent(), "the database");
    }

    void await(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    Database db() {
        return running.app.database().orElseThrow();
    }

    ClientRepository clients() {
        return new ClientRepository(db(), Clock.systemUTC());
    }

    ConsultationRepository consultations() {
        return new ConsultationRepository(db(), Clock.systemUTC());
    }

    /** The window as it is now, scrolled to the top of the page so the picture starts where the step does. */
    void shoot(String name) {
        robot.interact(() -> view().frame().scrollToTop());
        Screenshots.save(running.stage.getScene(), name);
    }

    /** The whole page, however long, for checking what lies below the fold. */
    void shootPage(String pageId, String name) {
        Screenshots.save(node(pageId), name);
    }

    /** Unfolds the Plan step's full list of options (folded under the protocol), as a click on its title does. */
    WizardRobot options() {
        robot.interact(() -> robot.lookup("#plan-options").tryQuery()
                .ifPresent(n -> ((javafx.scene.control.TitledPane) n).setExpanded(true)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Sets the window size the way a person drags it. */
    void size(double width, double height) {
        robot.interact(() -> {
            running.stage.setWidth(width);
            running.stage.setHeight(height);
        });
        await(() -> fx(() -> running.stage.getScene().getWidth()) == width, "the window size");
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---------- whole steps ----------

    /** Step 1 by keyboard: first name, Tab, last name, Tab, date of birth, Enter. */
    void newClient(String first, String last, String dateOfBirth) {
        click("#client-first-name");
        robot.write(first);
        tab();
        robot.write(last);
        tab();
        robot.write(dateOfBirth);
    }

    /** A concern on step 2 by mouse: its card, its zones on the face map (or trunk buttons), its count. */
    void concern(String kind, int count, String... zones) {
        click("#concern-kind-" + kind);
        for (String z : zones) {
            click(z.equals("CHEST") || z.equals("BACK") ? "#zone-" + z : "#face-zone-" + z);
        }
        if (count > 0) {
            write("#concern-count", Integer.toString(count));
        }
    }

    /**
     * Fills the steps before {@code target} with a simple valid consultation and moves on to it: a new
     * client, shallow boxcar scars on the forehead, type II, normal skin, IGA 0.
     */
    void reachStep(Step target) {
        int step = target.ordinal() + 1;
        if (step > 1) {
            newClient("Zo\u00eb", "Test", "1990-01-01");
            click("#wizard-next");
            awaitStep(2);
        }
        if (step > 2) {
            concern("BOXCAR_SHALLOW", 0, "FOREHEAD");
            click("#wizard-next");
            awaitStep(3);
        }
        if (step > 3) {
            answers("1111111111");
            click("#sensitivity-NORMAL");
            click("#wizard-next");
            awaitStep(4);
        }
        if (step > 4) {
            click("#iga-0");
            click("#wizard-next");
            awaitStep(5);
        }
        if (step > 5) {
            click("#wizard-next");
            awaitStep(6);
        }
    }

    /** The points of {@link #walkFullConsultation} where a caller may look at the app before the walk goes on. */
    enum Point {
        /** Step 1: name, date of birth and e-mail typed. */
        CLIENT_TYPED,
        /** Step 2: the ice pick scars' cheek ticked from the keyboard. */
        ZONE_BY_KEYBOARD,
        /** Step 2: the ice pick scars counted. */
        ICE_PICK_COUNTED,
        /** Step 2: both concerns in, the first one's chip selected again. */
        CONCERNS_DONE,
        /** Step 3: the ten skin questions answered. */
        SKIN_ANSWERED,
        /** Step 3: sensitivity chosen too. */
        SKIN_DONE,
        /** Step 4: IGA 0 chosen. */
        SCREENING_DONE,
        /** Step 5 on screen. */
        PLAN_SHOWN,
        /** Step 5: the subcision item opened. */
        PLAN_ITEM_OPENED,
        /** Step 6 on screen, before the final save. */
        SUMMARY_SHOWN,
        /** Step 6: the consultation saved as final. */
        FINAL,
        /** Step 6: the handout and the clinician summary written. */
        DOCUMENTS_SAVED
    }

    /** What a caller does at each {@link Point} of the walk (checks, pictures); nothing for a plain walk. */
    @FunctionalInterface
    interface Checkpoint {
        Checkpoint NONE = p -> { };

        void at(Point point) throws Exception;
    }

    /**
     * One whole consultation, as a practitioner goes through it: a new client (Ana Reyes), rolling scars on both
     * cheeks and ice pick scars on the left one, type III skin, IGA 0, the plan with its subcision item opened, the
     * final save, the handout and the clinician summary saved to {@code handout} and {@code summary}, and the
     * preview-and-print window opened until ready and closed again. Ends on the summary step of the final
     * consultation. {@code checkpoint} is called at each {@link Point} on the way.
     */
    void walkFullConsultation(Path handout, Path summary, Checkpoint checkpoint) throws Exception {
        awaitDatabase();

        newClient("Ana", "Reyes", "1996-04-12");
        tab().tab();
        robot.write("ana@example.com");
        checkpoint.at(Point.CLIENT_TYPED);
        enter();
        awaitStep(2);

        concern("ROLLING", 8, "CHEEK_LEFT", "CHEEK_RIGHT");
        click("#concern-distensible-yes");
        click("#concern-add");
        click("#concern-kind-ICE_PICK");
        // The zone check boxes do what the face map does, from the keyboard: Space ticks.
        focus("#zone-CHEEK_LEFT").space();
        checkpoint.at(Point.ZONE_BY_KEYBOARD);
        write("#concern-count", "5");
        checkpoint.at(Point.ICE_PICK_COUNTED);
        click("#goodman-3");
        click("#concern-chip-1");
        checkpoint.at(Point.CONCERNS_DONE);
        enter();
        awaitStep(3);

        answers("2222222222");
        checkpoint.at(Point.SKIN_ANSWERED);
        click("#sensitivity-NORMAL");
        checkpoint.at(Point.SKIN_DONE);
        enter();
        awaitStep(4);

        click("#iga-0");
        checkpoint.at(Point.SCREENING_DONE);
        enter();
        awaitStep(5);

        options();
        checkpoint.at(Point.PLAN_SHOWN);
        click("#plan-item-SUBCISION");
        checkpoint.at(Point.PLAN_ITEM_OPENED);
        enter();
        awaitStep(6);

        checkpoint.at(Point.SUMMARY_SHOWN);
        enter();
        await(() -> fx(() -> view().draft().isFinal()), "the consultation to be final");
        checkpoint.at(Point.FINAL);

        robot.interact(() -> view().saveHandout(Language.EN, handout, p -> { }));
        robot.interact(() -> view().saveClinicianSummary(summary, p -> { }));
        await(() -> Files.exists(handout) && Files.exists(summary), "both PDFs");
        checkpoint.at(Point.DOCUMENTS_SAVED);

        // The final consultation is in the records, so the preview-and-print window can take it from there.
        click("#summary-preview");
        await(() -> fx(() -> running.app.documentPreviews().current().map(p -> p.ready()).orElse(false)),
                "the preview window");
        robot.interact(() -> running.app.documentPreviews().current().orElseThrow().stage().close());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Step 3 by keyboard: with the first question focused, one digit per answer. */
    void answers(String digits) {
        focus("#fitz-EYES-0");
        robot.write(digits);
    }
}
