package com.clearpath.store;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Plan;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.ExportJson;
import com.clearpath.exchange.Json;
import com.clearpath.exchange.PlanJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On import the plan comes from the intake and this clinic's catalog; a different plan in the file is only a record. */
class ImportedPlanTest {
    static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path temp;
    Database db;
    ConsultationRepository consultations;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(temp.resolve("clearpath.db"));
        consultations = new ConsultationRepository(db, CLOCK);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    /** A pregnant client's intake. */
    static Intake pregnant() {
        return intake().concern(ConcernKind.BOXCAR_SHALLOW, Zone.CHEEK_LEFT).fitzpatrick(2)
                .screened(Screening.PREGNANT_OR_BREASTFEEDING).build();
    }

    /** The plan of another client's intake: lasers and a retinoid, recommended now. */
    static Plan anotherIntakesPlan() {
        Plan plan = PLANNER.plan(intake().concern(ConcernKind.BOXCAR_SHALLOW, Zone.CHEEK_LEFT).fitzpatrick(2).build());
        assertTrue(plan.recommendedTreatments().contains(Treatment.TOPICAL_RETINOID), plan.recommendedTreatments()::toString);
        assertTrue(plan.recommendedTreatments().stream().anyMatch(t -> t.name().contains("LASER")),
                plan.recommendedTreatments()::toString);
        return plan;
    }

    static byte[] exportOf(ExportJson.Entry... entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportJson.Writer w = new ExportJson.Writer(out, CLOCK.instant())) {
            for (ExportJson.Entry e : entries) {
                w.write(e);
            }
        }
        return out.toByteArray();
    }

    @Test
    void aPregnantClientsIntakeCarryingAnotherIntakesPlanImportsWithThePlanItsOwnIntakeGives() throws Exception {
        UUID id = UUID.randomUUID();
        Plan foreign = anotherIntakesPlan();
        byte[] file = exportOf(new ExportJson.Entry(id, ConsultationStatus.FINAL, pregnant(), foreign, List.of(), null,
                CLOCK.instant(), CLOCK.instant()));

        var result = consultations.importFile(() -> new ByteArrayInputStream(file), TODAY, PLANNER::plan, "import");

        assertEquals(1, result.added());
        assertEquals(1, result.plansRecomputed());
        Plan stored = consultations.find(id).orElseThrow().plan();
        assertEquals(Json.compact(PlanJson.toNode(PLANNER.plan(pregnant()))), Json.compact(PlanJson.toNode(stored)));
        assertFalse(stored.recommendedTreatments().contains(Treatment.TOPICAL_RETINOID));
        assertTrue(stored.recommendedTreatments().stream().noneMatch(t -> t.name().contains("LASER")),
                stored.recommendedTreatments()::toString);
        // The file's plan is kept beside it, marked as what came in the file, for the practitioner to open.
        assertEquals(Json.compact(PlanJson.toNode(foreign)),
                Json.compact(PlanJson.toNode(consultations.importedPlan(id).orElseThrow())));
        List<ConsultationEvent.Kind> kinds = consultations.events(id).stream().map(ConsultationEvent::kind).toList();
        assertEquals(List.of(ConsultationEvent.Kind.IMPORTED, ConsultationEvent.Kind.IMPORTED_PLAN), kinds);
    }

    @Test
    void aPlanTheIntakeStillGivesIsNotKeptTwice() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] file = exportOf(new ExportJson.Entry(id, ConsultationStatus.FINAL, pregnant(), PLANNER.plan(pregnant()),
                List.of(), null, CLOCK.instant(), CLOCK.instant()));
        var result = consultations.importFile(() -> new ByteArrayInputStream(file), TODAY, PLANNER::plan, "import");
        assertEquals(0, result.plansRecomputed());
        assertTrue(consultations.importedPlan(id).isEmpty());
    }

    @Test
    void aFileThatTurnsBadBetweenCheckAndImportImportsNothing() throws Exception {
        byte[] good = exportOf(new ExportJson.Entry(UUID.randomUUID(), ConsultationStatus.FINAL, pregnant(), null,
                List.of(), null, CLOCK.instant(), CLOCK.instant()));
        String text = new String(good, java.nio.charset.StandardCharsets.UTF_8);
        // The first consultation is fine, the second (appended later) is not: the first must not stay imported.
        String bad = text.replaceFirst("\\]\\s*}\\s*$", ", {\"id\": \"x\", \"intake\": {}} ]}");
        RecordsFailure e = assertThrows(RecordsFailure.class, () -> consultations.importFile(
                () -> new ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)), TODAY,
                PLANNER::plan, "import"));
        assertEquals(RecordsFailure.Kind.REFUSED, e.kind());
        assertTrue(e.getMessage().contains("consultations[1]"), e.getMessage());
        assertEquals(0, consultations.count());
    }
}
