package com.clearpath.exchange;

import com.clearpath.domain.OverrideRules;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.domain.Treatment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Practitioner overrides as JSON: {@code [{treatment, action, reason, by, at, replaces?, startWeek?}]}; the last two
 * only where the action uses them, so overrides stored before them read as they were.
 */
public final class OverrideJson {
    private OverrideJson() {
    }

    public static ArrayNode toNode(List<PlanOverride> overrides) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (PlanOverride o : overrides) {
            ObjectNode n = array.addObject();
            n.put("treatment", o.treatment().name());
            n.put("action", o.action().name());
            n.put("reason", o.reason());
            if (o.by() != null) {
                n.put("by", o.by());
            }
            if (o.at() != null) {
                n.put("at", o.at().toString());
            }
            if (o.replaces() != null) {
                n.put("replaces", o.replaces().name());
            }
            if (o.startWeek() != null) {
                n.put("startWeek", o.startWeek());
            }
        }
        return array;
    }

    /** Reads overrides, recording a problem (with its path) for each one that cannot be used. */
    public static List<PlanOverride> fromNode(JsonNode array, String path, List<Problem> problems) {
        List<PlanOverride> out = new ArrayList<>();
        if (array == null || array.isNull() || array.isMissingNode()) {
            return out;
        }
        if (!array.isArray()) {
            problems.add(Problem.of(path, ProblemCode.MUST_BE_LIST));
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String at = path + "[" + i + "]";
            if (!n.isObject()) {
                problems.add(Problem.of(at, ProblemCode.OVERRIDE_NOT_AN_OBJECT));
                continue;
            }
            int before = problems.size();
            Treatment treatment = code(Treatment.class, n.path("treatment"), at + ".treatment", true, problems);
            PlanOverride.Action action = code(PlanOverride.Action.class, n.path("action"), at + ".action", true, problems);
            Treatment replaces = code(Treatment.class, n.path("replaces"), at + ".replaces", false, problems);
            String reason = n.path("reason").isTextual() ? n.get("reason").asText() : null;
            OverrideRules.reason(at + ".reason", reason).ifPresent(problems::add);
            Integer week = null;
            JsonNode w = n.path("startWeek");
            if (w.isIntegralNumber() && w.canConvertToInt()) {
                week = w.intValue();
            } else if (!w.isMissingNode() && !w.isNull()) {
                problems.add(Problem.of(at + ".startWeek", ProblemCode.START_WEEK_NOT_WHOLE));
            }
            Instant when = null;
            try {
                when = n.path("at").isTextual() ? Instant.parse(n.get("at").asText()) : null;
            } catch (DateTimeParseException e) {
                problems.add(Problem.of(at + ".at", ProblemCode.MUST_BE_INSTANT));
            }
            if (problems.size() == before) {
                out.add(new PlanOverride(treatment, action, reason, n.path("by").asText(null), when, replaces, week));
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E code(Class<E> type, JsonNode n, String path, boolean required,
                                              List<Problem> problems) {
        if (n.isMissingNode() || n.isNull()) {
            if (required) {
                problems.add(Problem.of(path, ProblemCode.REQUIRED));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, n.asText());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(path, ProblemCode.UNKNOWN_CODE, n.asText()));
            return null;
        }
    }
}
