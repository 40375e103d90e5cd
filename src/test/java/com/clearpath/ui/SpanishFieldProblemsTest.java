package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clearpath.app.Workstation;
import com.clearpath.domain.Language;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.shell.WorkstationPreferences;
import java.io.IOException;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Init;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** On a workstation set to Español, a field's problem under it is said in Spanish, with the field's Spanish name. */
@ExtendWith(ApplicationExtension.class)
class SpanishFieldProblemsTest {
    @TempDir
    Path temp;
    private RunningApp running;

    @Init
    void init() throws IOException {
        DataFolder folder = new DataFolder(temp.resolve("clinic-data"));
        folder.ensureExists();
        new WorkstationPreferences(Workstation.of(folder)).saveLanguage(Language.ES);
        running = RunningApp.init(folder);
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
    void aBlankFirstNameLeftOnTheClientStepIsRequiredInSpanish(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.click("#client-first-name").tab();
        await("the first name's problem", () -> !w.textOf("#client-first-name-error").isEmpty());
        assertEquals("Nombre es un dato obligatorio", w.textOf("#client-first-name-error"));
    }
}
