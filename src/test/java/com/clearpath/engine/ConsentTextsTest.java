package com.clearpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConsentVersion;
import com.clearpath.domain.Language;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.domain.Treatment;
import com.clearpath.words.ProblemWords;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consent texts file and the clinic's override of it, read from real files. */
class ConsentTextsTest {
    static final String FIXTURE = "/com/clearpath/engine/consents-fixture.json";

    static ConsentTexts fixture() throws Exception {
        try (InputStream in = ConsentTextsTest.class.getResourceAsStream(FIXTURE)) {
            return ConsentTexts.read(in, "consents-fixture.json");
        }
    }

    /** A whole override entry for microneedling as the clinic wrote it. */
    static final String CLINIC_MICRONEEDLING = "{\"format\":\"clearpath-consents-override\",\"treatments\":{"
            + "\"MICRONEEDLING\":{\"version\":3,\"what\":{\"en\":\"Our microneedling.\",\"es\":\"Nuestra micropunción.\"},"
            + "\"benefit\":{\"en\":\"Softer scars.\",\"es\":\"Cicatrices más suaves.\"},"
            + "\"commonRisks\":{\"en\":[\"Redness.\"],\"es\":[\"Enrojecimiento.\"]},"
            + "\"rareRisks\":{\"en\":[\"Infection.\"],\"es\":[\"Infección.\"]},"
            + "\"alternatives\":{\"en\":[\"Peels.\"],\"es\":[\"Peelings.\"]},"
            + "\"duties\":{\"en\":[\"Sun care.\"],\"es\":[\"Protección solar.\"]}}}}";

    @Test
    void theShippedTextsCoverEveryProcedureOfTheCatalogInBothLanguages() {
        ConsentTexts shipped = ConsentTexts.builtIn();
        for (CatalogTreatment t : TreatmentCatalog.builtIn().all()) {
            boolean procedure = t.performedBy() != CatalogTreatment.PerformedBy.HOME;
            assertEquals(procedure, shipped.get(t.code()).isPresent(), t.code() + " has a consent text if done in clinic");
        }
        ConsentText any = shipped.all().get(0);
        assertTrue(!any.what().in(Language.EN).isBlank() && !any.what().in(Language.ES).isBlank(), any.treatment().name());
    }

    @Test
    void theFixtureReadsBothTreatmentsInBothLanguagesWithTheirVersions() throws Exception {
        ConsentTexts t = fixture();
        assertEquals("2026-12-04", t.version());
        assertEquals(List.of(Treatment.MICRONEEDLING, Treatment.SUBCISION),
                t.all().stream().map(ConsentText::treatment).toList());
        ConsentText m = t.get(Treatment.MICRONEEDLING).orElseThrow();
        assertEquals(ConsentVersion.builtIn(1), m.version());
        assertTrue(m.what().in(Language.ES).startsWith("La micropunción"));
        assertEquals(3, m.rareRisks().in(Language.EN).size());
        assertEquals(List.of("R12"), m.sources());
        assertEquals(1, t.photo().version());
        assertTrue(t.get(Treatment.IPL).isEmpty(), "a treatment without a text is simply absent");
    }

    @Test
    void aBrokenTextsFileNamesEveryField() {
        CatalogException e = assertThrows(CatalogException.class, () -> ConsentTexts.parse("{\"format\":\"x\","
                + "\"treatments\":[{\"code\":\"ODD\"},{\"code\":\"IPL\",\"version\":0,\"what\":{\"en\":\"a\"}}]}", "t"));
        List<String> lines = e.problems().stream().map(ProblemWords.english()::line).toList();
        assertTrue(lines.contains("format: must be \"clearpath-consents\""), lines.toString());
        assertTrue(lines.contains("version: is required"), lines.toString());
        assertTrue(lines.contains("treatments[0].code: unknown treatment code \"ODD\""), lines.toString());
        assertTrue(lines.contains("treatments[1].version: must be the version of the text, a whole number from 1"),
                lines.toString());
        assertTrue(lines.contains("treatments[1].what: needs non-empty \"en\" and \"es\" text"), lines.toString());
        assertTrue(lines.contains("treatments[1].duties: needs at least one paragraph in \"en\" and in \"es\""),
                lines.toString());
    }

    @Test
    void theClinicsTextReplacesTheBuiltInOneUnderItsOwnVersion(@TempDir Path dir) throws Exception {
        Path override = dir.resolve("consent-override.json");
        Files.writeString(override, CLINIC_MICRONEEDLING, StandardCharsets.UTF_8);
        ConsentTexts.Loaded loaded = ConsentTexts.forClinic(fixture(), override);
        assertEquals(List.of(), loaded.problems());
        ConsentText m = loaded.texts().get(Treatment.MICRONEEDLING).orElseThrow();
        assertEquals(ConsentVersion.clinic(3), m.version());
        assertEquals("clinic/3", m.version().code());
        assertEquals("Nuestra micropunción.", m.what().in(Language.ES));
        assertEquals(ConsentVersion.builtIn(1), loaded.texts().get(Treatment.SUBCISION).orElseThrow().version(),
                "a treatment the clinic did not write keeps the built-in text");
        assertEquals(loaded.texts(), ConsentTexts.forClinic(loaded.texts(), dir.resolve("none.json")).texts());
    }

    @Test
    void aBadOverrideEntryIsNamedByFieldAndItsBuiltInTextKept() throws Exception {
        String text = CLINIC_MICRONEEDLING.replace("\"version\":3", "\"version\":\"three\"")
                .replace("\"duties\":{\"en\":[\"Sun care.\"],\"es\":[\"Protección solar.\"]}", "\"duties\":[],\"colour\":1")
                .replace("}}}", "},\"SUBCISION\":3,\"ODD\":{}}}");
        ConsentTexts.Loaded loaded = fixture().withOverride(text);
        List<String> lines = loaded.problems().stream().map(ProblemWords.english()::line).toList();
        assertEquals(List.of(
                "treatments.MICRONEEDLING.colour: cannot be overridden (allowed: version, what, benefit, commonRisks, "
                        + "rareRisks, alternatives, duties, sources)",
                "treatments.MICRONEEDLING.version: must be the version of the text, a whole number from 1",
                "treatments.MICRONEEDLING.duties: needs at least one paragraph in \"en\" and in \"es\"",
                "treatments.SUBCISION: must be an object",
                "treatments.ODD: unknown treatment code \"ODD\""), lines);
        assertEquals(ConsentVersion.builtIn(1), loaded.texts().get(Treatment.MICRONEEDLING).orElseThrow().version());
        assertTrue(loaded.problems().stream().map(Problem::code).anyMatch(ProblemCode.CONSENT_VERSION_WRONG::equals));
        List<String> spanish = loaded.problems().stream().map(ProblemWords.in(Language.ES)::line).toList();
        assertTrue(spanish.contains("treatments.MICRONEEDLING.duties: necesita al menos un párrafo en «en» y en «es»"),
                spanish.toString());
    }

    @Test
    void anOverrideThatIsNotJsonOrNotTheFormatChangesNothing() throws Exception {
        ConsentTexts base = fixture();
        ConsentTexts.Loaded broken = base.withOverride("{\"format\":");
        assertEquals(ProblemCode.CATALOG_MALFORMED_AT, broken.problems().get(0).code());
        assertEquals(base, broken.texts());
        ConsentTexts.Loaded wrong = base.withOverride("{\"format\":\"clearpath.catalog-override/1\",\"treatments\":{}}");
        assertEquals(List.of("format: must be \"clearpath-consents-override\""),
                wrong.problems().stream().map(ProblemWords.english()::line).toList());
    }
}
