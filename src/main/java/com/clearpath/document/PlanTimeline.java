package com.clearpath.document;

import com.clearpath.document.layout.Canvas;
import com.clearpath.document.layout.DocumentFonts;
import com.clearpath.document.layout.TextBlock;
import com.clearpath.document.layout.TextStyle;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The plan as a picture: one row per step, a bar over the weeks it runs, a mark at each clinic visit with its
 * healing time after it, home care as a thinner bar, and the client's event as a dashed line. Measured on creation,
 * drawn in vector graphics.
 */
final class PlanTimeline {
    enum Kind { CLINIC, HOME }

    /** A clinic visit and the day its visible healing should be over. */
    record Mark(LocalDate date, LocalDate healed) {
    }

    /** One step: its label, what it is, when it runs, and (for clinic steps) its visits. */
    record Row(String label, Kind kind, LocalDate from, LocalDate to, boolean ongoing, List<Mark> marks) {
        Row {
            marks = List.copyOf(marks);
        }
    }

    record Tick(LocalDate date, String label) {
    }

    /** The words of the legend: a visit, healing time, daily care at home, the event. */
    record Legend(String visit, String healing, String home, String event) {
    }

    private static final TextStyle LABEL = new TextStyle(8.2f, 10.4f, true, Styles.INK);
    private static final TextStyle AXIS = new TextStyle(7.4f, 9.5f, false, Styles.MUTED);
    private static final TextStyle EVENT = new TextStyle(7.6f, 9.5f, true, Styles.WAIT.darker());
    private static final Color BAR = new Color(0xD5, 0xEC, 0xE8);
    private static final Color HEALING = new Color(0x8F, 0xCF, 0xC6);
    private static final Color HOME = new Color(0xF2, 0xD9, 0x8F);
    private static final Color GRID = new Color(0xE1, 0xEC, 0xEA);
    private static final float PAD = 10f;

    private final DocumentFonts fonts;
    private final float width;
    private final List<Row> rows;
    private final LocalDate start;
    private final LocalDate end;
    private final List<Tick> ticks;
    private final LocalDate event;
    private final int clearDays;
    private final String eventLabel;
    private final Legend legend;
    private final float labelW;
    private final List<TextBlock> labels = new ArrayList<>();
    private final List<Float> rowHeights = new ArrayList<>();
    private final float height;
    private final float row;

    PlanTimeline(DocumentFonts fonts, float width, float row, List<Row> rows, LocalDate start, LocalDate end, List<Tick> ticks,
                 LocalDate event, int clearDays, String eventLabel, Legend legend) throws IOException {
        this.fonts = fonts;
        this.width = width;
        this.row = row;
        this.rows = List.copyOf(rows);
        this.start = start;
        this.end = end.isAfter(start) ? end : start.plusWeeks(4);
        this.ticks = List.copyOf(ticks);
        this.event = event;
        this.clearDays = clearDays;
        this.eventLabel = eventLabel;
        this.legend = legend;
        // A narrow picture gives its labels up to two fifths of its width rather than wrap a treatment's name.
        float longest = 0;
        for (Row r : rows) {
            longest = Math.max(longest, TextBlock.of(fonts, r.label(), LABEL, 1000).naturalWidth() + 6);
        }
        this.labelW = Math.min(158f, Math.max(width * 0.3f, Math.min(longest, width * 0.4f)));
        float h = PAD + (event != null ? 12 : 2);
        for (Row r : rows) {
            TextBlock b = TextBlock.of(fonts, r.label(), LABEL, labelW - 4);
            labels.add(b);
            float rh = Math.max(row, b.height() + 4);
            rowHeights.add(rh);
            h += rh;
        }
        h += 4 + 12 + 6 + 11 + PAD;
        this.height = h;
    }

    float height() {
        return height;
    }

    void draw(Canvas c, float x, float top) throws IOException {
        PDPageContentStream cs = c.stream();
        c.roundedRect(x, top - height, width, height, 6, Styles.CARD, Styles.RULE, 0.6f);
        float x0 = x + PAD + labelW + 6;
        float x1 = x + width - PAD - 4;
        float rowsTop = top - PAD - (event != null ? 12 : 2);
        float rowsH = 0;
        for (float rh : rowHeights) {
            rowsH += rh;
        }
        float rowsBottom = rowsTop - rowsH;
        float axisY = rowsBottom - 4;

        // Light month (or week) lines behind the bars, so a bar can be read against the dates below.
        for (Tick t : ticks) {
            float tx = at(t.date(), x0, x1);
            c.line(tx, rowsTop, tx, axisY, 0.5f, GRID);
        }
        if (event != null && !event.isBefore(start) && !event.isAfter(end)) {
            float ex = at(event, x0, x1);
            float cx = Math.max(x0, at(event.minusDays(clearDays), x0, x1));
            c.fillRect(cx, axisY, ex - cx, rowsTop - axisY, Styles.WAIT_TINT);
        }

        float y = rowsTop;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            float rh = rowHeights.get(i);
            TextBlock label = labels.get(i);
            label.draw(c, x + PAD, y - (rh - label.height()) / 2);
            float mid = y - rh / 2;
            float fx = at(r.from(), x0, x1);
            float tx = Math.max(fx + 3, at(r.to(), x0, x1));
            if (r.kind() == Kind.HOME) {
                c.roundedRect(fx, mid - 2.5f, tx - fx, 5f, 2.5f, HOME, null, 0);
                if (r.ongoing()) {
                    arrow(cs, tx, mid, HOME);
                }
            } else {
                c.roundedRect(fx, mid - 3.5f, tx - fx, 7f, 3.5f, BAR, null, 0);
                for (Mark m : r.marks()) {
                    float mx = at(m.date(), x0, x1);
                    float hx = Math.min(x1, Math.max(mx + 2, at(m.healed(), x0, x1)));
                    c.roundedRect(mx, mid - 3.5f, hx - mx, 7f, 3.5f, HEALING, null, 0);
                }
                for (Mark m : r.marks()) {
                    float mx = at(m.date(), x0, x1);
                    c.circle(mx, mid, 4.2f, Color.WHITE);
                    c.circle(mx, mid, 3.2f, Styles.DEEP_TEAL);
                }
            }
            y -= rh;
        }

