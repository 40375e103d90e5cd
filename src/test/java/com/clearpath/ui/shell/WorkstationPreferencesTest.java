package com.clearpath.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Workstation;
import com.clearpath.domain.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screen language is each computer's own choice, kept beside the window layout in the data folder. */
class WorkstationPreferencesTest {
    @TempDir
    Path folder;

    @Test
    void englishUntilChosenThenWhatThisComputerChose() throws Exception {
        Path file = folder.resolve(WorkstationPreferences.FILE_NAME);
        WorkstationPreferences desk = new WorkstationPreferences(new Workstation(folder, "front-desk"));
        assertEquals(Language.EN, desk.language());
        desk.saveLanguage(Language.ES);
        assertEquals(Language.ES, new WorkstationPreferences(new Workstation(folder, "front-desk")).language());
        assertTrue(Files.readString(file).contains("\"front-desk\""), Files.readString(file));
    }

    @Test
    void anotherComputerOnTheSameFolderKeepsItsOwnChoice() throws Exception {
        Path file = folder.resolve(WorkstationPreferences.FILE_NAME);
        new WorkstationPreferences(new Workstation(folder, "front-desk")).saveLanguage(Language.ES);
        new WorkstationPreferences(new Workstation(folder, "treatment-room")).saveLanguage(Language.EN);
        assertEquals(Language.ES, new WorkstationPreferences(new Workstation(folder, "front-desk")).language());
        assertEquals(Language.EN, new WorkstationPreferences(new Workstation(folder, "treatment-room")).language());
        assertEquals(Language.EN, new WorkstationPreferences(new Workstation(folder, "laptop")).language());
    }

    @Test
    void anUnreadableOrStrangeFileMeansEnglishAndIsReplacedOnSave() throws Exception {
        Path file = folder.resolve(WorkstationPreferences.FILE_NAME);
        Files.writeString(file, "{ not json");
        WorkstationPreferences desk = new WorkstationPreferences(new Workstation(folder, "front-desk"));
        assertEquals(Language.EN, desk.language());
        Files.writeString(file, "{\"workstations\": {\"front-desk\": {\"language\": \"fr\"}}}");
        assertEquals(Language.EN, desk.language());
        desk.saveLanguage(Language.ES);
        assertEquals(Language.ES, desk.language());
    }
}
