package com.clearpath.engine;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Language;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Range;
import com.clearpath.domain.Treatment;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The treatments this clinic can recommend ({@code clearpath.catalog/1}), loaded from the built-in resource and
 * optionally adjusted by the clinic's {@code catalog-override.json} ({@code clearpath.catalog-override/1}):
 * its own product names, treatments it does not offer (kept in plans as "refer out"), sessions and price text.
 */
public final class TreatmentCatalog {
    public static final String FORMAT = "clearpath.catalog/1";
    public static final String OVERRIDE_FORMAT = "clearpath.catalog-override/1";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> OVERRIDE_FIELDS =
            Set.of("name", "offered", "sessions", "intervalWeeks", "priceText");

    private final String version;
    private final Map<Treatment, CatalogTreatment> treatments;
    private final Map<String, String> sources;

    private TreatmentCatalog(String version, Map<Treatment, CatalogTreatment> treatments, Map<String, String> sources) {
        this.version = version;
        this.treatments = treatments;
        this.sources = sources;
    }

    /** The catalog shipped with the app. */
    public static TreatmentCatalog builtIn() {
        try (InputStream in = TreatmentCatalog.class.getResourceAsStream("catalog.json")) {
            if (in == null) {
                throw new IllegalStateException("The built-in treatment catalog is missing from the application");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in catalog");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogException e) {
            throw new IllegalStateException("The built-in treatment catalog is invalid: " + e.getMessage(), e);
        }
    }

    /** The built-in catalog with the clinic's override applied, if the override file exists. */
    public static TreatmentCatalog forClinic(Path overrideFile) throws CatalogException, IOException {
        TreatmentCatalog base = builtIn();
        if (overrideFile == null || !Files.exists(overrideFile)) {
            return base;
        }
        return base.withOverride(Files.readString(overrideFile, StandardCharsets.UTF_8), overrideFile.getFileName().toString());
    }

    public String version() {
        return version;
    }

    public CatalogTreatment get(Treatment code) {
        return treatments.get(code);
    }

    /** The short citation of a source id the catalog and the engine cite ("R32"), if the catalog lists it. */
    public Optional<String> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** Every listed source, id to short citation, in the reference's order. */
    public Map<String, String> sources() {
        return sources;
    }

    /** Every treatment, in catalog order (the contract's order). */
    public List<CatalogTreatment> all() {
        return List.copyOf(treatments.values());
    }

    static TreatmentCatalog parse(String text, String source) throws CatalogException {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = readTree(text, source);
        if (!FORMAT.equals(root.path("format").asText())) {
            problems.add(new Problem("format", "must be \"" + FORMAT + "\""));
        }
        String version = root.path("version").asText("");
        if (version.isBlank()) {
            problems.add(new Problem("version", "is required"));
        }
        Map<Treatment, CatalogTreatment> map = new EnumMap<>(Treatment.class);
        JsonNode list = root.path("treatments");
        for (int i = 0; i < list.size(); i++) {
            Reader r = new Reader("treatments[" + i + "]", problems);
            CatalogTreatment t = r.treatment(list.get(i));
            if (t != null && map.put(t.code(), t) != null) {
                problems.add(new Problem("treatments[" + i + "].code", t.code() + " appears twice"));
            }
        }
        for (Treatment t : Treatment.values()) {
            if (!map.containsKey(t)) {
                problems.add(new Problem("treatments", "no entry for " + t));
            }
        }
        Map<String, String> sources = sourceList(root.path("sources"), problems);
        for (CatalogTreatment t : map.values()) {
            for (String id : t.sources()) {
                if (!sources.containsKey(id)) {
                    problems.add(new Problem("treatments." + t.code() + ".sources", "cites " + id
                            + ", which is not in the catalog's \"sources\""));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(source, problems);
        }
        return new TreatmentCatalog(version, map, sources);
    }

    /** Applies a clinic override; unknown treatments, unknown fields and bad values are all reported together. */
    public TreatmentCatalog withOverride(String text, String source) throws CatalogException {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = readTree(text, source);
        if (!OVERRIDE_FORMAT.equals(root.path("format").asText())) {
            problems.add(new Problem("format", "must be \"" + OVERRIDE_FORMAT + "\""));
        }
        JsonNode entries = root.path("treatments");
        if (!entries.isObject()) {
            problems.add(new Problem("treatments", "must be an object keyed by treatment code"));
        }
        Map<Treatment, CatalogTreatment> map = new EnumMap<>(treatments);
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "treatments." + e.getKey();
            Optional<Treatment> code = Reader.enumValue(Treatment.class, e.getKey());
            if (code.isEmpty()) {
                problems.add(new Problem(at, "unknown treatment code \"" + e.getKey() + "\""));
                continue;
            }
            JsonNode o = e.getValue();
            if (!o.isObject()) {
                problems.add(new Problem(at, "must be an object"));
                continue;
            }
            o.fieldNames().forEachRemaining(f -> {
                if (!OVERRIDE_FIELDS.contains(f)) {
                    problems.add(new Problem(at + "." + f, "cannot be overridden (allowed: " + String.join(", ", OVERRIDE_FIELDS) + ")"));
                }
            });
            CatalogTreatment t = map.get(code.get());
            Reader r = new Reader(at, problems);
            Localized name = t.name();
            if (o.has("name")) {
                JsonNode n = o.get("name");
                String en = n.path("en").isTextual() ? n.get("en").asText().strip() : name.in(Language.EN);
                String es = n.path("es").isTextual() ? n.get("es").asText().strip() : name.in(Language.ES);
                if (!n.isObject() || en.isEmpty() || es.isEmpty()) {
                    problems.add(new Problem(at + ".name", "must be an object with non-empty \"en\" and/or \"es\" text"));
                }
                name = Localized.of(en, es);
            }
            boolean offered = t.offered();
            if (o.has("offered")) {
                if (!o.get("offered").isBoolean()) {
                    problems.add(new Problem(at + ".offered", "must be true or false"));
                } else {
                    offered = o.get("offered").booleanValue();
                }
            }
            Range sessions = o.has("sessions") ? r.range(o.get("sessions"), "sessions", false) : t.sessions();
            Range interval = o.has("intervalWeeks") ? r.range(o.get("intervalWeeks"), "intervalWeeks", false) : t.intervalWeeks();
            String price = t.priceText();
            if (o.has("priceText")) {
                JsonNode p = o.get("priceText");
                if (!p.isTextual() && !p.isNull()) {
                    problems.add(new Problem(at + ".priceText", "must be text"));
                } else {
                    price = p.isNull() ? null : p.asText();
                }
            }
            if (sessions != null && t.sessions() == null || interval != null && t.intervalWeeks() == null) {
                problems.add(new Problem(at, "is daily home care; it has no sessions or interval to override"));
            }
            map.put(t.code(), new CatalogTreatment(t.code(), t.performedBy(), name, t.description(), sessions, interval,
                    t.downtimeDays(), t.resultsShow(), t.targets(), t.before(), t.aftercare(), t.cautions(), t.sources(),
                    price, offered));
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(source, problems);
        }
        return new TreatmentCatalog(version + "+clinic", map, sources);
    }

    /** The "sources" object: each source id ("R32") to its short citation, in the file's order. */
    private static Map<String, String> sourceList(JsonNode node, List<Problem> problems) {
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        if (!node.isObject()) {
            problems.add(new Problem("sources", "is required: an object of source id to citation"));
            return sources;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                problems.add(new Problem("sources." + e.getKey(), "must be the source's citation as text"));
            } else {
                sources.put(e.getKey(), e.getValue().asText().strip());
            }
        }
        return java.util.Collections.unmodifiableMap(sources);
    }

    private static JsonNode readTree(String text, String source) throws CatalogException {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                throw new CatalogException(source, List.of(new Problem("", "must be a JSON object")));
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new CatalogException(source, List.of(new Problem("(json)", "malformed JSON" + where)));
        }
    }

