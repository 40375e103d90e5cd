package com.clearpath.engine;

import com.clearpath.domain.Language;

/** A patient-facing text in every language the handout is printed in. */
public record Localized(String en, String es) {
    public String in(Language language) {
        return language == Language.ES ? es : en;
    }
}
