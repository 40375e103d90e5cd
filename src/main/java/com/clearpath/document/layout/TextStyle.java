package com.clearpath.document.layout;

import java.awt.Color;

/** Size, line height, weight and colour of a piece of text. Line height is in points, baseline to baseline. */
public record TextStyle(float size, float leading, boolean bold, Color color) {
    public TextStyle withColor(Color c) {
        return new TextStyle(size, leading, bold, c);
    }

    public TextStyle withBold(boolean b) {
        return new TextStyle(size, leading, b, color);
    }

    public TextStyle withSize(float s, float l) {
        return new TextStyle(s, l, bold, color);
    }
}
