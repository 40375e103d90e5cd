package com.clearpath.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF read back: each page's text, its size, and the fonts its pages use. */
public record Pdf(List<String> pages, List<PDRectangle> sizes, List<String> fonts, List<String> unembedded, int images) {

    public static Pdf read(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<String> pages = new ArrayList<>();
            List<PDRectangle> sizes = new ArrayList<>();
            List<String> fonts = new ArrayList<>();
            List<String> unembedded = new ArrayList<>();
            int images = 0;
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
                PDPage page = doc.getPage(i - 1);
                sizes.add(page.getMediaBox());
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    fonts.add(font.getName());
                    if (!font.isEmbedded()) {
                        unembedded.add(font.getName());
                    }
                }
                for (COSName name : res.getXObjectNames()) {
                    if (res.isImageXObject(name)) {
                        images++;
                    }
                }
            }
            return new Pdf(pages, sizes, fonts, unembedded, images);
        }
    }

    public String text() {
        return String.join("\n", pages);
    }

    /** The text with line breaks and runs of spaces made single spaces, for phrase searches across wrapped lines. */
    public String flat() {
        return text().replaceAll("\\s+", " ");
    }

    public int pageCount() {
        return pages.size();
    }
}
