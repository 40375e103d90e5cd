package com.clearpath.document.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled font files, read once per process and shared by every document. PDFBox font objects belong to one
 * document, so only the bytes are kept here. The CJK fallback (4 MB) is read the first time a document needs it.
 */
public final class FontLibrary {
    private static final String DIR = "/com/clearpath/document/fonts/";

    private final byte[] regular;
    private final byte[] bold;
    private volatile byte[] fallback;

    private FontLibrary() {
        regular = read("DejaVuSans.ttf");
        bold = read("DejaVuSans-Bold.ttf");
    }

    /** The fonts shipped with the application. */
    public static FontLibrary bundled() {
        return Holder.INSTANCE;
    }

    byte[] regular() {
        return regular;
    }

    byte[] bold() {
        return bold;
    }

    byte[] fallback() {
        byte[] bytes = fallback;
        if (bytes == null) {
            synchronized (this) {
                bytes = fallback;
                if (bytes == null) {
                    bytes = read("DroidSansFallbackFull.ttf");
                    fallback = bytes;
                }
            }
        }
        return bytes;
    }

    private static byte[] read(String name) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the application");
            }
            return withoutGlyphSubstitution(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hides the font's GSUB table. PDFBox applies its substitutions (such as the "fi" ligature) when drawing, which
     * would make drawn widths differ from measured ones and make copied text come out as ligature characters.
     * Renaming the table's tag in the directory leaves the font valid; PDFBox then ignores the table.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        if (font.length < 12) {
            return font;
        }
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= font.length && font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                font[at] = 'g';
                font[at + 1] = 's';
                font[at + 2] = 'u';
                font[at + 3] = 'b';
            }
        }
        return font;
    }

    private static final class Holder {
        static final FontLibrary INSTANCE = new FontLibrary();
    }
}
