package com.clearpath.exchange;

import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Treatment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Practitioner overrides as JSON: {@code [{treatment, action, reason, by, at}]}. */
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
            problems.add(new Problem(path, "must be a list"));
            return out;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String at = path + "[" + i + "]";
            try {
                Instant when = n.path("at").isTextual() ? Instant.parse(n.get("at").asText()) : null;
                out.add(new PlanOverride(Treatment.valueOf(n.path("treatment").asText()),
                        PlanOverride.Action.valueOf(n.path("action").asText()), n.path("reason").asText(null),
                        n.path("by").asText(null), when));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new Problem(at, "is not a valid override (treatment code, action DECLINED or ADDED, "
                        + "and a reason are required)"));
            }
        }
        return out;
    }
}
