package com.clearpath.document;

import com.clearpath.document.layout.TextStyle;
import java.awt.Color;

/** The look shared by both documents: the brand colours and a small type scale in DejaVu Sans. */
final class Styles {
    static final Color INK = new Color(0x26, 0x46, 0x53);
    static final Color TEAL = new Color(0x2A, 0x9D, 0x8F);
    static final Color DEEP_TEAL = new Color(0x1F, 0x7A, 0x6F);
    static final Color MUTED = new Color(0x5F, 0x73, 0x7B);
    static final Color RULE = new Color(0xCF, 0xE3, 0xDF);
    static final Color TINT = new Color(0xEE, 0xF7, 0xF5);
    static final Color CARD = new Color(0xF6, 0xFA, 0xF9);
    static final Color SUN = new Color(0xE9, 0xC4, 0x6A);
    static final Color SUN_TINT = new Color(0xFD, 0xF7, 0xE7);
    static final Color WAIT = new Color(0xF4, 0xA2, 0x61);
    static final Color WAIT_TINT = new Color(0xFE, 0xF4, 0xEC);
    static final Color WRITE_LINE = new Color(0xA9, 0xBE, 0xBA);

    static final TextStyle TITLE = new TextStyle(20f, 25f, true, INK);
    static final TextStyle H1 = new TextStyle(13.5f, 18f, true, TEAL);
    static final TextStyle H2 = new TextStyle(11f, 15f, true, INK);
    static final TextStyle H3 = new TextStyle(9.5f, 13.5f, true, DEEP_TEAL);
    static final TextStyle BODY = new TextStyle(9.6f, 13.8f, false, INK);
    static final TextStyle SMALL = new TextStyle(8.4f, 11.6f, false, MUTED);
    static final TextStyle LABEL = new TextStyle(7f, 9.5f, true, TEAL);
    static final TextStyle VALUE = new TextStyle(9.6f, 13f, false, INK);
    static final TextStyle FOOTER = new TextStyle(7.5f, 10f, false, MUTED);

    private Styles() {
    }
}
