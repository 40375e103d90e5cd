package com.clearpath.document.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class TextBlockTest {
    private static final TextStyle BODY = new TextStyle(10f, 14f, false, Color.BLACK);

    /** Lays text out at a width, draws it on a page, and returns the extracted text and the line count. */
    private static String roundTrip(String text, float width, int[] lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(doc, FontLibrary.bundled());
            try {
                PageFlow flow = new PageFlow(doc, PDRectangle.A4, 50, 50, 50);
                TextBlock block = TextBlock.of(fonts, text, BODY, width);
                assertTrue(block.naturalWidth() <= width + 0.01f, "no line is wider than the block");
                lines[0] = block.lineCount();
                flow.paragraph(block, 0);
                flow.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                try (PDDocument back = Loader.loadPDF(out.toByteArray())) {
                    return new PDFTextStripper().getText(back);
                }
            } finally {
                fonts.close();
            }
        }
    }

    @Test
    void wrapsAtSpacesWithinTheWidth() throws IOException {
        int[] lines = new int[1];
        String text = roundTrip("Wide, soft dips that give the skin a wavy look. Thin bands under the skin pull it down.", 150, lines);
        assertTrue(lines[0] >= 3, "wrapped");
        assertEquals("Wide, soft dips that give the skin a wavy look. Thin bands under the skin pull it down.",
                text.replaceAll("\\s+", " ").strip());
    }

    @Test
    void latinAccentsAndCjkRenderAndExtract() throws IOException {
        int[] lines = new int[1];
        String text = roundTrip("Zoë Nguyễn, José, 李小龍 and さくら — 12 % ✓", 400, lines);
        assertEquals(1, lines[0]);
        assertEquals("Zoë Nguyễn, José, 李小龍 and さくら — 12 % ✓", text.strip());
    }

    @Test
    void decomposedAccentsAreComposedFirst() throws IOException {
        int[] lines = new int[1];
        assertEquals("Zoë", roundTrip("Zoe\u0308", 400, lines).strip());
    }

    @Test
    void cjkTextWrapsBetweenCharacters() throws IOException {
        int[] lines = new int[1];
        String text = roundTrip("李".repeat(40), 100, lines);
        assertTrue(lines[0] > 3);
        assertEquals("李".repeat(40), text.replaceAll("\\s+", ""));
    }

    @Test
    void aWordWiderThanTheLineIsBroken() throws IOException {
        int[] lines = new int[1];
        String text = roundTrip("Supercalifragilisticexpialidocious", 60, lines);
        assertTrue(lines[0] > 1);
        assertEquals("Supercalifragilisticexpialidocious", text.replaceAll("\\s+", ""));
    }

    @Test
    void bulletLinesHangClearOfTheBullet() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(doc, FontLibrary.bundled());
            TextBlock b = TextBlock.of(fonts, List.of(Span.plain("• one two three four five six seven eight nine ten")), BODY, 80);
            assertTrue(b.lineCount() > 2);
            assertTrue(b.naturalWidth() <= 80.01f, "hanging lines stay within the width");
            fonts.close();
        }
    }

    @Test
    void aLabelAndTheValueAfterItWithoutASpaceAreNeverSplitAcrossLines() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(doc, FontLibrary.bundled());
            try {
                float lead = fonts.width("Some words before ", false, 10f);
                float label = fonts.width("Sessions:\u00a0", true, 10f);
                float value = fonts.width("4\u20136,", false, 10f);
                // Room on the first line for the label but not for the value that follows it.
                float width = lead + label + value / 2;
                List<Span> spans = List.of(Span.plain("Some words before "), new Span("Sessions:\u00a0", true, null),
                        Span.plain("4\u20136, every 2\u20138 weeks"));
                TextBlock block = TextBlock.of(fonts, spans, BODY, width);
                assertTrue(block.lineCount() >= 2, "wrapped");
                // The label went down with its value: the first line holds only the words before it.
                String text = roundTripSpans(doc, fonts, block);
                assertTrue(text.startsWith("Some words before\n") || text.startsWith("Some words before\r\n"), text);
                assertTrue(text.contains("Sessions:"), text);
            } finally {
                fonts.close();
            }
        }
    }

    private static String roundTripSpans(PDDocument doc, DocumentFonts fonts, TextBlock block) throws IOException {
        PageFlow flow = new PageFlow(doc, PDRectangle.A4, 50, 50, 50);
        flow.paragraph(block, 0);
        flow.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        try (PDDocument back = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(back);
        }
    }
}
