package com.clearpath.document;

import com.clearpath.document.layout.Canvas;
import com.clearpath.document.layout.DocumentFonts;
import com.clearpath.document.layout.PageFlow;
import com.clearpath.document.layout.Span;
import com.clearpath.document.layout.Table;
import com.clearpath.document.layout.TextBlock;
import com.clearpath.document.layout.TextStyle;
import com.clearpath.domain.Language;
import com.clearpath.domain.Signature;
import com.clearpath.engine.ConsentText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The signed informed consent: the clinic's letterhead, the texts the client read in their language (each with its
 * version), the declaration, and both signatures drawn from their strokes as images, with the date and time of
 * signing. Thread-safe: each call builds its own document from shared, read-only resources.
 */
public final class ConsentRenderer {
    /** Signatures are drawn this many pixels per PDF point, so they print sharp. */
    private static final float PIXELS_PER_POINT = 4f;
    private static final Color SIGNATURE_INK = new Color(0x1B, 0x2A, 0x4A);

    private final DocumentResources resources;
    private final Map<Language, HandoutText> words = new EnumMap<>(Language.class);

    public ConsentRenderer() {
        this.resources = DocumentResources.shared();
        for (Language l : Language.values()) {
            words.put(l, HandoutText.load("consent", l));
        }
    }

