package com.clearpath.document.layout;

import java.awt.Color;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A paragraph broken into lines for one width: measure first (for keeping blocks together and page breaks), then
 * draw. Lines break at spaces, between CJK characters, and inside a word only when the word alone is too wide.
 */
public final class TextBlock {
    /** DejaVu Sans ascent and descent as fractions of the size; used to centre text in its line height. */
    private static final float ASCENT = 0.928f;
    private static final float DESCENT = 0.236f;

    private final List<Line> lines;
    private final TextStyle style;
    private final Align align;
    private final float width;

    private TextBlock(List<Line> lines, TextStyle style, Align align, float width) {
        this.lines = lines;
        this.style = style;
        this.align = align;
        this.width = width;
    }

    public static TextBlock of(DocumentFonts fonts, String text, TextStyle style, float width) throws IOException {
        return of(fonts, List.of(new Span(text, style.bold(), null)), style, width, Align.LEFT);
    }

    public static TextBlock of(DocumentFonts fonts, String text, TextStyle style, float width, Align align) throws IOException {
        return of(fonts, List.of(new Span(text, style.bold(), null)), style, width, align);
    }

    public static TextBlock of(DocumentFonts fonts, List<Span> spans, TextStyle style, float width) throws IOException {
        return of(fonts, spans, style, width, Align.LEFT);
    }

    public static TextBlock of(DocumentFonts fonts, List<Span> spans, TextStyle style, float width, Align align)
            throws IOException {
        return new TextBlock(new Breaker(fonts, style, width).lines(spans), style, align, width);
    }

    public float height() {
        return lines.size() * style.leading();
    }

    public int lineCount() {
        return lines.size();
    }

    public float lineHeight() {
        return style.leading();
    }

    /** Width of the widest line, for shrink-wrapped labels. */
    public float naturalWidth() {
        float w = 0;
        for (Line l : lines) {
            w = Math.max(w, l.indent + l.width);
        }
        return w;
    }

    /** Draws all lines with the top of the first line box at {@code top}. */
    public void draw(Canvas canvas, float x, float top) throws IOException {
        drawLines(canvas, x, top, 0, lines.size());
    }

