package com.clearpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.clearpath.cli.ClearpathCommand;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Plan;
import com.clearpath.exchange.IntakeJson;
import com.clearpath.exchange.Json;
import com.clearpath.exchange.PlanJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Breaks generated valid intakes in 1,000+ seeded ways and runs the real {@code plan} command in-process on each.
 * Every broken file must give exit 2, nothing on stdout, and on stderr one line per problem naming the field path
 * the mutation broke (for malformed JSON: the line and column), without a Java stack trace. A failure names the
 * seed and shows the file.
 */
public class GeneratedInvalidIntakesTest {
    static final int SINGLE_CASES = 1200;
    static final int MULTI_CASES = 120;
    static final int VALID_CONTROLS = 30;
    static final long BASE_SEED = 7_000_000L;
    static final JsonNodeFactory NF = JsonNodeFactory.instance;

    @TempDir
    static Path tmp;

    /** What one mutation did: the field path it broke, and the part of the intake it touched. */
    public record Applied(String what, String path, String scope) {
    }

    /** A named way to break an intake's JSON tree; returns null when it does not apply. */
    public record Mutation(String name, boolean combinable, Mutator mutator) {
    }

    public interface Mutator {
        Applied apply(ObjectNode root, Random r, LocalDate today);
    }

    enum Expect { FIELDS, SYNTAX, NOT_AN_OBJECT }

    /** A broken file and what stderr must say about it. */
    record Case(String label, String text, Expect expect, List<String> paths, List<String> mustMention) {
    }

    /** Every way to break one field; the wizard checks that each field reported belongs to one of its steps. */
    public static final List<Mutation> FIELD_MUTATIONS = fieldMutations();
    static final List<Function<Random, Case>> TEXT_MUTATIONS = textMutations();

    public static LocalDate today() {
        return LocalDate.now();
    }

    public static ObjectNode baseIntake(Random r) {
        return IntakeJson.toNode(IntakeGenerator.generate(r, today()));
    }

    // ---------------------------------------------------------------------------------------------------------
    // The cases

