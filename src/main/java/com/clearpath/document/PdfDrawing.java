package com.clearpath.document;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

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
    private PdfDrawing() {
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
