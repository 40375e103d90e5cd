package com.clearpath.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Language;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class PdfDrawingTest {
    @Test
    void aHandoutDrawnWithoutItsTextMapsLooksExactlyTheSame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HandoutRenderer().render(Samples.input(Samples.maria()), Language.ES, PaperSize.A4, out);
        assertSamePixels(out.toByteArray());
    }

    @Test
    void aClinicianSummaryDrawnWithoutItsTextMapsLooksExactlyTheSame() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClinicianSummaryRenderer().render(Samples.input(Samples.zoe()).withOverrides(Samples.overrides())
                .withFitzpatrickScore(21), PaperSize.LETTER, out);
        assertSamePixels(out.toByteArray());
    }

    private static void assertSamePixels(byte[] pdf) throws IOException {
        try (PDDocument kept = Loader.loadPDF(pdf); PDDocument drawn = Loader.loadPDF(pdf)) {
            assertTrue(textMaps(kept) > 0, "the PDF as written has text maps (so copying text works)");
            PdfDrawing.withoutTextMaps(drawn);
            assertEquals(0, textMaps(drawn));
            for (int i = 0; i < kept.getNumberOfPages(); i++) {
                BufferedImage expected = new PDFRenderer(kept).renderImageWithDPI(i, 96, ImageType.RGB);
                BufferedImage actual = new PDFRenderer(drawn).renderImageWithDPI(i, 96, ImageType.RGB);
                assertEquals(expected.getWidth(), actual.getWidth());
                assertEquals(expected.getHeight(), actual.getHeight());
                int differing = 0;
                int inked = 0;
                for (int y = 0; y < expected.getHeight(); y++) {
                    for (int x = 0; x < expected.getWidth(); x++) {
                        int rgb = expected.getRGB(x, y);
                        inked += (rgb & 0xffffff) != 0xffffff ? 1 : 0;
                        differing += rgb != actual.getRGB(x, y) ? 1 : 0;
                    }
                }
                assertTrue(inked > 1000, "page " + (i + 1) + " has text drawn on it");
                assertEquals(0, differing, "pixels that differ on page " + (i + 1));
            }
        }
    }

    private static int textMaps(PDDocument doc) {
        int n = 0;
        for (PDPage page : doc.getPages()) {
            COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            for (COSName name : fonts.keySet()) {
                n += fonts.getCOSDictionary(name).containsKey(COSName.TO_UNICODE) ? 1 : 0;
            }
        }
        return n;
    }
}
