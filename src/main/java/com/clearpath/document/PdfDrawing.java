package com.clearpath.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prepares a loaded PDF for being drawn (on screen, or by a printer that does not take PDF).
 *
 * <p>Each font in our PDFs carries a text map (its {@code /ToUnicode} entry), which lets a reader copy or search the
 * text. Drawing does not use it: glyphs are found by their numbers in the embedded font. But PDFBox reads the map as
 * soon as a page uses the font, and reading its first map fills a FontBox table of every two-byte string
 * ({@code CMapStrings}: 262,000 objects, 7.2 MB of Java heap), which then stays for the life of the app. Removing the
 * maps from the copy being drawn leaves every pixel the same (checked page by page in {@code DocumentsTest}) and
 * never builds the table. The PDF that is saved or sent to a printer keeps its maps.
 */
public final class PdfDrawing {
    /** One page drawn: its size in pixels and its colours, one ARGB value per pixel, row by row. */
    public record Picture(int width, int height, int[] argb) {
    }

    private PdfDrawing() {
    }

    /**
     * Page {@code index} of the PDF drawn at {@code dpi}, without its text maps. Each call opens the PDF afresh (a few
     * milliseconds), so pages can be drawn one at a time with nothing left open between them.
     */
    public static Picture page(byte[] pdf, int index, float dpi) throws IOException {
        BufferedImage drawn;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            withoutTextMaps(doc);
            drawn = new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB);
        }
        int w = drawn.getWidth();
        int h = drawn.getHeight();
        return new Picture(w, h, drawn.getRGB(0, 0, w, h, null, 0, w));
    }

    /** How many pages the PDF has. */
    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /** Removes the text maps of the fonts on every page of this in-memory copy. */
    public static void withoutTextMaps(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            withoutTextMaps(page.getResources());
        }
    }

    private static void withoutTextMaps(PDResources resources) {
        if (resources == null) {
            return;
        }
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            return;
        }
        for (COSName name : fonts.keySet()) {
            COSDictionary font = fonts.getCOSDictionary(name);
            if (font != null) {
                font.removeItem(COSName.TO_UNICODE);
            }
        }
    }
}
