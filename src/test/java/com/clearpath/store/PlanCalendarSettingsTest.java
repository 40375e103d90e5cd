package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.Language;
import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Range;
import com.clearpath.engine.PlannerOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Plan calendar as {@code settings.json} keeps it: beside the clinic's letterhead, never instead of it. */
class PlanCalendarSettingsTest {
    @TempDir
    Path temp;

    private DataFolder folder() throws IOException {
        return new DataFolder(temp.resolve("data")).ensureExists();
    }

    @Test
    void theCalendarIsReadBackAsSavedAndTheLetterheadIsKept() throws Exception {
        DataFolder folder = folder();
        SettingsStore store = new SettingsStore(folder);
        ClinicSettings clinic = new ClinicSettings("Harbor", "1 Main St", "555 0100", null, Language.ES,
                ClinicSettings.Paper.A4);
        store.save(clinic);
        PlanCalendar chosen = new PlanCalendar(6, 10, 10, 3, 6);
        store.savePlanCalendar(chosen);

        assertEquals(chosen, new SettingsStore(folder).planCalendar());
        assertEquals(clinic, new SettingsStore(folder).load(), "saving the calendar keeps the clinic's part");
        store.save(new ClinicSettings("Harbor Skin", "", "", null, Language.EN, ClinicSettings.Paper.LETTER));
        assertEquals(chosen, new SettingsStore(folder).planCalendar(), "saving the clinic keeps the calendar");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.settings())));
        String json = Files.readString(folder.settings());
        assertTrue(json.contains("\"planCalendar\""), json);
        assertTrue(json.contains("\"eventClearDays\" : 10"), json);
    }

    @Test
    void aFileFromBeforeTheSettingGivesTheDefaults() throws Exception {
        DataFolder folder = folder();
        Files.writeString(folder.settings(), """
                {"format": "clearpath.settings/1",
                 "clinic": {"name": "Harbor", "address": "", "phone": "", "logo": null},
                 "documents": {"language": "en", "paper": "letter"}}
                """, StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(folder);
        assertEquals(PlanCalendar.defaults(), store.planCalendar());
        assertEquals("Harbor", store.load().name(), "the old file still loads");
        assertEquals(PlanCalendar.defaults(), new SettingsStore(new DataFolder(temp.resolve("fresh"))).planCalendar());
    }

    @Test
    void aHandEditedFigureThatMakesNoCalendarFallsBackToItsDefaultAlone() throws Exception {
        DataFolder folder = folder();
        Files.writeString(folder.settings(), """
                {"planCalendar": {"gapAfterIndividualScarsWeeks": {"min": 9, "max": 5},
                                  "eventClearDays": 21,
                                  "primeWeeks": {"min": "two", "max": 3}}}
                """, StandardCharsets.UTF_8);
        PlanCalendar read = new SettingsStore(folder).planCalendar();
        assertEquals(Range.of(4, 8), read.gapAfterIndividualScarsWeeks(), "most below least: the default gap");
        assertEquals(21, read.eventClearDays(), "a good figure is kept");
        assertEquals(Range.of(2, 3), read.primeWeeks(), "not a number: that end's default");
    }

    @Test
    void eachFigureIsCheckedWithItsFieldPath() {
        assertEquals(List.of(), PlanCalendar.defaults().problems());
        List<Problem> p = new PlanCalendar(8, 6, 91, 0, 13).problems();
        assertEquals(List.of(PlanCalendar.GAP_PATH, PlanCalendar.EVENT_PATH, PlanCalendar.PRIME_PATH),
                p.stream().map(Problem::path).toList(), p.toString());
        assertEquals("planCalendar.gapAfterIndividualScarsWeeks: the most (6) is less than the least (8)",
                p.get(0).toString());
        assertEquals(List.of(PlanCalendar.GAP_PATH), new PlanCalendar(0, 8, 14, 2, 4).problems().stream()
                .map(Problem::path).toList(), "a gap of no weeks at all is refused");
        assertTrue(new PlanCalendar(1, 26, 0, 0, 12).problems().isEmpty(), "the limits themselves are allowed");
    }

    @Test
    void aCalendarWithProblemsIsNeverSaved() throws Exception {
        DataFolder folder = folder();
        assertThrows(IllegalArgumentException.class,
                () -> new SettingsStore(folder).savePlanCalendar(new PlanCalendar(8, 6, 14, 2, 4)));
        assertTrue(Files.notExists(folder.settings()));
    }

    @Test
    void theDefaultsAreTheEnginesDefaultsAndChangesReachTheOptions() {
        assertEquals(PlannerOptions.defaults(), PlannerOptions.from(PlanCalendar.defaults()));
        PlannerOptions o = PlannerOptions.from(new PlanCalendar(6, 10, 10, 3, 5));
        assertEquals(Range.of(6, 10), o.gapAfterIndividualScarsWeeks());
        assertEquals(10, o.eventClearDays());
        assertEquals(Range.of(3, 5), o.primeWeeks());
        assertEquals(PlannerOptions.defaults().homeCareReviewWeeks(), o.homeCareReviewWeeks());
    }
}
