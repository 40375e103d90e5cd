package com.clearpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built-in consent texts, read as the file they are, so a text that drops a required part or risk fails here. */
class ConsentTextsFileTest {
    static final List<String> LANGUAGES = List.of("en", "es");
    static final List<String> PARAGRAPHS = List.of("what", "benefit");
    static final List<String> LISTS = List.of("commonRisks", "rareRisks", "alternatives", "duties");
    static final Path REFERENCE = Path.of("../shared/clinical/reference.md");
    /** Readable for a patient: no sentence longer than this many words, in either language. */
    static final int MAX_SENTENCE_WORDS = 32;
    /** Peels, resurfacing and light treatments can bring back a cold sore; each text must say so. */
    static final Set<String> COLD_SORE_RISK = Set.of("CHEMICAL_PEEL_SUPERFICIAL", "CHEMICAL_PEEL_MEDIUM",
            "FRACTIONAL_NONABLATIVE_LASER", "FRACTIONAL_ABLATIVE_LASER", "ABLATIVE_RESURFACING", "IPL", "VASCULAR_LASER");
    /** Lasers and IPL: the eyes are protected during treatment, and the text says so. */
    static final Set<String> LIGHT_OR_LASER = Set.of("FRACTIONAL_NONABLATIVE_LASER", "FRACTIONAL_ABLATIVE_LASER",
            "ABLATIVE_RESURFACING", "IPL", "VASCULAR_LASER");

    final JsonNode consents = read("consents.json");
    final JsonNode catalog = read("catalog.json");

    static JsonNode read(String resource) {
        try (InputStream in = ConsentTextsFileTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is on the classpath");
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(resource, e);
        }
    }

    Map<String, JsonNode> procedures() {
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        catalog.get("treatments").forEach(t -> {
            if ("PROCEDURE".equals(t.path("kind").asText())) {
                byCode.put(t.get("code").asText(), t);
            }
        });
        return byCode;
    }

    Map<String, JsonNode> texts() {
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        consents.get("treatments").forEach(t -> {
            JsonNode previous = byCode.put(t.path("code").asText(), t);
            assertTrue(previous == null, "one text per treatment: " + t.path("code").asText());
        });
        return byCode;
    }

    /** Everything a patient reads about the treatment's risks, in one language, lower-cased. */
    static String risks(JsonNode text, String language) {
        List<String> all = new ArrayList<>();
        text.get("commonRisks").get(language).forEach(n -> all.add(n.asText()));
        text.get("rareRisks").get(language).forEach(n -> all.add(n.asText()));
        return String.join("\n", all).toLowerCase(Locale.ROOT);
    }

    static String whole(JsonNode text, String language) {
        List<String> all = new ArrayList<>();
        PARAGRAPHS.forEach(p -> all.add(text.get(p).get(language).asText()));
        LISTS.forEach(l -> text.get(l).get(language).forEach(n -> all.add(n.asText())));
        return String.join("\n", all).toLowerCase(Locale.ROOT);
    }

    @Test
    void theFileNamesItsFormatAndVersion() {
        assertEquals("clearpath-consents", consents.path("format").asText());
        assertTrue(consents.path("version").asText().matches("\\d{4}-\\d{2}-\\d{2}"), consents.path("version").asText());
    }

    @Test
    void everyInClinicProcedureHasExactlyOneTextAndNothingElseHasOne() {
        Set<String> expected = procedures().keySet();
        assertEquals(15, expected.size(), "the catalog's procedures: " + expected);
        assertEquals(new TreeSet<>(expected), new TreeSet<>(texts().keySet()));
    }

    @Test
    void everyPartIsThereInBothLanguagesWithListsOfTheSameLength() {
        texts().forEach((code, t) -> {
            assertTrue(t.path("version").isInt() && t.get("version").asInt() >= 1, code + " version");
            for (String p : PARAGRAPHS) {
                for (String l : LANGUAGES) {
                    assertTrue(t.path(p).path(l).isTextual(), code + " " + p + " " + l);
                    assertFalse(t.get(p).get(l).asText().isBlank(), code + " " + p + " " + l);
                }
                assertNotEquals(t.get(p).get("en").asText(), t.get(p).get("es").asText(), code + " " + p + " translated");
            }
            for (String list : LISTS) {
                for (String l : LANGUAGES) {
                    JsonNode items = t.path(list).path(l);
                    assertTrue(items.isArray(), code + " " + list + " " + l);
                    assertTrue(items.size() >= 2 && items.size() <= 6, code + " " + list + " " + l + " has 2-6 items");
                    items.forEach(i -> assertTrue(i.isTextual() && !i.asText().isBlank(), code + " " + list + " " + l));
                }
                assertEquals(t.get(list).get("en").size(), t.get(list).get("es").size(), code + " " + list + " en/es");
            }
            assertTrue(t.path("sources").isArray() && !t.get("sources").isEmpty(), code + " sources");
            t.get("sources").forEach(s -> assertTrue(s.asText().matches("R[1-9][0-9]*"), code + " source " + s));
        });
    }

