package com.clearpath.document.layout;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: DejaVu Sans regular and bold, subset-embedded, plus the CJK fallback loaded only when
 * some text needs it. Splits text into runs so that each character is drawn with a font that has it.
 */
public final class DocumentFonts implements Closeable {
    /** Drawn when no bundled font has the character, so text never fails to render. */
    private static final int REPLACEMENT = 0xFFFD;

    private final PDDocument document;
    private final FontLibrary library;
    private final Face regular;
    private final Face bold;
    private Face fallback;
    private boolean fallbackTried;

    public DocumentFonts(PDDocument document, FontLibrary library) throws IOException {
        this(document, library, false);
    }

    /** With {@code condensed}, DejaVu Sans Condensed (the same letters, narrower) in place of DejaVu Sans. */
    public DocumentFonts(PDDocument document, FontLibrary library, boolean condensed) throws IOException {
        this.document = document;
        this.library = library;
        this.regular = Face.load(document, condensed ? library.condensed() : library.regular());
        this.bold = Face.load(document, condensed ? library.condensedBold() : library.bold());
    }

    /** Splits text into runs of one font each; characters no font has become U+FFFD. */
    public List<Run> runs(String text, boolean wantBold) throws IOException {
        Face primary = wantBold ? bold : regular;
        List<Run> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Face face = primary;
            if (!primary.has(cp)) {
                Face fb = fallback();
                if (fb != null && fb.has(cp)) {
                    face = fb;
                } else {
                    cp = REPLACEMENT;
                }
            }
            if (face != currentFace && current.length() > 0) {
                out.add(new Run(currentFace, current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            out.add(new Run(currentFace, current.toString()));
        }
        return out;
    }

    /** Width in points of text drawn in one run's font at the given size. */
    public float width(Run run, float size) throws IOException {
        return run.face.width(run.text) * size / 1000f;
    }

    /** Width in points of any text in the given weight. */
    public float width(String text, boolean wantBold, float size) throws IOException {
        float w = 0;
        for (Run r : runs(text, wantBold)) {
            w += width(r, size);
        }
        return w;
    }

    private Face fallback() throws IOException {
        if (!fallbackTried) {
            fallbackTried = true;
            fallback = Face.load(document, library.fallback());
        }
        return fallback;
    }

    @Override
    public void close() throws IOException {
        regular.close();
        bold.close();
        if (fallback != null) {
            fallback.close();
        }
    }

    /** A piece of text that one font can draw entirely. */
    public static final class Run {
        private final Face face;
        private final String text;

        Run(Face face, String text) {
            this.face = face;
            this.text = text;
        }

        public PDFont font() {
            return face.font;
        }

        public String text() {
            return text;
        }
    }

    /** One TrueType font: the parsed file for lookups and widths, and its PDF font for drawing. */
    static final class Face implements Closeable {
        private final TrueTypeFont ttf;
        private final PDType0Font font;
        private final CmapLookup cmap;
        private final float scale;
        private final Map<Integer, Float> widths = new HashMap<>();

        private Face(TrueTypeFont ttf, PDType0Font font) throws IOException {
            this.ttf = ttf;
            this.font = font;
            this.cmap = ttf.getUnicodeCmapLookup();
            this.scale = 1000f / ttf.getUnitsPerEm();
        }

        static Face load(PDDocument document, byte[] bytes) throws IOException {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            return new Face(ttf, PDType0Font.load(document, ttf, true));
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /** Width in thousandths of an em, from the font's own advance widths (cached per character). */
        float width(String text) throws IOException {
            float w = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                Float cached = widths.get(cp);
                if (cached == null) {
                    cached = ttf.getAdvanceWidth(cmap.getGlyphId(cp)) * scale;
                    widths.put(cp, cached);
                }
                w += cached;
            }
            return w;
        }

        @Override
        public void close() throws IOException {
            ttf.close();
        }
    }
}
