package com.clearpath.document.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The bundled font files, shared by every document made while they are in memory. PDFBox font objects belong to one
 * document, so only the bytes are kept here, and only weakly: a document holds them while it is being made, and
 * they go at the next full collection once none is (1.5 MB for the two faces, 4 MB more for the CJK fallback, which
 * stayed for the life of the app before). Reading them again costs a few milliseconds on the next document.
 */
public final class FontLibrary {
    private static final String DIR = "/com/clearpath/document/fonts/";
    static final String REGULAR = "DejaVuSans.ttf";
    static final String BOLD = "DejaVuSans-Bold.ttf";
    static final String FALLBACK = "DroidSansFallbackFull.ttf";
    /** The same family set narrower, for a handout that must keep its page budget without smaller type. */
    static final String CONDENSED = "DejaVuSansCondensed.ttf";
    static final String CONDENSED_BOLD = "DejaVuSansCondensed-Bold.ttf";

    private final Map<String, WeakReference<byte[]>> loaded = new HashMap<>();
    private final Function<String, byte[]> reader;

    private FontLibrary(Function<String, byte[]> reader) {
        this.reader = reader;
    }

    /** The fonts shipped with the application. */
    public static FontLibrary bundled() {
        return Holder.INSTANCE;
    }

    /** A library reading through {@code reader} (tests count the reads). */
    static FontLibrary readingWith(Function<String, byte[]> reader) {
        return new FontLibrary(reader);
    }

    byte[] regular() {
        return bytes(REGULAR);
    }

    byte[] bold() {
        return bytes(BOLD);
    }

    byte[] condensed() {
        return bytes(CONDENSED);
    }

    byte[] condensedBold() {
        return bytes(CONDENSED_BOLD);
    }

    /** The CJK fallback (4 MB), read the first time a document needs it. */
    byte[] fallback() {
        return bytes(FALLBACK);
    }

    private synchronized byte[] bytes(String name) {
        WeakReference<byte[]> ref = loaded.get(name);
        byte[] bytes = ref == null ? null : ref.get();
        if (bytes == null) {
            bytes = reader.apply(name);
            loaded.put(name, new WeakReference<>(bytes));
        }
        return bytes;
    }

    static byte[] read(String name) {
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
        static final FontLibrary INSTANCE = new FontLibrary(FontLibrary::read);
    }
}
