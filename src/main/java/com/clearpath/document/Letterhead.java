package com.clearpath.document;

import com.clearpath.document.layout.Align;
import com.clearpath.document.layout.Canvas;
import com.clearpath.document.layout.DocumentFonts;
import com.clearpath.document.layout.PageFlow;
import com.clearpath.document.layout.PreparedImage;
import com.clearpath.document.layout.TextBlock;
import com.clearpath.document.layout.TextStyle;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The clinic header at the top of page one, the small header of later pages, and the footer of every page. */
final class Letterhead {
    static final float MARK = 40f;
    private static final TextStyle CLINIC = new TextStyle(14f, 17f, true, Styles.INK);
    private static final TextStyle CONTACT = new TextStyle(8.4f, 11f, false, Styles.MUTED);
    private static final TextStyle RIGHT_TITLE = new TextStyle(10f, 13f, true, Styles.TEAL);

    private Letterhead() {
    }

    /**
     * Draws the clinic's logo (or the Clearpath mark), name, address and phone at the top of the first page, with an
     * optional document label on the right; returns the height used, rule included.
     */
    static float header(PDDocument doc, PageFlow flow, DocumentFonts fonts, ClinicProfile clinic,
                        Optional<PreparedImage> logo, List<String> rightLines) throws IOException {
        Canvas canvas = flow.canvas();
        float top = flow.y();
        float x = flow.left();
        float logoW = MARK;
        float logoH = MARK;
        if (logo.isPresent()) {
            PreparedImage img = logo.get();
            float scale = Math.min(MARK / img.height(), 3 * MARK / img.width());
            logoW = img.width() * scale;
            logoH = img.height() * scale;
            PDImageXObject xo = logo.get().toXObject(doc);
            canvas.image(xo, x, top - logoH, logoW, logoH);
        } else {
            mark(canvas, x, top, MARK);
        }
        float textX = x + logoW + 12;
        float rightW = 0;
        List<TextBlock> right = new ArrayList<>();
        for (int i = 0; i < rightLines.size(); i++) {
            TextBlock b = TextBlock.of(fonts, rightLines.get(i), i == 0 ? RIGHT_TITLE : CONTACT, flow.width() * 0.4f, Align.RIGHT);
            right.add(b);
            rightW = Math.max(rightW, b.naturalWidth());
        }
        float textW = flow.left() + flow.width() - textX - (rightW > 0 ? rightW + 16 : 0);
        TextBlock name = TextBlock.of(fonts, clinic.name(), CLINIC, textW);
        List<String> contact = new ArrayList<>();
        if (!clinic.address().isEmpty()) {
            contact.add(clinic.address());
        }
        if (!clinic.phone().isEmpty()) {
            contact.add(clinic.phone());
        }
        TextBlock details = contact.isEmpty() ? null : TextBlock.of(fonts, String.join("\n", contact), CONTACT, textW);
        float textH = name.height() + (details == null ? 0 : details.height() + 1);
        // Centre a short name block on the logo; a long address simply runs below it.
        float textTop = textH < logoH ? top - (logoH - textH) / 2 : top;
        name.draw(canvas, textX, textTop);
        if (details != null) {
            details.draw(canvas, textX, textTop - name.height() - 1);
        }
        float ry = top;
        for (TextBlock b : right) {
            b.draw(canvas, flow.left() + flow.width() * 0.6f, ry);
            ry -= b.height();
        }
        float height = Math.max(Math.max(logoH, textH), top - ry) + 10;
        canvas.line(flow.left(), top - height, flow.left() + flow.width(), top - height, 1.2f, Styles.TEAL);
        return height + 1.2f;
    }

    /** The Clearpath mark (assets/logo.svg): a teal rounded square crossed by a white path. */
    static void mark(Canvas canvas, float x, float top, float size) throws IOException {
        PDPageContentStream cs = canvas.stream();
        float s = size / 64f;
        canvas.roundedRect(x + 2 * s, top - 62 * s, 60 * s, 60 * s, 16 * s, Styles.TEAL, null, 0);
        cs.saveGraphicsState();
        canvas.roundedRectPath(x + 2 * s, top - 62 * s, 60 * s, 60 * s, 16 * s);
        cs.clip();
        cs.moveTo(x + 2 * s, top - 41 * s);
        cs.curveTo(x + 26 * s, top - 41 * s, x + 38 * s, top - 23 * s, x + 62 * s, top - 23 * s);
        cs.lineTo(x + 62 * s, top - 62 * s);
        cs.lineTo(x + 2 * s, top - 62 * s);
        cs.closePath();
        cs.setNonStrokingColor(Styles.DEEP_TEAL);
        cs.fill();
        cs.moveTo(x + 2 * s, top - 41 * s);
        cs.curveTo(x + 26 * s, top - 41 * s, x + 38 * s, top - 23 * s, x + 62 * s, top - 23 * s);
        cs.setStrokingColor(Color.WHITE);
        cs.setLineWidth(7 * s);
        cs.stroke();
        cs.restoreGraphicsState();
    }

    /** A one-line header for pages after the first, so a loose page still says whose it is. */
    static PageFlow.PageStart continuation(DocumentFonts fonts, PageFlow flow, String left, String right) {
        return (canvas, top) -> {
            float half = flow.width() / 2 - 6;
            TextBlock l = TextBlock.of(fonts, left, Styles.FOOTER, half);
            TextBlock r = TextBlock.of(fonts, right, Styles.FOOTER, half, Align.RIGHT);
            l.drawLines(canvas, flow.left(), top, 0, 1);
            r.drawLines(canvas, flow.left() + flow.width() - half, top, 0, 1);
            float h = Styles.FOOTER.leading() + 5;
            canvas.line(flow.left(), top - h, flow.left() + flow.width(), top - h, 0.6f, Styles.RULE);
            return h + 16;
        };
    }

    /** Stamps every page's footer: who and which consultation on the left, catalog version and page x of y on the right. */
    static void footers(PageFlow flow, DocumentFonts fonts, String left, String catalog,
                        BiFunction<Integer, Integer, String> page, float marginBottom) throws IOException {
        flow.stamp((canvas, n, count) -> {
            float y = marginBottom - 22;
            canvas.line(flow.left(), y + 4, flow.left() + flow.width(), y + 4, 0.6f, Styles.RULE);
            float half = flow.width() / 2 - 6;
            TextBlock l = TextBlock.of(fonts, left, Styles.FOOTER, half);
            TextBlock r = TextBlock.of(fonts, catalog + "  ·  " + page.apply(n, count), Styles.FOOTER, half, Align.RIGHT);
            l.drawLines(canvas, flow.left(), y, 0, 1);
            r.drawLines(canvas, flow.left() + flow.width() - half, y, 0, 1);
        });
    }
}
