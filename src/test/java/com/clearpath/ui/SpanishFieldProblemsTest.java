package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clearpath.app.Workstation;
import com.clearpath.domain.Language;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.shell.WorkstationPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** On a workstation set to Español, a field's problem under it is said in Spanish, with the field's Spanish name. */
class SpanishFieldProblemsTest {
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(SpanishFieldProblemsTest::spanish);

    private static void spanish(DataFolder folder) throws Exception {
        folder.ensureExists();
        new WorkstationPreferences(Workstation.of(folder)).saveLanguage(Language.ES);
    }

    @Test
    void aBlankFirstNameLeftOnTheClientStepIsRequiredInSpanish(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.click("#client-first-name").tab();
        await("the first name's problem", () -> !w.textOf("#client-first-name-error").isEmpty());
        assertEquals("Nombre es un dato obligatorio", w.textOf("#client-first-name-error"));
    }
}
