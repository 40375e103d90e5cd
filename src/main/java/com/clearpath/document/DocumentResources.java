package com.clearpath.document;

import com.clearpath.document.layout.FontLibrary;
import com.clearpath.document.layout.PreparedImage;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every document draws from, read once and shared by all renders (immutable apart from the one-entry logo
 * cache): font bytes, illustrations ready for PDF, and the handout wording in each language.
 */
final class DocumentResources {
    private static final Logger LOG = Logger.getLogger(DocumentResources.class.getName());

    private final FontLibrary fonts;
    private final Map<ConcernKind, PreparedImage> illustrations;
    private final Map<Language, HandoutText> texts;
    private final Object logoLock = new Object();
    private byte[] logoBytes;
    private Optional<PreparedImage> logoImage = Optional.empty();

    private DocumentResources() {
        fonts = FontLibrary.bundled();
        Map<ConcernKind, PreparedImage> pictures = new EnumMap<>(ConcernKind.class);
        for (ConcernKind kind : ConcernKind.values()) {
            pictures.put(kind, illustration(kind));
        }
        illustrations = pictures;
        Map<Language, HandoutText> t = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            t.put(l, HandoutText.load(l));
        }
        texts = t;
    }

    static DocumentResources shared() {
        return Holder.INSTANCE;
    }

    FontLibrary fonts() {
        return fonts;
    }

    PreparedImage picture(ConcernKind kind) {
        return illustrations.get(kind);
    }

    HandoutText text(Language language) {
        return texts.get(language);
    }

    /** The clinic's logo ready for PDF; empty when there is none or it cannot be read (the mark is drawn instead). */
    Optional<PreparedImage> logo(ClinicProfile clinic) {
        Optional<byte[]> bytes = clinic.logo();
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        synchronized (logoLock) {
            if (!Arrays.equals(bytes.get(), logoBytes)) {
                logoBytes = bytes.get();
                try {
                    logoImage = Optional.of(PreparedImage.of(logoBytes));
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "The clinic logo could not be read; drawing the default mark", e);
                    logoImage = Optional.empty();
                }
            }
            return logoImage;
        }
    }

    /** Illustrations are drawn about 1.3 inches wide, so the 2x bitmap prints sharp. */
    private static PreparedImage illustration(ConcernKind kind) {
        String name = "illustrations/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@2x.png";
        try (InputStream in = DocumentResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Illustration " + name + " is missing from the application");
            }
            return PreparedImage.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final DocumentResources INSTANCE = new DocumentResources();
    }
}