        // The axis and its dates.
        c.line(x0, axisY, x1, axisY, 0.7f, Styles.WRITE_LINE);
        float lastRight = -1;
        for (Tick t : ticks) {
            float tx = at(t.date(), x0, x1);
            c.line(tx, axisY, tx, axisY - 2.5f, 0.7f, Styles.WRITE_LINE);
            TextBlock b = TextBlock.of(fonts, t.label(), AXIS, 80);
            float lx = Math.min(tx - b.naturalWidth() / 2, x1 - b.naturalWidth());
            lx = Math.max(lx, x0 - 6);
            if (lx > lastRight + 3) {
                b.draw(c, lx, axisY - 3.5f);
                lastRight = lx + b.naturalWidth();
            }
        }

        if (event != null) {
            eventLine(c, cs, x0, x1, rowsTop, axisY, top);
        }
        // Under the labels when it would run past the picture's right edge beside them.
        legend(c, Math.max(x + PAD, Math.min(x0, x + width - PAD - legendWidth())), axisY - 17);
    }

    private void eventLine(Canvas c, PDPageContentStream cs, float x0, float x1, float rowsTop, float axisY, float top)
            throws IOException {
        boolean inside = !event.isBefore(start) && !event.isAfter(end);
        TextBlock b = TextBlock.of(fonts, eventLabel + (inside ? "" : "  →"), EVENT, 220);
        float labelTop = top - PAD + 1;
        if (inside) {
            float ex = at(event, x0, x1);
            cs.setStrokingColor(Styles.WAIT.darker());
            cs.setLineWidth(1.1f);
            cs.setLineDashPattern(new float[] {2.5f, 2f}, 0);
            cs.moveTo(ex, rowsTop + 2);
            cs.lineTo(ex, axisY);
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
            float lx = Math.max(x0, Math.min(ex - b.naturalWidth() / 2, x1 - b.naturalWidth()));
            b.draw(c, lx, labelTop);
        } else {
            // Far beyond the last visit: named at the right edge rather than squeezing every bar to the left.
            b.draw(c, x1 - b.naturalWidth(), labelTop);
        }
    }

    private void legend(Canvas c, float x, float top) throws IOException {
        float mid = top - 5;
        float lx = x;
        c.circle(lx + 3.2f, mid, 3.2f, Styles.DEEP_TEAL);
        lx = legendText(c, legend.visit(), lx + 10, top);
        c.roundedRect(lx, mid - 3.5f, 16, 7, 3.5f, HEALING, null, 0);
        lx = legendText(c, legend.healing(), lx + 20, top);
        if (legend.home() != null) {
            c.roundedRect(lx, mid - 2.5f, 16, 5, 2.5f, HOME, null, 0);
            lx = legendText(c, legend.home(), lx + 20, top);
        }
        if (event != null && legend.event() != null) {
            PDPageContentStream cs = c.stream();
            cs.setStrokingColor(Styles.WAIT.darker());
            cs.setLineWidth(1.1f);
            cs.setLineDashPattern(new float[] {2.5f, 2f}, 0);
            cs.moveTo(lx + 3, mid + 5);
            cs.lineTo(lx + 3, mid - 5);
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
            legendText(c, legend.event(), lx + 9, top);
        }
    }

    private float legendWidth() throws IOException {
        float w = 10 + textWidth(legend.visit()) + 12 + 20 + textWidth(legend.healing()) + 12;
        if (legend.home() != null) {
            w += 20 + textWidth(legend.home()) + 12;
        }
        if (event != null && legend.event() != null) {
            w += 9 + textWidth(legend.event());
        }
        return w;
    }

    private float textWidth(String s) throws IOException {
        return TextBlock.of(fonts, s, AXIS, 200).naturalWidth();
    }

    private float legendText(Canvas c, String s, float x, float top) throws IOException {
        TextBlock b = TextBlock.of(fonts, s, AXIS, 200);
        b.draw(c, x, top);
        return x + b.naturalWidth() + 12;
    }

    private static void arrow(PDPageContentStream cs, float x, float mid, Color color) throws IOException {
        cs.setNonStrokingColor(color);
        cs.moveTo(x - 1, mid + 5);
        cs.lineTo(x + 6, mid);
        cs.lineTo(x - 1, mid - 5);
        cs.closePath();
        cs.fill();
    }

    private float at(LocalDate d, float x0, float x1) {
        double span = ChronoUnit.DAYS.between(start, end);
        double off = ChronoUnit.DAYS.between(start, d);
        double f = Math.max(0, Math.min(1, off / span));
        return (float) (x0 + f * (x1 - x0));
    }
}
