package com.clearpath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Intake;
import com.clearpath.domain.Plan;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plan JSON of every example case is, apart from the code fields added beside them, byte for byte what the
 * engine wrote when it still made English sentences itself (kept in plans-before-codes/).
 */
class PlanJsonWordsTest {
    static final List<String> ADDED = List.of("whyCodes", "cautionCodes", "textCodes");

    static Path resource(String name) throws URISyntaxException {
        return Path.of(PlanJsonWordsTest.class.getResource(name).toURI());
    }

    static List<Path> cases() throws Exception {
        try (Stream<Path> s = Files.walk(resource("/clinical/cases"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    static Intake intake(Path file) throws IOException {
        JsonNode root = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        JsonNode intake = root.has("intake") ? root.get("intake") : root;
        IntakeJson.Read read = IntakeJson.read(Json.pretty(intake), LocalDate.of(2026, 12, 1));
        return read.valid() ? read.intake() : null;
    }

    static void stripAdded(JsonNode n) {
        // Protocol steps had whyCodes before; only the recommendations' and findings' code fields are new.
        if (n instanceof ObjectNode o && (o.has("homeCare") || o.has("text") && !o.has("fits"))) {
            ADDED.forEach(o::remove);
        }
        n.forEach(PlanJsonWordsTest::stripAdded);
    }

    @Test
    void everyExampleCaseWritesTheSameWordsAsBefore() throws Exception {
        Planner planner = new Planner(TreatmentCatalog.builtIn());
        int compared = 0;
        for (Path file : cases()) {
            Intake intake = intake(file);
            if (intake == null) {
                continue;
            }
            Path before = resource("plans-before-codes/" + file.getFileName());
            ObjectNode now = PlanJson.toNode(planner.plan(intake));
            stripAdded(now);
            assertEquals(Files.readString(before, StandardCharsets.UTF_8).strip(), Json.pretty(now).strip(),
                    file.getFileName().toString());
            compared++;
        }
        assertEquals(10, compared, "every valid example case compared");
    }

    @Test
    void codesComeBackFromTheJsonAndWordsFromBeforeCodesAreKept() throws Exception {
        Planner planner = new Planner(TreatmentCatalog.builtIn());
        for (Path file : cases()) {
            Intake intake = intake(file);
            if (intake == null) {
                continue;
            }
            Plan plan = planner.plan(intake);
            ObjectNode written = PlanJson.toNode(plan);
            Plan read = PlanJson.fromNode(written);
            assertEquals(plan.recommendations(), read.recommendations(), file.getFileName().toString());
            assertEquals(plan.holds(), read.holds());
            assertEquals(plan.excluded(), read.excluded());
            assertEquals(plan.flags(), read.flags());
            // A plan stored before the codes: its words are shown and written again exactly as they were.
            ObjectNode old = written.deepCopy();
            stripAdded(old);
            Plan legacy = PlanJson.fromNode(old);
            ObjectNode rewritten = PlanJson.toNode(legacy);
            stripAdded(rewritten);
            assertEquals(Json.pretty(old), Json.pretty(rewritten));
            assertTrue(legacy.recommendations().stream().flatMap(r -> r.why().stream())
                    .allMatch(r -> r.code() == com.clearpath.domain.ReasonCode.TEXT));
        }
    }
}