    @TestFactory
    Stream<DynamicTest> everySingleMutationIsReportedWithItsFieldPath() {
        int kinds = FIELD_MUTATIONS.size() + TEXT_MUTATIONS.size();
        return IntStream.range(0, SINGLE_CASES).mapToObj(i -> {
            long seed = BASE_SEED + i;
            int kind = i % kinds;
            String name = kind < FIELD_MUTATIONS.size() ? FIELD_MUTATIONS.get(kind).name()
                    : "text mutation " + (kind - FIELD_MUTATIONS.size());
            return DynamicTest.dynamicTest("seed " + seed + ": " + name, () -> {
                Random r = new Random(seed);
                Case c;
                if (kind < FIELD_MUTATIONS.size()) {
                    ObjectNode root = baseIntake(r);
                    Applied a = FIELD_MUTATIONS.get(kind).mutator().apply(root, r, today());
                    c = new Case(a.what(), Json.pretty(root), Expect.FIELDS, List.of(a.path()), List.of());
                } else {
                    c = TEXT_MUTATIONS.get(kind - FIELD_MUTATIONS.size()).apply(r);
                }
                check("seed " + seed, c);
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> severalMutationsAreAllReportedAtOnce() {
        List<Mutation> combinable = FIELD_MUTATIONS.stream().filter(Mutation::combinable).toList();
        return IntStream.range(0, MULTI_CASES).mapToObj(i -> {
            long seed = BASE_SEED + 500_000 + i;
            return DynamicTest.dynamicTest("seed " + seed, () -> {
                Random r = new Random(seed);
                ObjectNode root = baseIntake(r);
                int wanted = 2 + r.nextInt(4);
                List<Applied> applied = new ArrayList<>();
                for (int attempt = 0; attempt < 50 && applied.size() < wanted; attempt++) {
                    ObjectNode trial = root.deepCopy();
                    Applied a;
                    try {
                        a = IntakeGenerator.pick(r, combinable).mutator().apply(trial, r, today());
                    } catch (RuntimeException e) {
                        continue; // an earlier mutation removed what this one would change
                    }
                    if (applied.stream().noneMatch(b -> overlaps(a.scope(), b.scope()))) {
                        applied.add(a);
                        root = trial;
                    }
                }
                assertTrue(applied.size() >= 2, "could not combine mutations");
                check("seed " + seed, new Case(String.join(" + ", applied.stream().map(Applied::what).toList()),
                        Json.pretty(root), Expect.FIELDS, applied.stream().map(Applied::path).toList(), List.of()));
            });
        });
    }

    /** The unbroken files plan fine through the same command, so it is the mutation that each case rejects. */
    @TestFactory
    Stream<DynamicTest> theUnbrokenIntakesArePlanned() {
        return IntStream.range(0, VALID_CONTROLS).mapToObj(i -> {
            long seed = BASE_SEED + i;
            return DynamicTest.dynamicTest("seed " + seed, () -> {
                ObjectNode root = baseIntake(new Random(seed));
                if (i % 3 == 0) {
                    root.put("clinicExtra", "readers ignore unknown fields");
                    ((ObjectNode) root.get("skin")).putArray("observations").add("unknown, ignored");
                }
                String text = Json.pretty(root) + (i % 2 == 0 ? "\n" : "");
                Result res = run(text);
                Intake intake = IntakeJson.read(text, today()).intake();
                assertTrue(intake != null, "control intake does not read back: " + text);
                Plan plan = new Planner(TreatmentCatalog.builtIn()).plan(intake);
                String where = "seed " + seed + "\nfile:\n" + text + "\nstderr:\n" + res.err;
                assertEquals(0, res.exit, "exit status for a valid intake, " + where);
                assertEquals("", res.err, "stderr for a valid intake, " + where);
                assertEquals(PlanJson.write(plan), res.out.strip(), "stdout is the plan JSON, " + where);
            });
        });
    }

    /** Guards the checks themselves: they reject a report that misses a path or carries a stack trace. */
    @Test
    void theChecksCanFail() {
        Case c = new Case("example", "{}", Expect.FIELDS, List.of("concerns[0].kind"), List.of());
        assertTrue(!problemsWith(c, new Result(2, "", "concerns[0].zones: at least one zone is required\n")).isEmpty());
        assertTrue(!problemsWith(c, new Result(1, "", "concerns[0].kind: x\n")).isEmpty());
        assertTrue(!problemsWith(c, new Result(2, "{}", "concerns[0].kind: x\n")).isEmpty());
        assertTrue(!problemsWith(c, new Result(2, "", "concerns[0].kind: x\n\tat com.clearpath.X\n")).isEmpty());
        assertTrue(!problemsWith(c, new Result(2, "", "clearpath: NullPointerException (details in the log file)\n"))
                .isEmpty());
        assertEquals(List.of(), problemsWith(c, new Result(2, "", "concerns[0].kind: is required\n")));
        Case s = new Case("syntax", "{", Expect.SYNTAX, List.of(), List.of("line 1,"));
        assertTrue(!problemsWith(s, new Result(2, "", "(json): malformed JSON\n")).isEmpty());
        assertEquals(List.of(), problemsWith(s, new Result(2, "", "(json): malformed JSON at line 1, column 2: x\n")));
    }

    /** Every named mutation and every text mutation is used at least a dozen times. */
    @Test
    void everyMutationKindIsExercised() {
        int kinds = FIELD_MUTATIONS.size() + TEXT_MUTATIONS.size();
        assertTrue(SINGLE_CASES / kinds >= 12, kinds + " kinds of mutation for " + SINGLE_CASES + " cases");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Running the command and checking what it printed

    record Result(int exit, String out, String err) {
    }

    private static int files;

    static Result run(String text) throws IOException {
        Path file = tmp.resolve("intake-" + (files++) + ".json");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            int exit = ClearpathCommand.run(new String[] {"--data-dir", tmp.resolve("data").toString(), "plan",
                    file.toString()}, d -> { }, new PrintWriter(out), new PrintWriter(err));
            return new Result(exit, out.toString(), err.toString());
        } finally {
            Files.deleteIfExists(file);
            closeLogHandlers();
        }
    }

    /** Each run opens a log file handler on the root logger; close it so a thousand runs hold no open files. */
    @AfterAll
    static void closeLogHandlers() {
        for (Handler h : LogManager.getLogManager().getLogger("").getHandlers()) {
            h.close();
        }
    }

    static void check(String seed, Case c) throws IOException {
        Result res = run(c.text());
        List<String> wrong = problemsWith(c, res);
        if (!wrong.isEmpty()) {
            fail(seed + " (" + c.label() + "): " + String.join("; ", wrong) + "\nexpected paths: " + c.paths()
                    + "\nexit: " + res.exit + "\nstderr:\n" + res.err + "\nstdout:\n" + res.out + "\nfile:\n" + c.text());
        }
    }

    static List<String> problemsWith(Case c, Result res) {
        List<String> wrong = new ArrayList<>();
        if (res.exit != ClearpathCommand.INVALID) {
            wrong.add("exit status " + res.exit + ", expected 2");
        }
        if (!res.out.isEmpty()) {
            wrong.add("stdout is not empty");
        }
        if (res.err.isBlank()) {
            wrong.add("stderr is empty");
        }
        if (res.err.contains("\tat ") || res.err.contains("Exception")) {
            wrong.add("stderr shows a Java exception or stack trace");
        }
        List<String> lines = Arrays.stream(res.err.split("\\R")).filter(l -> !l.isBlank()).toList();
        switch (c.expect()) {
            case FIELDS -> {
                for (String p : c.paths()) {
                    if (lines.stream().noneMatch(l -> l.startsWith(p + ": "))) {
                        wrong.add("no stderr line for " + p);
                    }
                }
                for (String l : lines) {
                    if (c.paths().stream().noneMatch(p -> l.startsWith(p + ": ") || l.startsWith(p + ".")
                            || l.startsWith(p + "["))) {
                        wrong.add("stderr line does not name a broken field: \"" + l + "\"");
                    }
                }
            }
            case SYNTAX -> {
                if (!res.err.contains("line") || !res.err.contains("column")) {
                    wrong.add("a syntax error without its line and column");
                }
                if (lines.size() != 1) {
                    wrong.add("expected one problem line for malformed JSON, got " + lines.size());
                }
            }
            case NOT_AN_OBJECT -> {
                if (lines.size() != 1) {
                    wrong.add("expected one problem line, got " + lines.size());
                }
            }
        }
        for (String m : c.mustMention()) {
            if (!res.err.contains(m)) {
                wrong.add("stderr does not mention " + m);
            }
        }
        return wrong;
    }

    static boolean overlaps(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "[") || b.startsWith(a + ".")
                || b.startsWith(a + "[");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Mutations of the JSON tree: each knows the field path it breaks

    static List<Mutation> fieldMutations() {
        List<Mutation> m = new ArrayList<>();
        for (String path : List.of("format", "client", "client.firstName", "client.lastName", "client.dateOfBirth",
                "consultedOn", "concerns", "concerns[*].kind", "concerns[*].zones", "skin", "skin.fitzpatrick",
                "skin.sensitivity", "activeAcne", "activeAcne.iga")) {
            m.add(new Mutation("remove " + path, true, (root, r, today) -> {
                String p = concrete(root, path, r);
                // Absent or JSON null: both leave a required field missing.
                if (r.nextBoolean()) {
                    remove(root, p);
                    return new Applied("remove " + p, p, p);
                }
                set(root, p, NF.nullNode());
                return new Applied(p + " = null", p, p);
            }));
        }
        m.add(set("wrong format", "format", text("clearpath.intake/2", "clearpath.plan/1", "", "CLEARPATH.INTAKE/1",
                " clearpath.intake/1", "clearpath.intake/1 ", "clearpath.intake")));
        m.add(set("no concerns", "concerns", r -> NF.arrayNode()));
        m.add(set("unknown concern code", "concerns[*].kind", text("BOXCAR", "rolling", "ICE PICK", "", "SCAR",
                "ICE_PICK ", "Rolling")));
        m.add(new Mutation("unknown zone code", true, (root, r, today) -> {
            int i = concern(root, r);
            ArrayNode zones = (ArrayNode) concernAt(root, i).get("zones");
            int z = r.nextInt(zones.size());
            zones.set(z, NF.textNode(IntakeGenerator.pick(r, "CHEEK", "cheek_left", "LEFT_CHEEK", "FACE", "",
                    "FOREHEAD ")));
            String p = "concerns[" + i + "].zones[" + z + "]";
            return new Applied("unknown zone at " + p, p, "concerns[" + i + "]");
        }));
        m.add(insertCode("unknown screening code", "screening", "COLD_SORE", "isotretinoin_recent", "PREGNANT",
                "SMOKER", "", "ISOTRETINOIN"));
        m.add(insertCode("unknown condition code", "skin.conditions", "ACNE", "rosacea", "VITILIGO", "ECZEMA_FLARE"));
        m.add(set("unknown sensitivity code", "skin.sensitivity", text("HIGH", "normal", "VERY SENSITIVE", "",
                "SENSITIVE ")));
        m.add(new Mutation("unknown pigmentDepth code", true, (root, r, today) -> {
            int i = concern(root, r);
            ObjectNode c = concernAt(root, i);
            c.put("kind", "PIH");
            c.remove("distensible");
            c.put("pigmentDepth", IntakeGenerator.pick(r, "DEEP", "epidermal", "BROWN", "", "SUPERFICIAL"));
            String p = "concerns[" + i + "].pigmentDepth";
            return new Applied("unknown " + p, p, "concerns[" + i + "]");
        }));
        m.add(new Mutation("duplicate zone", true, (root, r, today) -> {
            int i = concern(root, r);
            ArrayNode zones = (ArrayNode) concernAt(root, i).get("zones");
            zones.add(zones.get(r.nextInt(zones.size())).deepCopy());
            String p = "concerns[" + i + "].zones[" + (zones.size() - 1) + "]";
            return new Applied("duplicate zone at " + p, p, "concerns[" + i + "]");
        }));
        m.add(set("no zones", "concerns[*].zones", r -> NF.arrayNode()));
        m.add(set("count out of range or not a whole number", "concerns[*].count", values(NF.numberNode(0),
                NF.numberNode(501), NF.numberNode(-1), NF.numberNode(2.5), NF.textNode("7"), NF.numberNode(100000),
                NF.numberNode(1e3), NF.numberNode(10_000_000_000L))));
        m.add(set("Fitzpatrick out of range or not a whole number", "skin.fitzpatrick", values(NF.numberNode(0),
                NF.numberNode(7), NF.numberNode(3.5), NF.textNode("4"), NF.numberNode(-2), NF.textNode("IV"))));
        m.add(set("IGA out of range", "activeAcne.iga", values(NF.numberNode(-1), NF.numberNode(5), NF.textNode("2"),
                NF.numberNode(1.5))));
        m.add(set("Goodman grade out of range", "goodmanBaronGrade", values(NF.numberNode(0), NF.numberNode(5),
                NF.textNode("3"), NF.numberNode(2.5), NF.numberNode(-1))));
        m.add(setDate("date of birth in the future", "client.dateOfBirth",
                (r, today) -> today.plusDays(1 + r.nextInt(3650)).toString()));
        m.add(setDate("date of birth over 120 years ago", "client.dateOfBirth",
                (r, today) -> today.minusYears(121 + r.nextInt(300)).minusDays(r.nextInt(365)).toString()));
        m.add(set("date of birth not a date", "client.dateOfBirth", text("1990-02-30", "not a date", "2001-13-01",
                "1990/01/01", "", "12-04-1996", "1996-4-12", "2023-02-29")));
        m.add(setDate("consulted after today", "consultedOn",
                (r, today) -> today.plusDays(r.nextInt(3) == 0 ? 1 + r.nextInt(400) : 1).toString()));
        m.add(set("consultation date not a date", "consultedOn", text("2025-02-29", "yesterday", "2026-11-31",
                "22/11/2026")));
        m.add(set("event date not a date", "eventDate", text("2027-02-30", "next June", "12/06/2027", "2027-6-1")));
        m.add(set("plan start not a date", "planStartsOn", text("2026-13-01", "soon", "2026/12/01")));
        m.add(set("first name blank", "client.firstName", text("", " ", "\t", "   \n ")));
        m.add(set("last name blank", "client.lastName", text("", " ", "\u2003 \u3000")));
        m.add(set("first name of 101 characters", "client.firstName", text("a".repeat(101), "é".repeat(101),
                "𠮷".repeat(101), " " + "李".repeat(101) + " ")));
        m.add(set("last name of 101 characters", "client.lastName", text("Z".repeat(101), "Nguyễn".repeat(17)
                .substring(0, 101))));
        m.add(set("email that is not an address", "client.email", text("not-an-email", "ana@", "@example.com",
                "ana.example.com", "ana@example", "ana reyes@example.com")));
        m.add(set("goals over 4,000 characters", "goals", text("x".repeat(4001), "😀".repeat(4001),
                "é".repeat(4001))));
        m.add(set("notes over 4,000 characters", "notes", text("n".repeat(4001), "😀".repeat(4001),
                "李".repeat(5000))));
        m.add(new Mutation("distensible on a scar that is not atrophic", true, (root, r, today) -> {
            int i = concern(root, r);
            ObjectNode c = concernAt(root, i);
            String kind = IntakeGenerator.pick(r, "PIH", "KELOID", "HYPERTROPHIC", "PIE");
            c.put("kind", kind);
            if (!kind.equals("PIH")) {
                c.remove("pigmentDepth");
            }
            c.put("distensible", r.nextBoolean());
            String p = "concerns[" + i + "].distensible";
            return new Applied("distensible on " + kind + " at " + p, p, "concerns[" + i + "]");
        }));
        m.add(new Mutation("pigmentDepth on a concern that is not PIH", true, (root, r, today) -> {
            int i = concern(root, r);
            ObjectNode c = concernAt(root, i);
            String kind = IntakeGenerator.pick(r, "ROLLING", "ROLLING", "ICE_PICK", "KELOID", "PIE");
            c.put("kind", kind);
            if (!kind.equals("ROLLING") && !kind.equals("ICE_PICK")) {
                c.remove("distensible");
            }
            c.put("pigmentDepth", IntakeGenerator.pick(r, "EPIDERMAL", "DERMAL", "MIXED", "UNKNOWN"));
            String p = "concerns[" + i + "].pigmentDepth";
            return new Applied("pigmentDepth on " + kind + " at " + p, p, "concerns[" + i + "]");
        }));

        // A field of the wrong JSON type.
        m.add(set("client not an object", "client", values(NF.textNode("Ana Reyes"), array("Ana", "Reyes"),
                NF.numberNode(42), NF.booleanNode(true))));
        m.add(set("skin not an object", "skin", values(NF.textNode("IV"), NF.arrayNode(), NF.numberNode(4))));
        m.add(set("activeAcne not an object", "activeAcne", values(NF.numberNode(2), NF.textNode("mild"),
                array("2"))));
        m.add(set("concerns not a list", "concerns", values(NF.objectNode(), NF.textNode("ROLLING"),
                NF.numberNode(3))));
        m.add(new Mutation("a concern that is not an object", false, (root, r, today) -> {
            int i = concern(root, r);
            JsonNode value = IntakeGenerator.pick(r, NF.textNode("ROLLING"), NF.numberNode(42), NF.arrayNode(),
                    NF.nullNode(), NF.booleanNode(false));
            ((ArrayNode) root.get("concerns")).set(i, value);
            String p = "concerns[" + i + "]";
            return new Applied(p + " = " + value, p, p);
        }));
        m.add(set("zones not a list", "concerns[*].zones", values(NF.textNode("CHEEK_LEFT"), NF.objectNode(),
                NF.numberNode(1))));
        m.add(set("kind not text", "concerns[*].kind", values(array("ROLLING"), NF.numberNode(3), NF.objectNode(),
                NF.booleanNode(true))));
        m.add(new Mutation("zone not text", true, (root, r, today) -> {
            int i = concern(root, r);
            ArrayNode zones = (ArrayNode) concernAt(root, i).get("zones");
            int z = r.nextInt(zones.size());
            zones.set(z, IntakeGenerator.pick(r, NF.numberNode(3), array("NOSE"), NF.objectNode(), NF.nullNode()));
            String p = "concerns[" + i + "].zones[" + z + "]";
            return new Applied(p + " not text", p, "concerns[" + i + "]");
        }));
        m.add(set("count not a number", "concerns[*].count", values(NF.booleanNode(true), array("3"),
                NF.objectNode())));
        m.add(set("first name not text", "client.firstName", values(array("Ana"), NF.numberNode(7), NF.objectNode(),
                NF.booleanNode(false))));
        m.add(set("date of birth not text", "client.dateOfBirth", values(NF.numberNode(19900101),
                array("1990-01-01"), NF.objectNode())));
        m.add(set("consultedOn not text", "consultedOn", values(NF.numberNode(20261122), NF.objectNode(),
                array("2026-11-22"))));
        m.add(set("screening not a list", "screening", values(NF.textNode("COLD_SORE_HISTORY"), NF.objectNode(),
                NF.booleanNode(true))));
        m.add(new Mutation("screening code not text", true, (root, r, today) -> {
            ArrayNode list = root.has("screening") ? (ArrayNode) root.get("screening") : root.putArray("screening");
            int k = r.nextInt(list.size() + 1);
            list.insert(k, IntakeGenerator.pick(r, NF.numberNode(1), NF.objectNode(), array("ACTIVE_COLD_SORE")));
            String p = "screening[" + k + "]";
            return new Applied(p + " not text", p, "screening");
        }));
        m.add(set("conditions not a list", "skin.conditions", values(NF.textNode("ROSACEA"), NF.objectNode())));
        m.add(set("Fitzpatrick not a number", "skin.fitzpatrick", values(array("4"), NF.objectNode(),
                NF.booleanNode(true))));
        m.add(set("nodulesOrCysts not true or false", "activeAcne.nodulesOrCysts", values(NF.textNode("yes"),
                NF.numberNode(1), NF.textNode("true"))));
        m.add(new Mutation("distensible not true or false", true, (root, r, today) -> {
            int i = concern(root, r);
            ObjectNode c = concernAt(root, i);
            c.put("kind", "ROLLING");
            c.remove("pigmentDepth");
            c.set("distensible", IntakeGenerator.pick(r, NF.textNode("true"), NF.numberNode(1), NF.textNode("no")));
            String p = "concerns[" + i + "].distensible";
            return new Applied(p + " not a boolean", p, "concerns[" + i + "]");
        }));
        m.add(set("format not text", "format", values(NF.numberNode(1), array("clearpath.intake/1"))));
        m.add(set("goals not text", "goals", values(array("x"), NF.numberNode(5), NF.objectNode())));
        m.add(set("notes not text", "notes", values(array("x"), NF.booleanNode(true))));
        m.add(set("practitioner not text", "practitioner", values(NF.objectNode(), NF.numberNode(3))));
        m.add(set("phone not text", "client.phone", values(NF.numberNode(2105550101L), array("+1 210 555 0101"))));
        m.add(set("email not text", "client.email", values(array("ana@example.com"), NF.numberNode(1))));
        m.add(set("goodmanBaronGrade not a number", "goodmanBaronGrade", values(array("3"), NF.objectNode())));

        // A bad value that itself contains a line break: still one line per problem.
        m.add(new Mutation("unknown code with a line break", false, (root, r, today) -> {
            String p = concrete(root, IntakeGenerator.pick(r, "concerns[*].kind", "skin.sensitivity", "format",
                    "client.email"), r);
            set(root, p, NF.textNode(IntakeGenerator.pick(r, "BOXCAR\nDEEP", "NOT\r\nVALID", "x\ny")));
            return new Applied(p + " with a line break", p, p);
        }));
        return m;
    }

    static Mutation set(String name, String path, Function<Random, JsonNode> value) {
        return new Mutation(name, true, (root, r, today) -> {
            String p = concrete(root, path, r);
            JsonNode v = value.apply(r);
            set(root, p, v);
            String shown = v.toString();
            return new Applied(p + " = " + (shown.length() > 30 ? shown.substring(0, 30) + "…" : shown), p,
                    p.startsWith("concerns[") ? p.substring(0, p.indexOf(']') + 1) : p);
        });
    }

    interface DateValue {
        String of(Random r, LocalDate today);
    }

    static Mutation setDate(String name, String path, DateValue value) {
        return new Mutation(name, true, (root, r, today) -> {
            String v = value.of(r, today);
            set(root, path, NF.textNode(v));
            return new Applied(path + " = " + v, path, path);
        });
    }

    static Mutation insertCode(String name, String listPath, String... codes) {
        return new Mutation(name, true, (root, r, today) -> {
            ObjectNode parent = (ObjectNode) resolve(root, parentPath(listPath));
            String field = lastField(listPath);
            ArrayNode list = parent.has(field) ? (ArrayNode) parent.get(field) : parent.putArray(field);
            int k = r.nextInt(list.size() + 1);
            String code = IntakeGenerator.pick(r, codes);
            list.insert(k, code);
            String p = listPath + "[" + k + "]";
            return new Applied("unknown code \"" + code + "\" at " + p, p, listPath);
        });
    }

    static Function<Random, JsonNode> text(String... values) {
        return r -> NF.textNode(IntakeGenerator.pick(r, values));
    }

    static Function<Random, JsonNode> values(JsonNode... values) {
        return r -> IntakeGenerator.pick(r, values).deepCopy();
    }

    static ArrayNode array(String... values) {
        ArrayNode a = NF.arrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    static int concern(ObjectNode root, Random r) {
        return r.nextInt(root.get("concerns").size());
    }

    static ObjectNode concernAt(ObjectNode root, int i) {
        return (ObjectNode) root.get("concerns").get(i);
    }

    /** Replaces {@code [*]} with a random existing concern index. */
    static String concrete(ObjectNode root, String path, Random r) {
        return path.replace("concerns[*]", "concerns[" + concern(root, r) + "]");
    }

    static String parentPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    static String lastField(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The node at a path such as {@code concerns[2].zones} ("" is the root). */
    static JsonNode resolve(ObjectNode root, String path) {
        JsonNode n = root;
        if (path.isEmpty()) {
            return n;
        }
        for (String part : path.split("\\.")) {
            Matcher m = Pattern.compile("(\\w+)(?:\\[(\\d+)])?").matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException(path);
            }
            n = n.get(m.group(1));
            if (m.group(2) != null) {
                n = n.get(Integer.parseInt(m.group(2)));
            }
        }
        return n;
    }

    static void set(ObjectNode root, String path, JsonNode value) {
        ((ObjectNode) resolve(root, parentPath(path))).set(lastField(path), value);
    }

    static void remove(ObjectNode root, String path) {
        ((ObjectNode) resolve(root, parentPath(path))).remove(lastField(path));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Mutations of the text: malformed JSON, and JSON that is not an object

    static List<Function<Random, Case>> textMutations() {
        List<Function<Random, Case>> m = new ArrayList<>();
        // Truncated at a random point: the parser reports the end of the text.
        m.add(r -> {
            String text = Json.pretty(baseIntake(r));
            int cut = 1 + r.nextInt(text.length() - 1);
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            String cutText = text.substring(0, cut);
            return new Case("truncated after " + cut + " of " + text.length() + " characters", cutText,
                    Expect.SYNTAX, List.of(), List.of("line " + lineCount(cutText) + ","));
        });
        // Trailing garbage after the object.
        m.add(r -> {
            String text = Json.pretty(baseIntake(r));
            String garbage = IntakeGenerator.pick(r, " x", "}", ",", "\n{}", "]", " \"extra\"", " // comment",
                    "\n\n42", "\nnull", "\n" + text, " /* c */", "\u0000");
            String all = text + garbage;
            int garbageLine = lineCount(text) + (int) garbage.chars().takeWhile(ch -> ch == '\n' || ch == ' ')
                    .filter(ch -> ch == '\n').count();
            return new Case("trailing " + show(garbage), all, Expect.SYNTAX, List.of(),
                    List.of("line " + garbageLine + ","));
        });
        // A key given twice in the same object.
        m.add(r -> {
            String text = Json.pretty(baseIntake(r));
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            Pattern scalarField = Pattern.compile("^\\s*\"(\\w+)\" : [^\\[{].*,$");
            List<Integer> candidates = IntStream.range(0, lines.size())
                    .filter(i -> scalarField.matcher(lines.get(i)).matches()).boxed().toList();
            int at = IntakeGenerator.pick(r, candidates);
            Matcher key = scalarField.matcher(lines.get(at));
            key.matches();
            lines.add(at + 1, lines.get(at));
            return new Case("duplicate key \"" + key.group(1) + "\" on line " + (at + 2), String.join("\n", lines),
                    Expect.SYNTAX, List.of(), List.of("line " + (at + 2) + ",", key.group(1)));
        });
        // A trailing comma before a closing brace or bracket (not JSON).
        m.add(r -> {
            String text = Json.pretty(baseIntake(r));
            // Just after the last value of a non-empty object or list, before its closing brace or bracket.
            List<Integer> afterLastValue = new ArrayList<>();
            for (int i = 1; i < text.length(); i++) {
                if (text.charAt(i) == '}' || text.charAt(i) == ']') {
                    int j = i - 1;
                    while (Character.isWhitespace(text.charAt(j))) {
                        j--;
                    }
                    if ("{[,".indexOf(text.charAt(j)) < 0) {
                        afterLastValue.add(j + 1);
                    }
                }
            }
            int at = IntakeGenerator.pick(r, afterLastValue);
            String broken = text.substring(0, at) + "," + text.substring(at);
            return new Case("trailing comma at " + at, broken, Expect.SYNTAX, List.of(), List.of());
        });
        // Valid JSON that is not an object, and files with nothing in them.
        m.add(r -> {
            String text = IntakeGenerator.pick(r, "[]", "42", "\"x\"", "null", "true", "[" + Json.pretty(baseIntake(r))
                    + "]", "\"" + Intake.FORMAT + "\"", "-0.5");
            return new Case("top level " + show(text), text, Expect.NOT_AN_OBJECT, List.of(), List.of());
        });
        m.add(r -> {
            String text = IntakeGenerator.pick(r, "", " ", "\n\n", "\t \r\n");
            return new Case("empty file " + show(text), text, Expect.NOT_AN_OBJECT, List.of(), List.of());
        });
        return m;
    }

    static int lineCount(String text) {
        return (int) text.chars().filter(ch -> ch == '\n').count() + 1;
    }

    static String show(String s) {
        String t = s.length() > 30 ? s.substring(0, 30) + "…" : s;
        return "\"" + t.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u0000", "\\0") + "\"";
    }
}
