package com.clearpath.engine;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Range;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Treatment;
import com.clearpath.words.ProblemWords;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TreatmentCatalogTest {
    static final TreatmentCatalog CATALOG = TreatmentCatalog.builtIn();
    static final Pattern SOURCE = Pattern.compile("R([1-9]|[1-6][0-9]|7[0-2])");

    @Test
    void everyTreatmentHasEnglishAndSpanishTextAndSources() {
        assertEquals(Treatment.values().length, CATALOG.all().size());
        for (CatalogTreatment t : CATALOG.all()) {
            for (Language l : Language.values()) {
                assertFalse(t.name().in(l).isBlank(), t.code() + " name " + l);
                assertFalse(t.description().in(l).isBlank(), t.code() + " description " + l);
                assertFalse(t.resultsShow().in(l).isBlank(), t.code() + " results " + l);
                assertEquals(t.aftercare().in(Language.EN).size(), t.aftercare().in(Language.ES).size(), t.code() + " aftercare lines");
            }
            assertFalse(t.sources().isEmpty(), t.code() + " sources");
            t.sources().forEach(s -> assertTrue(SOURCE.matcher(s).matches(), t.code() + " source " + s));
            assertEquals(t.code().homeCare(), t.performedBy() == CatalogTreatment.PerformedBy.HOME, t.code() + " performer");
        }
    }

    @Test
    void everySourceCitedByTheCatalogOrTheEngineIsListedWithItsCitation() throws java.io.IOException {
        java.util.Set<String> cited = new java.util.TreeSet<>();
        Pattern id = Pattern.compile("\\bR[0-9]+\\b");
        String catalog;
        try (var in = TreatmentCatalog.class.getResourceAsStream("catalog.json")) {
            catalog = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // Cited in sources lists and inline in cautions ("[R32]"); the sources table itself is what is checked.
        String treatments = catalog.substring(catalog.indexOf("\"treatments\""));
        id.matcher(treatments).results().forEach(m -> cited.add(m.group()));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/com/clearpath/engine"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                id.matcher(java.nio.file.Files.readString(file)).results().forEach(m -> cited.add(m.group()));
            }
        }
        assertTrue(cited.size() > 40, "the scan found the citations: " + cited);
        List<String> missing = cited.stream().filter(s -> CATALOG.source(s).map(String::isBlank).orElse(true)).toList();
        assertEquals(List.of(), missing, "cited but not in the catalog's sources");
        assertTrue(CATALOG.source("R32").orElseThrow().startsWith("Waldman A et al. ASDS Guidelines Task Force"));
        CATALOG.sources().values().forEach(c -> assertFalse(c.contains("http"), "a citation, not a link: " + c));
    }

    @Test
    void aCatalogThatCitesAnUnlistedSourceDoesNotLoad() throws java.io.IOException {
        String text;
        try (var in = TreatmentCatalog.class.getResourceAsStream("catalog.json")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String broken = text.replaceFirst("\"R39\": \"[^\"]*\",", "");
        CatalogException e = assertThrows(CatalogException.class, () -> TreatmentCatalog.parse(broken, "test"));
        assertTrue(e.problems().stream().anyMatch(p -> ProblemWords.english().message(p).contains("cites R39")), e.getMessage());
    }

    @Test
    void spanishTextIsReallySpanish() {
        long accented = CATALOG.all().stream().filter(t -> t.description().in(Language.ES).matches("(?s).*[áéíóúñ¿].*")).count();
        assertTrue(accented >= 15, "Spanish descriptions carry Spanish orthography: " + accented);
        CATALOG.all().forEach(t -> assertFalse(t.description().in(Language.ES).equals(t.description().in(Language.EN)), t.code().name()));
    }

    @Test
    void figuresFollowTheLiteratureNotTheMarketingArticles() {
        assertEquals(new Range(3, 6), CATALOG.get(Treatment.MICRONEEDLING).sessions(), "median 3 sessions (G2)");
        assertTrue(CATALOG.get(Treatment.DERMAL_FILLER).downtimeDays().max() >= 7, "filler bruising up to a week (G6)");
        int ablative = CATALOG.get(Treatment.ABLATIVE_RESURFACING).downtimeDays().min();
        int fractional = CATALOG.get(Treatment.FRACTIONAL_ABLATIVE_LASER).downtimeDays().min();
        int nonAblative = CATALOG.get(Treatment.FRACTIONAL_NONABLATIVE_LASER).downtimeDays().max();
        assertTrue(ablative >= 7 && CATALOG.get(Treatment.ABLATIVE_RESURFACING).downtimeDays().max() >= 30, "≥ a month (G4)");
        assertTrue(nonAblative < CATALOG.get(Treatment.FRACTIONAL_ABLATIVE_LASER).downtimeDays().max());
        assertTrue(fractional < ablative, "fractional ≠ fully ablative downtime (G4)");
        assertTrue(CATALOG.get(Treatment.FRACTIONAL_ABLATIVE_LASER).sessions().max() <= 4);
        assertTrue(CATALOG.get(Treatment.TCA_CROSS).targets().contains(ConcernKind.ICE_PICK));
        assertFalse(CATALOG.get(Treatment.DERMAL_FILLER).targets().contains(ConcernKind.ICE_PICK));
    }

    @Test
    void aClinicCanRenameATreatmentAndMarkAnotherNotOffered() throws CatalogException {
        TreatmentCatalog clinic = CATALOG.withOverride("""
                {"format": "clearpath.catalog-override/1",
                 "treatments": {
                   "DERMAL_FILLER": {"name": {"en": "Bellafill", "es": "Bellafill"}, "priceText": "from $800"},
                   "SUBCISION": {"offered": false},
                   "MICRONEEDLING": {"sessions": {"min": 4, "max": 6}}
                 }}""", "override");
        assertEquals("Bellafill", clinic.get(Treatment.DERMAL_FILLER).name().in(Language.EN));
        assertEquals("from $800", clinic.get(Treatment.DERMAL_FILLER).priceText());
        Plan p = new Planner(clinic).plan(intake().distensible(ConcernKind.ROLLING, true).build());
        Recommendation subcision = p.recommendations().stream().filter(r -> r.treatment() == Treatment.SUBCISION)
                .findFirst().orElseThrow(() -> new AssertionError("not offered stays in the plan"));
        assertTrue(subcision.referOut());
        assertTrue(subcision.why().stream().anyMatch(w -> w.code() == com.clearpath.domain.ReasonCode.REFER_OUT));
        assertEquals("Bellafill", p.recommendations().stream().filter(r -> r.treatment() == Treatment.DERMAL_FILLER)
                .findFirst().orElseThrow().name());
        assertEquals(new Range(4, 6), clinic.get(Treatment.MICRONEEDLING).sessions());
        assertTrue(clinic.version().endsWith("+clinic"));
    }

    @Test
    void aBrokenOverrideListsEveryProblemWithItsPath() {
        CatalogException e = assertThrows(CatalogException.class, () -> CATALOG.withOverride("""
                {"format": "clearpath.catalog-override/1",
                 "treatments": {
                   "BOTOX": {"offered": false},
                   "SUBCISION": {"offered": "no", "colour": "red"},
                   "IPL": {"sessions": {"min": 5, "max": 2}},
                   "SUN_PROTECTION": {"sessions": {"min": 1, "max": 2}}
                 }}""", "override"));
        List<String> paths = e.problems().stream().map(Problem::path).toList();
        assertTrue(paths.containsAll(List.of("treatments.BOTOX", "treatments.SUBCISION.offered",
                "treatments.SUBCISION.colour", "treatments.IPL.sessions", "treatments.SUN_PROTECTION")), paths.toString());
    }

    @Test
    void malformedOverrideSaysWhere() {
        CatalogException e = assertThrows(CatalogException.class, () -> CATALOG.withOverride("{\"format\": ", "override"));
        assertTrue(ProblemWords.english().message(e.problems().get(0)).contains("line 1"), e.getMessage());
    }
}
