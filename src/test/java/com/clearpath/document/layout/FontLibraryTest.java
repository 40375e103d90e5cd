package com.clearpath.document.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FontLibraryTest {

    @Test
    void keepsTheBytesWhileADocumentHoldsThemAndReadsThemAgainOnceTheyHaveGone() throws Exception {
        Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
        FontLibrary library = FontLibrary.readingWith(name -> {
            reads.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            return FontLibrary.read(name);
        });
        byte[] held = library.regular();
        assertSame(held, library.regular(), "held by a document: not read again");
        assertEquals(1, reads.get(FontLibrary.REGULAR).get());
        byte[] copy = held.clone();

        WeakReference<byte[]> gone = new WeakReference<>(held);
        held = null;
        for (int i = 0; i < 20 && gone.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(gone.get() == null, "the library alone does not keep the font in memory");
        byte[] again = library.regular();
        assertEquals(2, reads.get(FontLibrary.REGULAR).get());
        assertArrayEquals(copy, again, "the same font, glyph substitution hidden as before");
    }

    @Test
    void theBundledFontsHaveTheirSubstitutionTableHidden() {
        for (byte[] font : new byte[][] {FontLibrary.bundled().regular(), FontLibrary.bundled().bold()}) {
            String tags = new String(font, 12, 16 * (((font[4] & 0xFF) << 8) | (font[5] & 0xFF)),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(tags.contains("gsub") && !tags.contains("GSUB"), "GSUB renamed");
        }
    }
}
