package com.clearpath.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.ClientRepository;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.SettingsStore;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imported consultations are planned again with the receiving clinic's plan calendar, not the defaults. */
class ImportPlanCalendarTest {
    @TempDir
    Path temp;

    @Test
    void anImportedPlanUsesTheClinicsClearDaysBeforeAnEvent() throws Exception {
        DataFolder from = new DataFolder(temp.resolve("from")).ensureExists();
        UUID kept;
        try (Database db = Database.open(from.database())) {
            Intake base = IntakeBuilder.intake().distensible(ConcernKind.ROLLING, true).fitzpatrick(2)
                    .event(LocalDate.of(2027, 1, 1)).build();
            StoredClient c = new ClientRepository(db, Clock.systemDefaultZone()).create(base.client());
            StoredConsultation draft = StoredConsultation.newDraft(base)
                    .with(c.id(), base, new Planner(TreatmentCatalog.builtIn()).plan(base), List.of());
            ConsultationRepository consultations = new ConsultationRepository(db, Clock.systemDefaultZone());
            consultations.saveDraft(draft, "J. Park");
            kept = consultations.finalise(draft.id(), "J. Park").id();
            assertFalse(consultations.find(kept).orElseThrow().plan().protocol().eventDate().fits(), "14 days: no");
        }
        Records sending = new Records(from, Clock.systemUTC(), "test", new SameThreadBackgroundTasks());
        sending.open(status -> { });
        Path file = temp.resolve("export.json");
        sending.exportTo(file);

        DataFolder to = new DataFolder(temp.resolve("to")).ensureExists();
        new SettingsStore(to).savePlanCalendar(new PlanCalendar(4, 8, 10, 2, 4));
        Records receiving = new Records(to, Clock.systemUTC(), "test", new SameThreadBackgroundTasks());
        receiving.open(status -> { });
        var result = receiving.importFile(file);
        assertEquals(1, result.added());
        assertEquals(1, result.plansRecomputed(), "the file's plan differs from this clinic's");
        StoredConsultation imported = receiving.with(s -> s.consultations().find(kept)).orElseThrow();
        assertTrue(imported.plan().protocol().eventDate().fits(), "10 clear days: the event fits");
    }
}
