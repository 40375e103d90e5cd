package com.clearpath.engine;

import com.clearpath.domain.Language;
import java.util.EnumMap;
import java.util.Map;

/** A patient-facing text in every language the handout is printed in, keyed by the language. */
public record Localized(Map<Language, String> text) {
    public Localized {
        text = Map.copyOf(text);
    }

    public static Localized of(String en, String es) {
        Map<Language, String> m = new EnumMap<>(Language.class);
        m.put(Language.EN, en);
        m.put(Language.ES, es);
        return new Localized(m);
    }

    /** The text in {@code language}; English when the catalog has none in it. */
    public String in(Language language) {
        String s = text.get(language);
        return s == null ? text.get(Language.EN) : s;
    }
}
