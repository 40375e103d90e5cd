package com.clearpath.words;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Language;
import com.clearpath.domain.Reason;
import com.clearpath.domain.ReasonCode;
import com.clearpath.domain.Zone;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The words of the engine's reason codes in one language, from {@code reasons_*.properties} (MessageFormat
 * patterns) and {@code catalog_cautions_*.properties} (the catalog's cautions, plain text). Plan JSON, the
 * screens and the documents all make their words here, so a reason reads the same wherever it is shown.
 */
public final class ReasonWords {
    static final String REASONS = "com.clearpath.words.reasons";
    static final String CATALOG = "com.clearpath.words.catalog_cautions";
    private static final Logger LOG = Logger.getLogger(ReasonWords.class.getName());
    private static final Map<Language, ReasonWords> LOADED = new EnumMap<>(Language.class);

    private final Locale locale;
    private final ResourceBundle reasons;
    private final ResourceBundle catalog;

    private ReasonWords(Language language) {
        this.locale = Locale.forLanguageTag(language.code());
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        this.reasons = ResourceBundle.getBundle(REASONS, locale, ReasonWords.class.getClassLoader(), exact);
        this.catalog = ResourceBundle.getBundle(CATALOG, locale, ReasonWords.class.getClassLoader(), exact);
    }

    public static ReasonWords in(Language language) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(language, ReasonWords::new);
        }
    }

    /** The words for a screen's locale: Spanish for any Spanish locale, English otherwise. */
    public static ReasonWords in(Locale locale) {
        return in("es".equals(locale.getLanguage()) ? Language.ES : Language.EN);
    }

    /** The English words, as plan JSON carries them. */
    public static ReasonWords english() {
        return in(Language.EN);
    }

    public String of(Reason r) {
        if (r.code() == ReasonCode.TEXT) {
            return r.args().get(0);
        }
        if (r.code() == ReasonCode.CATALOG_CAUTION) {
            return word(catalog, "caution." + r.args().get(0) + "." + r.args().get(1));
        }
        List<ReasonCode.Arg> kinds = r.code().args();
        Object[] args = new Object[kinds.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = arg(kinds.get(i), r.args().get(i));
        }
        String text = new MessageFormat(word(reasons, "reason." + r.code().name()), locale).format(args);
        // A concern's name starts many reasons; the sentence still starts with a capital.
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    public List<String> all(List<Reason> list) {
        List<String> out = new ArrayList<>(list.size());
        list.forEach(r -> out.add(of(r)));
        return out;
    }

    /** Several reasons as one paragraph (a flag raised for more than one reason). */
    public String joined(List<Reason> list) {
        return String.join(" ", all(list));
    }

    /** The name of a concern kind as reasons use it ("rolling scars"). */
    public String concernKind(ConcernKind kind) {
        return word(reasons, "concern." + kind.name());
    }

    private String arg(ReasonCode.Arg kind, String value) {
        return switch (kind) {
            case TEXT -> value;
            case WORD -> word(reasons, "word." + value);
            case KINDS -> Arrays.stream(value.split(",")).filter(s -> !s.isEmpty())
                    .map(k -> concernKind(ConcernKind.valueOf(k))).collect(Collectors.joining(", "));
            case CONCERN -> concern(value);
        };
    }

    /** "ROLLING:CHEEK_LEFT,CHEEK_RIGHT:8" as "rolling scars (left cheek, right cheek; 8)". */
    private String concern(String value) {
        String[] parts = value.split(":", -1);
        String zones = Arrays.stream(parts[1].split(",")).filter(s -> !s.isEmpty())
                .map(z -> word(reasons, "zone." + Zone.valueOf(z).name())).collect(Collectors.joining(", "));
        String kind = concernKind(ConcernKind.valueOf(parts[0]));
        boolean counted = parts.length > 2 && !parts[2].isEmpty();
        String pattern = word(reasons, counted ? "concern.counted" : "concern.plain");
        return new MessageFormat(pattern, locale).format(counted ? new Object[] {kind, zones, parts[2]}
                : new Object[] {kind, zones});
    }

    private static String word(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A plan from a newer catalog or engine should still show, with the gap visible.
            LOG.warning("Missing reason words " + key);
            return "[" + key + "]";
        }
    }
}
