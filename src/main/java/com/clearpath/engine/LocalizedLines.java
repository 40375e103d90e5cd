package com.clearpath.engine;

import com.clearpath.domain.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A list of patient-facing lines (before-care, aftercare) in every handout language, keyed by the language. */
public record LocalizedLines(Map<Language, List<String>> lines) {
    public LocalizedLines {
        Map<Language, List<String>> copy = new EnumMap<>(Language.class);
        lines.forEach((language, l) -> copy.put(language, List.copyOf(l)));
        lines = Map.copyOf(copy);
    }

    public static LocalizedLines of(List<String> en, List<String> es) {
        Map<Language, List<String>> m = new EnumMap<>(Language.class);
        m.put(Language.EN, en);
        m.put(Language.ES, es);
        return new LocalizedLines(m);
    }

    /** The lines in {@code language}; English when the catalog has none in it. */
    public List<String> in(Language language) {
        List<String> l = lines.get(language);
        return l == null ? lines.getOrDefault(Language.EN, List.of()) : l;
    }
}
