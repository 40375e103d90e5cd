package com.clearpath.domain;

import java.util.Locale;

/** Languages the patient-facing text is written in. */
public enum Language {
    EN, ES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("Unknown language \"" + code + "\" (expected en or es)");
    }
}