    /** Writes the document as PDF to {@code out} (not closed) and returns the number of pages. */
    public int render(ConsentDocument input, PaperSize paper, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(doc, resources.fonts());
            try {
                new Writer(doc, fonts, input, paper, words.get(input.language())).write();
                doc.save(out);
            } finally {
                fonts.close();
            }
            return doc.getNumberOfPages();
        }
    }

    /** The strokes as a transparent image {@code w} by {@code h} points, scaled to fit and centred. */
    static BufferedImage rasterise(Signature s, float w, float h) {
        int pw = Math.max(1, Math.round(w * PIXELS_PER_POINT));
        int ph = Math.max(1, Math.round(h * PIXELS_PER_POINT));
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double scale = Math.min(pw / s.width(), ph / s.height());
            double dx = (pw - s.width() * scale) / 2;
            double dy = (ph - s.height() * scale) / 2;
            float pen = 1.6f * PIXELS_PER_POINT;
            g.setColor(SIGNATURE_INK);
            g.setStroke(new BasicStroke(pen, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Signature.Stroke stroke : s.strokes()) {
                List<Signature.Point> pts = stroke.points();
                if (pts.isEmpty()) {
                    continue;
                }
                if (pts.size() == 1) {
                    Signature.Point p = pts.get(0);
                    g.fill(new Ellipse2D.Double(dx + p.x() * scale - pen / 2, dy + p.y() * scale - pen / 2, pen, pen));
                    continue;
                }
                Path2D.Double path = new Path2D.Double();
                path.moveTo(dx + pts.get(0).x() * scale, dy + pts.get(0).y() * scale);
                for (int i = 1; i < pts.size(); i++) {
                    path.lineTo(dx + pts.get(i).x() * scale, dy + pts.get(i).y() * scale);
                }
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private final class Writer {
        private static final float MARGIN_X = 56f;
        private static final float MARGIN_TOP = 44f;
        private static final float MARGIN_BOTTOM = 58f;
        private static final float SIGNATURE_HEIGHT = 54f;
        private static final TextStyle KEY = new TextStyle(8.6f, 12.4f, true, Styles.MUTED);
        private static final TextStyle VALUE = new TextStyle(9.4f, 12.4f, false, Styles.INK);
        private static final TextStyle VERSION = new TextStyle(8f, 11f, false, Styles.MUTED);
        private static final TextStyle LABEL = new TextStyle(8f, 11f, true, Styles.MUTED);

        private final PDDocument doc;
        private final DocumentFonts fonts;
        private final ConsentDocument input;
        private final HandoutText t;
        private final PageFlow flow;
        private final DateTimeFormatter date;
        private final DateTimeFormatter time;
        private final float pageHeight;

        Writer(PDDocument doc, DocumentFonts fonts, ConsentDocument input, PaperSize paper, HandoutText text) {
            this.doc = doc;
            this.fonts = fonts;
            this.input = input;
            this.t = text;
            boolean es = input.language() == Language.ES;
            Locale locale = es ? Locale.forLanguageTag("es") : Locale.US;
            this.date = es ? DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", locale)
                    : DateTimeFormatter.ofPattern("MMMM d, uuuu", locale);
            this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
            this.flow = new PageFlow(doc, paper.rectangle(), MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
            this.pageHeight = paper.rectangle().getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
        }

        void write() throws IOException {
            String names = input.parts().stream().map(ConsentDocument.Part::treatmentName)
                    .collect(Collectors.joining(", "));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t.get("title") + ": " + names);
            info.setAuthor(input.clinic().name());
            info.setSubject(input.clientName());
            info.setCreator("Clearpath Consult");
            doc.getDocumentCatalog().setLanguage(input.language().code());

            List<String> right = new ArrayList<>(List.of(t.get("title"), t.get("subtitle")));
            flow.advance(Letterhead.header(doc, flow, fonts, input.clinic(), resources.logo(input.clinic()), right));
            flow.onContinuationPage(Letterhead.continuation(fonts, flow, t.get("title") + "  ·  " + input.clientName(),
                    input.consentNumber().isEmpty() ? input.clinic().name() : t.get("consent") + " " + input.consentNumber()));
            flow.gap(16);
            TextBlock title = TextBlock.of(fonts, t.format("heading", names), Styles.TITLE.withSize(17f, 21f),
                    flow.width());
            flow.keep(title.height(), (c, top) -> title.draw(c, flow.left(), top));
            flow.gap(8);
            client();
            flow.gap(8);
            flow.paragraph(TextBlock.of(fonts, t.get("intro"), Styles.SMALL, flow.width()), 0);
            for (ConsentDocument.Part p : input.parts()) {
                treatment(p);
            }
            declaration();
            signatures();
            flow.finish();
            String left = input.clinic().name() + (input.consultationNumber().isEmpty() ? ""
                    : "  ·  " + t.get("consultation") + " " + input.consultationNumber());
            Letterhead.footers(flow, fonts, left, t.format("footer.texts", input.textsVersion()),
                    (n, count) -> t.format("footer.page", n, count), MARGIN_BOTTOM);
        }

        private void client() throws IOException {
            Table table = Table.keyValue(KEY, VALUE, 0.26f).padding(0, 2.4f);
            table.row(t.get("client"), input.clientName());
            if (input.dateOfBirth() != null) {
                table.row(t.get("dateOfBirth"), date.format(input.dateOfBirth()));
            }
            if (!input.consultationNumber().isEmpty()) {
                table.row(t.get("consultation"), input.consultationNumber());
            }
            if (!input.consentNumber().isEmpty()) {
                table.row(t.get("consent"), input.consentNumber());
            }
            table.row(t.get("language"), t.get("languageName"));
            table.draw(flow, fonts);
        }

        private void treatment(ConsentDocument.Part p) throws IOException {
            ConsentText text = p.text();
            Language l = input.language();
            TextBlock name = TextBlock.of(fonts, p.treatmentName(), Styles.H1.withSize(13f, 17f), flow.width());
            TextBlock version = TextBlock.of(fonts, t.format("treatment.version." + text.version().origin().name(),
                    text.version().number()), VERSION, flow.width());
            // A treatment that fits on a page is not split between two: its name stays with all it says.
            float whole = height(text) + name.height() + version.height() + 24;
            if (whole > flow.remaining() && whole < pageHeight * 0.8f) {
                flow.newPage();
            }
            flow.gap(18);
            flow.keepWithNext(name.height() + version.height() + 6, (c, top) -> {
                name.draw(c, flow.left(), top);
                version.draw(c, flow.left(), top - name.height());
                c.line(flow.left(), top - name.height() - version.height() - 2, flow.left() + flow.width(),
                        top - name.height() - version.height() - 2, 0.6f, Styles.RULE);
            });
            section("section.what", List.of(text.what().in(l)), false);
            section("section.benefit", List.of(text.benefit().in(l)), false);
            section("section.commonRisks", text.commonRisks().in(l), true);
            section("section.rareRisks", text.rareRisks().in(l), true);
            section("section.alternatives", text.alternatives().in(l), true);
            section("section.duties", text.duties().in(l), true);
            if (!text.sources().isEmpty()) {
                flow.gap(4);
                flow.paragraph(TextBlock.of(fonts, t.format("sources", String.join(", ", text.sources())),
                        VERSION, flow.width()), 0);
            }
        }

        /** About how tall a treatment's sections are, to decide whether it starts on a new page. */
        private float height(ConsentText text) throws IOException {
            Language l = input.language();
            List<List<String>> sections = List.of(List.of(text.what().in(l)), List.of(text.benefit().in(l)),
                    text.commonRisks().in(l), text.rareRisks().in(l), text.alternatives().in(l), text.duties().in(l));
            float h = 0;
            for (List<String> paragraphs : sections) {
                h += 7 + Styles.H3.leading() + 1;
                for (String p : paragraphs) {
                    h += TextBlock.of(fonts, p, Styles.BODY, flow.width() - 12).height() + 2;
                }
            }
            return h + (text.sources().isEmpty() ? 0 : 4 + VERSION.leading());
        }

        private void section(String key, List<String> paragraphs, boolean bullets) throws IOException {
            TextBlock head = TextBlock.of(fonts, t.get(key), Styles.H3, flow.width());
            flow.gap(7);
            flow.keepWithNext(head.height() + 1, (c, top) -> head.draw(c, flow.left(), top));
            for (String para : paragraphs) {
                if (bullets) {
                    TextBlock b = TextBlock.of(fonts, para, Styles.BODY, flow.width() - 12);
                    flow.ensure(Math.min(b.lineCount(), 2) * b.lineHeight());
                    float top = flow.y();
                    flow.canvas().circle(flow.left() + 3.5f, top - b.lineHeight() * 0.62f, 1.5f, Styles.TEAL);
                    flow.paragraph(b, 12);
                } else {
                    flow.paragraph(TextBlock.of(fonts, para, Styles.BODY, flow.width()), 0);
                }
                flow.gap(2);
            }
        }

        private void declaration() throws IOException {
            TextBlock head = TextBlock.of(fonts, t.get("declaration.heading"), Styles.H1.withSize(13f, 17f),
                    flow.width());
            List<TextBlock> lines = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                lines.add(TextBlock.of(fonts, List.of(Span.plain(t.get("declaration." + i))), Styles.BODY,
                        flow.width() - 32));
            }
            float inner = lines.stream().map(b -> b.height() + 3).reduce(0f, Float::sum);
            float height = head.height() + inner + 22;
            flow.gap(20);
            flow.keep(height, (c, top) -> {
                c.roundedRect(flow.left(), top - height, flow.width(), height, 6, Styles.TINT, Styles.RULE, 0.8f);
                head.draw(c, flow.left() + 14, top - 10);
                float y = top - 10 - head.height() - 4;
                for (TextBlock b : lines) {
                    c.circle(flow.left() + 20, y - b.lineHeight() * 0.62f, 1.6f, Styles.TEAL);
                    b.draw(c, flow.left() + 28, y);
                    y -= b.height() + 3;
                }
            });
        }

        private void signatures() throws IOException {
            float gutter = 28;
            float col = (flow.width() - gutter) / 2;
            String when = t.format("dateTime", date.format(input.signedAt()), time.format(input.signedAt()));
            TextBlock signedAt = TextBlock.of(fonts, t.format("signedAt", when), Styles.H2.withSize(10f, 14f),
                    flow.width());
            PDImageXObject client = image(input.clientSignature(), col, SIGNATURE_HEIGHT);
            Optional<PDImageXObject> practitioner = input.practitionerSignature().isPresent()
                    ? Optional.of(image(input.practitionerSignature().get(), col, SIGNATURE_HEIGHT)) : Optional.empty();
            float height = signedAt.height() + 12 + SIGNATURE_HEIGHT + 4 + 2 * LABEL.leading() + 4;
            flow.gap(20);
            flow.keep(height, (c, top) -> {
                signedAt.draw(c, flow.left(), top);
                float lineY = top - signedAt.height() - 12 - SIGNATURE_HEIGHT;
                signature(c, flow.left(), lineY, col, client, t.get("signature.client"), input.clientName());
                float x2 = flow.left() + col + gutter;
                if (practitioner.isPresent()) {
                    signature(c, x2, lineY, col, practitioner.get(), t.get("signature.practitioner"),
                            input.practitionerName());
                } else {
                    TextBlock none = TextBlock.of(fonts, t.get("signature.notDrawn"), VERSION, col);
                    none.draw(c, x2, lineY + none.height() + 4);
                    signature(c, x2, lineY, col, null, t.get("signature.practitioner"), input.practitionerName());
                }
            });
        }

        private void signature(Canvas c, float x, float lineY, float width, PDImageXObject image, String label,
                               String name) throws IOException {
            if (image != null) {
                c.image(image, x, lineY + 2, width, SIGNATURE_HEIGHT);
            }
            c.line(x, lineY, x + width, lineY, 0.8f, Styles.WRITE_LINE);
            TextBlock.of(fonts, label, LABEL, width).draw(c, x, lineY - 4);
            TextBlock.of(fonts, name, VALUE, width).draw(c, x, lineY - 4 - LABEL.leading());
        }

        private PDImageXObject image(Signature s, float w, float h) throws IOException {
            return LosslessFactory.createFromImage(doc, rasterise(s, w, h));
        }
    }
}
