package com.clearpath.ui.consent;

import java.util.List;
import java.util.Objects;

/**
 * A consent as the client reads it before signing, its words already in the client's language: a title, the
 * version signed (shown so the record can name it), who signs, and its parts in order.
 */
public record ConsentReading(String title, String versionLabel, String clientName, List<Part> parts) {

    public ConsentReading {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(versionLabel, "versionLabel");
        Objects.requireNonNull(clientName, "clientName");
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
    }

    /** One section: a heading and its paragraphs, shown as a bulleted list when {@code bulleted}. */
    public record Part(String heading, List<String> paragraphs, boolean bulleted) {
        public Part {
            Objects.requireNonNull(heading, "heading");
            paragraphs = List.copyOf(Objects.requireNonNull(paragraphs, "paragraphs"));
        }
    }
}
