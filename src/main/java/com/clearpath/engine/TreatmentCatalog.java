package com.clearpath.engine;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Language;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
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
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    /** In this order in the words: a set's order changed from run to run. */
    private static final List<String> OVERRIDE_FIELDS = List.of("name", "offered", "sessions", "intervalWeeks",
            "priceText");

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
            problems.add(Problem.of("format", ProblemCode.MUST_BE_FORMAT, FORMAT));
        }
        String version = root.path("version").asText("");
        if (version.isBlank()) {
            problems.add(Problem.of("version", ProblemCode.REQUIRED));
        }
        Map<Treatment, CatalogTreatment> map = new EnumMap<>(Treatment.class);
        JsonNode list = root.path("treatments");
        for (int i = 0; i < list.size(); i++) {
            Reader r = new Reader("treatments[" + i + "]", problems);
            CatalogTreatment t = r.treatment(list.get(i));
            if (t != null && map.put(t.code(), t) != null) {
                problems.add(Problem.of("treatments[" + i + "].code", ProblemCode.APPEARS_TWICE, t.code()));
            }
        }
        for (Treatment t : Treatment.values()) {
            if (!map.containsKey(t)) {
                problems.add(Problem.of("treatments", ProblemCode.NO_ENTRY, t));
            }
        }
        Map<String, String> sources = sourceList(root.path("sources"), problems);
        for (CatalogTreatment t : map.values()) {
            for (String id : t.sources()) {
                if (!sources.containsKey(id)) {
                    problems.add(Problem.of("treatments." + t.code() + ".sources", ProblemCode.SOURCE_NOT_LISTED, id));
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
            problems.add(Problem.of("format", ProblemCode.MUST_BE_FORMAT, OVERRIDE_FORMAT));
        }
        JsonNode entries = root.path("treatments");
        if (!entries.isObject()) {
            problems.add(Problem.of("treatments", ProblemCode.MUST_BE_KEYED_BY_TREATMENT));
        }
        Map<Treatment, CatalogTreatment> map = new EnumMap<>(treatments);
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "treatments." + e.getKey();
            Optional<Treatment> code = Reader.enumValue(Treatment.class, e.getKey());
            if (code.isEmpty()) {
                problems.add(Problem.of(at, ProblemCode.UNKNOWN_TREATMENT, e.getKey()));
                continue;
            }
            JsonNode o = e.getValue();
            if (!o.isObject()) {
                problems.add(Problem.of(at, ProblemCode.MUST_BE_OBJECT));
                continue;
            }
            o.fieldNames().forEachRemaining(f -> {
                if (!OVERRIDE_FIELDS.contains(f)) {
                    problems.add(Problem.of(at + "." + f, ProblemCode.CANNOT_BE_OVERRIDDEN,
                            String.join(", ", OVERRIDE_FIELDS)));
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
                    problems.add(Problem.of(at + ".name", ProblemCode.NAME_EN_OR_ES));
                }
                name = Localized.of(en, es);
            }
            boolean offered = t.offered();
            if (o.has("offered")) {
                if (!o.get("offered").isBoolean()) {
                    problems.add(Problem.of(at + ".offered", ProblemCode.MUST_BE_TRUE_OR_FALSE));
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
                    problems.add(Problem.of(at + ".priceText", ProblemCode.MUST_BE_TEXT));
                } else {
                    price = p.isNull() ? null : p.asText();
                }
            }
            if (sessions != null && t.sessions() == null || interval != null && t.intervalWeeks() == null) {
                problems.add(Problem.of(at, ProblemCode.HOME_CARE_NO_SESSIONS));
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
        Map<String, String> sources = new LinkedHashMap<>();
        if (!node.isObject()) {
            problems.add(Problem.of("sources", ProblemCode.SOURCES_REQUIRED));
            return sources;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                problems.add(Problem.of("sources." + e.getKey(), ProblemCode.SOURCE_NOT_TEXT));
            } else {
                sources.put(e.getKey(), e.getValue().asText().strip());
            }
        }
        return Collections.unmodifiableMap(sources);
    }

    private static JsonNode readTree(String text, String source) throws CatalogException {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null || !root.isObject()) {
                throw new CatalogException(source, List.of(Problem.of("", ProblemCode.MUST_BE_JSON_OBJECT)));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new CatalogException(source, List.of(e.getLocation() == null
                    ? Problem.of("(json)", ProblemCode.CATALOG_MALFORMED)
                    : Problem.of("(json)", ProblemCode.CATALOG_MALFORMED_AT, e.getLocation().getLineNr(),
                    e.getLocation().getColumnNr())));
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
                problems.add(Problem.of(at + ".code", ProblemCode.UNKNOWN_TREATMENT, n.path("code").asText()));
                return null;
            }
            Optional<CatalogTreatment.PerformedBy> by = enumValue(CatalogTreatment.PerformedBy.class, n.path("performedBy").asText());
            if (by.isEmpty()) {
                problems.add(Problem.of(at + ".performedBy", ProblemCode.PERFORMED_BY_WRONG));
            }
            String kind = n.path("kind").asText();
            boolean home = "HOME_CARE".equals(kind);
            if (!home && !"PROCEDURE".equals(kind)) {
                problems.add(Problem.of(at + ".kind", ProblemCode.KIND_WRONG));
            } else if (home != code.get().homeCare()) {
                problems.add(Problem.of(at + ".kind", ProblemCode.KIND_MUST_BE, code.get(),
                        code.get().homeCare() ? "HOME_CARE" : "PROCEDURE"));
            }
            List<ConcernKind> targets = new ArrayList<>();
            n.path("targets").forEach(t -> enumValue(ConcernKind.class, t.asText()).ifPresentOrElse(targets::add,
                    () -> problems.add(Problem.of(at + ".targets", ProblemCode.UNKNOWN_CONCERN, t.asText()))));
            List<String> sources = strings(n.path("sources"), "sources", false);
            if (sources.isEmpty()) {
                problems.add(Problem.of(at + ".sources", ProblemCode.SOURCE_REQUIRED));
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
                problems.add(Problem.of(at + "." + field, ProblemCode.NEEDS_EN_AND_ES));
            }
            return Localized.of(en, es);
        }

        LocalizedLines lines(JsonNode n, String field) {
            List<String> en = strings(n.path("en"), field + ".en", true);
            List<String> es = strings(n.path("es"), field + ".es", true);
            if (en.size() != es.size()) {
                problems.add(Problem.of(at + "." + field, ProblemCode.LINES_DIFFER, en.size(), es.size()));
            }
            return LocalizedLines.of(en, es);
        }

        List<String> strings(JsonNode n, String field, boolean mayBeEmpty) {
            List<String> out = new ArrayList<>();
            if (!n.isArray() && !(mayBeEmpty && n.isMissingNode())) {
                problems.add(Problem.of(at + "." + field, ProblemCode.MUST_BE_LIST_OF_TEXT));
                return out;
            }
            n.forEach(s -> {
                if (!s.isTextual() || s.asText().isBlank()) {
                    problems.add(Problem.of(at + "." + field, ProblemCode.MUST_BE_NON_EMPTY_TEXT));
                } else {
                    out.add(s.asText().strip());
                }
            });
            return out;
        }

        Range range(JsonNode n, String field, boolean nullAllowed) {
            if (n == null || n.isNull() || n.isMissingNode()) {
                if (!nullAllowed) {
                    problems.add(Problem.of(at + "." + field, ProblemCode.RANGE_REQUIRED));
                }
                return null;
            }
            JsonNode min = n.path("min");
            JsonNode max = n.path("max");
            if (!min.isIntegralNumber() || !max.isIntegralNumber() || min.asInt() < 0 || max.asInt() < min.asInt()) {
                problems.add(Problem.of(at + "." + field, ProblemCode.RANGE_WRONG));
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