    /** Draws lines [from, to) with the top of line {@code from} at {@code top}. */
    public void drawLines(Canvas canvas, float x, float top, int from, int to) throws IOException {
        float halfLeading = (style.leading() - (ASCENT + DESCENT) * style.size()) / 2;
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            float baseline = top - (i - from) * style.leading() - halfLeading - ASCENT * style.size();
            float lx = line.indent + switch (align) {
                case LEFT -> x;
                case CENTER -> x + (width - line.indent - line.width) / 2;
                case RIGHT -> x + width - line.indent - line.width;
            };
            canvas.runs(line.runs, lx, baseline, style.size());
        }
    }

    /** One run of a line: text in one font and colour, already measured. */
    record Piece(PDFont font, String text, Color color, float width) {
    }

    private record Line(List<Piece> runs, float width, float indent) {
    }

    /** Greedy line filling over measured tokens. */
    private static final class Breaker {
        private final DocumentFonts fonts;
        private final TextStyle style;
        private final float width;
        private final List<Line> lines = new ArrayList<>();
        private List<Piece> pieces = new ArrayList<>();
        private float lineWidth;
        private Token pendingSpace;
        /** Indent of wrapped lines in a hard line that starts with a bullet, so the text hangs clear of it. */
        private float hang;
        private float indent;
        private boolean lineStart = true;
        private final List<Token> held = new ArrayList<>();
        private boolean heldBold;
        private Color heldColor;

        Breaker(DocumentFonts fonts, TextStyle style, float width) {
            this.fonts = fonts;
            this.style = style;
            this.width = width;
        }

        List<Line> lines(List<Span> spans) throws IOException {
            for (Span span : spans) {
                String text = Normalizer.normalize(span.text() == null ? "" : span.text(), Normalizer.Form.NFC)
                        .replace('\t', ' ').replace("\r\n", "\n").replace('\r', '\n');
                Color color = span.color() == null ? style.color() : span.color();
                tokens(text, span.bold(), color);
            }
            flushWord(new StringBuilder(), false, style.color());
            endLine(true);
            return lines;
        }

        private void tokens(String text, boolean bold, Color color) throws IOException {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n') {
                    flushWord(word, bold, color);
                    pendingSpace = null;
                    endLine(true);
                    hang = 0;
                    indent = 0;
                    lineStart = true;
                } else if (cp == ' ') {
                    flushWord(word, bold, color);
                    pendingSpace = measure(" ", bold, color);
                } else if (cp == '_' || cp == '/') {
                    // Codes and paths may wrap after their separators in narrow table columns.
                    word.appendCodePoint(cp);
                    flushWord(word, bold, color);
                } else if (breaksAnywhere(cp)) {
                    flushWord(word, bold, color);
                    word.appendCodePoint(cp);
                    flushWord(word, bold, color);
                } else {
                    word.appendCodePoint(cp);
                }
            }
            // A word may go on in the next span (a label and its value with no space between): held, not broken.
            holdWord(word, bold, color);
        }

        private void holdWord(StringBuilder word, boolean bold, Color color) throws IOException {
            if (word.length() > 0) {
                if (held.isEmpty()) {
                    heldBold = bold;
                    heldColor = color;
                }
                held.add(measure(word.toString(), bold, color));
                word.setLength(0);
            }
        }

        private void flushWord(StringBuilder word, boolean bold, Color color) throws IOException {
            holdWord(word, bold, color);
            if (held.isEmpty()) {
                return;
            }
            Token t = held.get(0);
            if (held.size() > 1) {
                StringBuilder text = new StringBuilder();
                List<Piece> parts = new ArrayList<>();
                float w = 0;
                for (Token h : held) {
                    text.append(h.text);
                    parts.addAll(h.parts);
                    w += h.width;
                }
                t = new Token(text.toString(), parts, w);
            }
            held.clear();
            bold = heldBold;
            color = heldColor;
            if (lineStart && "•".equals(word.toString())) {
                hang = t.width + measure(" ", bold, color).width;
            }
            lineStart = false;
            float space = pieces.isEmpty() || pendingSpace == null ? 0 : pendingSpace.width;
            if (!pieces.isEmpty() && lineWidth + space + t.width > width - indent) {
                endLine(false);
                indent = hang;
                space = 0;
            }
            if (pieces.isEmpty() && t.width > width - indent) {
                splitLongWord(t.text, bold, color);
                pendingSpace = null;
                return;
            }
            if (space > 0) {
                add(pendingSpace);
            }
            pendingSpace = null;
            add(t);
        }

        /** A word wider than the line (a long URL or name): break it between characters. */
        private void splitLongWord(String text, boolean bold, Color color) throws IOException {
            StringBuilder part = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String next = part + new String(Character.toChars(cp));
                if (part.length() > 0 && measure(next, bold, color).width > width - indent) {
                    add(measure(part.toString(), bold, color));
                    endLine(false);
                    indent = hang;
                    part.setLength(0);
                }
                part.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (part.length() > 0) {
                add(measure(part.toString(), bold, color));
            }
        }

        private Token measure(String text, boolean bold, Color color) throws IOException {
            List<Piece> parts = new ArrayList<>();
            float w = 0;
            for (DocumentFonts.Run r : fonts.runs(text, bold)) {
                float rw = fonts.width(r, style.size());
                parts.add(new Piece(r.font(), r.text(), color, rw));
                w += rw;
            }
            return new Token(text, parts, w);
        }

        private void add(Token t) {
            for (Piece p : t.parts) {
                int last = pieces.size() - 1;
                if (last >= 0 && pieces.get(last).font() == p.font() && pieces.get(last).color().equals(p.color())) {
                    Piece prev = pieces.get(last);
                    pieces.set(last, new Piece(p.font(), prev.text() + p.text(), p.color(), prev.width() + p.width()));
                } else {
                    pieces.add(p);
                }
            }
            lineWidth += t.width;
        }

        private void endLine(boolean hard) {
            if (!pieces.isEmpty() || hard) {
                lines.add(new Line(List.copyOf(pieces), lineWidth, indent));
            }
            pieces = new ArrayList<>();
            lineWidth = 0;
        }

        /** CJK ideographs, kana and hangul are written without spaces; a line may break between any two. */
        private static boolean breaksAnywhere(int cp) {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
        }

        private record Token(String text, List<Piece> parts, float width) {
        }
    }
}
