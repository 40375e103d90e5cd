package com.clearpath.engine;

import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.OverrideRules;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Treatment;
import com.clearpath.exchange.ExportJson;
import com.clearpath.exchange.IntakeJson;
import com.clearpath.exchange.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Problems of every kind the readers and checks report, from the example cases, the generated invalid intakes and
 * hand-made inputs, on a fixed day so the same run gives the same lines. Each line is "[source] path: words".
 */
public final class ProblemSamples {
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    public static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    static final Path CASES = Path.of("src/test/resources/clinical/cases");
    static final int SEEDS_PER_MUTATION = 6;

    private final Function<Problem, String> words;
    private final List<String> lines = new ArrayList<>();

    private ProblemSamples(Function<Problem, String> words) {
        this.words = words;
    }

    /** Every sample problem as a line, its words made by {@code words} ("path: message"). */
    public static List<String> all(Function<Problem, String> words) {
        ProblemSamples s = new ProblemSamples(words);
        s.cases();
        s.mutations();
        s.texts();
        s.export();
        s.overrides();
        s.catalog();
        s.settings();
        s.consents();
        return s.lines;
    }

    private void add(String source, List<Problem> problems) {
        for (Problem p : problems) {
            lines.add("[" + source + "] " + escape(words.apply(p)));
        }
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\\') {
                sb.append("\\\\");
            } else if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || c == 0x85) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private void cases() {
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode node = Json.mapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
                String intake = Json.pretty(node.get("intake"));
                add("case " + f.getFileName(), IntakeJson.read(intake, TODAY).problems());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void mutations() {
        List<GeneratedInvalidIntakesTest.Mutation> all = GeneratedInvalidIntakesTest.FIELD_MUTATIONS;
        for (int k = 0; k < all.size(); k++) {
            for (int seed = 0; seed < SEEDS_PER_MUTATION; seed++) {
                Random r = new Random(31L * k + seed);
                ObjectNode root = IntakeJson.toNode(IntakeGenerator.generate(r, TODAY));
                try {
                    all.get(k).mutator().apply(root, r, TODAY);
                } catch (RuntimeException e) {
                    continue;
                }
                add("mutation " + all.get(k).name() + " " + seed, IntakeJson.read(Json.pretty(root), TODAY).problems());
            }
        }
    }

    /** Malformed, empty and odd JSON, and values the validator refuses. */
    private void texts() {
        String good = Json.pretty(IntakeJson.toNode(IntakeGenerator.generate(new Random(5), TODAY)));
        List<String> texts = new ArrayList<>(List.of("", " ", "[]", "42", "null", "\"x\"", "{", "{\"a\":",
                "{\"a\": 1,}", "[1,]", "{'a': 1}", "{\"a\": tru}", "{\"a\": True}", "{\"a\": 01}", "{\"a\": NaN}",
                "{\"a\": \"\\x\"}", "{\"a\": \"\\u12\"}", "{\"a\": \"x\ty\"}", "{\u0001}", "{\"a\": 1]", "{\"a\" 1}",
                "{\"a\": 1 \"b\": 2}", "{\"a\": 1, \"a\": 2}", "{} x", "{}{}", "{\"a\": /* c */ 1}", "{a: 1}",
                "{\"a\": [1 2]}", "{\"a\": -}", "{\"a\": \"" + "y".repeat(70_000) + "\"}",
                "[".repeat(2000), "{\"a\": 1" + "0".repeat(2000) + "}", good + " x", good.substring(0, 100),
                "{\"format\": 3, \"client\": [], \"concerns\": {}, \"skin\": \"x\", \"activeAcne\": 1}",
                "{\"format\": \"clearpath.intake/2\", \"consultedOn\": \"2026-13-40\", \"goodmanBaronGrade\": 1.5}"));
        ObjectNode g = (ObjectNode) readTree(good);
        String[][] edits = {
                {"/client/firstName", "\"\""}, {"/client/firstName", "\"\\u200b\""}, {"/client/firstName", "\"a\\u0007b\""},
                {"/client/lastName", "\"\\ud800x\""}, {"/client/lastName", "\"" + "L".repeat(120) + "\""},
                {"/client/phone", "\"" + "1".repeat(50) + "\""}, {"/client/phone", "\"\\u200b\""},
                {"/client/email", "\"not an email\""}, {"/client/email", "\"" + "e".repeat(300) + "\""},
                {"/client/dateOfBirth", "\"2027-01-01\""}, {"/client/dateOfBirth", "\"1890-01-01\""},
                {"/client/dateOfBirth", "\"2026-12-01\""}, {"/client/dateOfBirth", "null"},
                {"/consultedOn", "\"2026-12-24\""}, {"/consultedOn", "null"}, {"/consultedOn", "\"soon\""},
                {"/practitioner", "\"" + "p".repeat(101) + "\""}, {"/goodmanBaronGrade", "9"},
                {"/goals", "\"a\\u0001b\""}, {"/notes", "\"" + "n".repeat(4001) + "\""}, {"/notes", "\"\\udc00\""},
                {"/skin/fitzpatrick", "9"}, {"/skin/fitzpatrick", "null"}, {"/skin/fitzpatrickScore", "99"},
                {"/skin/sensitivity", "null"}, {"/skin/sensitivity", "\"ODD\""}, {"/skin/sensitivity", "7"},
                {"/activeAcne/iga", "null"}, {"/activeAcne/iga", "8"}, {"/activeAcne", "null"}, {"/skin", "null"},
                {"/client", "null"}, {"/format", "null"}, {"/concerns", "[]"}, {"/concerns", "[null]"},
                {"/concerns", "[{\"kind\": \"KELOID\", \"zones\": [\"CHIN\", \"CHIN\"], \"count\": 0, "
                        + "\"distensible\": true, \"pigmentDepth\": \"DERMAL\"}]"},
                {"/concerns", "[{\"zones\": []}, 3]"}, {"/eventDate", "\"2020-01-01\""}, {"/eventDate", "\"2035-01-01\""},
                {"/planStartsOn", "\"2020-01-01\""}, {"/screeningDetails", "{\"isotretinoinCurrent\": true}"},
                {"/screeningDetails", "{\"isotretinoinStoppedOn\": \"2027-01-01\"}"},
                {"/screeningDetails", "{\"isotretinoinStoppedOn\": \"1980-01-01\"}"},
                {"/screeningDetails", "{\"isotretinoinStoppedOn\": \"2026-11-01\"}"},
                {"/screeningDetails", "{\"isotretinoinStoppedOn\": \"2026-11-01\", \"isotretinoinCurrent\": true}"},
                {"/screening", "[\"ISOTRETINOIN_RECENT\"]"}, {"/screening", "\"x\""}, {"/screening", "[3]"},
        };
        for (String[] e : edits) {
            ObjectNode copy = g.deepCopy();
            String parent = e[0].substring(0, e[0].lastIndexOf('/'));
            JsonNode at = parent.isEmpty() ? copy : copy.at(parent);
            if (at instanceof ObjectNode o) {
                o.set(e[0].substring(e[0].lastIndexOf('/') + 1), readTree(e[1]));
            }
            texts.add(Json.pretty(copy));
        }
        for (int i = 0; i < texts.size(); i++) {
            add("text " + i, IntakeJson.read(texts.get(i), TODAY).problems());
        }
        ObjectNode wait = g.deepCopy();
        wait.set("screeningDetails", readTree("{\"isotretinoinStoppedOn\": \"2025-01-01\"}"));
        wait.set("screening", readTree("[\"ISOTRETINOIN_RECENT\"]"));
        add("text wait", IntakeJson.read(Json.pretty(wait), TODAY).problems());
    }

    private static JsonNode readTree(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void export() {
        String intake = Json.pretty(IntakeJson.toNode(IntakeGenerator.generate(new Random(9), TODAY)));
        String id = "\"11111111-2222-3333-4444-555555555555\"";
        List<String> texts = List.of("", "[]", "{\"format\": \"x\"}", "{\"format\": \"clearpath.export/1\"}",
                "{\"format\": \"clearpath.export/1\", \"consultations\": 3}",
                "{\"format\": \"clearpath.intake/1\", \"consultations\": []}",
                "{\"format\": \"clearpath.export/1\", \"consultations\": [3, {}, {\"id\": \"x\", \"status\": \"ODD\", "
                        + "\"intake\": 4}]}",
                "{\"format\": \"clearpath.export/1\", \"consultations\": [{\"id\": " + id + ", \"intake\": " + intake
                        + ", \"plan\": {}, \"overrides\": 3}, {\"id\": " + id + ", \"intake\": " + intake
                        + ", \"overrides\": [3, {\"treatment\": \"ODD\", \"startWeek\": \"x\", \"at\": \"y\"}]}]}",
                "{\"format\": \"clearpath.export/1\", \"consultations\": [{\"id\": " + id + ", \"intake\": " + intake
                        + ", \"createdAt\": \"x\", \"updatedAt\": \"y\", \"clientId\": \"z\"}]}",
                "{\"format\": \"clearpath.export/1\", \"consultations\": [] } x",
                "{\"format\": \"clearpath.export/1\", \"consultations\": [" + "{},".repeat(600) + "{}]}");
        for (int i = 0; i < texts.size(); i++) {
            add("export " + i, ExportJson.read(texts.get(i).getBytes(StandardCharsets.UTF_8), TODAY, NOW).problems());
        }
    }

    private void overrides() {
        Plan plan;
        try {
            JsonNode node = Json.mapper().readTree(Files.readString(CASES.resolve(
                    "01-boxcar-shallow-light-skin-nothing-else.json"), StandardCharsets.UTF_8));
            Intake intake = IntakeJson.read(Json.pretty(node.get("intake")), TODAY).intake();
            plan = new Planner(TreatmentCatalog.builtIn()).plan(intake);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Treatment t : Treatment.values()) {
            List<Supplier<List<PlanOverride>>> tries = List.of(
                    () -> List.of(PlanOverride.stepDropped(t, "why", null, NOW)),
                    () -> List.of(PlanOverride.stepMoved(t, -1, "why", null, NOW)),
                    () -> List.of(PlanOverride.stepMoved(t, 3, "why", null, NOW), PlanOverride.stepMoved(t, 4, "why", null, NOW)),
                    () -> List.of(PlanOverride.stepAdded(t, 200, "why", null, NOW)),
                    () -> List.of(PlanOverride.stepAdded(t, null, "why", null, NOW)),
                    () -> List.of(PlanOverride.alternativeChosen(t, t, "why", null, NOW)),
                    () -> List.of(PlanOverride.alternativeChosen(null, t, "why", null, NOW)),
                    () -> List.of(PlanOverride.stepDropped(t, "why", null, NOW), PlanOverride.stepMoved(t, 2, "why", null, NOW)),
                    () -> List.of(new PlanOverride(t, PlanOverride.Action.STEP_MOVED, "why", null, NOW, null, null)));
            for (Supplier<List<PlanOverride>> list : tries) {
                overrides("override " + t, plan, list);
            }
            for (Treatment u : Treatment.values()) {
                overrides("override " + t + " " + u, plan, () -> List.of(PlanOverride.alternativeChosen(t, u, "why",
                        null, NOW), PlanOverride.alternativeChosen(t == Treatment.values()[0] ? u : t, u, "why", null, NOW)));
            }
        }
        add("override reason", OverrideRules.reason("reason", " ").stream().toList());
        add("override week", OverrideRules.startWeek("startWeek", null, true).stream().toList());
    }

    private void overrides(String source, Plan plan, Supplier<List<PlanOverride>> list) {
        try {
            add(source, OverrideRules.problems(plan, list.get(), "overrides"));
        } catch (IllegalArgumentException | NullPointerException e) {
            // not an override the records could hold
        }
    }

    private void catalog() {
        List<String> texts = List.of("[]", "{", "{\"format\": \"x\", \"treatments\": 3}",
                "{\"format\": \"clearpath.catalog-override/1\", \"treatments\": {\"ODD\": {}, \"SUBCISION\": 3, "
                        + "\"TCA_CROSS\": {\"name\": {\"en\": \"\"}, \"offered\": 3, \"priceText\": 4, \"color\": 1}, "
                        + "\"DAILY_SUNSCREEN\": {\"sessions\": {\"min\": 1, \"max\": 2}}, "
                        + "\"PUNCH_EXCISION\": {\"sessions\": {\"min\": 3, \"max\": 1}}}}");
        List<String> full = List.of("[]", "{", "{\"format\": \"x\", \"treatments\": [{\"code\": \"ODD\"}, "
                        + "{\"code\": \"SUBCISION\", \"kind\": \"HOME_CARE\", \"targets\": [\"ODD\"], \"name\": {}, "
                        + "\"before\": {\"en\": [\"a\"], \"es\": []}, \"cautions\": 3, \"aftercare\": {\"en\": [\"\"]}}, "
                        + "{\"code\": \"IPL\", \"kind\": \"X\", \"performedBy\": \"HOME\", \"sources\": [\"S1\"], "
                        + "\"sessions\": {\"min\": 2, \"max\": 1}}, {\"code\": \"IPL\", \"kind\": \"PROCEDURE\"}], "
                        + "\"sources\": {\"S2\": 3}}", "{\"format\": \"x\", \"sources\": 1}");
        for (int i = 0; i < full.size(); i++) {
            try {
                TreatmentCatalog.parse(full.get(i), "catalog " + i);
            } catch (CatalogException e) {
                add("catalog full " + i, e.problems());
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            try {
                TreatmentCatalog.builtIn().withOverride(texts.get(i), "override " + i);
            } catch (CatalogException e) {
                add("catalog " + i, e.problems());
            }
        }
    }

    private void consents() {
        String text = "{\"format\": \"clearpath-consents\", \"photo\": 3, \"treatments\": [{\"code\": \"ODD\"}, "
                + "{\"code\": \"IPL\", \"version\": 0, \"what\": {\"en\": \"a\"}, \"duties\": {\"en\": [\"\"]}, "
                + "\"sources\": 4}]}";
        try {
            ConsentTexts.parse(text, "consents");
        } catch (CatalogException e) {
            add("consents", e.problems());
        }
        ConsentTexts base;
        try (var in = ProblemSamples.class.getResourceAsStream("consents-fixture.json")) {
            base = ConsentTexts.read(in, "consents-fixture.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogException e) {
            throw new IllegalStateException(e);
        }
        add("consent override", base.withOverride("{\"format\": "
                + "\"clearpath-consents-override\", \"treatments\": {\"IPL\": {\"version\": 2.5, \"colour\": 1}}}")
                .problems());
        add("consent months", new ClinicSettings("n", "a", "1", null, Language.EN, ClinicSettings.Paper.A4, 61)
                .problems());
    }

    private void settings() {
        add("clinic", new ClinicSettings("n".repeat(90), "a\nb\nc\nd\n" + "e".repeat(90), "x".repeat(41), null,
                Language.EN, ClinicSettings.Paper.A4).problems());
        add("clinic phone", new ClinicSettings("n", "a", "phone", null, Language.EN, ClinicSettings.Paper.A4).problems());
        add("calendar", new PlanCalendar(0, 30, 99, 5, 2).problems());
        add("calendar order", new PlanCalendar(8, 4, 14, 2, 4).problems());
    }
}
