package com.clearpath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clearpath.domain.PlanCalendar;
import com.clearpath.engine.PlannerOptions;
import com.clearpath.store.DataFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan calendar Settings edits is the clinic's: kept in its settings, read back by the next start. */
class ClinicPlanCalendarTest {
    @TempDir
    Path temp;

    @Test
    void theDefaultsUntilOneIsSavedThenTheSavedOneAlsoAfterARestart() throws IOException {
        DataFolder folder = new DataFolder(temp.resolve("clinic-data")).ensureExists();
        Clinic clinic = new Clinic(folder, Clock.systemUTC(), "front desk");
        assertEquals(PlanCalendar.defaults(), clinic.planCalendar());

        PlanCalendar chosen = new PlanCalendar(6, 10, 10, 3, 6);
        clinic.savePlanCalendar(chosen);
        assertEquals(chosen, clinic.planCalendar());

        Clinic next = new Clinic(folder, Clock.systemUTC(), "front desk");
        assertEquals(chosen, next.planCalendar());
        assertEquals(PlannerOptions.from(chosen), next.plannerOptions(), "the next start plans with it");
    }
}
