package com.clearpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The invariants every valid plan holds (intake-format.md and the cases README), checked on plan JSON. */
public final class PlanInvariants {
    static final Set<String> HOME_CARE = Set.of("SUN_PROTECTION", "TOPICAL_RETINOID", "TOPICAL_DEPIGMENTING", "SILICONE_GEL");
    static final Pattern SOURCE = Pattern.compile("R([1-9]|[1-6][0-9]|7[0-2])");
    static final Pattern STOP_A_DRUG = Pattern.compile("\\b(stop|stopping|discontinue|discontinuing|quit|cease|halt)\\b",
            Pattern.CASE_INSENSITIVE);

    private PlanInvariants() {
    }

    public static void check(JsonNode intake, JsonNode plan) {
        assertEquals("clearpath.plan/1", plan.path("format").asText());
        String status = plan.path("status").asText();
        List<String> rec = treatments(plan, "recommendations");
        List<String> def = treatments(plan, "deferred");
        List<String> exc = treatments(plan, "excluded");
        assertTrue(rec.contains("SUN_PROTECTION"), "SUN_PROTECTION recommended");
        Set<String> seen = new HashSet<>();
        for (String t : concat(rec, def, exc)) {
            assertTrue(seen.add(t), t + " appears in more than one list");
        }
        boolean holds = plan.path("holds").size() > 0;
        if ("DEFER".equals(status)) {
            assertTrue(holds, "DEFER has holds");
            rec.forEach(t -> assertTrue(HOME_CARE.contains(t), "DEFER recommends only home care, not " + t));
        } else {
            assertEquals("READY", status);
            assertFalse(holds, "READY has no holds");
        }
        for (String list : List.of("recommendations", "deferred")) {
            for (JsonNode r : plan.path(list)) {
                assertTrue(r.path("sources").size() > 0, r.path("treatment") + " has sources");
                assertTrue(r.path("why").size() > 0, r.path("treatment") + " says why");
                r.path("sources").forEach(s -> assertTrue(SOURCE.matcher(s.asText()).matches(), "source id " + s));
            }
        }
        for (JsonNode e : plan.path("excluded")) {
            assertTrue(e.path("reasons").size() > 0, e.path("treatment") + " has a reason");
            e.path("reasons").forEach(r -> assertFalse(r.path("code").asText().isBlank()));
        }
        int fitzpatrick = intake.path("skin").path("fitzpatrick").asInt();
        if (fitzpatrick >= 5) {
            for (String t : List.of("IPL", "ABLATIVE_RESURFACING")) {
                assertFalse(rec.contains(t), "Fitzpatrick " + fitzpatrick + " never gets " + t);
            }
        }
        JsonNode acne = intake.path("activeAcne");
        if (acne.path("iga").asInt() >= 2 || acne.path("nodulesOrCysts").asBoolean()) {
            assertTrue(codes(plan.path("holds")).contains("ACTIVE_ACNE"), "active acne holds");
        }
        plan.findValues("text").forEach(PlanInvariants::noStopDrug);
        plan.findValues("why").forEach(a -> a.forEach(PlanInvariants::noStopDrug));
        plan.findValues("cautions").forEach(a -> a.forEach(PlanInvariants::noStopDrug));
    }

    private static void noStopDrug(JsonNode text) {
        if (STOP_A_DRUG.matcher(text.asText()).find()) {
            fail("plan text must not tell anyone to stop something: " + text.asText());
        }
    }

    public static List<String> treatments(JsonNode plan, String list) {
        return plan.path(list).findValuesAsText("treatment");
    }

    public static Set<String> codes(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.path("code").asText()));
        return out;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
