package com.clearpath.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Exclusion;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.Flag;
import com.clearpath.domain.Hold;
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
        // Codes may wrap after an underscore in a narrow column.
        String text = pdf.flat().replaceAll("_ ", "_");
        for (String s : List.of("Zoë Nguyễn", "Clinician summary", "Assessment", "Plan", "Recommended now", "Ruled out",
                "Flags", "Overrides", "Versions", "Date of birth", "Mar 9, 1994", "Consulted on", "Nov 20, 2026",
                "J. Park", "C-2026-0142", "left cheek, right cheek", "Rolling", "Ice-pick", "epidermal (brown)",
                "Goodman & Baron grade", "3 (moderate)", "Type IV", "questionnaire score 21", "Sensitive", "Rosacea",
                "IGA 1 (almost clear)", "Nodules or cysts", "History of cold sores", "Currently uses a topical retinoid",
                "Smoother cheeks before a wedding in June", "Status: READY", "Catalog", Samples.CATALOG.version(),
                "Rules engine", Planner.ENGINE_VERSION, "Client prefers to avoid injectables for now", "declined", "added")) {
            assertTrue(text.contains(s), s + " in the summary");
        }
        for (Recommendation r : input.plan().recommendations()) {
            assertTrue(text.contains(r.treatment().name()), r.treatment() + " listed");
            for (String source : r.sources()) {
                assertTrue(text.contains(source), "source " + source);
            }
        }
        for (Exclusion e : input.plan().excluded()) {
            for (ExclusionReason reason : e.reasons()) {
                assertTrue(text.contains(reason.code().name()), "reason code " + reason.code());
            }
        }
        for (Flag f : input.plan().flags()) {
            assertTrue(text.contains(f.code().name()), "flag " + f.code());
        }
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
        assertTrue(text.contains("Status: DEFER"));
        for (Hold h : input.plan().holds()) {
            assertTrue(text.contains(h.code().name()), "hold " + h.code());
        }
        assertTrue(text.contains("Deferred until the holds clear"));
        assertTrue(text.contains("Waits for"));
        assertTrue(text.contains("Active cold sore (herpes simplex) now"), "screening answers in words");
    }

    @Test
    void a4SummaryIsA4() throws IOException {
        for (PDRectangle r : summary(Samples.input(Samples.maria()), PaperSize.A4).sizes()) {
            assertEquals(595.28f, r.getWidth(), 0.01f);
            assertEquals(841.89f, r.getHeight(), 0.01f);
        }
    }
}
