package com.clearpath.engine;

import com.clearpath.domain.Language;
import java.util.List;

/** A list of patient-facing lines (before-care, aftercare) in every handout language. */
public record LocalizedLines(List<String> en, List<String> es) {
    public LocalizedLines {
        en = List.copyOf(en);
        es = List.copyOf(es);
    }

    public List<String> in(Language language) {
        return language == Language.ES ? es : en;
    }
}
