package com.clearpath.exchange;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.EventFit;
import com.clearpath.domain.EventFitCode;
import com.clearpath.domain.Exclusion;
import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.Flag;
import com.clearpath.domain.FlagCode;
import com.clearpath.domain.Hold;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Range;
import com.clearpath.domain.Reason;
import com.clearpath.domain.ReasonCode;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.StepPurpose;
import com.clearpath.domain.StepReason;
import com.clearpath.domain.StepReasonCode;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Visit;
import com.clearpath.words.ReasonWords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Writes and reads {@code clearpath.plan/1} with the contract's field names, in the contract's order. */
public final class PlanJson {
    private PlanJson() {
    }

    public static String write(Plan plan) {
        return Json.pretty(toNode(plan));
    }

    public static ObjectNode toNode(Plan plan) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", Plan.FORMAT);
        root.put("status", plan.status().name());
        ArrayNode holds = root.putArray("holds");
        for (Hold h : plan.holds()) {
            finding(holds.addObject(), h.code().name(), List.of(h.reason()), h.sources());
        }
        recommendations(root.putArray("recommendations"), plan.recommendations());
        recommendations(root.putArray("deferred"), plan.deferred());
        ArrayNode excluded = root.putArray("excluded");
        for (Exclusion e : plan.excluded()) {
            ObjectNode en = excluded.addObject();
            en.put("treatment", e.treatment().name());
            ArrayNode reasons = en.putArray("reasons");
            for (ExclusionReason r : e.reasons()) {
                finding(reasons.addObject(), r.code().name(), List.of(r.reason()), r.sources());
            }
        }
        ArrayNode flags = root.putArray("flags");
        for (Flag f : plan.flags()) {
            finding(flags.addObject(), f.code().name(), f.reasons(), f.sources());
        }
        if (plan.protocol() != null) {
            protocol(root.putObject("protocol"), plan.protocol());
        }
        if (plan.catalogVersion() != null) {
            root.put("catalogVersion", plan.catalogVersion());
        }
        if (plan.engineVersion() != null) {
            root.put("engineVersion", plan.engineVersion());
        }
        return root;
    }

    private static void recommendations(ArrayNode array, List<Recommendation> list) {
        for (Recommendation r : list) {
            ObjectNode n = array.addObject();
            n.put("treatment", r.treatment().name());
            ArrayNode targets = n.putArray("targets");
            r.targets().forEach(t -> targets.add(t.name()));
            range(n, "sessions", r.sessions());
            range(n, "intervalWeeks", r.intervalWeeks());
            range(n, "downtimeDays", r.downtimeDays());
            strings(n.putArray("why"), ReasonWords.english().all(r.why()));
            strings(n.putArray("cautions"), ReasonWords.english().all(r.cautions()));
            strings(n.putArray("sources"), r.sources());
            if (r.name() != null) {
                n.put("name", r.name());
            }
            if (r.performedBy() != null) {
                n.put("performedBy", r.performedBy());
            }
            n.put("homeCare", r.treatment().homeCare());
            n.put("referOut", r.referOut());
            if (!r.waitsFor().isEmpty()) {
                ArrayNode waits = n.putArray("waitsFor");
                r.waitsFor().forEach(w -> waits.add(w.name()));
            }
            codes(n.putArray("whyCodes"), r.why());
            codes(n.putArray("cautionCodes"), r.cautions());
        }
    }

    private static void protocol(ObjectNode n, Protocol p) {
        n.put("startsOn", p.startsOn().toString());
        n.put("startsAfterHolds", p.startsAfterHolds());
        ArrayNode steps = n.putArray("steps");
        for (ProtocolStep s : p.steps()) {
            ObjectNode sn = steps.addObject();
            sn.put("order", s.order());
            sn.put("purpose", s.purpose().name());
            sn.put("treatment", s.treatment().name());
            ArrayNode alts = sn.putArray("alternatives");
            s.alternatives().forEach(t -> alts.add(t.name()));
            ArrayNode targets = sn.putArray("targets");
            s.targets().forEach(t -> targets.add(t.name()));
            if (s.startWeek().min() == s.startWeek().max()) {
                sn.put("startWeek", s.startWeek().min());
            } else {
                range(sn, "startWeek", s.startWeek());
            }
            rangeOrNull(sn, "sessions", s.sessions());
            rangeOrNull(sn, "intervalWeeks", s.intervalWeeks());
            strings(sn.putArray("sources"), s.sources());
            ArrayNode why = sn.putArray("why");
            s.why().forEach(r -> why.add(ProtocolWords.reason(r)));
            ArrayNode codes = sn.putArray("whyCodes");
            for (StepReason r : s.why()) {
                ObjectNode rn = codes.addObject();
                rn.put("code", r.code().name());
                strings(rn.putArray("args"), r.args());
                strings(rn.putArray("sources"), r.sources());
            }
        }
        ArrayNode visits = n.putArray("visits");
        for (Visit v : p.visits()) {
            ObjectNode vn = visits.addObject();
            vn.put("visit", v.visit());
            vn.put("date", v.date().toString());
            ArrayNode ts = vn.putArray("treatments");
            v.treatments().forEach(t -> ts.add(t.name()));
            vn.put("downtimeUntil", v.downtimeUntil().toString());
        }
        range(n, "visitCount", p.visitCount());
        range(n, "durationWeeks", p.durationWeeks());
        range(n, "downtimeDays", p.downtimeDays());
        if (p.eventDate() != null) {
            EventFit e = p.eventDate();
            ObjectNode en = n.putObject("eventDate");
            en.put("date", e.date().toString());
            en.put("fits", e.fits());
            en.put("text", ProtocolWords.event(e));
            en.put("code", e.code().name());
            strings(en.putArray("args"), e.args());
        }
    }

    private static void rangeOrNull(ObjectNode n, String field, Range r) {
        if (r == null) {
            n.putNull(field);
        } else {
            range(n, field, r);
        }
    }

    private static void finding(ObjectNode n, String code, List<Reason> reasons, List<String> sources) {
        n.put("code", code);
        n.put("text", ReasonWords.english().joined(reasons));
        strings(n.putArray("sources"), sources);
        codes(n.putArray("textCodes"), reasons);
    }

    /** The reasons as codes (code, args, sources), beside the English words the contract carries. */
    private static void codes(ArrayNode array, List<Reason> reasons) {
        for (Reason r : reasons) {
            ObjectNode rn = array.addObject();
            rn.put("code", r.code().name());
            strings(rn.putArray("args"), r.args());
            strings(rn.putArray("sources"), r.sources());
        }
    }

    /** The codes of a finding or a list of reasons; a plan written before codes keeps its words as they are. */
    private static List<Reason> reasons(JsonNode codes, List<String> texts, List<String> sources) {
        if (codes.isArray() && !codes.isEmpty()) {
            try {
                return list(codes, r -> new Reason(ReasonCode.valueOf(r.path("code").asText()), strings(r.path("args")),
                        strings(r.path("sources"))));
            } catch (IllegalArgumentException unknownOrMalformed) {
                // A code from a newer engine: the English words still say it.
            }
        }
        List<Reason> out = new ArrayList<>();
        texts.forEach(t -> out.add(Reason.text(t, sources)));
        return out;
    }

    private static Reason reason(JsonNode n) {
        List<String> sources = strings(n.path("sources"));
        List<Reason> r = reasons(n.path("textCodes"), List.of(n.path("text").asText()), sources);
        return r.size() == 1 ? r.get(0) : Reason.text(n.path("text").asText(), sources);
    }

    private static void range(ObjectNode n, String field, Range r) {
        if (r != null) {
            ObjectNode o = n.putObject(field);
            o.put("min", r.min());
            o.put("max", r.max());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** Reads a plan written by {@link #write}; unknown fields are ignored. Throws on structurally broken input. */
    public static Plan fromNode(JsonNode root) {
        List<Hold> holds = list(root.path("holds"), n -> new Hold(HoldCode.valueOf(n.path("code").asText()),
                reason(n)));
        List<Exclusion> excluded = list(root.path("excluded"), n -> new Exclusion(
                Treatment.valueOf(n.path("treatment").asText()),
                list(n.path("reasons"), r -> new ExclusionReason(ExclusionCode.valueOf(r.path("code").asText()),
                        reason(r)))));
        List<Flag> flags = list(root.path("flags"), n -> new Flag(FlagCode.valueOf(n.path("code").asText()),
                reasons(n.path("textCodes"), List.of(n.path("text").asText()), strings(n.path("sources"))),
                strings(n.path("sources"))));
        return new Plan(Plan.FORMAT, PlanStatus.valueOf(root.path("status").asText()), holds,
                list(root.path("recommendations"), PlanJson::recommendation),
                list(root.path("deferred"), PlanJson::recommendation), excluded, flags,
                root.path("catalogVersion").isTextual() ? root.get("catalogVersion").asText() : null,
                root.path("engineVersion").isTextual() ? root.get("engineVersion").asText() : null,
                root.path("protocol").isObject() ? protocol(root.get("protocol")) : null);
    }

    private static Protocol protocol(JsonNode n) {
        List<ProtocolStep> steps = list(n.path("steps"), s -> new ProtocolStep(s.path("order").asInt(),
                StepPurpose.valueOf(s.path("purpose").asText()), Treatment.valueOf(s.path("treatment").asText()),
                list(s.path("alternatives"), t -> Treatment.valueOf(t.asText())),
                list(s.path("targets"), t -> ConcernKind.valueOf(t.asText())),
                s.path("startWeek").isIntegralNumber() ? Range.of(s.get("startWeek").asInt(), s.get("startWeek").asInt())
                        : range(s.get("startWeek")),
                range(s.get("sessions")), range(s.get("intervalWeeks")), strings(s.path("sources")),
                list(s.path("whyCodes"), r -> new StepReason(StepReasonCode.valueOf(r.path("code").asText()),
                        strings(r.path("args")), strings(r.path("sources"))))));
        List<Visit> visits = list(n.path("visits"), v -> new Visit(v.path("visit").asInt(),
                LocalDate.parse(v.path("date").asText()), list(v.path("treatments"), t -> Treatment.valueOf(t.asText())),
                LocalDate.parse(v.path("downtimeUntil").asText())));
        JsonNode e = n.path("eventDate");
        EventFit event = e.isObject() ? new EventFit(LocalDate.parse(e.path("date").asText()), e.path("fits").asBoolean(),
                EventFitCode.valueOf(e.path("code").asText()), strings(e.path("args"))) : null;
        return new Protocol(LocalDate.parse(n.path("startsOn").asText()), n.path("startsAfterHolds").asBoolean(),
                steps, visits, range(n.get("visitCount")), range(n.get("durationWeeks")), range(n.get("downtimeDays")),
                event);
    }

    private static Recommendation recommendation(JsonNode n) {
        return new Recommendation(Treatment.valueOf(n.path("treatment").asText()),
                n.path("name").isTextual() ? n.get("name").asText() : null,
                n.path("performedBy").isTextual() ? n.get("performedBy").asText() : null,
                list(n.path("targets"), t -> ConcernKind.valueOf(t.asText())),
                range(n.get("sessions")), range(n.get("intervalWeeks")), range(n.get("downtimeDays")),
                reasons(n.path("whyCodes"), strings(n.path("why")), List.of()),
                reasons(n.path("cautionCodes"), strings(n.path("cautions")), List.of()), strings(n.path("sources")),
                n.path("referOut").asBoolean(false),
                list(n.path("waitsFor"), w -> HoldCode.valueOf(w.asText())));
    }

    private static Range range(JsonNode n) {
        return n == null || n.isNull() ? null : new Range(n.path("min").asInt(), n.path("max").asInt());
    }

    private static List<String> strings(JsonNode array) {
        return list(array, JsonNode::asText);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> map) {
        List<T> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> out.add(map.apply(n)));
        }
        return out;
    }
}