    @Test
    void thePhotoConsentHasItsTwoSeparatePartsInBothLanguages() {
        JsonNode photo = consents.get("photo");
        assertTrue(photo.path("version").isInt() && photo.get("version").asInt() >= 1, "photo version");
        for (String l : LANGUAGES) {
            assertFalse(photo.path("title").path(l).asText().isBlank(), "photo title " + l);
        }
        for (String part : List.of("clinicalRecords", "marketing")) {
            for (String l : LANGUAGES) {
                JsonNode paragraphs = photo.path(part).path(l);
                assertTrue(paragraphs.isArray() && !paragraphs.isEmpty(), part + " " + l);
                paragraphs.forEach(p -> assertFalse(p.asText().isBlank(), part + " " + l));
            }
            assertEquals(photo.get(part).get("en").size(), photo.get(part).get("es").size(), part + " en/es");
        }
        // Marketing is its own yes/no: the text says a yes to the record does not include it.
        assertTrue(photo.get("marketing").get("en").get(0).asText().contains("separate"));
        assertTrue(photo.get("marketing").get("es").get(0).asText().contains("aparte"));
    }

    @Test
    void everySourceIsAnEntryOfTheClinicalReference() throws IOException {
        assumeTrue(Files.isRegularFile(REFERENCE), "the clinical reference is not beside this checkout");
        Set<String> entries = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(?m)^- (R[0-9]+) ").matcher(Files.readString(REFERENCE));
        while (m.find()) {
            entries.add(m.group(1));
        }
        assertTrue(entries.size() > 70, "the reference list was read: " + entries.size());
        texts().forEach((code, t) -> t.get("sources").forEach(s ->
                assertTrue(entries.contains(s.asText()), code + " cites " + s.asText() + ", not in the reference")));
    }

    @Test
    void theRisksThePatientMustBeToldAreNamed() {
        Map<String, JsonNode> texts = texts();
        JsonNode needling = texts.get("MICRONEEDLING");
        assertTrue(risks(needling, "en").contains("tram-track"), "microneedling: tram-track scarring");
        assertTrue(risks(needling, "es").contains("vía de tren"), "microagujas: cicatrices en vía de tren");

        JsonNode filler = texts.get("DERMAL_FILLER");
        String fillerEn = risks(filler, "en");
        String fillerEs = risks(filler, "es");
        assertTrue(fillerEn.contains("vascular occlusion") && fillerEn.contains("blood vessel"), "filler: vascular occlusion");
        assertTrue(fillerEs.contains("oclusión vascular") && fillerEs.contains("vaso sanguíneo"), "relleno: oclusión vascular");
        for (String sign : List.of("white", "pain", "eyesight", "at once")) {
            assertTrue(fillerEn.contains(sign), "filler: sign or urgency named: " + sign);
        }
        for (String sign : List.of("blanca", "dolor", "vista", "de inmediato")) {
            assertTrue(fillerEs.contains(sign), "relleno: señal o urgencia: " + sign);
        }

        for (String code : COLD_SORE_RISK) {
            assertTrue(risks(texts.get(code), "en").contains("cold sore"), code + ": cold sores can come back");
            assertTrue(risks(texts.get(code), "es").contains("herpes"), code + ": herpes labial");
        }
        for (String code : LIGHT_OR_LASER) {
            assertTrue(whole(texts.get(code), "en").contains("eye"), code + ": eye protection");
            assertTrue(whole(texts.get(code), "es").contains("ojos"), code + ": protección de los ojos");
        }

        JsonNode steroid = texts.get("INTRALESIONAL_STEROID");
        assertTrue(risks(steroid, "en").contains("atrophy") && risks(steroid, "en").contains("lighter"), "steroid: atrophy, lightening");
        assertTrue(risks(steroid, "es").contains("atrofia") && risks(steroid, "es").contains("más clara"), "corticoide: atrofia, piel más clara");

        procedures().forEach((code, treatment) -> {
            if (treatment.get("cautions").toString().contains("PIH")) {
                assertTrue(risks(texts.get(code), "en").contains("dark"), code + ": the catalog warns of PIH, so must the text");
                assertTrue(risks(texts.get(code), "es").contains("oscur"), code + ": hiperpigmentación (manchas oscuras)");
            }
        });
    }

    @Test
    void theAlternativesAlwaysIncludeNoTreatment() {
        texts().forEach((code, t) -> {
            assertTrue(t.get("alternatives").get("en").get(0).asText().startsWith("No treatment"), code);
            assertTrue(t.get("alternatives").get("es").get(0).asText().startsWith("No hacer ningún tratamiento"), code);
        });
    }

    @Test
    void sentencesStayShortEnoughToRead() {
        Pattern sentenceEnd = Pattern.compile("(?<=[.!?:;])\\s+");
        List<String> tooLong = new ArrayList<>();
        texts().forEach((code, t) -> {
            for (String l : LANGUAGES) {
                for (String sentence : sentenceEnd.split(whole(t, l))) {
                    if (sentence.strip().split("\\s+").length > MAX_SENTENCE_WORDS) {
                        tooLong.add(code + " " + l + ": " + sentence);
                    }
                }
            }
        });
        assertEquals(List.of(), tooLong);
    }
}
