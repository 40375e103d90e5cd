package com.clearpath.document.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Content flowing down pages: a cursor that starts a new page when the next block does not fit. Blocks are
 * measured before they are drawn, so a block can be kept together and a paragraph can be split between lines.
 * Footers are stamped afterwards ({@link #stamp}), once the number of pages is known.
 */
public final class PageFlow {
    /** Draws something whose top is at the given y, at the flow's left edge and width. */
    @FunctionalInterface
    public interface Drawing {
        void draw(Canvas canvas, float top) throws IOException;
    }

    /** Draws something on a page that already exists (a header or footer), knowing its number and the total. */
    @FunctionalInterface
    public interface PageStamp {
        void draw(Canvas canvas, int pageNumber, int pageCount) throws IOException;
    }

    /** Called at the top of every page after the first; returns the height it used (a running header). */
    @FunctionalInterface
    public interface PageStart {
        float draw(Canvas canvas, float top) throws IOException;
    }

    private final PDDocument document;
    private final PDRectangle size;
    private final float left;
    private final float fullRight;
    private float right;
    private final float top;
    private final float bottom;
    private final List<PDPage> pages = new ArrayList<>();
    private PageStart continuation = (c, t) -> 0;
    private PDPageContentStream stream;
    private Canvas canvas;
    private float y;
    private boolean atTop;
    /** Headings waiting to be drawn together with whatever comes next. */
    private final List<Pending> pending = new ArrayList<>();

    private static final class Pending {
        final float height;
        final Drawing drawing;
        float gapAfter;

        Pending(float height, Drawing drawing) {
            this.height = height;
            this.drawing = drawing;
        }
    }

    public PageFlow(PDDocument document, PDRectangle size, float marginX, float marginTop, float marginBottom) {
        this.document = document;
        this.size = size;
        this.left = marginX;
        this.fullRight = size.getWidth() - marginX;
        this.right = fullRight;
        this.top = size.getHeight() - marginTop;
        this.bottom = marginBottom;
    }

    /** What to draw at the top of every page after the first. */
    public void onContinuationPage(PageStart start) {
        this.continuation = start;
    }

    public float left() {
        return left;
    }

    public float width() {
        return right - left;
    }

    /**
     * Leaves {@code width} free at the right of the page for a block set beside what follows: {@link #width()}
     * shrinks until {@link #fullWidth()}.
     */
    public void leaveRight(float width) {
        right = fullRight - width;
    }

    public void fullWidth() {
        right = fullRight;
    }

    /** The right edge of the page's text area, whatever is left free. */
    public float fullRightEdge() {
        return fullRight;
    }

    /** How many pages have been started. */
    public int pageCount() {
        return pages.size();
    }

    /** Moves the cursor down to {@code target}, if it is above it. */
    public void downTo(float target) {
        ensurePage();
        if (target < y) {
            y = target;
            atTop = false;
        }
    }

    /** The current cursor (top of the next block). */
    public float y() {
        ensurePage();
        return y;
    }

    public Canvas canvas() throws IOException {
        ensurePage();
        return canvas;
    }

    /** Room left on this page. */
    public float remaining() {
        ensurePage();
        return y - bottom;
    }

    public void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(document, page);
        canvas = new Canvas(stream);
        y = top;
        if (pages.size() > 1) {
            y -= continuation.draw(canvas, y);
        }
        atTop = true;
    }

    /** Starts a new page unless {@code height} (plus any heading waiting to be drawn) still fits on this one. */
    public void ensure(float height) throws IOException {
        ensurePage();
        if (!pending.isEmpty()) {
            flushPending(height);
            return;
        }
        if (y - height < bottom && !atTop) {
            newPage();
        }
    }

    /**
     * A heading that must not end a page: it is drawn by the next block's call, on the same page as that block
     * (or at least as the first two lines of a paragraph).
     */
    public void keepWithNext(float height, Drawing drawing) {
        ensurePage();
        pending.add(new Pending(height, drawing));
    }

    private void flushPending(float nextHeight) throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> waiting = List.copyOf(pending);
        pending.clear();
        float total = nextHeight;
        for (Pending p : waiting) {
            total += p.height + p.gapAfter;
        }
        if (y - total < bottom && !atTop) {
            newPage();
        }
        for (Pending p : waiting) {
            p.drawing.draw(canvas, y);
            y -= p.height + p.gapAfter;
            atTop = false;
        }
    }

    /** Vertical space between blocks; dropped at the top of a page. */
    public void gap(float height) {
        ensurePage();
        if (!pending.isEmpty()) {
            pending.get(pending.size() - 1).gapAfter += height;
        } else if (!atTop) {
            y -= height;
        }
    }

    /** Moves the cursor down by an exact amount, even at the top of a page. */
    public void advance(float height) {
        ensurePage();
        y -= height;
        atTop = false;
    }

    /** Draws a block of known height, on a new page if it does not fit here. */
    public void keep(float height, Drawing drawing) throws IOException {
        ensure(height);
        ensurePage();
        drawing.draw(canvas, y);
        y -= height;
        atTop = false;
    }

    /** Draws a paragraph at an indent, splitting it between lines at page ends (never leaving one line alone). */
    public void paragraph(TextBlock block, float indent) throws IOException {
        ensurePage();
        int lines = block.lineCount();
        float lh = block.lineHeight();
        ensure(Math.min(lines, 2) * lh);
        int from = 0;
        while (from < lines) {
            int fit = Math.max(1, (int) Math.floor((y - bottom) / lh + 1e-3));
            int to = Math.min(lines, from + fit);
            if (to < lines && lines - to == 1 && to - from > 2) {
                to--; // carry a line over so the next page does not start with a lone last line
            }
            block.drawLines(canvas, left + indent, y, from, to);
            y -= (to - from) * lh;
            atTop = false;
            from = to;
            if (from < lines) {
                newPage();
            }
        }
    }

    /** Width of one of {@code count} columns separated by {@code gutter}. */
    public float columnWidth(int count, float gutter) {
        return (width() - (count - 1) * gutter) / count;
    }

    /**
     * Flows items down {@code count} columns: each page's columns are filled in turn, and the last page's are
     * balanced so the text ends level rather than in one long column.
     */
    public void columns(List<ColumnItem> items, int count, float gutter) throws IOException {
        ensurePage();
        float colW = columnWidth(count, gutter);
        if (!items.isEmpty()) {
            ensure(items.get(0).height() + (items.get(0).keepWithNext() && items.size() > 1 ? items.get(1).height() : 0));
        }
        int i = 0;
        while (i < items.size()) {
            if (remaining() < items.get(i).height() && !atTop) {
                newPage();
            }
            float room = remaining();
            List<List<Integer>> packed = pack(items, i, count, room);
            int end = last(packed, i);
            if (end == items.size()) {
                // Everything left fits here: find the shortest column height that still holds it all.
                float lo = 0;
                float hi = room;
                for (int step = 0; step < 24; step++) {
                    float mid = (lo + hi) / 2;
                    if (last(pack(items, i, count, mid), i) == items.size()) {
                        hi = mid;
                    } else {
                        lo = mid;
                    }
                }
                packed = pack(items, i, count, hi);
            }
            int carried = items.size() - last(packed, i);
            List<Integer> lastColumn = packed.get(packed.size() - 1);
            if (carried == 1 && lastColumn.size() > 2 && !items.get(lastColumn.get(lastColumn.size() - 2)).keepWithNext()) {
                // Never leave a single item alone on the next page: take one more with it.
                lastColumn.remove(lastColumn.size() - 1);
            }
            float used = 0;
            for (int col = 0; col < packed.size(); col++) {
                float x = left + col * (colW + gutter);
                float cy = y;
                for (int index : packed.get(col)) {
                    ColumnItem item = items.get(index);
                    item.drawing().draw(canvas, x, cy);
                    cy -= item.height();
                }
                used = Math.max(used, y - cy);
            }
            int next = last(packed, i);
            if (next == i) {
                // Not even one item fits an empty page: draw it anyway rather than loop forever.
                items.get(i).drawing().draw(canvas, left, y);
                used = items.get(i).height();
                next = i + 1;
            }
            y -= used;
            atTop = false;
            i = next;
            if (i < items.size()) {
                newPage();
            }
        }
    }

    /** Greedy packing of items from {@code from} into columns of height {@code room}. */
    private static List<List<Integer>> pack(List<ColumnItem> items, int from, int count, float room) {
        List<List<Integer>> cols = new ArrayList<>();
        int i = from;
        for (int col = 0; col < count && i < items.size(); col++) {
            List<Integer> column = new ArrayList<>();
            float h = 0;
            while (i < items.size()) {
                float need = items.get(i).height();
                // A heading goes to the next column unless the item after it fits too.
                // A heading over a sub-heading keeps both with the first line under them.
                for (int k = i; items.get(k).keepWithNext() && k + 1 < items.size(); k++) {
                    need += items.get(k + 1).height();
                }
                if (h + need > room + 1e-3f) {
                    break;
                }
                column.add(i);
                h += items.get(i).height();
                i++;
            }
            cols.add(column);
        }
        return cols;
    }

    private static int last(List<List<Integer>> packed, int from) {
        int end = from;
        for (List<Integer> col : packed) {
            for (int index : col) {
                end = Math.max(end, index + 1);
            }
        }
        return end;
    }

    /** Closes the last page and returns all pages. */
    public List<PDPage> finish() throws IOException {
        ensurePage();
        flushPending(0);
        stream.close();
        stream = null;
        return List.copyOf(pages);
    }

    /** Draws on every page after the content is complete (footers with "page x of y"). */
    public void stamp(PageStamp stamp) throws IOException {
        int count = pages.size();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream cs = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stamp.draw(new Canvas(cs), i + 1, count);
            }
        }
    }

    private void ensurePage() {
        if (stream == null && pages.isEmpty()) {
            try {
                newPage();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
