package com.clearpath.document.layout;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of wrapped text cells that flows across pages row by row, repeating its header row on each new page.
 * With two columns and no header it is the key/value table of the documents.
 */
public final class Table {
    private final float[] fractions;
    private final List<TextStyle> columnStyles = new ArrayList<>();
    private TextStyle headerStyle;
    private List<String> header;
    private final List<List<List<Span>>> rows = new ArrayList<>();
    private Color stripe;
    private Color headerFill;
    private Color rule;
    private float padX = 5;
    private float padY = 3.5f;

    /** Columns as fractions of the width (they are scaled to add up to one). */
    public Table(TextStyle cellStyle, float... fractions) {
        float sum = 0;
        for (float f : fractions) {
            sum += f;
        }
        this.fractions = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            this.fractions[i] = fractions[i] / sum;
            columnStyles.add(cellStyle);
        }
    }

    /** The two-column key/value table: bold muted keys, plain values. */
    public static Table keyValue(TextStyle keyStyle, TextStyle valueStyle, float keyFraction) {
        Table t = new Table(valueStyle, keyFraction, 1 - keyFraction);
        t.columnStyles.set(0, keyStyle);
        return t;
    }

    public Table header(TextStyle style, Color fill, String... titles) {
        this.headerStyle = style;
        this.headerFill = fill;
        this.header = List.of(titles);
        return this;
    }

    public Table columnStyle(int column, TextStyle style) {
        columnStyles.set(column, style);
        return this;
    }

    public Table stripes(Color color) {
        this.stripe = color;
        return this;
    }

    public Table rules(Color color) {
        this.rule = color;
        return this;
    }

    public Table padding(float x, float y) {
        this.padX = x;
        this.padY = y;
        return this;
    }

    public Table row(String... cells) {
        List<List<Span>> row = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i] == null ? "" : cells[i];
            row.add(List.of(new Span(text, columnStyles.get(i).bold(), null)));
        }
        rows.add(row);
        return this;
    }

    /** A row whose cells are styled spans. */
    public Table richRow(List<List<Span>> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Draws the table at the flow's cursor, across the flow's width. */
    public void draw(PageFlow flow, DocumentFonts fonts) throws IOException {
        float width = flow.width();
        float[] colW = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            colW[i] = width * fractions[i];
        }
        List<TextBlock> head = header == null ? null : layout(fonts, headerCells(), colW, true);
        float headH = head == null ? 0 : height(head);
        for (int r = 0; r < rows.size(); r++) {
            List<TextBlock> cells = layout(fonts, rows.get(r), colW, false);
            float rowH = height(cells);
            Color fill = stripe != null && r % 2 == 1 ? stripe : null;
            // Enough of the row to be worth starting it here: the whole row or its first three lines.
            float start = Math.min(rowH, 2 * padY + 3 * maxLeading(cells));
            if (r == 0) {
                flow.ensure(headH + start);
                if (head != null) {
                    drawRow(flow, head, colW, headH, headerFill);
                }
            }
            if (rowH <= flow.remaining()) {
                drawRow(flow, cells, colW, rowH, fill);
            } else if (rowH > 6 * maxLeading(cells)) {
                splitRow(flow, cells, colW, fill, head, headH);
            } else {
                flow.newPage();
                if (head != null) {
                    drawRow(flow, head, colW, headH, headerFill);
                }
                drawRow(flow, cells, colW, rowH, fill);
            }
        }
    }

    /** A row taller than what is left of the page: its cells continue on the next page, line by line. */
    private void splitRow(PageFlow flow, List<TextBlock> cells, float[] colW, Color fill, List<TextBlock> head,
                          float headH) throws IOException {
        int n = cells.size();
        int[] done = new int[n];
        while (true) {
            float room = flow.remaining() - 2 * padY;
            int[] to = new int[n];
            float h = 0;
            boolean progress = false;
            for (int i = 0; i < n; i++) {
                TextBlock b = cells.get(i);
                int fit = (int) Math.floor(room / b.lineHeight() + 1e-3);
                to[i] = Math.min(b.lineCount(), done[i] + Math.max(0, fit));
                progress |= to[i] > done[i];
                h = Math.max(h, (to[i] - done[i]) * b.lineHeight());
            }
            if (progress) {
                int[] from = done.clone();
                int[] until = to.clone();
                float partH = h + 2 * padY;
                flow.keep(partH, (c, top) -> {
                    if (fill != null) {
                        c.fillRect(flow.left(), top - partH, flow.width(), partH, fill);
                    }
                    float x = flow.left();
                    for (int i = 0; i < n; i++) {
                        cells.get(i).drawLines(c, x + padX, top - padY, from[i], until[i]);
                        x += colW[i];
                    }
                });
                done = to;
            }
            boolean finished = true;
            for (int i = 0; i < n; i++) {
                finished &= done[i] >= cells.get(i).lineCount();
            }
            if (finished) {
                break;
            }
            flow.newPage();
            if (head != null) {
                drawRow(flow, head, colW, headH, headerFill);
            }
        }
        if (rule != null) {
            flow.keep(0, (c, top) -> c.line(flow.left(), top, flow.left() + flow.width(), top, 0.4f, rule));
        }
    }

    private static float maxLeading(List<TextBlock> cells) {
        float l = 0;
        for (TextBlock b : cells) {
            l = Math.max(l, b.lineHeight());
        }
        return l;
    }

    private List<List<Span>> headerCells() {
        List<List<Span>> cells = new ArrayList<>();
        for (String h : header) {
            cells.add(List.of(new Span(h, headerStyle.bold(), null)));
        }
        return cells;
    }

    private List<TextBlock> layout(DocumentFonts fonts, List<List<Span>> cells, float[] colW, boolean isHeader)
            throws IOException {
        List<TextBlock> out = new ArrayList<>();
        for (int i = 0; i < colW.length; i++) {
            List<Span> spans = i < cells.size() ? cells.get(i) : List.of(Span.plain(""));
            TextStyle style = isHeader ? headerStyle : columnStyles.get(i);
            out.add(TextBlock.of(fonts, spans, style, colW[i] - 2 * padX));
        }
        return out;
    }

    private float height(List<TextBlock> cells) {
        float h = 0;
        for (TextBlock b : cells) {
            h = Math.max(h, b.height());
        }
        return h + 2 * padY;
    }

    private void drawRow(PageFlow flow, List<TextBlock> cells, float[] colW, float rowH, Color fill) throws IOException {
        flow.keep(rowH, (c, top) -> {
            if (fill != null) {
                c.fillRect(flow.left(), top - rowH, flow.width(), rowH, fill);
            }
            float x = flow.left();
            for (int i = 0; i < cells.size(); i++) {
                cells.get(i).draw(c, x + padX, top - padY);
                x += colW[i];
            }
            if (rule != null) {
                c.line(flow.left(), top - rowH, flow.left() + flow.width(), top - rowH, 0.4f, rule);
            }
        });
    }
}
