package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Treatment;
import com.clearpath.store.ClientMatch;
import com.clearpath.store.DataFolder;
import com.clearpath.store.StoredConsultation;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Init;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The consultation wizard walked through the real app on a real database, as a practitioner would. */
@ExtendWith(ApplicationExtension.class)
class ConsultationWizardTest {
    @TempDir
    Path temp;
    private RunningApp running;

    @Init
    void init() {
        running = RunningApp.init(new DataFolder(temp.resolve("clinic-data")));
    }

    @Start
    void start(Stage ignored) {
        running.start();
    }

    @Stop
    void stop() {
        running.stop();
    }

    @Test
    void rollingAndIcePickInTypeThreeIsReadyForSubcisionAndTcaCross(FxRobot fxRobot) {
        WizardRobot w = new WizardRobot(fxRobot, running);
        w.awaitDatabase();

        w.newClient("Ana", "Reyes", "1996-04-12");
        w.shoot("wizard-1-client-1280x800");
        w.shootPage("#step-client", "page-1-client");
        w.enter();
        w.awaitStep(2);

        w.concern("ROLLING", 8, "CHEEK_LEFT", "CHEEK_RIGHT");
        w.click("#concern-distensible-yes");
        w.click("#concern-add");
        w.click("#concern-kind-ICE_PICK");
        // The zone check boxes do the same as the face map, from the keyboard.
        w.focus("#zone-CHEEK_LEFT").space();
        w.write("#concern-count", "5");
        w.click("#goodman-3");
        w.shoot("wizard-2-concerns-1280x800");
        w.shootPage("#step-concerns", "page-2-concerns");
        w.enter();
        w.awaitStep(3);

        w.answers("2222222222");
        assertTrue(w.textOf("#skin-type").startsWith("Type III"), w.textOf("#skin-type"));
        assertEquals("20 of 40", w.textOf("#skin-score"));
        w.click("#sensitivity-NORMAL");
        w.shoot("wizard-3-skin-1280x800");
        w.shootPage("#step-skin", "page-3-skin");
        w.enter();
        w.awaitStep(4);

        w.click("#iga-0");
        assertFalse(w.exists("#screening-hold-banner"));
        w.shoot("wizard-4-screening-1280x800");
        w.shootPage("#step-screening", "page-4-screening");
        w.enter();
        w.awaitStep(5);

        assertTrue(w.exists("#plan-item-SUBCISION"));
        assertTrue(w.exists("#plan-item-TCA_CROSS"));
        Plan plan = fx(() -> w.view().draft().planProperty().get());
        assertEquals(PlanStatus.READY, plan.status());
        assertTrue(plan.recommendedTreatments().containsAll(List.of(Treatment.SUBCISION, Treatment.TCA_CROSS)));
        w.click("#plan-item-SUBCISION");
        w.shoot("wizard-5-plan-1280x800");
        w.shootPage("#step-plan", "page-5-plan");
        w.enter();
        w.awaitStep(6);

        w.shoot("wizard-6-summary-1280x800");
        w.shootPage("#step-summary", "page-6-summary");
        w.click("#summary-save-final");
        w.await(() -> fx(() -> w.view().draft().isFinal()), "the consultation to be final");
        assertTrue(w.exists("#summary-final"));
        w.shoot("wizard-6-summary-final-1280x800");

        List<ClientMatch> found = searchClients(w, "reyes");
        assertEquals(1, found.size());
        assertEquals("Ana", found.get(0).firstName());
        assertEquals(1, found.get(0).consultations());
    }

    private static List<ClientMatch> searchClients(WizardRobot w, String query) {
        try {
            return w.clients().search(query, 10);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