    /** Reads one catalog entry, recording problems with paths. */
    private static final class Reader {
        private final String at;
        private final List<Problem> problems;

        Reader(String at, List<Problem> problems) {
            this.at = at;
            this.problems = problems;
        }

        CatalogTreatment treatment(JsonNode n) {
            Optional<Treatment> code = enumValue(Treatment.class, n.path("code").asText());
            if (code.isEmpty()) {
                problems.add(new Problem(at + ".code", "unknown treatment code \"" + n.path("code").asText() + "\""));
                return null;
            }
            Optional<CatalogTreatment.PerformedBy> by = enumValue(CatalogTreatment.PerformedBy.class, n.path("performedBy").asText());
            if (by.isEmpty()) {
                problems.add(new Problem(at + ".performedBy", "must be PRACTITIONER, PHYSICIAN or HOME"));
            }
            String kind = n.path("kind").asText();
            boolean home = "HOME_CARE".equals(kind);
            if (!home && !"PROCEDURE".equals(kind)) {
                problems.add(new Problem(at + ".kind", "must be PROCEDURE or HOME_CARE"));
            } else if (home != code.get().homeCare()) {
                problems.add(new Problem(at + ".kind", code.get() + " must be " + (code.get().homeCare() ? "HOME_CARE" : "PROCEDURE")));
            }
            List<ConcernKind> targets = new ArrayList<>();
            n.path("targets").forEach(t -> enumValue(ConcernKind.class, t.asText()).ifPresentOrElse(targets::add,
                    () -> problems.add(new Problem(at + ".targets", "unknown concern \"" + t.asText() + "\""))));
            List<String> sources = strings(n.path("sources"), "sources", false);
            if (sources.isEmpty()) {
                problems.add(new Problem(at + ".sources", "at least one source is required"));
            }
            Range sessions = range(n.path("sessions"), "sessions", home);
            // A single-session procedure (e.g. fully ablative resurfacing) has no interval to repeat at.
            boolean singleSession = sessions != null && sessions.max() == 1;
            Range interval = range(n.path("intervalWeeks"), "intervalWeeks", home || singleSession);
            Range downtime = range(n.path("downtimeDays"), "downtimeDays", false);
            if (by.isEmpty()) {
                return null;
            }
            return new CatalogTreatment(code.get(), by.get(), localized(n.path("name"), "name"),
                    localized(n.path("description"), "description"), sessions, interval, downtime,
                    localized(n.path("resultsShow"), "resultsShow"), targets, lines(n.path("before"), "before"),
                    lines(n.path("aftercare"), "aftercare"), strings(n.path("cautions"), "cautions", true), sources,
                    n.path("priceText").isTextual() ? n.get("priceText").asText() : null, true);
        }

