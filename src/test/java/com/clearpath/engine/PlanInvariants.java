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
        List<String> protocol = protocolViolations(intake, plan);
        assertTrue(protocol.isEmpty(), "protocol invariants:\n - " + String.join("\n - ", protocol));
        plan.findValues("text").forEach(PlanInvariants::noStopDrug);
        plan.findValues("why").forEach(a -> a.forEach(PlanInvariants::noStopDrug));
        plan.findValues("cautions").forEach(a -> a.forEach(PlanInvariants::noStopDrug));
    }

    static final Set<String> ATROPHIC_PURPOSES = Set.of("INDIVIDUAL_SCARS", "RELEASE", "RESURFACE", "VOLUME");
    /** Reference ids a protocol step may cite: the whole reference list, section I's sources included. */
    static final Pattern STEP_SOURCE = Pattern.compile("R([1-9]|[1-6][0-9]|7[0-6])");
    static final Set<String> LEAST_PIGMENT_RISK = Set.of("MICRONEEDLING", "MICRONEEDLING_PRP", "RF_MICRONEEDLING");

    /** Pigment risk of a resurfacing option, lowest first (reference E2, I1). */
    static int pigmentRisk(String t) {
        return switch (t) {
            case "MICRONEEDLING", "MICRONEEDLING_PRP", "RF_MICRONEEDLING" -> 0;
            case "FRACTIONAL_NONABLATIVE_LASER" -> 1;
            case "FRACTIONAL_ABLATIVE_LASER", "CHEMICAL_PEEL_MEDIUM" -> 2;
            default -> 3;
        };
    }

    /** Start week as {min, max}: the contract allows an integer or a range. */
    static int[] week(JsonNode w) {
        if (w.isIntegralNumber()) {
            return new int[] {w.asInt(), w.asInt()};
        }
        return new int[] {w.path("min").asInt(), w.path("max").asInt()};
    }

    static boolean isRange(JsonNode r) {
        return r.isObject() && r.path("min").isIntegralNumber() && r.path("max").isIntegralNumber()
                && r.path("min").asInt() >= 0 && r.path("min").asInt() <= r.path("max").asInt();
    }

    /** The rules of "The protocol" in intake-format.md and the cases README, as a list of what is broken. */
    public static List<String> protocolViolations(JsonNode intake, JsonNode plan) {
        List<String> v = new java.util.ArrayList<>();
        JsonNode p = plan.path("protocol");
        if (!p.isObject()) {
            v.add("no protocol in a valid plan");
            return v;
        }
        List<String> rec = treatments(plan, "recommendations");
        List<String> def = treatments(plan, "deferred");
        List<String> exc = treatments(plan, "excluded");
        JsonNode steps = p.path("steps");
        if (!steps.isArray() || steps.size() == 0) {
            v.add("the protocol has no steps");
            return v;
        }
        java.util.Map<String, int[]> starts = new java.util.HashMap<>();
        java.util.Map<String, Integer> orders = new java.util.HashMap<>();
        java.util.Map<String, Integer> purposeCount = new java.util.HashMap<>();
        Set<String> inSteps = new HashSet<>();
        Set<String> targeted = new HashSet<>();
        Set<String> chosen = new HashSet<>();
        int[] previous = {Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < steps.size(); i++) {
            JsonNode s = steps.get(i);
            String purpose = s.path("purpose").asText();
            String t = s.path("treatment").asText();
            String at = "step " + (i + 1) + " (" + purpose + " " + t + ")";
            if (s.path("order").asInt() != i + 1) {
                v.add(at + " has order " + s.path("order") + ", expected " + (i + 1));
            }
            if (!s.has("startWeek") || !(s.get("startWeek").isIntegralNumber() || isRange(s.get("startWeek")))) {
                v.add(at + " has no startWeek");
                continue;
            }
            int[] w = week(s.get("startWeek"));
            if (w[0] < previous[0]) {
                v.add(at + " begins (week " + w[0] + ") before the step ordered ahead of it (week " + previous[0] + ")");
            }
            previous = w;
            purposeCount.merge(purpose, 1, Integer::sum);
            starts.putIfAbsent(purpose, w);
            orders.putIfAbsent(purpose, i + 1);
            chosen.add(t);
            List<String> all = new java.util.ArrayList<>(List.of(t));
            s.path("alternatives").forEach(a -> all.add(a.asText()));
            for (String x : all) {
                if (!inSteps.add(x)) {
                    v.add(x + " appears in more than one step (or twice in one)");
                }
                if (exc.contains(x)) {
                    v.add(at + ": " + x + " is excluded");
                }
                if (!rec.contains(x) && !def.contains(x)) {
                    v.add(at + ": " + x + " is in neither recommendations nor deferred");
                }
            }
            if (s.path("sources").size() == 0) {
                v.add(at + " has no sources");
            }
            s.path("sources").forEach(x -> {
                if (!STEP_SOURCE.matcher(x.asText()).matches()) {
                    v.add(at + " cites " + x + ", not a reference id");
                }
            });
            s.path("targets").forEach(k -> targeted.add(k.asText()));
            boolean home = HOME_CARE.contains(t);
            if (!home && !isRange(s.path("sessions"))) {
                v.add(at + " is in clinic but has no sessions range");
            }
            if (home && !s.path("sessions").isNull()) {
                v.add(at + " is home care but has sessions " + s.path("sessions"));
            }
        }
        long atrophic = purposeCount.entrySet().stream().filter(e -> ATROPHIC_PURPOSES.contains(e.getKey()))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        if (atrophic > 3) {
            v.add(atrophic + " in-clinic chosen treatments for atrophic scars (at most 3)");
        }
        for (String once : List.of("INDIVIDUAL_SCARS", "RELEASE", "RESURFACE", "VOLUME", "RAISED_SCARS", "MARKS")) {
            if (purposeCount.getOrDefault(once, 0) > 1) {
                v.add(purposeCount.get(once) + " " + once + " steps (at most 1)");
            }
        }
        int[] ind = starts.get("INDIVIDUAL_SCARS");
        int[] rel = starts.get("RELEASE");
        int[] res = starts.get("RESURFACE");
        int[] vol = starts.get("VOLUME");
        if (ind != null && res != null && !(ind[0] < res[0] && ind[1] < res[1])) {
            v.add("INDIVIDUAL_SCARS does not start before RESURFACE");
        }
        if (rel != null && res != null && !(rel[0] <= res[0] && rel[1] <= res[1])) {
            v.add("RELEASE starts later than RESURFACE");
        }
        for (int[] earlier : new int[][] {rel, res}) {
            if (vol != null && earlier != null && !(vol[0] >= earlier[0] && vol[1] >= earlier[1])) {
                v.add("VOLUME starts before RELEASE or RESURFACE");
            }
        }
        int fitzpatrick = intake.path("skin").path("fitzpatrick").asInt();
        if (fitzpatrick >= 4 && (ind != null || res != null)) {
            int[] prime = starts.get("PRIME");
            if (prime == null || prime[0] != 0 || prime[1] != 0) {
                v.add("Fitzpatrick " + fitzpatrick + " with resurfacing or individual scars but no PRIME step at week 0");
            } else {
                for (String later : List.of("INDIVIDUAL_SCARS", "RESURFACE")) {
                    if (orders.containsKey(later) && orders.get(later) < orders.get("PRIME")) {
                        v.add(later + " is ordered before PRIME");
                    }
                }
            }
        }
        String sensitivity = intake.path("skin").path("sensitivity").asText("NORMAL");
        if ((fitzpatrick >= 4 || !"NORMAL".equals(sensitivity)) && res != null) {
            for (JsonNode s : steps) {
                if ("RESURFACE".equals(s.path("purpose").asText())) {
                    int risk = pigmentRisk(s.path("treatment").asText());
                    s.path("alternatives").forEach(a -> {
                        if (pigmentRisk(a.asText()) < risk) {
                            v.add("dark or sensitive skin: RESURFACE chose " + s.path("treatment").asText()
                                    + " over the lower pigment risk of " + a.asText());
                        }
                    });
                }
            }
        }
        Set<String> suitableTargets = new HashSet<>();
        for (String list : List.of("recommendations", "deferred")) {
            plan.path(list).forEach(r -> r.path("targets").forEach(k -> suitableTargets.add(k.asText())));
        }
        for (JsonNode c : intake.path("concerns")) {
            String kind = c.path("kind").asText();
            if (suitableTargets.contains(kind) && !targeted.contains(kind)) {
                v.add(kind + " has a suitable treatment but is no step's target");
            }
        }
        boolean defer = "DEFER".equals(plan.path("status").asText());
        if (p.path("startsAfterHolds").asBoolean() != defer) {
            v.add("startsAfterHolds is " + p.path("startsAfterHolds") + " with status " + plan.path("status").asText());
        }
        for (String r : List.of("visitCount", "durationWeeks", "downtimeDays")) {
            if (!isRange(p.path(r))) {
                v.add(r + " is not a range: " + p.path(r));
            }
        }
        String expectedStart = intake.path("planStartsOn").isTextual() ? intake.path("planStartsOn").asText()
                : intake.path("consultedOn").asText();
        if (!expectedStart.equals(p.path("startsOn").asText())) {
            v.add("startsOn " + p.path("startsOn") + ", expected " + expectedStart);
        }
        java.time.LocalDate startsOn = java.time.LocalDate.parse(p.path("startsOn").asText());
        java.time.LocalDate last = startsOn;
        JsonNode visits = p.path("visits");
        for (int i = 0; i < visits.size(); i++) {
            JsonNode visit = visits.get(i);
            java.time.LocalDate date = java.time.LocalDate.parse(visit.path("date").asText());
            java.time.LocalDate until = java.time.LocalDate.parse(visit.path("downtimeUntil").asText());
            if (date.isBefore(startsOn)) {
                v.add("visit " + (i + 1) + " on " + date + " is before startsOn " + startsOn);
            }
            if (date.isBefore(last)) {
                v.add("visit " + (i + 1) + " is dated before the visit ahead of it");
            }
            last = date;
            if (until.isBefore(date)) {
                v.add("visit " + (i + 1) + " has downtime ending before the visit");
            }
            if (visit.path("visit").asInt() != i + 1) {
                v.add("visit " + (i + 1) + " is numbered " + visit.path("visit"));
            }
            visit.path("treatments").forEach(x -> {
                if (!chosen.contains(x.asText()) || HOME_CARE.contains(x.asText())) {
                    v.add("visit " + visit.path("visit") + " does " + x + ", which is no step's chosen clinic treatment");
                }
            });
        }
        if (isRange(p.path("visitCount")) && (visits.size() < p.path("visitCount").path("min").asInt()
                || visits.size() > p.path("visitCount").path("max").asInt())) {
            v.add(visits.size() + " visits, outside visitCount " + p.path("visitCount"));
        }
        boolean hasEvent = intake.path("eventDate").isTextual();
        JsonNode e = p.path("eventDate");
        if (hasEvent != e.isObject()) {
            v.add(hasEvent ? "the intake has an eventDate but the protocol does not" : "eventDate without one in the intake");
        }
        if (e.isObject()) {
            if (!intake.path("eventDate").asText().equals(e.path("date").asText())) {
                v.add("protocol.eventDate.date " + e.path("date") + " is not the intake's");
            }
            if (!e.path("fits").isBoolean() || e.path("text").asText().isBlank()) {
                v.add("protocol.eventDate needs fits and text: " + e);
            }
            if (e.path("fits").asBoolean()) {
                java.time.LocalDate event = java.time.LocalDate.parse(e.path("date").asText());
                java.time.LocalDate windowStart = event.minusDays(14);
                for (JsonNode visit : visits) {
                    java.time.LocalDate date = java.time.LocalDate.parse(visit.path("date").asText());
                    java.time.LocalDate until = java.time.LocalDate.parse(visit.path("downtimeUntil").asText());
                    if (!date.isAfter(event) && !until.isBefore(windowStart)) {
                        v.add("fits is true but visit " + visit.path("visit") + " (" + date + " to " + until
                                + ") overlaps the 14 days before " + event);
                    }
                }
            }
        }
        return v;
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
