package com.clearpath.document.layout;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Drawing on one page in PDF coordinates (origin bottom left, points). */
public final class Canvas {
    /** Control-point distance that makes a cubic Bézier approximate a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private final PDPageContentStream cs;

    public Canvas(PDPageContentStream cs) {
        this.cs = cs;
    }

    public PDPageContentStream stream() {
        return cs;
    }

    void runs(List<TextBlock.Piece> pieces, float x, float baseline, float size) throws IOException {
        if (pieces.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        PDFont font = null;
        Color color = null;
        for (TextBlock.Piece p : pieces) {
            if (p.font() != font) {
                font = p.font();
                cs.setFont(font, size);
            }
            if (!p.color().equals(color)) {
                color = p.color();
                cs.setNonStrokingColor(color);
            }
            cs.showText(p.text());
        }
        cs.endText();
    }

    public void fillRect(float x, float y, float w, float h, Color fill) throws IOException {
        cs.setNonStrokingColor(fill);
        cs.addRect(x, y, w, h);
        cs.fill();
    }

    public void roundedRect(float x, float y, float w, float h, float r, Color fill, Color stroke, float lineWidth)
            throws IOException {
        roundedRectPath(x, y, w, h, r);
        if (fill != null && stroke != null) {
            cs.setNonStrokingColor(fill);
            cs.setStrokingColor(stroke);
            cs.setLineWidth(lineWidth);
            cs.fillAndStroke();
        } else if (fill != null) {
            cs.setNonStrokingColor(fill);
            cs.fill();
        } else if (stroke != null) {
            cs.setStrokingColor(stroke);
            cs.setLineWidth(lineWidth);
            cs.stroke();
        }
    }

    /** Adds a rounded rectangle to the current path (for filling, stroking or clipping). */
    public void roundedRectPath(float x, float y, float w, float h, float r) throws IOException {
        r = Math.min(r, Math.min(w, h) / 2);
        float k = r * KAPPA;
        cs.moveTo(x + r, y);
        cs.lineTo(x + w - r, y);
        cs.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        cs.lineTo(x + w, y + h - r);
        cs.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        cs.lineTo(x + r, y + h);
        cs.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        cs.lineTo(x, y + r);
        cs.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        cs.closePath();
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth, Color color) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(lineWidth);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    public void circle(float cx, float cy, float r, Color fill) throws IOException {
        float k = r * KAPPA;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
        cs.setNonStrokingColor(fill);
        cs.fill();
    }

    public void image(PDImageXObject image, float x, float y, float w, float h) throws IOException {
        cs.drawImage(image, x, y, w, h);
    }
}
