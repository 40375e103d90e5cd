package com.clearpath.document.layout;

import java.awt.Color;

/** A stretch of text inside a paragraph; {@code color} null means the paragraph's colour. */
public record Span(String text, boolean bold, Color color) {
    public static Span plain(String text) {
        return new Span(text, false, null);
    }

    public static Span bold(String text) {
        return new Span(text, true, null);
    }
}
