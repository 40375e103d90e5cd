package com.clearpath.document;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper the documents are laid out for. Letter is the default; A4 is chosen in the settings. */
public enum PaperSize {
    LETTER(PDRectangle.LETTER),
    A4(PDRectangle.A4);

    private final PDRectangle rectangle;

    PaperSize(PDRectangle rectangle) {
        this.rectangle = rectangle;
    }

    /** Width and height in points (1/72 inch). */
    public PDRectangle rectangle() {
        return new PDRectangle(rectangle.getWidth(), rectangle.getHeight());
    }

    public static PaperSize fromCode(String code) {
        for (PaperSize p : values()) {
            if (p.name().equalsIgnoreCase(code)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown paper size \"" + code + "\" (expected letter or a4)");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
