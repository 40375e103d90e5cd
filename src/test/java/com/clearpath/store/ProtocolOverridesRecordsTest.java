package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.Case10;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Problem;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.exchange.ExportJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes to the protocol stay with the consultation on a real SQLite file: draft, final, export and import. */
class ProtocolOverridesRecordsTest {
    private static final Instant AT = Instant.parse("2026-11-22T10:01:00Z");
    private static final List<PlanOverride> CHANGES = List.of(
            PlanOverride.alternativeChosen(Treatment.FRACTIONAL_ABLATIVE_LASER, Treatment.RF_MICRONEEDLING,
                    "Less downtime before her wedding", "J. Park", AT),
            PlanOverride.stepDropped(Treatment.SUBCISION, "Rolling scars are mild", "J. Park", AT),
            PlanOverride.stepMoved(Treatment.TCA_CROSS, 3, "After her exams", "J. Park", AT),
            PlanOverride.stepAdded(Treatment.DERMAL_FILLER, null, "Cheek volume later", "J. Park", AT),
            new PlanOverride(Treatment.SUN_PROTECTION, PlanOverride.Action.DECLINED, "Already uses one", "J. Park", AT));

    @TempDir
    Path temp;

    private StoredConsultation draft() {
        Intake in = Case10.intake();
        return StoredConsultation.newDraft(in).with(null, in, RecordsTest.PLANNER.plan(in), CHANGES);
    }

    private StoredConsultation reopened(Path file, UUID id) throws Exception {
        try (Database again = Database.open(file)) {
            return new ConsultationRepository(again, RecordsTest.CLOCK).find(id).orElseThrow();
        }
    }

    @Test
    void aDraftKeepsItsProtocolChangesWhenReopened() throws Exception {
        Path file = temp.resolve("clearpath.db");
        StoredConsultation d = draft();
        try (Database db = Database.open(file)) {
            new ConsultationRepository(db, RecordsTest.CLOCK).saveDraft(d, "J. Park");
        }
        StoredConsultation back = reopened(file, d.id());
        assertEquals(CHANGES, back.overrides());
        assertEquals(AgreedPlan.of(d.plan(), CHANGES).protocol(), AgreedPlan.of(back.plan(), back.overrides()).protocol(),
                "the same agreed protocol");
    }

    @Test
    void aFinalConsultationKeepsThemWhenReopened() throws Exception {
        Path file = temp.resolve("clearpath.db");
        StoredConsultation d = draft();
        try (Database db = Database.open(file)) {
            ConsultationRepository repo = new ConsultationRepository(db, RecordsTest.CLOCK);
            repo.finalise(repo.saveDraft(d, "J. Park"), "J. Park");
        }
        StoredConsultation back = reopened(file, d.id());
        assertEquals(ConsultationStatus.FINAL, back.status());
        assertEquals(CHANGES, back.overrides());
    }

    @Test
    void exportThenImportKeepsThem() throws Exception {
        StoredConsultation d = draft();
        byte[] exported;
        try (Database db = Database.open(temp.resolve("clearpath.db"))) {
            ConsultationRepository repo = new ConsultationRepository(db, RecordsTest.CLOCK);
            repo.finalise(repo.saveDraft(d, "J. Park"), "J. Park");
            exported = RecordsTest.export(repo);
        }
        String json = new String(exported, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"action\":\"ALTERNATIVE_CHOSEN\"") || json.contains("\"action\" : \"ALTERNATIVE_CHOSEN\""), json);
        assertTrue(json.contains("replaces"));
        assertTrue(json.contains("startWeek"));
        Path other = temp.resolve("other.db");
        try (Database db = Database.open(other)) {
            ConsultationRepository target = new ConsultationRepository(db, RecordsTest.CLOCK);
            var read = ExportJson.read(exported, LocalDate.of(2026, 11, 22), RecordsTest.CLOCK.instant());
            assertTrue(read.valid(), read.problems().toString());
            assertEquals(1, target.importAll(read.entries(), RecordsTest.PLANNER::plan, "import").added());
        }
        assertEquals(CHANGES, reopened(other, d.id()).overrides());
    }

    private static String file(String overrides) {
        return """
                {"format": "clearpath.export/1", "consultations": [
                  {"id": "%s", "status": "DRAFT", "intake": %s, "plan": %s, "overrides": %s}
                ]}""".formatted(UUID.randomUUID(), com.clearpath.exchange.Json.compact(
                        com.clearpath.exchange.IntakeJson.toNode(Case10.intake())),
                com.clearpath.exchange.Json.compact(com.clearpath.exchange.PlanJson.toNode(Case10.plan())), overrides);
    }

    @Test
    void overridesStoredBeforeTheProtocolCouldBeChangedStillRead() {
        var read = ExportJson.read(file("""
                [{"treatment": "DERMAL_FILLER", "action": "DECLINED", "reason": "No injectables", "by": "J. Park",
                  "at": "2026-11-22T10:01:00Z"},
                 {"treatment": "CHEMICAL_PEEL_SUPERFICIAL", "action": "ADDED", "reason": "Gentle start"}]""")
                .getBytes(StandardCharsets.UTF_8), LocalDate.of(2026, 11, 22), AT);
        assertTrue(read.valid(), read.problems().toString());
        List<PlanOverride> o = read.entries().get(0).overrides();
        assertEquals(PlanOverride.Action.DECLINED, o.get(0).action());
        assertEquals(null, o.get(0).replaces());
        assertEquals(null, o.get(1).startWeek());
    }

    @Test
    void anImportWhoseChangesBreakTheRulesImportsNothingAndSaysWhere() {
        var read = ExportJson.read(file("""
                [{"treatment": "RF_MICRONEEDLING", "action": "ALTERNATIVE_CHOSEN", "replaces": "TCA_CROSS", "reason": "x"},
                 {"treatment": "TCA_CROSS", "action": "STEP_MOVED", "reason": "y"},
                 {"treatment": "SUBCISION", "action": "STEP_DROPPED", "reason": "  "}]""")
                .getBytes(StandardCharsets.UTF_8), LocalDate.of(2026, 11, 22), AT);
        assertFalse(read.valid());
        List<String> paths = read.problems().stream().map(Problem::path).toList();
        assertTrue(paths.contains("consultations[0].overrides[2].reason"), paths.toString());
        assertTrue(read.entries().isEmpty());
        var rules = ExportJson.read(file("""
                [{"treatment": "RF_MICRONEEDLING", "action": "ALTERNATIVE_CHOSEN", "replaces": "TCA_CROSS", "reason": "x"},
                 {"treatment": "TCA_CROSS", "action": "STEP_MOVED", "reason": "y"}]""")
                .getBytes(StandardCharsets.UTF_8), LocalDate.of(2026, 11, 22), AT);
        List<String> rulePaths = rules.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("consultations[0].overrides[0].treatment", "consultations[0].overrides[1].startWeek"),
                rulePaths.stream().sorted().toList(), rulePaths.toString());
        assertTrue(rules.entries().isEmpty());
    }
}
