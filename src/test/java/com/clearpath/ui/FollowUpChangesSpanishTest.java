package com.clearpath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Language;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The same follow-up with the screens in Spanish: the comparison in a clinician's Spanish. */
class FollowUpChangesSpanishTest {
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension spanish = RunningAppExtension.fresh()
            .seeded(folder -> FollowUpChangesPanelTest.seed(folder, Language.ES));

    @Test
    void thePanelSpeaksSpanish(FxRobot robot) {
        WizardRobot w = FollowUpChangesPanelTest.startFollowUpAndAnswerScreening(robot, running, "jose garcia");
        String title = "Desde la visita del " + FollowUpChangesPanelTest.date(FollowUpChangesPanelTest.FIRST_VISIT,
                Locale.forLanguageTag("es"));
        String planLine = w.textOf("#plan-changes");
        assertTrue(planLine.startsWith(title + ": "), planLine);
        assertTrue(planLine.contains("También cambia una respuesta; el paso Resumen muestra todos los cambios."), planLine);
        w.click("#wizard-next");
        w.awaitStep(6);
        assertEquals(title, w.textOf("#summary-changes-title"));
        robot.interact(() -> w.view().draft().goodmanGradeProperty().set(4));
        List<String> lines = FollowUpChangesPanelTest.lines(w);
        assertEquals("\u2022 Empeora el grado de Goodman y Baron: 3 (moderado) \u2192 4 (grave)", lines.get(0));
        assertTrue(lines.contains("\u2022 Nuevo en la evaluación: embarazo, búsqueda de embarazo o lactancia"),
                lines.toString());
        w.shoot("follow-up-changes-es");

        // Back on the concerns, the last visit's grade is the hint beside this visit's, in Spanish too.
        robot.clickOn("#step-2");
        w.awaitStep(2);
        assertEquals("Última visita: grado 3 (moderado)", w.textOf("#goodman-last-visit"));
        Screenshots.save(w.node("#goodman-last-visit").getParent().getParent(), "es/follow-up-grade-hint");
    }
}