        Localized localized(JsonNode n, String field) {
            String en = n.path("en").asText("").strip();
            String es = n.path("es").asText("").strip();
            if (en.isEmpty() || es.isEmpty()) {
                problems.add(new Problem(at + "." + field, "needs non-empty \"en\" and \"es\" text"));
            }
            return Localized.of(en, es);
        }

        LocalizedLines lines(JsonNode n, String field) {
            List<String> en = strings(n.path("en"), field + ".en", true);
            List<String> es = strings(n.path("es"), field + ".es", true);
            if (en.size() != es.size()) {
                problems.add(new Problem(at + "." + field, "has " + en.size() + " English lines but " + es.size() + " Spanish lines"));
            }
            return LocalizedLines.of(en, es);
        }

        List<String> strings(JsonNode n, String field, boolean mayBeEmpty) {
            List<String> out = new ArrayList<>();
            if (!n.isArray() && !(mayBeEmpty && n.isMissingNode())) {
                problems.add(new Problem(at + "." + field, "must be a list of text"));
                return out;
            }
            n.forEach(s -> {
                if (!s.isTextual() || s.asText().isBlank()) {
                    problems.add(new Problem(at + "." + field, "must contain only non-empty text"));
                } else {
                    out.add(s.asText().strip());
                }
            });
            return out;
        }

        Range range(JsonNode n, String field, boolean nullAllowed) {
            if (n == null || n.isNull() || n.isMissingNode()) {
                if (!nullAllowed) {
                    problems.add(new Problem(at + "." + field, "is required ({\"min\": …, \"max\": …})"));
                }
                return null;
            }
            JsonNode min = n.path("min");
            JsonNode max = n.path("max");
            if (!min.isIntegralNumber() || !max.isIntegralNumber() || min.asInt() < 0 || max.asInt() < min.asInt()) {
                problems.add(new Problem(at + "." + field, "must be {\"min\": n, \"max\": m} with 0 ≤ n ≤ m"));
                return null;
            }
            return new Range(min.asInt(), max.asInt());
        }

        static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(name)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }
    }
}
