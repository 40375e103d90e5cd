package com.clearpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.cli.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example case in shared/clinical/cases through the real plan command and checks its expectations. */
class ExampleCasesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> KNOWN_KEYS = Set.of("exit", "stderrMentions", "status", "recommendedAll", "recommendedAny",
            "notRecommended", "deferredAny", "excluded", "excludedReasonLike", "holds", "flags", "flagsAny",
            "flagsIfAny", "before", "targetsCovered", "protocolPurposes", "protocolChosenAny", "protocolNotChosen",
            "eventFits");

    @TempDir
    Path temp;

    /** The shared folder (or the one configured), when it is there. */
    static Path casesDir() {
        String configured = System.getProperty("clearpath.casesDir");
        Path dir = configured != null ? Path.of(configured) : Path.of("../shared/clinical/cases");
        return dir.toAbsolutePath().normalize();
    }

    /** The copy kept with the tests, so the cases run wherever the sources are. */
    static Path bundledDir() {
        try {
            return Path.of(ExampleCasesTest.class.getResource("/clinical/cases").toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the bundled example cases are missing from the test resources", e);
        }
    }

    static List<Path> folders() {
        List<Path> dirs = new ArrayList<>(List.of(bundledDir()));
        if (Files.isDirectory(casesDir())) {
            dirs.add(casesDir());
        }
        return dirs;
    }

    /** Every case file in each folder and its subfolders (protocol/ among them). */
    static Stream<Path> cases() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : folders()) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    @Test
    void theCaseFoldersAreThere() throws IOException {
        try (Stream<Path> bundled = Files.walk(bundledDir())) {
            assertTrue(bundled.filter(p -> p.toString().endsWith(".json")).count() >= 12,
                    "expected the example cases, protocol/ included, in " + bundledDir());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exampleCase(Path file) throws IOException {
        JsonNode c = JSON.readTree(file.toFile());
        JsonNode expect = c.path("expect");
        expect.fieldNames().forEachRemaining(k -> assertTrue(KNOWN_KEYS.contains(k), "unknown expect key " + k));
        Path intakeFile = temp.resolve("intake.json");
        String text = c.has("raw") ? c.get("raw").asText() : JSON.writeValueAsString(c.get("intake"));
        Files.writeString(intakeFile, text, StandardCharsets.UTF_8);

        CommandRun run = CommandRun.run(temp.resolve("data"), "plan", intakeFile.toString());
        String name = c.path("name").asText();
        assertEquals(expect.path("exit").asInt(0), run.exit(), name + "\nstderr: " + run.err());
        if (run.exit() != 0) {
            assertTrue(run.out().isBlank(), "no plan on invalid input");
            assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
            for (JsonNode m : expect.path("stderrMentions")) {
                assertTrue(run.err().contains(m.asText()), name + ": stderr mentions " + m + "\n" + run.err());
            }
            return;
        }
        JsonNode plan = JSON.readTree(run.out());
        PlanInvariants.check(c.path("intake"), plan);
        check(name, expect, plan);
    }

    static void check(String name, JsonNode expect, JsonNode plan) {
        List<String> rec = PlanInvariants.treatments(plan, "recommendations");
        List<String> def = PlanInvariants.treatments(plan, "deferred");
        List<String> exc = PlanInvariants.treatments(plan, "excluded");
        String summary = name + "\nrecommended " + rec + "\ndeferred " + def + "\nflags "
                + PlanInvariants.codes(plan.path("flags"));
        if (expect.has("status")) {
            assertEquals(expect.get("status").asText(), plan.path("status").asText(), summary);
        }
        expect.path("recommendedAll").forEach(t -> assertTrue(rec.contains(t.asText()), t + " recommended: " + summary));
        if (expect.has("recommendedAny")) {
            assertTrue(anyOf(expect.get("recommendedAny"), rec), "one of " + expect.get("recommendedAny") + ": " + summary);
        }
        expect.path("notRecommended").forEach(t -> assertFalse(rec.contains(t.asText()), t + " not recommended: " + summary));
        if (expect.has("deferredAny")) {
            assertTrue(anyOf(expect.get("deferredAny"), def), "deferred one of " + expect.get("deferredAny") + ": " + summary);
        }
        expect.path("excluded").forEach(t -> assertTrue(exc.contains(t.asText()), t + " excluded: " + summary));
        for (Map.Entry<String, JsonNode> e : iterable(expect.path("excludedReasonLike"))) {
            JsonNode exclusion = find(plan.path("excluded"), e.getKey());
            assertTrue(exclusion != null, e.getKey() + " excluded: " + summary);
            boolean like = false;
            for (JsonNode r : exclusion.path("reasons")) {
                like |= r.path("code").asText().contains(e.getValue().asText());
            }
            assertTrue(like, e.getKey() + " has a reason like " + e.getValue() + ": " + exclusion);
        }
        Set<String> holds = PlanInvariants.codes(plan.path("holds"));
        expect.path("holds").forEach(h -> assertTrue(holds.contains(h.asText()), "hold " + h + ": " + holds));
        Set<String> flags = PlanInvariants.codes(plan.path("flags"));
        expect.path("flags").forEach(f -> assertTrue(flags.contains(f.asText()), "flag " + f + ": " + summary));
        if (expect.has("flagsAny")) {
            assertTrue(anyOf(expect.get("flagsAny"), new ArrayList<>(flags)), "one of flags " + expect.get("flagsAny"));
        }
        for (JsonNode cond : iterableArray(expect.path("flagsIfAny"))) {
            List<String> planned = new ArrayList<>(rec);
            planned.addAll(def);
            if (anyOf(cond.path("treatments"), planned)) {
                assertTrue(flags.contains(cond.path("flag").asText()), "flag " + cond.path("flag") + " for " + cond);
            }
        }
        for (JsonNode pair : expect.path("before")) {
            String a = pair.get(0).asText();
            String b = pair.get(1).asText();
            int ia = rec.indexOf(a);
            assertTrue(ia >= 0, a + " recommended: " + summary);
            if ("PROCEDURES".equals(b)) {
                for (int i = 0; i < ia; i++) {
                    assertTrue(PlanInvariants.HOME_CARE.contains(rec.get(i)), a + " before every procedure: " + summary);
                }
            } else {
                int ib = rec.indexOf(b);
                assertTrue(ib < 0 || ia < ib, a + " before " + b + ": " + summary);
            }
        }
        Set<String> targets = new HashSet<>();
        for (String list : List.of("recommendations", "deferred")) {
            plan.path(list).forEach(r -> r.path("targets").forEach(t -> targets.add(t.asText())));
        }
        expect.path("targetsCovered").forEach(k -> assertTrue(targets.contains(k.asText()), k + " covered: " + summary));
        checkProtocol(name, expect, plan);
    }

    static void checkProtocol(String name, JsonNode expect, JsonNode plan) {
        JsonNode protocol = plan.path("protocol");
        Map<String, List<String>> chosen = new java.util.LinkedHashMap<>();
        List<String> chosenAll = new ArrayList<>();
        protocol.path("steps").forEach(s -> {
            chosen.computeIfAbsent(s.path("purpose").asText(), k -> new ArrayList<>()).add(s.path("treatment").asText());
            chosenAll.add(s.path("purpose").asText() + " " + s.path("treatment").asText());
        });
        String summary = name + "\nprotocol steps " + chosenAll;
        expect.path("protocolPurposes").forEach(p -> assertTrue(chosen.containsKey(p.asText()),
                "a " + p.asText() + " step: " + summary));
        for (Map.Entry<String, JsonNode> e : iterable(expect.path("protocolChosenAny"))) {
            assertTrue(chosen.containsKey(e.getKey()), "a " + e.getKey() + " step: " + summary);
            assertTrue(anyOf(e.getValue(), chosen.get(e.getKey())),
                    e.getKey() + " chose one of " + e.getValue() + ": " + summary);
        }
        expect.path("protocolNotChosen").forEach(t -> assertFalse(chosen.values().stream().anyMatch(l -> l.contains(t.asText())),
                t.asText() + " is no step's choice: " + summary));
        if (expect.has("eventFits")) {
            assertTrue(protocol.path("eventDate").isObject(), "an eventDate in the protocol: " + summary);
            assertEquals(expect.get("eventFits").asBoolean(), protocol.path("eventDate").path("fits").asBoolean(),
                    summary + "\n" + protocol.path("eventDate"));
        }
    }

    private static boolean anyOf(JsonNode wanted, List<String> actual) {
        for (JsonNode w : wanted) {
            if (actual.contains(w.asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode find(JsonNode array, String treatment) {
        for (JsonNode n : array) {
            if (treatment.equals(n.path("treatment").asText())) {
                return n;
            }
        }
        return null;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }

    private static Iterable<JsonNode> iterableArray(JsonNode node) {
        if (node.isArray()) {
            return node;
        }
        return node.isObject() ? List.of(node) : List.of();
    }
}
