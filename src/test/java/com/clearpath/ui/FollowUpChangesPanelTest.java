package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Workstation;
import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Zone;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.shell.Section;
import com.clearpath.ui.shell.WorkstationPreferences;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A follow-up started from a client's history says, on the Summary and Plan steps, what changed since the visit it
 * follows, and keeps saying it as the practitioner answers; a first consultation shows nothing of the kind.
 */
class FollowUpChangesPanelTest {
    static final LocalDate FIRST_VISIT = LocalDate.now().minusMonths(6);

    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension english = RunningAppExtension.fresh().seeded(folder -> seed(folder, Language.EN));

    static void seed(DataFolder folder, Language screens) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient garcia = records.client("José", "García", LocalDate.of(1990, 5, 17), "+1 210 555 0147");
            // The questionnaire's total is kept, so the follow-up's skin step is complete as it was.
            Intake in = new Intake(Intake.FORMAT, garcia.client(), FIRST_VISIT, "J. Park",
                    List.of(new Concern(ConcernKind.ROLLING, List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT)),
                            new Concern(ConcernKind.PIH, List.of(Zone.CHIN))), 3,
                    new SkinProfile(3, Sensitivity.NORMAL, List.of(), 16, null), new ActiveAcne(1, false),
                    List.of(Screening.COLD_SORE_HISTORY), "Smoother cheeks", null);
            StoredConsultation draft = StoredConsultation.newDraft(in).with(garcia.id(), in,
                    ClinicRecords.PLANNER.plan(in), List.of());
            records.consultations.saveDraft(draft, "J. Park");
            records.consultations.finalise(draft.id(), "J. Park");
        }
        new WorkstationPreferences(Workstation.of(folder)).saveLanguage(screens);
    }

    static String date(LocalDate d, Locale locale) {
        return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /**
     * From the client's history to the follow-up, which opens on its concerns to be graded again (as at the visit
     * before, 3), through the skin carried over to the screening, answered, then on to the Plan step.
     */
    static WizardRobot startFollowUpAndAnswerScreening(FxRobot robot, RunningApp running, String search) {
        WizardRobot w = new WizardRobot(robot, running);
        running.awaitReady();
        robot.clickOn("#nav-clients");
        await("the client list", () -> robot.lookup("#clients-results").tryQuery().isPresent());
        robot.clickOn("#clients-search");
        robot.write(search);
        await("the client", () -> fx(() -> robot.lookup("#clients-results").queryAs(ListView.class)
                .getItems().size() == 1));
        robot.type(KeyCode.ENTER);
        await("the history", () -> robot.lookup("#client-follow-up").tryQuery().isPresent());
        robot.clickOn("#client-follow-up");
        await("the consultation view", () -> running.app.mainWindow().section() == Section.NEW_CONSULTATION);
        w.await(() -> w.view().draft().changesProperty().get() != null, "the comparison with the earlier visit");
        w.awaitStep(2);
        w.click("#goodman-3");
        w.click("#wizard-next");
        w.awaitStep(3);
        w.click("#wizard-next");
        w.awaitStep(4);
        w.click("#iga-1");
        w.click("#screen-COLD_SORE_HISTORY");
        w.click("#screen-PREGNANT_OR_BREASTFEEDING");
        w.click("#wizard-next");
        w.awaitStep(5);
        return w;
    }

    static List<String> lines(WizardRobot w) {
        return fx(() -> ((Parent) w.node("#summary-changes-lines")).getChildrenUnmodifiable().stream()
                .map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void theSummaryListsWhatChangedSinceTheVisitAndFollowsEachAnswer(FxRobot robot) throws Exception {
        WizardRobot w = startFollowUpAndAnswerScreening(robot, running, "jose garcia");
        String title = "Since the visit of " + date(FIRST_VISIT, Locale.US);
        assertTrue(w.exists("#plan-changes"), "the Plan step says it too");
        String planLine = w.textOf("#plan-changes");
        assertTrue(planLine.startsWith(title + ": "), planLine);
        assertTrue(planLine.contains("One answer differs too; the Summary step lists every change."), planLine);
        w.shoot("follow-up-changes-plan");

        w.click("#wizard-next");
        w.awaitStep(6);
        assertTrue(w.exists("#summary-changes"));
        assertEquals(title, w.textOf("#summary-changes-title"));
        List<String> before = lines(w);
        assertTrue(before.contains("\u2022 New in screening: pregnant, trying to conceive or breastfeeding"),
                before.toString());
        assertTrue(before.stream().noneMatch(l -> l.contains("cold sores")), "the history of cold sores is still yes");

        // A second look at the grade: the panel follows the draft at once.
        robot.interact(() -> w.view().draft().goodmanGradeProperty().set(2));
        List<String> after = lines(w);
        assertEquals("\u2022 Goodman & Baron grade better: 3 (moderate) \u2192 2 (mild)", after.get(0), after.toString());
        assertEquals(before.size() + 1, after.size());
        robot.interact(() -> w.view().draft().goodmanGradeProperty().set(3));
        assertEquals(before, lines(w), "back as it was");

        Node panel = w.node("#summary-changes");
        robot.interact(() -> w.view().draft().goodmanGradeProperty().set(2));
        w.shoot("follow-up-changes");
        Path png = Screenshots.save(panel, "follow-up-changes-panel");
        assertTrue(png.toFile().length() > 0);
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(running.stage.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
    }

    @Test
    void aFirstConsultationHasNoComparison(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        running.awaitReady();
        assertNull(fx(() -> w.view().draft().changesProperty().get()));
        assertFalse(w.exists("#summary-changes"));
        assertFalse(w.exists("#plan-changes"));
    }
}
