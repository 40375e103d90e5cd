package com.clearpath.engine;

import com.clearpath.domain.ConsentVersion;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.domain.Treatment;
import com.fasterxml.jackson.core.JsonParser;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The informed-consent texts ({@value #FORMAT}): the built-in resource {@code consents.json} beside the catalog, and
 * the clinic's {@code consent-override.json} ({@value #OVERRIDE_FORMAT}) that replaces the text of a treatment
 * with its own, under its own version number. A bad entry of the override is reported by field and leaves that
 * treatment's built-in text in use; the other entries still apply.
 */
public final class ConsentTexts {
    public static final String FORMAT = "clearpath-consents";
    public static final String OVERRIDE_FORMAT = "clearpath-consents-override";
    static final String RESOURCE = "consents.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    /** A treatment's fields, in this order in the words. */
    private static final List<String> TEXT_FIELDS = List.of("version", "what", "benefit", "commonRisks",
            "rareRisks", "alternatives", "duties", "sources");

    /** Texts with the problems of the clinic's override that were left out (empty when it applied whole). */
    public record Loaded(ConsentTexts texts, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private final String version;
    private final PhotoConsentText photo;
    private final Map<Treatment, ConsentText> treatments;

    private ConsentTexts(String version, PhotoConsentText photo, Map<Treatment, ConsentText> treatments) {
        this.version = version;
        this.photo = photo;
        this.treatments = Collections.unmodifiableMap(new EnumMap<>(treatments));
    }

    /** The texts shipped with the app. */
    public static ConsentTexts builtIn() {
        try (InputStream in = ConsentTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The built-in consent texts are missing from the application");
            }
            return read(in, "built-in consent texts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogException e) {
            throw new IllegalStateException("The built-in consent texts are invalid: " + e.getMessage(), e);
        }
    }

    /** Reads a texts file ({@value #FORMAT}); every problem is reported together. */
    public static ConsentTexts read(InputStream in, String source) throws IOException, CatalogException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
    }

    /** Reads a texts file from {@code file}. */
    public static ConsentTexts read(Path file) throws IOException, CatalogException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, String.valueOf(file.getFileName()));
        }
    }

    /** {@code base} with the clinic's override in {@code overrideFile} applied, when there is one. */
    public static Loaded forClinic(ConsentTexts base, Path overrideFile) throws IOException {
        if (overrideFile == null || !Files.exists(overrideFile)) {
            return new Loaded(base, List.of());
        }
        return base.withOverride(Files.readString(overrideFile, StandardCharsets.UTF_8));
    }

    /** The file's own version (its date). */
    public String version() {
        return version;
    }

    public PhotoConsentText photo() {
        return photo;
    }

    public Optional<ConsentText> get(Treatment t) {
        return Optional.ofNullable(treatments.get(t));
    }

    /** Every treatment that has a text, in the treatments' order. */
    public List<ConsentText> all() {
        return List.copyOf(treatments.values());
    }

    static ConsentTexts parse(String text, String source) throws CatalogException {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = readTree(text, source);
        if (!FORMAT.equals(root.path("format").asText())) {
            problems.add(Problem.of("format", ProblemCode.MUST_BE_FORMAT, FORMAT));
        }
        String version = root.path("version").asText("").strip();
        if (version.isEmpty()) {
            problems.add(Problem.of("version", ProblemCode.REQUIRED));
        }
        PhotoConsentText photo = null;
        JsonNode p = root.path("photo");
        if (!p.isObject()) {
            problems.add(Problem.of("photo", ProblemCode.MUST_BE_OBJECT));
        } else {
            Fields f = new Fields("photo", problems);
            photo = new PhotoConsentText(f.version(p.path("version")), f.localized(p.path("title"), "title"),
                    f.lines(p.path("clinicalRecords"), "clinicalRecords"), f.lines(p.path("marketing"), "marketing"));
        }
        Map<Treatment, ConsentText> map = new EnumMap<>(Treatment.class);
        JsonNode list = root.path("treatments");
        if (!list.isArray()) {
            problems.add(Problem.of("treatments", ProblemCode.MUST_BE_LIST));
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "treatments[" + i + "]";
            JsonNode n = list.get(i);
            Optional<Treatment> code = treatment(n.path("code").asText());
            if (code.isEmpty()) {
                problems.add(Problem.of(at + ".code", ProblemCode.UNKNOWN_TREATMENT, n.path("code").asText()));
                continue;
            }
            ConsentText t = new Fields(at, problems).text(code.get(), n, ConsentVersion.Origin.BUILT_IN);
            if (map.put(code.get(), t) != null) {
                problems.add(Problem.of(at + ".code", ProblemCode.APPEARS_TWICE, code.get()));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(source, problems);
        }
        return new ConsentTexts(version, photo, map);
    }

    /**
     * These texts with the clinic's replacements: each entry of {@code treatments} (keyed by treatment code) is a
     * whole text with its own {@code version}; an entry with problems is left out, the built-in text kept.
     */
    public Loaded withOverride(String text) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = readTree(text, "override");
        } catch (CatalogException e) {
            return new Loaded(this, e.problems());
        }
        if (!OVERRIDE_FORMAT.equals(root.path("format").asText())) {
            problems.add(Problem.of("format", ProblemCode.MUST_BE_FORMAT, OVERRIDE_FORMAT));
            return new Loaded(this, problems);
        }
        JsonNode entries = root.path("treatments");
        if (!entries.isObject()) {
            problems.add(Problem.of("treatments", ProblemCode.MUST_BE_KEYED_BY_TREATMENT));
            return new Loaded(this, problems);
        }
        Map<Treatment, ConsentText> map = new EnumMap<>(treatments);
        for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "treatments." + e.getKey();
            Optional<Treatment> code = treatment(e.getKey());
            if (code.isEmpty()) {
                problems.add(Problem.of(at, ProblemCode.UNKNOWN_TREATMENT, e.getKey()));
                continue;
            }
            if (!e.getValue().isObject()) {
                problems.add(Problem.of(at, ProblemCode.MUST_BE_OBJECT));
                continue;
            }
            List<Problem> own = new ArrayList<>();
            e.getValue().fieldNames().forEachRemaining(f -> {
                if (!TEXT_FIELDS.contains(f)) {
                    own.add(Problem.of(at + "." + f, ProblemCode.CANNOT_BE_OVERRIDDEN, String.join(", ", TEXT_FIELDS)));
                }
            });
            ConsentText t = new Fields(at, own).text(code.get(), e.getValue(), ConsentVersion.Origin.CLINIC);
            if (own.isEmpty()) {
                map.put(code.get(), t);
            } else {
                problems.addAll(own);
            }
        }
        return new Loaded(new ConsentTexts(version, photo, map), problems);
    }

    private static Optional<Treatment> treatment(String name) {
        for (Treatment t : Treatment.values()) {
            if (t.name().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
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

    /** Reads the fields of one text, recording problems with their paths. */
    private static final class Fields {
        private final String at;
        private final List<Problem> problems;

        Fields(String at, List<Problem> problems) {
            this.at = at;
            this.problems = problems;
        }

        ConsentText text(Treatment code, JsonNode n, ConsentVersion.Origin origin) {
            int number = version(n.path("version"));
            List<String> sources = new ArrayList<>();
            JsonNode s = n.path("sources");
            if (!s.isMissingNode() && !s.isArray()) {
                problems.add(Problem.of(at + ".sources", ProblemCode.MUST_BE_LIST_OF_TEXT));
            }
            s.forEach(x -> {
                if (!x.isTextual() || x.asText().isBlank()) {
                    problems.add(Problem.of(at + ".sources", ProblemCode.MUST_BE_NON_EMPTY_TEXT));
                } else {
                    sources.add(x.asText().strip());
                }
            });
            return new ConsentText(code, new ConsentVersion(origin, Math.max(number, 1)),
                    localized(n.path("what"), "what"), localized(n.path("benefit"), "benefit"),
                    lines(n.path("commonRisks"), "commonRisks"), lines(n.path("rareRisks"), "rareRisks"),
                    lines(n.path("alternatives"), "alternatives"), lines(n.path("duties"), "duties"), sources);
        }

        int version(JsonNode n) {
            if (!n.isIntegralNumber() || n.asLong() < 1 || n.asLong() > Integer.MAX_VALUE) {
                problems.add(Problem.of(at + ".version", ProblemCode.CONSENT_VERSION_WRONG));
                return 1;
            }
            return n.asInt();
        }

        Localized localized(JsonNode n, String field) {
            String en = n.path("en").isTextual() ? n.get("en").asText().strip() : "";
            String es = n.path("es").isTextual() ? n.get("es").asText().strip() : "";
            if (en.isEmpty() || es.isEmpty()) {
                problems.add(Problem.of(at + "." + field, ProblemCode.NEEDS_EN_AND_ES));
            }
            return Localized.of(en, es);
        }

        LocalizedLines lines(JsonNode n, String field) {
            List<String> en = strings(n.path("en"), field + ".en");
            List<String> es = strings(n.path("es"), field + ".es");
            if (!n.isObject() || en.isEmpty() || es.isEmpty()) {
                problems.add(Problem.of(at + "." + field, ProblemCode.PARAGRAPHS_EN_AND_ES));
            }
            return LocalizedLines.of(en, es);
        }

        private List<String> strings(JsonNode n, String field) {
            List<String> out = new ArrayList<>();
            if (n.isMissingNode()) {
                return out;
            }
            if (!n.isArray()) {
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
    }
}
