package com.clearpath.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Exclusion;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.Flag;
import com.clearpath.domain.Hold;
import com.clearpath.domain.Language;
import com.clearpath.domain.Recommendation;
import com.clearpath.engine.Planner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class ClinicianSummaryRendererTest {
    private static final ClinicianSummaryRenderer RENDERER = new ClinicianSummaryRenderer();

    static Pdf summary(DocumentInput input, PaperSize paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = RENDERER.render(input, paper, out);
        Pdf pdf = Pdf.read(out.toByteArray());
        assertEquals(pages, pdf.pageCount());
        return pdf;
    }

    @Test
    void summaryHasEveryAnswerAndTheWholePlan() throws IOException {
        DocumentInput input = Samples.input(Samples.zoe()).withOverrides(Samples.overrides()).withFitzpatrickScore(21);
        Pdf pdf = summary(input, PaperSize.LETTER);
        String text = pdf.flat();
        for (String s : List.of("Zoë Nguyễn", "Clinician summary", "Assessment", "Plan", "Recommended now", "Ruled out",
                "Flags", "Overrides", "Versions", "Date of birth", "Mar 9, 1994", "Consulted on", "Nov 20, 2026",
                "J. Park", "C-2026-0142", "left cheek, right cheek", "Rolling", "Ice-pick", "epidermal (brown)",
                "Goodman & Baron grade", "3 (moderate)", "Type IV", "questionnaire score 21", "Sensitive", "Rosacea",
                "IGA 1 (almost clear)", "Nodules or cysts", "History of cold sores", "Currently uses a topical retinoid",
                "Smoother cheeks before a wedding in June", "Status: Ready, procedures may start now", "Catalog", Samples.CATALOG.version(),
                "Rules engine", Planner.ENGINE_VERSION, "Client prefers to avoid injectables for now", "Declined: ", "Added: ")) {
            assertTrue(text.contains(s), s + " in the summary");
        }
        HandoutText words = HandoutText.load(com.clearpath.domain.Language.EN);
        for (Recommendation r : input.plan().recommendations()) {
            assertTrue(text.contains(Samples.CATALOG.get(r.treatment()).name().in(Language.EN)), r.treatment() + " listed");
            for (String source : r.sources()) {
                assertTrue(text.contains(source), "source " + source);
            }
        }
        for (Exclusion e : input.plan().excluded()) {
            for (ExclusionReason reason : e.reasons()) {
                assertTrue(text.contains(words.get("excluded." + reason.code())), "reason " + reason.code() + " in words");
            }
        }
        for (Flag f : input.plan().flags()) {
            assertTrue(text.contains(ClinicalTerms.flag(f.code())), "flag " + f.code());
        }
        assertNoRawCodes(input, text);
        assertEquals(List.of(), pdf.unembedded());
        int n = pdf.pageCount();
        for (int i = 1; i <= n; i++) {
            assertTrue(pdf.pages().get(i - 1).contains("Page " + i + " of " + n));
        }
    }

    @Test
    void deferredPlanListsHoldsAndWhatWaits() throws IOException {
        DocumentInput input = Samples.input(Samples.deferred());
        String text = summary(input, PaperSize.A4).flat();
        assertTrue(text.contains("Li 李"));
        assertTrue(text.contains("Status: Deferred"));
        for (Hold h : input.plan().holds()) {
            assertTrue(text.contains(ClinicalTerms.hold(h.code())), "hold " + h.code());
        }
        assertNoRawCodes(input, text);
        assertTrue(text.contains("Deferred until the holds clear"));
        assertTrue(text.contains("Waits for"));
        assertTrue(text.contains("Active cold sore (herpes simplex) now"), "screening answers in words");
    }

    @Test
    void everyCitedSourceIsInANumberedReferenceListAtTheEnd() throws IOException {
        DocumentInput input = Samples.input(Samples.zoe());
        Pdf pdf = summary(input, PaperSize.LETTER);
        String text = pdf.flat();
        int list = text.lastIndexOf("References");
        assertTrue(list > 0, "a reference list");
        String references = text.substring(list);
        java.util.Set<String> cited = new java.util.TreeSet<>();
        input.plan().recommendations().forEach(r -> cited.addAll(r.sources()));
        input.plan().excluded().forEach(e -> e.reasons().stream()
                .filter(r -> r.code() != com.clearpath.domain.ExclusionCode.NOT_INDICATED).forEach(r -> cited.addAll(r.sources())));
        input.plan().flags().forEach(f -> cited.addAll(f.sources()));
        assertTrue(cited.contains("R32") || !cited.isEmpty(), "the sample cites sources");
        for (String id : cited) {
            String citation = Samples.CATALOG.source(id).orElseThrow();
            assertTrue(references.contains(id + " " + citation.substring(0, Math.min(30, citation.length()))),
                    id + " with its citation in the list:\n" + references);
        }
        assertTrue(references.indexOf("R3 ") < references.indexOf("R11 ") || !references.contains("R3 "),
                "in the reference's order, R3 before R11");
    }

    /** Codes in capitals with underscores are the engine's, never the reader's. */
    private static void assertNoRawCodes(DocumentInput input, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b[A-Z0-9]+_[A-Z0-9_]+\\b").matcher(text);
        assertFalse(m.find(), () -> "a raw code in the summary: " + m.group());
        assertFalse(text.contains("READY") || text.contains("DEFER "), "the status in words");
    }

    @Test
    void a4SummaryIsA4() throws IOException {
        for (PDRectangle r : summary(Samples.input(Samples.maria()), PaperSize.A4).sizes()) {
            assertEquals(595.28f, r.getWidth(), 0.01f);
            assertEquals(841.89f, r.getHeight(), 0.01f);
        }
    }

    @Test
    void aSpanishSummaryGivesThePlansReasonsInSpanish() throws IOException {
        DocumentInput input = Samples.input(Samples.zoe());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(input, PaperSize.A4, com.clearpath.domain.Language.ES, out);
        String text = Pdf.read(out.toByteArray()).flat();
        com.clearpath.words.ReasonWords es = com.clearpath.words.ReasonWords.in(com.clearpath.domain.Language.ES);
        Recommendation first = input.plan().recommendations().get(0);
        String spanish = es.of(first.why().get(0));
        assertTrue(text.contains(spanish.substring(0, Math.min(60, spanish.length()))), spanish);
        assertTrue(text.contains("Cicatrices onduladas (mejilla izquierda, mejilla derecha"), "rolling scars in Spanish");
        String english = com.clearpath.words.ReasonWords.english().of(first.why().get(0));
        assertFalse(text.contains(english.substring(0, Math.min(60, english.length()))), "no English reason");
    }
}
