package com.clearpath.document;

import com.clearpath.document.layout.Canvas;
import com.clearpath.document.layout.ColumnItem;
import com.clearpath.document.layout.DocumentFonts;
import com.clearpath.document.layout.PageFlow;
import com.clearpath.document.layout.Span;
import com.clearpath.document.layout.TextBlock;
import com.clearpath.document.layout.TextStyle;
import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.EventFit;
import com.clearpath.domain.Hold;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.Language;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Range;
import com.clearpath.domain.StepPurpose;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Visit;
import com.clearpath.domain.Zone;
import com.clearpath.engine.CatalogTreatment;
import com.clearpath.engine.LocalizedLines;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The patient handout: what was found and the agreed protocol (its steps in order, rough dates, visits, healing
 * time, the alternatives in one line, care for the chosen treatments only), in plain words in English or Spanish,
 * to take home. It never shows codes, exclusions, flags or sources; those are on the clinician summary. It is one
 * page for a single concern and at most two otherwise: when the content runs over, the type is set tighter, in
 * steps, rather than anything being left out (decision 0018). Thread-safe: each call builds its own document from
 * shared, read-only resources.
 */
public final class HandoutRenderer {
    private static final Logger LOG = Logger.getLogger(HandoutRenderer.class.getName());

    private static final float ASIDE_WIDTH = 156;
    private static final float ASIDE_GUTTER = 16;

    private final DocumentResources resources;

    public HandoutRenderer() {
        this.resources = DocumentResources.shared();
    }

    /**
     * Writes the handout as PDF to {@code out} (not closed) and returns the number of pages.
     *
     * @throws NothingToPrint when the plan has no protocol, or no step of it is left after the practitioner's changes
     */
    public int render(DocumentInput input, Language language, PaperSize paper, OutputStream out) throws IOException {
        long start = System.nanoTime();
        Agreed agreed = Agreed.of(input);
        int budget = input.intake().concernKinds().size() <= 1 ? 1 : 2;
        HandoutText text = resources.text(language);
        for (int level = 0; ; level++) {
            Density density = Density.LEVELS.get(Math.min(level, Density.LEVELS.size() - 1));
            // Set beside the steps only pays on a one-page plan; if even that does not fit, the plan is printed
            // at the tightest full-width level, whose pages read better.
            boolean last = level == Density.LAST_FULL_WIDTH && budget > 1 || level == Density.LEVELS.size();
            if (level == Density.LEVELS.size()) {
                density = Density.LEVELS.get(Density.LAST_FULL_WIDTH);
            } else if (density.aside() && budget > 1) {
                continue;
            }
            try (PDDocument doc = new PDDocument()) {
                DocumentFonts fonts = new DocumentFonts(doc, resources.fonts(), density.condensed());
                try {
                    Writer writer = new Writer(doc, fonts, input, agreed, text, paper, density);
                    if (!writer.write(last ? Integer.MAX_VALUE : budget)) {
                        continue;
                    }
                    int pages = doc.getNumberOfPages();
                    if (pages > budget && !last) {
                        continue;
                    }
                    // Fonts are subset while saving, so they are closed only afterwards.
                    doc.save(out);
                    int lvl = level;
                    LOG.fine(() -> String.format(Locale.ROOT, "Handout (%s, %s): %d pages (density %d) in %.1f ms",
                            language.code(), paper.code(), pages, lvl, (System.nanoTime() - start) / 1e6));
                    return pages;
                } finally {
                    fonts.close();
                }
            }
        }
    }

    /**
     * Type sizes and spacing, from the roomiest to the tightest. The tighter ones leave out the catalog's sentence
     * on what each treatment is (the step's purpose line says what it does) and then the sentences that describe
     * each kind of scar (their names and where they are stay).
     */
    private record Density(TextStyle body, TextStyle small, TextStyle care, float gap, float picture, boolean describe,
                           boolean whatItIs, float margin, boolean condensed, boolean aside) {
        // Body and care type never go below 8.5 pt: tighter levels save room by layout and by the condensed face
        // of the same family, not by smaller print.
        static final List<Density> LEVELS = List.of(
                new Density(new TextStyle(9.3f, 13f, false, Styles.INK), Styles.SMALL,
                        new TextStyle(8.8f, 12.2f, false, Styles.INK), 1f, 1f, true, true, 50f, false, false),
                new Density(new TextStyle(8.9f, 12.2f, false, Styles.INK), new TextStyle(8.2f, 10.9f, false, Styles.MUTED),
                        new TextStyle(8.6f, 11.4f, false, Styles.INK), 0.8f, 0.9f, true, true, 46f, false, false),
                new Density(new TextStyle(8.7f, 11.4f, false, Styles.INK), new TextStyle(8.1f, 10.4f, false, Styles.MUTED),
                        new TextStyle(8.5f, 10.8f, false, Styles.INK), 0.6f, 0.85f, true, false, 40f, false, false),
                new Density(new TextStyle(8.9f, 11.4f, false, Styles.INK), new TextStyle(8.4f, 10.5f, false, Styles.MUTED),
                        new TextStyle(8.8f, 11f, false, Styles.INK), 0.55f, 0.85f, true, false, 38f, true, false),
                new Density(new TextStyle(8.7f, 11f, false, Styles.INK), new TextStyle(8.2f, 10.1f, false, Styles.MUTED),
                        new TextStyle(8.6f, 10.5f, false, Styles.INK), 0.45f, 0.7f, false, false, 36f, true, false),
                new Density(new TextStyle(8.5f, 10.6f, false, Styles.INK), new TextStyle(8f, 9.8f, false, Styles.MUTED),
                        new TextStyle(8.5f, 10.2f, false, Styles.INK), 0.35f, 0.7f, false, false, 34f, true, false),
                // A one-page plan: sun protection and the next appointment beside the plan's steps, not below the care.
                new Density(new TextStyle(8.5f, 10.6f, false, Styles.INK), new TextStyle(8f, 9.8f, false, Styles.MUTED),
                        new TextStyle(8.5f, 10.2f, false, Styles.INK), 0.35f, 0.7f, false, false, 34f, true, true));

        /** The tightest level a plan of more than one page is printed at when none fits its budget. */
        static final int LAST_FULL_WIDTH = LEVELS.size() - 2;

        float gap(float points) {
            return points * gap;
        }
    }

    /**
     * One step as the client will follow it: the agreed protocol's step, the alternatives still open, its suggested
     * visits, and whether the practitioner added it (it then says so in place of the engine's purpose).
     */
    private record Step(ProtocolStep step, Treatment treatment, List<Treatment> alternatives, List<Visit> visits,
                        boolean added) {
        boolean inClinic() {
            return treatment.procedure();
        }

        StepPurpose purpose() {
            return step == null ? null : step.purpose();
        }
    }

    /** The agreed protocol ({@link AgreedPlan}): the steps the client will follow, each with its visits. */
    private record Agreed(Protocol protocol, List<Step> steps) {
        static Agreed of(DocumentInput input) throws NothingToPrint {
            AgreedPlan agreed = input.agreed();
            Protocol p = agreed.protocol();
            if (p == null) {
                throw new NothingToPrint(NothingToPrint.Reason.NO_PROTOCOL);
            }
            List<Step> steps = new ArrayList<>();
            for (ProtocolStep s : p.steps()) {
                if (input.catalog().get(s.treatment()) == null) {
                    continue;
                }
                List<Treatment> alternatives = s.alternatives().stream().filter(a -> input.catalog().get(a) != null).toList();
                List<Visit> visits = p.visits().stream().filter(v -> v.treatments().contains(s.treatment())).toList();
                steps.add(new Step(s, s.treatment(), alternatives, visits, agreed.wasAdded(s)));
            }
            if (steps.isEmpty()) {
                throw new NothingToPrint(NothingToPrint.Reason.EMPTY_PROTOCOL);
            }
            return new Agreed(p, List.copyOf(steps));
        }
    }

    /** One handout being written. */
    private final class Writer {

        private final PDDocument doc;
        private final DocumentFonts fonts;
        private final DocumentInput input;
        private final Plan plan;
        private final Protocol protocol;
        private final List<Step> steps;
        private final HandoutText t;
        private final Locale locale;
        private final PageFlow flow;
        private final Density d;
        private final boolean waits;
        private final Map<ConcernKind, PDImageXObject> pictures = new EnumMap<>(ConcernKind.class);
        private final DateTimeFormatter longDate;
        private final DateTimeFormatter monthYear;
        private final DateTimeFormatter shortMonth;

        Writer(PDDocument doc, DocumentFonts fonts, DocumentInput input, Agreed agreed, HandoutText text,
               PaperSize paper, Density density) {
            this.doc = doc;
            this.fonts = fonts;
            this.input = input;
            this.plan = input.plan();
            this.protocol = agreed.protocol();
            this.steps = agreed.steps();
            this.t = text;
            this.d = density;
            this.waits = plan.status() == PlanStatus.DEFER || protocol.startsAfterHolds();
            boolean es = text.language() == Language.ES;
            this.locale = es ? Locale.forLanguageTag("es") : Locale.US;
            this.longDate = es ? DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' uuuu", locale)
                    : DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", locale);
            this.monthYear = es ? DateTimeFormatter.ofPattern("MMMM 'de' uuuu", locale)
                    : DateTimeFormatter.ofPattern("MMMM uuuu", locale);
            this.shortMonth = DateTimeFormatter.ofPattern("MMM", locale);
            this.flow = new PageFlow(doc, paper.rectangle(), density.margin(), density.margin() * 0.8f, bottom());
        }

        /** The bottom margin, the footer in it: a little less room below when the type is set tightest. */
        private float bottom() {
            return d.describe() ? 54f : 46f;
        }

        /** Writes the handout; false, unfinished, as soon as it runs over {@code budget} pages (a tighter level follows). */
        boolean write(int budget) throws IOException {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t.get("document.title"));
            info.setAuthor(input.clinic().name());
            info.setCreator("Clearpath Consult");
            doc.getDocumentCatalog().setLanguage(t.language().code());

            // Tight: the title and who it is for go to the letterhead's right, in place of the title block.
            List<String> right = d.whatItIs() ? List.of() : List.of(t.get("document.title"),
                    t.get("label.preparedFor") + ": " + input.clientName(),
                    t.get("label.consultedOn") + ": " + dayDate(input.intake().consultedOn()));
            flow.advance(Letterhead.header(doc, flow, fonts, input.clinic(), resources.logo(input.clinic()), right));
            flow.onContinuationPage(Letterhead.continuation(fonts, flow,
                    t.get("document.title") + "  ·  " + input.clientName(), input.clinic().name()));
            if (d.whatItIs()) {
                titleBlock();
            }
            if (waits) {
                whatWaits();
            }
            AsideStart aside = startAside();
            found();
            yourPlan();
            endAside(aside);
            if (doc.getNumberOfPages() > budget) {
                return false;
            }
            care();
            sunAndNext();
            consented();
            flow.finish();
            if (doc.getNumberOfPages() > budget) {
                return false;
            }

            String left = input.clinic().name() + (input.consultationNumber().isEmpty() ? ""
                    : "  ·  " + t.format("footer.number", input.consultationNumber()));
            Letterhead.footers(flow, fonts, left, t.format("footer.catalog", plan.catalogVersion() == null
                    ? input.catalog().version() : plan.catalogVersion()),
                    (n, count) -> t.format("footer.page", n, count), bottom());
            return true;
        }

        // ---- title, who and when -------------------------------------------------------------------------------

        private void titleBlock() throws IOException {
            flow.gap(d.gap(12));
            TextBlock title = TextBlock.of(fonts, t.get("document.title"), Styles.TITLE, flow.width());
            flow.keep(title.height(), (c, top) -> title.draw(c, flow.left(), top));
            flow.gap(d.gap(8));
            DateTimeFormatter dates = t.language() == Language.ES
                    ? DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", locale)
                    : DateTimeFormatter.ofPattern("MMMM d, uuuu", locale);
            // One strip: who, the consultation number, and the two dates.
            List<String[]> cells = new ArrayList<>();
            cells.add(new String[] {t.get("label.preparedFor"), input.clientName()});
            if (!input.consultationNumber().isEmpty()) {
                cells.add(new String[] {t.get("label.consultationNumber"), input.consultationNumber()});
            }
            cells.add(new String[] {t.get("label.consultedOn"), dates.format(input.intake().consultedOn())});
            cells.add(new String[] {t.get("label.issuedOn"), dates.format(input.issuedOn())});
            float pad = 9;
            float gutter = 12;
            float[] weights = cells.size() == 4 ? new float[] {1.5f, 1f, 1.15f, 1.15f} : new float[] {1.5f, 1.15f, 1.15f};
            float sum = 0;
            for (float w : weights) {
                sum += w;
            }
            float inner = flow.width() - 2 * pad - (cells.size() - 1) * gutter;
            TextStyle value = new TextStyle(10f, 13f, true, Styles.INK);
            List<TextBlock[]> blocks = new ArrayList<>();
            float[] xs = new float[cells.size()];
            float x = flow.left() + pad;
            float h = 0;
            for (int i = 0; i < cells.size(); i++) {
                float w = inner * weights[i] / sum;
                xs[i] = x;
                TextBlock label = TextBlock.of(fonts, cells.get(i)[0].toUpperCase(locale), Styles.LABEL, w);
                TextBlock text = TextBlock.of(fonts, cells.get(i)[1], value, w);
                blocks.add(new TextBlock[] {label, text});
                h = Math.max(h, label.height() + 1 + text.height());
                x += w + gutter;
            }
            float height = h + 2 * pad;
            flow.keep(height, (c, top) -> {
                c.roundedRect(flow.left(), top - height, flow.width(), height, 6, Styles.TINT, null, 0);
                for (int i = 0; i < blocks.size(); i++) {
                    blocks.get(i)[0].draw(c, xs[i], top - pad);
                    blocks.get(i)[1].draw(c, xs[i], top - pad - blocks.get(i)[0].height() - 1);
                }
            });
        }

        // ---- what waits (a plan on hold) ---------------------------------------------------------------------

        /**
         * The holds, each as one plain sentence, and what to do at home meanwhile, in a warm box so they read as
         * "not yet" rather than "no".
         */
        private void whatWaits() throws IOException {
            Set<HoldCode> codes = EnumSet.noneOf(HoldCode.class);
            for (Hold h : plan.holds()) {
                codes.add(h.code());
            }
            float pad = d.whatItIs() ? 11 : 7;
            float innerW = flow.width() - 2 * pad - 4;
            TextBlock head = TextBlock.of(fonts, t.get("waits.heading"), Styles.H2, innerW);
            TextBlock intro = TextBlock.of(fonts, t.get("waits.intro"), d.body(), innerW);
            List<TextBlock> reasons = new ArrayList<>();
            for (HoldCode code : codes) {
                reasons.add(TextBlock.of(fonts, t.get("hold." + code), d.body(), innerW - 12));
            }
            if (!d.whatItIs()) {
                // Tight: what to do at home now in one line after the reasons.
                List<Span> spans = new ArrayList<>();
                spans.add(new Span(t.get("waits.now") + ": ", true, null));
                for (Step s : steps) {
                    if (!s.inClinic() && s.treatment() != Treatment.SUN_PROTECTION) {
                        spans.add(new Span(name(s.treatment()), true, null));
                        spans.add(Span.plain(": " + lowerFirst(t.get("plan.use.daily")) + "; "));
                    }
                }
                spans.add(Span.plain(t.get("waits.home.sun")));
                reasons.add(TextBlock.of(fonts, spans, d.body(), innerW));
            }
            TextBlock nowHead = TextBlock.of(fonts, t.get("waits.now"), Styles.H3.withColor(Styles.INK), innerW);
            List<TextBlock> now = new ArrayList<>();
            for (Step s : steps) {
                if (!s.inClinic() && s.treatment() != Treatment.SUN_PROTECTION) {
                    now.add(TextBlock.of(fonts, List.of(new Span(name(s.treatment()), true, null),
                            Span.plain(": " + lowerFirst(t.get("plan.use.daily")))), d.body(), innerW - 12));
                }
            }
            now.add(TextBlock.of(fonts, t.get("waits.home.sun"), d.body(), innerW - 12));
            float h = head.height() + 3 + intro.height() + 5;
            for (TextBlock b : reasons) {
                h += b.height() + 3;
            }
            boolean list = d.whatItIs();
            if (list) {
                h += 4 + nowHead.height() + 2;
                for (TextBlock b : now) {
                    h += b.height() + 3;
                }
            }
            float height = h + 2 * pad - 3 - (list ? 0 : 8);
            flow.gap(d.gap(12));
            flow.keep(height, (c, top) -> {
                c.roundedRect(flow.left(), top - height, flow.width(), height, 6, Styles.WAIT_TINT, null, 0);
                c.fillRect(flow.left(), top - height + 6, 3, height - 12, Styles.WAIT);
                float x = flow.left() + pad + 4;
                float y = top - pad;
                head.draw(c, x, y);
                y -= head.height() + 3;
                intro.draw(c, x, y);
                y -= intro.height() + 5;
                for (int i = 0; i < reasons.size(); i++) {
                    TextBlock b = reasons.get(i);
                    if (!list && i == reasons.size() - 1) {
                        b.draw(c, x, y - 2);
                        return;
                    }
                    bullet(c, x, y, Styles.WAIT, d.body());
                    b.draw(c, x + 12, y);
                    y -= b.height() + 3;
                }
                y -= 4;
                nowHead.draw(c, x, y);
                y -= nowHead.height() + 2;
                for (TextBlock b : now) {
                    bullet(c, x, y, Styles.TEAL, d.body());
                    b.draw(c, x + 12, y);
                    y -= b.height() + 3;
                }
            });
        }

        // ---- what we found ------------------------------------------------------------------------------------

        private void found() throws IOException {
            heading(t.get("found.heading"));
            Map<ConcernKind, List<Concern>> byKind = new LinkedHashMap<>();
            for (Concern c : input.intake().concerns()) {
                if (c.kind() != null) {
                    byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
                }
            }
            // Two to a row: a handout of many concerns stays short, one concern uses the whole width.
            int perRow = byKind.size() == 1 ? 1 : 2;
            float gutter = 16;
            float colW = flow.columnWidth(perRow, gutter);
            List<Measured> items = new ArrayList<>();
            for (Map.Entry<ConcernKind, List<Concern>> e : byKind.entrySet()) {
                items.add(concern(e.getKey(), e.getValue(), colW, perRow));
            }
            for (int i = 0; i < items.size(); i += perRow) {
                List<Measured> row = items.subList(i, Math.min(items.size(), i + perRow));
                float height = 0;
                for (Measured m : row) {
                    height = Math.max(height, m.height());
                }
                if (i > 0) {
                    flow.gap(d.gap(8));
                }
                float rowH = height;
                flow.keep(rowH, (c, top) -> {
                    for (int k = 0; k < row.size(); k++) {
                        row.get(k).drawAt(c, flow.left() + k * (colW + gutter), top);
                    }
                });
            }
        }

        private Measured concern(ConcernKind kind, List<Concern> concerns, float width, int perRow) throws IOException {
            float pw = 62 * d.picture();
            float ph = (d.describe() || kind == ConcernKind.PIH || kind == ConcernKind.PIE ? 42 : 30) * d.picture();
            float textX = pw + 10;
            float textW = width - textX;
            Set<Zone> zones = EnumSet.noneOf(Zone.class);
            Set<PigmentDepth> depths = EnumSet.noneOf(PigmentDepth.class);
            for (Concern c : concerns) {
                zones.addAll(c.zones());
                if (c.pigmentDepth() != null) {
                    depths.add(c.pigmentDepth());
                }
            }
            // Marks are always explained: that they are colour, not a scar, is what the client most needs to read.
            boolean mark = kind == ConcernKind.PIH || kind == ConcernKind.PIE;
            // A single scar on a tight page: its name and where it is in one line, beside a smaller picture.
            boolean oneLine = !d.describe() && !mark && perRow == 1;
            if (oneLine) {
                ph = 17;
                pw = ph * 62 / 30;
                textX = pw + 10;
                textW = width - textX;
            }
            List<TextBlock> blocks = new ArrayList<>();
            if (oneLine) {
                blocks.add(TextBlock.of(fonts, List.of(new Span(t.get("concern." + kind + ".title"), true, Styles.INK),
                        new Span("   " + t.get("found.where") + "\u00a0", true, Styles.DEEP_TEAL),
                        Span.plain(zones(zones))), Styles.H3.withColor(Styles.INK), textW));
            } else {
                blocks.add(TextBlock.of(fonts, t.get("concern." + kind + ".title"), Styles.H3.withColor(Styles.INK), textW));
                blocks.add(TextBlock.of(fonts, List.of(new Span(t.get("found.where") + " ", true, Styles.DEEP_TEAL),
                        Span.plain(zones(zones))), d.small().withColor(Styles.INK), textW));
            }
            String text = t.get("concern." + kind + ".text");
            if (kind == ConcernKind.PIH) {
                // Marks recorded at different depths in different zones are, taken together, mixed.
                depths.remove(PigmentDepth.UNKNOWN);
                PigmentDepth depth = depths.isEmpty() ? PigmentDepth.UNKNOWN
                        : depths.size() == 1 ? depths.iterator().next() : PigmentDepth.MIXED;
                text = text + " " + t.get("concern.PIH." + depth);
            }
            if (d.describe() || mark) {
                blocks.add(TextBlock.of(fonts, text, d.small().withColor(Styles.INK), textW));
            }
            float textH = 0;
            for (TextBlock b : blocks) {
                textH += b.height() + 1.5f;
            }
            float height = Math.max(ph, textH);
            PDImageXObject picture = picture(kind);
            float w = pw;
            float h = ph;
            float tx = textX;
            return new Measured(height, (c, x, top) -> {
                // The pictures leave the air above the skin transparent; a soft tint gives them a frame.
                c.stream().saveGraphicsState();
                c.roundedRectPath(x, top - h, w, h, 5);
                c.stream().clip();
                c.fillRect(x, top - h, w, h, Styles.TINT);
                c.image(picture, x, top - h, w, h);
                c.stream().restoreGraphicsState();
                float y = top;
                for (TextBlock b : blocks) {
                    b.draw(c, x + tx, y);
                    y -= b.height() + 1.5f;
                }
            });
        }

        private PDImageXObject picture(ConcernKind kind) throws IOException {
            PDImageXObject xo = pictures.get(kind);
            if (xo == null) {
                xo = resources.picture(kind).toXObject(doc);
                pictures.put(kind, xo);
            }
            return xo;
        }

        /** "Both cheeks, nose and chin": pairs merged, the list joined the way the language does. */
        private String zones(Set<Zone> zones) {
            List<String> parts = new ArrayList<>();
            Set<Zone> done = EnumSet.noneOf(Zone.class);
            for (Zone z : zones) {
                if (done.contains(z)) {
                    continue;
                }
                String pair = pairName(z);
                Zone other = pair == null ? null : partner(z);
                if (other != null && zones.contains(other)) {
                    parts.add(t.get("zone.both." + pair));
                    done.add(other);
                } else {
                    parts.add(t.get("zone." + z));
                }
                done.add(z);
            }
            String joined = parts.size() == 1 ? parts.get(0)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " " + t.get("list.and") + " "
                    + parts.get(parts.size() - 1);
            return joined.isEmpty() ? joined : joined.substring(0, 1).toUpperCase(locale) + joined.substring(1);
        }

        private static String pairName(Zone z) {
            String n = z.name();
            return n.endsWith("_LEFT") || n.endsWith("_RIGHT") ? n.substring(0, n.lastIndexOf('_')) : null;
        }

        private static Zone partner(Zone z) {
            String n = z.name();
            return Zone.valueOf(n.endsWith("_LEFT") ? n.replace("_LEFT", "_RIGHT") : n.replace("_RIGHT", "_LEFT"));
        }

        // ---- the plan -----------------------------------------------------------------------------------------

        private void yourPlan() throws IOException {
            heading(t.get("plan.heading"));
            boolean clinic = steps.stream().anyMatch(Step::inClinic);
            String intro = waits ? "plan.intro.defer" : clinic ? "plan.intro.ready" : "plan.intro.homeOnly";
            if (d.describe() || waits) {
                TextBlock introBlock = TextBlock.of(fonts, t.get(intro), d.body(), flow.width());
                flow.keep(introBlock.height(), (c, top) -> introBlock.draw(c, flow.left(), top));
            }
            if (clinic && !protocol.visits().isEmpty()) {
                totals();
                // One visit makes no picture worth its room on a tight page: its "When" says the same.
                if (d.describe() || protocol.visits().size() > 1) {
                    timeline();
                }
            }
            eventDate();
            int n = 1;
            for (Step s : steps) {
                Measured card = card(n++, s);
                flow.gap(d.gap(7));
                flow.keep(card.height(), (c, top) -> card.drawAt(c, flow.left(), top));
            }
        }

        /** Where the boxes set beside the findings and the steps start. */
        private record AsideStart(Measured boxes, float top, int page) {
        }

        private AsideStart startAside() throws IOException {
            if (!d.aside()) {
                return null;
            }
            Measured boxes = aside();
            flow.ensure(boxes.height());
            // Level with the first heading's text, which its gap puts below the cursor.
            AsideStart start = new AsideStart(boxes, flow.y() - d.gap(16), flow.pageCount());
            flow.leaveRight(ASIDE_WIDTH + ASIDE_GUTTER);
            return start;
        }

        private void endAside(AsideStart start) throws IOException {
            if (start == null) {
                return;
            }
            flow.fullWidth();
            Measured boxes = start.boxes();
            float x = flow.fullRightEdge() - ASIDE_WIDTH;
            if (flow.pageCount() == start.page()) {
                boxes.drawAt(flow.canvas(), x, start.top());
                flow.downTo(start.top() - boxes.height());
            } else {
                // The steps ran onto another page: the boxes follow them rather than be lost.
                flow.keep(boxes.height(), (c, top) -> boxes.drawAt(c, x, top));
            }
        }

        /** Sun protection, the next appointment and the closing line, stacked to stand beside the steps. */
        private Measured aside() throws IOException {
            Measured sun = sun(ASIDE_WIDTH);
            Measured next = next(ASIDE_WIDTH);
            TextBlock closing = TextBlock.of(fonts, t.get("closing"), d.small(), ASIDE_WIDTH);
            float gap = d.gap(14);
            float height = sun.height() + gap + next.height() + 6 + closing.height();
            return new Measured(height, (c, x, top) -> {
                sun.drawAt(c, x, top);
                next.drawAt(c, x, top - sun.height() - gap);
                closing.draw(c, x, top - sun.height() - gap - next.height() - 6);
            });
        }

        /** Visits, length and healing time in three figures. */
        private void totals() throws IOException {
            List<String[]> cells = new ArrayList<>();
            cells.add(new String[] {t.get("plan.totals.visits"), protocol.visitCount().toString()});
            cells.add(new String[] {t.get("plan.totals.length"), length(protocol.durationWeeks())});
            Range down = protocol.downtimeDays();
            cells.add(new String[] {t.get("plan.totals.healing"), down.max() == 0 ? t.get("recovery.none.short")
                    : t.format("plan.totals.healing.value", down)});
            flow.gap(d.gap(8));
            if (!d.whatItIs()) {
                List<Span> spans = new ArrayList<>();
                for (String[] cell : cells) {
                    fact(spans, cell[0], cell[1]);
                }
                TextBlock line = TextBlock.of(fonts, spans, d.body().withBold(true), flow.width());
                flow.keep(line.height(), (c, top) -> line.draw(c, flow.left(), top));
                return;
            }
            Measured strip = factStrip(cells, flow.width(), Styles.TINT, new TextStyle(10.5f, 13.5f, true, Styles.INK));
            flow.keep(strip.height(), (c, top) -> strip.drawAt(c, flow.left(), top));
        }

        private String length(Range weeks) {
            if (weeks.max() <= 12) {
                return t.format("length.weeks", weeks);
            }
            Range months = Range.of(Math.max(1, (int) Math.round(weeks.min() / 4.345)),
                    Math.max(1, (int) Math.round(weeks.max() / 4.345)));
            return t.format(months.max() == 1 ? "length.month" : "length.months", months);
        }

        /** The steps as bars over the weeks, the visits as marks, the event as a line. */
        private void timeline() throws IOException {
            LocalDate start = protocol.startsOn();
            LocalDate lastVisit = start;
            LocalDate lastHealed = start;
            for (Visit v : protocol.visits()) {
                lastVisit = v.date().isAfter(lastVisit) ? v.date() : lastVisit;
                LocalDate healed = v.downtimeUntil() == null ? v.date() : v.downtimeUntil();
                lastHealed = healed.isAfter(lastHealed) ? healed : lastHealed;
            }
            LocalDate firstVisit = protocol.visits().stream().map(Visit::date).min(LocalDate::compareTo).orElse(start);
            LocalDate end = lastHealed.plusWeeks(3);
            EventFit fit = protocol.eventDate();
            LocalDate event = fit == null || waits ? null : fit.date();
            long span = ChronoUnit.DAYS.between(start, end);
            if (event != null && event.isAfter(end) && ChronoUnit.DAYS.between(end, event) < span / 3) {
                end = event.plusWeeks(1);
            }
            List<PlanTimeline.Row> rows = new ArrayList<>();
            boolean home = false;
            int n = 1;
            for (Step s : steps) {
                String label = n++ + "  " + shortName(s.treatment());
                if (s.inClinic()) {
                    if (s.visits().isEmpty()) {
                        continue;
                    }
                    List<PlanTimeline.Mark> marks = s.visits().stream().map(v -> new PlanTimeline.Mark(v.date(),
                            v.downtimeUntil() == null ? v.date() : v.downtimeUntil())).toList();
                    LocalDate from = s.visits().get(0).date();
                    LocalDate to = marks.get(marks.size() - 1).healed();
                    rows.add(new PlanTimeline.Row(label, PlanTimeline.Kind.CLINIC, from, to, false, marks));
                } else {
                    home = true;
                    LocalDate from = homeStart(s, lastVisit);
                    // Priming runs until the first procedure; other home care goes on after the picture ends.
                    boolean priming = s.purpose() == StepPurpose.PRIME && firstVisit.isAfter(from);
                    rows.add(new PlanTimeline.Row(label, PlanTimeline.Kind.HOME, from, priming ? firstVisit : end,
                            !priming, List.of()));
                }
            }
            List<PlanTimeline.Tick> ticks = waits ? weekTicks(start, end) : monthTicks(start, end);
            String eventLabel = event == null ? null : t.format("timeline.event.on", shortDate(event));
            int clear = fit == null || fit.args().isEmpty() ? 14 : parse(fit.args().get(0), 14);
            PlanTimeline picture = new PlanTimeline(fonts, flow.width(), d.whatItIs() ? 17f : 13.5f, rows, start, end,
                    ticks, event, clear, eventLabel,
                    new PlanTimeline.Legend(t.get("timeline.visit"), t.get("timeline.healing"),
                            home ? t.get("timeline.home") : null, t.get("timeline.event")));
            flow.gap(d.gap(8));
            flow.keep(picture.height(), (c, top) -> picture.draw(c, flow.left(), top));
        }

        private List<PlanTimeline.Tick> monthTicks(LocalDate start, LocalDate end) {
            long months = ChronoUnit.MONTHS.between(start.withDayOfMonth(1), end.withDayOfMonth(1)) + 1;
            int every = months > 14 ? 3 : months > 8 ? 2 : 1;
            List<PlanTimeline.Tick> ticks = new ArrayList<>();
            LocalDate m = start.withDayOfMonth(1).plusMonths(1);
            int i = 0;
            ticks.add(new PlanTimeline.Tick(start, capitalize(shortMonth.format(start)) + " " + start.getDayOfMonth()));
            while (!m.isAfter(end)) {
                if (++i % every == 0) {
                    String label = capitalize(shortMonth.format(m).replace(".", ""));
                    if (m.getMonthValue() == 1) {
                        label += " " + m.getYear();
                    }
                    ticks.add(new PlanTimeline.Tick(m, label));
                }
                m = m.plusMonths(1);
            }
            return ticks;
        }

        private List<PlanTimeline.Tick> weekTicks(LocalDate start, LocalDate end) {
            long weeks = ChronoUnit.WEEKS.between(start, end);
            int every = weeks > 40 ? 8 : weeks > 20 ? 4 : 2;
            List<PlanTimeline.Tick> ticks = new ArrayList<>();
            for (int w = 0; w <= weeks; w += every) {
                ticks.add(new PlanTimeline.Tick(start.plusWeeks(w), w == 0 ? t.format("timeline.week", 0)
                        : Integer.toString(w)));
            }
            return ticks;
        }

        /** What was arranged around the client's event, in one sentence. */
        private void eventDate() throws IOException {
            EventFit fit = protocol.eventDate();
            if (fit == null) {
                return;
            }
            List<String> a = fit.args();
            Object[] args = new Object[5];
            args[0] = dayDate(fit.date());
            for (int i = 0; i < 4; i++) {
                args[i + 1] = i < a.size() ? a.get(i) : "";
            }
            switch (fit.code()) {
                case STARTS_AFTER -> args[2] = dayDate(LocalDate.parse(a.get(1)));
                case PAUSED -> {
                    args[2] = dayDate(LocalDate.parse(a.get(1)));
                    args[3] = dayDate(LocalDate.parse(a.get(2)));
                }
                case STEP_MUST_MOVE -> {
                    args[2] = Integer.toString(shownNumber(parse(a.get(1), 0)));
                    args[3] = name(Treatment.valueOf(a.get(2)));
                }
                default -> {
                }
            }
            float pad = d.whatItIs() ? 8 : 4.5f;
            boolean fits = fit.fits();
            Color accent = fits ? Styles.TEAL : Styles.WAIT;
            TextBlock b = TextBlock.of(fonts, List.of(new Span(t.get("event.heading") + "  ", true, Styles.INK),
                    Span.plain(t.format("event." + fit.code(), args))), d.body(), flow.width() - 2 * pad - 4);
            float height = b.height() + 2 * pad;
            flow.gap(d.gap(8));
            flow.keep(height, (c, top) -> {
                c.roundedRect(flow.left(), top - height, flow.width(), height, 5, fits ? Styles.TINT : Styles.WAIT_TINT, null, 0);
                c.fillRect(flow.left(), top - height + 4, 3, height - 8, accent);
                b.draw(c, flow.left() + pad + 4, top - pad);
            });
        }

        /** The number the handout shows for the protocol's step {@code order} (steps declined are not shown). */
        private int shownNumber(int order) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).step() != null && steps.get(i).step().order() == order) {
                    return i + 1;
                }
            }
            return order;
        }

        /** One step: its number, treatment, what it is for, what it is, when, how often, healing, and the alternatives. */
        private Measured card(int number, Step s) throws IOException {
            CatalogTreatment entry = input.catalog().get(s.treatment());
            Language lang = t.language();
            float pad = 8;
            float badge = 20;
            float innerX = pad + badge + 8;
            float innerW = flow.width() - innerX - pad;
            List<TextBlock> main = new ArrayList<>();
            main.add(TextBlock.of(fonts, entry.name().in(lang), Styles.H2, innerW));
            String purpose = s.added() || s.step() == null ? t.get("purpose.ADDED") : t.get("purpose." + s.purpose());
            main.add(TextBlock.of(fonts, purpose, d.small().withBold(true).withColor(Styles.DEEP_TEAL), innerW));
            if (!entry.offered()) {
                main.add(TextBlock.of(fonts, t.get("plan.referOut"), d.body().withBold(true).withColor(Styles.DEEP_TEAL), innerW));
            }
            if (d.whatItIs()) {
                main.add(TextBlock.of(fonts, firstSentence(entry.description().in(lang)), d.body(), innerW));
            }

            List<Span> facts = new ArrayList<>();
            fact(facts, t.get("step.when"), when(s));
            if (s.inClinic()) {
                Range sessions = s.step() != null && s.step().sessions() != null ? s.step().sessions() : entry.sessions();
                Range apart = s.step() != null && s.step().intervalWeeks() != null ? s.step().intervalWeeks()
                        : entry.intervalWeeks();
                // On a compact row the label already says "Sessions": "3–5, every 4–6 weeks".
                String often = sessions == null ? "" : d.whatItIs() ? sessions(sessions) : sessions.toString();
                if (apart != null && (sessions == null || sessions.max() > 1)) {
                    often += (often.isEmpty() ? "" : ", ") + lowerFirst(apart(apart));
                }
                fact(facts, t.get("step.sessions"), often);
                Range down = entry.downtimeDays();
                fact(facts, t.get("step.healing"), down == null ? "–" : recovery(down));
            } else {
                fact(facts, t.get("step.often"), t.get("plan.use.daily"));
            }
            if (!d.whatItIs() && waits && s.inClinic()) {
                // Not happening yet: named with when it would follow; its sessions, healing and alternatives are
                // gone through when it is booked (the clinician summary keeps them).
                List<Span> later = new ArrayList<>();
                fact(later, t.get("step.when"), when(s));
                return compactCard(number, s, entry, later, false);
            }
            if (!d.whatItIs()) {
                return compactCard(number, s, entry, facts, true);
            }
            TextBlock factLine = TextBlock.of(fonts, facts, d.body().withBold(true), innerW - 12);
            Measured strip = new Measured(factLine.height() + 8, (c, x, top) -> {
                c.roundedRect(x, top - factLine.height() - 8, innerW, factLine.height() + 8, 4, Styles.TINT, null, 0);
                factLine.draw(c, x + 6, top - 4);
            });
            TextBlock alternatives = s.alternatives().isEmpty() ? null : TextBlock.of(fonts, List.of(
                    new Span(t.get("step.alternatives") + " ", true, Styles.DEEP_TEAL),
                    Span.plain(orList(s.alternatives().stream().map(this::name).toList()) + ".")),
                    d.small().withColor(Styles.INK), innerW);
            float h = pad;
            for (TextBlock b : main) {
                h += b.height() + 1.5f;
            }
            h += 3 + strip.height();
            if (alternatives != null) {
                h += 4 + alternatives.height();
            }
            h += pad;
            float height = h;
            Color accent = !s.inClinic() ? Styles.SUN : waits ? Styles.WAIT : Styles.TEAL;
            return new Measured(height, (c, x, top) -> {
                c.roundedRect(x, top - height, flow.width(), height, 6, Color.WHITE, Styles.RULE, 0.7f);
                float cx = x + pad + badge / 2;
                float cy = top - pad - badge / 2;
                c.circle(cx, cy, badge / 2, accent);
                TextBlock num = TextBlock.of(fonts, Integer.toString(number), new TextStyle(10.5f, 12f, true,
                        s.inClinic() ? Color.WHITE : Styles.INK), badge);
                num.draw(c, cx - num.naturalWidth() / 2, cy + 6.3f);
                float y = top - pad;
                for (TextBlock b : main) {
                    b.draw(c, x + innerX, y);
                    y -= b.height() + 1.5f;
                }
                y -= 3;
                strip.drawAt(c, x + innerX, y);
                y -= strip.height();
                if (alternatives != null) {
                    alternatives.draw(c, x + innerX, y - 4);
                }
            });
        }

        /**
         * A step on a tight page: the name and what it is for on one line, the facts below it, the alternatives in
         * one line; the number in a smaller badge, no box around it, a rule between steps.
         */
        private Measured compactCard(int number, Step s, CatalogTreatment entry, List<Span> facts, boolean full)
                throws IOException {
            Language lang = t.language();
            float badge = 16;
            float innerX = badge + 7;
            float innerW = flow.width() - innerX;
            String purpose = s.step() == null ? t.get("purpose.ADDED") : t.get("purpose." + s.purpose());
            TextStyle head = new TextStyle(d.body().size() + 1.2f, d.body().leading() + 1.2f, true, Styles.INK);
            List<TextBlock> blocks = new ArrayList<>();
            List<Span> title = new ArrayList<>(List.of(new Span(entry.name().in(lang), true, Styles.INK),
                    new Span("  \u00b7  " + purpose, false, Styles.DEEP_TEAL)));
            if (!full) {
                // One line: when it would follow comes after the name.
                title.add(new Span("  \u00b7  ", false, Styles.DEEP_TEAL));
                facts.forEach(f -> title.add(new Span(f.text(), f.bold(), f.color())));
            }
            blocks.add(TextBlock.of(fonts, title, head, innerW));
            if (!entry.offered()) {
                blocks.add(TextBlock.of(fonts, t.get("plan.referOut"), d.body().withBold(true).withColor(Styles.DEEP_TEAL), innerW));
            }
            if (full) {
                blocks.add(TextBlock.of(fonts, facts, d.body().withBold(true), innerW));
            }
            if (full && !s.alternatives().isEmpty()) {
                blocks.add(TextBlock.of(fonts, List.of(new Span(t.get("step.alternatives") + " ", true, Styles.DEEP_TEAL),
                        Span.plain(orList(s.alternatives().stream().map(this::shortName).toList()) + ".")),
                        d.body(), innerW));
            }
            float h = 3;
            for (TextBlock b : blocks) {
                h += b.height() + 1f;
            }
            float height = Math.max(h, badge + 4);
            Color accent = !s.inClinic() ? Styles.SUN : waits ? Styles.WAIT : Styles.TEAL;
            return new Measured(height, (c, x, top) -> {
                c.line(x, top, x + flow.width(), top, 0.6f, Styles.RULE);
                float cx = x + badge / 2;
                float cy = top - 3 - badge / 2;
                c.circle(cx, cy, badge / 2, accent);
                TextBlock num = TextBlock.of(fonts, Integer.toString(number), new TextStyle(9f, 10.5f, true,
                        s.inClinic() ? Color.WHITE : Styles.INK), badge);
                num.draw(c, cx - num.naturalWidth() / 2, cy + 5.4f);
                float y = top - 3;
                for (TextBlock b : blocks) {
                    b.draw(c, x + innerX, y);
                    y -= b.height() + 1f;
                }
            });
        }

        /** "When: Late January 2027", the label in teal, facts apart by a wide gap (lines break between them). */
        private void fact(List<Span> spans, String label, String value) {
            if (!spans.isEmpty()) {
                // Kept together with the fact before it; the line may break only at the last space.
                spans.add(new Span("\u00a0\u00a0\u00a0\u00a0 ", false, null));
            }
            // No space after the colon: the label never ends a line without its value.
            spans.add(new Span(label.replace(' ', '\u00a0') + ":\u00a0", true, Styles.DEEP_TEAL));
            spans.add(new Span(value.replace(' ', '\u00a0'), true, null));
        }

        /** Label-and-value cells side by side in a tinted strip. */
        private Measured factStrip(List<String[]> cells, float width, Color fill, TextStyle valueStyle) throws IOException {
            float pad = 6;
            float gutter = 12;
            float cellW = (width - 2 * pad - (cells.size() - 1) * gutter) / cells.size();
            List<TextBlock[]> blocks = new ArrayList<>();
            float h = 0;
            for (String[] cell : cells) {
                TextBlock label = TextBlock.of(fonts, cell[0].toUpperCase(locale), Styles.LABEL, cellW);
                TextBlock value = TextBlock.of(fonts, cell[1], valueStyle, cellW);
                blocks.add(new TextBlock[] {label, value});
                h = Math.max(h, label.height() + 1 + value.height());
            }
            float height = h + 2 * pad - 2;
            return new Measured(height, (c, x, top) -> {
                c.roundedRect(x, top - height, width, height, 4, fill, null, 0);
                for (int i = 0; i < blocks.size(); i++) {
                    float cx = x + pad + i * (cellW + gutter);
                    blocks.get(i)[0].draw(c, cx, top - pad + 1);
                    blocks.get(i)[1].draw(c, cx, top - pad + 1 - blocks.get(i)[0].height() - 1);
                }
            });
        }

        /**
         * Roughly when a step happens: month words from its suggested visits ("From late November 2026 to early
         * January 2027"), or weeks from the start when the plan waits for holds, or "start now" for home care.
         */
        private String when(Step s) {
            if (!s.inClinic()) {
                LocalDate lastVisit = protocol.visits().stream().map(Visit::date).max(LocalDate::compareTo).orElse(null);
                boolean after = s.purpose() == StepPurpose.MAINTAIN && lastVisit != null
                        && steps.stream().anyMatch(Step::inClinic);
                return t.get(after ? "when.afterVisits" : "when.now");
            }
            if (s.visits().isEmpty()) {
                if (s.step() == null) {
                    return t.get("when.booked");
                }
                return waits ? weeks(s.step().startWeek()) : capitalize(t.format("when.from",
                        part(protocol.startsOn().plusWeeks(s.step().startWeek().min()))));
            }
            LocalDate first = s.visits().get(0).date();
            LocalDate last = s.visits().get(s.visits().size() - 1).date();
            if (waits) {
                Range w = Range.of((int) ChronoUnit.WEEKS.between(protocol.startsOn(), first),
                        (int) ChronoUnit.WEEKS.between(protocol.startsOn(), last));
                return weeks(w);
            }
            String a = part(first);
            String b = part(last);
            return capitalize(a.equals(b) ? t.format("when.one", a) : t.format("when.range", a, b));
        }

        private String weeks(Range w) {
            return w.min() == w.max() ? t.format("when.week", w.min()) : t.format("when.weeks", w);
        }

        /** "early December 2026", "mid-January 2027", "late January 2027". */
        private String part(LocalDate date) {
            String key = date.getDayOfMonth() <= 10 ? "part.early" : date.getDayOfMonth() <= 20 ? "part.mid" : "part.late";
            return t.format(key, monthYear.format(date));
        }

        private LocalDate homeStart(Step s, LocalDate lastVisit) {
            if (s.purpose() == StepPurpose.MAINTAIN && steps.stream().anyMatch(Step::inClinic)) {
                return lastVisit;
            }
            return protocol.startsOn();
        }

        private String sessions(Range r) {
            return r.max() == 1 ? t.get("sessions.one") : t.format("sessions.many", r);
        }

        private String apart(Range r) {
            return r.max() == 1 ? t.get("apart.one") : t.format("apart.many", r);
        }

        private String recovery(Range r) {
            if (r.max() == 0) {
                return t.get("recovery.none.short");
            }
            if (r.min() == 0) {
                return r.max() == 1 ? t.get("recovery.upTo.one") : t.format("recovery.upTo", r.max());
            }
            return r.max() == 1 ? t.get("recovery.one") : t.format("recovery.many", r);
        }

        // ---- before and after care ----------------------------------------------------------------------------

        /**
         * Care of the chosen treatments only, each line said once: lines several treatments share come first, then
         * what is particular to each under its name. While the plan waits for holds, only home care gets its care
         * here; the procedures' is given when they are booked, so months-early advice does not crowd this copy.
         */
        private void care() throws IOException {
            List<Treatment> planned = new ArrayList<>();
            for (Step s : steps) {
                if (s.treatment() != Treatment.SUN_PROTECTION && (!waits || !s.inClinic())) {
                    planned.add(s.treatment());
                }
            }
            float gutter = 20;
            float colW = flow.columnWidth(2, gutter);
            List<ColumnItem> items = new ArrayList<>();
            boolean[] tellUs = {false};
            careItems(t.get("before.heading"), planned, e -> withoutTellUs(e.before(), tellUs), colW, items);
            if (tellUs[0]) {
                // The health questions of the consultation, asked again before each visit, in one sentence.
                TextBlock b = TextBlock.of(fonts, t.get("care.tellUs"), d.care(), colW - 11);
                if (items.isEmpty()) {
                    items.add(careTitle(t.get("before.heading"), colW, true));
                }
                items.add(1, new ColumnItem(b.height() + 2, false, (c, x, top) -> {
                    bullet(c, x, top, Styles.TEAL, d.care());
                    b.draw(c, x + 11, top);
                }));
            }
            careItems(t.get("after.heading"), planned, CatalogTreatment::aftercare, colW, items);
            boolean later = waits && steps.stream().anyMatch(Step::inClinic);
            if (sunInCare()) {
                // On a tight page the sun box fills the shorter care column instead of a row of its own.
                Measured sun = sun(colW);
                float before = items.isEmpty() ? 0 : d.gap(10);
                items.add(new ColumnItem(before + sun.height() + 2, false, (c, x, top) -> sun.drawAt(c, x, top - before)));
                Measured next = next(colW);
                float gap = d.gap(10);
                items.add(new ColumnItem(gap + next.height(), false, (c, x, top) -> next.drawAt(c, x, top - gap)));
                // The closing line under the appointment box, not on a line of its own below both columns.
                TextBlock closing = TextBlock.of(fonts, t.get("closing"), d.small(), colW);
                float cgap = d.gap(8);
                items.add(new ColumnItem(cgap + closing.height(), false, (c, x, top) -> closing.draw(c, x, top - cgap)));
            }
            if (items.isEmpty() && !later) {
                return;
            }
            heading(t.get("care.heading"));
            // Tight, the appointment box in the columns says it instead.
            if (later && !narrowBoxes()) {
                TextBlock b = TextBlock.of(fonts, t.get("waits.callUs"), d.body().withBold(true), flow.width());
                flow.keep(b.height(), (c, top) -> b.draw(c, flow.left(), top));
                flow.gap(d.gap(6));
            }
            if (!items.isEmpty()) {
                flow.columns(items, 2, gutter);
            }
        }

        /**
         * The before-care lines without those that ask the client to tell us of a health matter (the consultation's
         * screening questions, in the catalog's English "Tell us …"); {@code found[0]} is set when any was left out.
         */
        private LocalizedLines withoutTellUs(LocalizedLines lines, boolean[] found) {
            List<String> en = lines.in(Language.EN);
            List<String> es = lines.in(Language.ES);
            if (en.size() != es.size()) {
                return lines;
            }
            List<String> keptEn = new ArrayList<>();
            List<String> keptEs = new ArrayList<>();
            for (int i = 0; i < en.size(); i++) {
                if (en.get(i).startsWith("Tell us")) {
                    found[0] = true;
                } else {
                    keptEn.add(en.get(i));
                    keptEs.add(es.get(i));
                }
            }
            return LocalizedLines.of(keptEn, keptEs);
        }

        private void careItems(String title, List<Treatment> planned, Function<CatalogTreatment, LocalizedLines> lines,
                               float colW, List<ColumnItem> items) throws IOException {
            Map<String, Set<Treatment>> users = new LinkedHashMap<>();
            for (Treatment tr : planned) {
                for (String line : lines.apply(input.catalog().get(tr)).in(t.language())) {
                    users.computeIfAbsent(line, k -> new LinkedHashSet<>()).add(tr);
                }
            }
            if (users.isEmpty()) {
                return;
            }
            mergeRestatements(users);
            List<String> shared = new ArrayList<>();
            Map<Treatment, List<String>> own = new LinkedHashMap<>();
            for (Map.Entry<String, Set<Treatment>> e : users.entrySet()) {
                if (e.getValue().size() > 1) {
                    shared.add(e.getKey());
                } else {
                    own.computeIfAbsent(e.getValue().iterator().next(), k -> new ArrayList<>()).add(e.getKey());
                }
            }
            items.add(careTitle(title, colW, items.isEmpty()));
            boolean grouped = own.size() + (shared.isEmpty() ? 0 : 1) > 1;
            if (!shared.isEmpty()) {
                if (grouped) {
                    Set<Treatment> all = new LinkedHashSet<>(planned);
                    boolean everyTreatment = shared.stream().allMatch(l -> users.get(l).equals(all));
                    items.add(careGroup(t.get(everyTreatment ? "care.common" : "care.general"), colW));
                }
                bullets(shared, colW, items);
            }
            for (Map.Entry<Treatment, List<String>> e : own.entrySet()) {
                if (grouped && e.getValue().size() == 1 && narrowBoxes()) {
                    // A treatment with one line of its own: its name leads the line instead of a heading over it.
                    TextBlock b = TextBlock.of(fonts, List.of(new Span(shortName(e.getKey()) + ": ", true, Styles.DEEP_TEAL),
                            Span.plain(e.getValue().get(0))), d.care(), colW - 11);
                    float before = d.gap(3);
                    items.add(new ColumnItem(before + b.height() + 2, false, (c, x, top) -> {
                        bullet(c, x, top - before, Styles.TEAL, d.care());
                        b.draw(c, x + 11, top - before);
                    }));
                    continue;
                }
                if (grouped) {
                    items.add(careGroup(shortName(e.getKey()), colW));
                }
                bullets(e.getValue(), colW, items);
            }
        }

        /**
         * A line that only restates another treatment's longer line (every word of it is in the longer one, and the
         * two share nearly all their words) is said once, in the longer wording, for both treatments.
         */
        private void mergeRestatements(Map<String, Set<Treatment>> users) {
            List<String> all = new ArrayList<>(users.keySet());
            Map<String, Set<String>> words = new LinkedHashMap<>();
            for (String line : all) {
                words.put(line, words(line));
            }
            for (String shorter : all) {
                Set<String> a = words.get(shorter);
                for (String longer : all) {
                    Set<String> b = words.get(longer);
                    if (shorter.equals(longer) || !users.containsKey(longer) || longer.length() <= shorter.length()
                            || a.isEmpty() || !b.containsAll(a) || a.size() < 0.75 * b.size()) {
                        continue;
                    }
                    users.get(longer).addAll(users.remove(shorter));
                    break;
                }
            }
        }

        private Set<String> words(String line) {
            Set<String> out = new LinkedHashSet<>();
            for (String w : line.toLowerCase(locale).split("[^\\p{L}]+")) {
                if (w.length() >= 3) {
                    out.add(w);
                }
            }
            return out;
        }

        private ColumnItem careTitle(String name, float width, boolean first) throws IOException {
            TextBlock b = TextBlock.of(fonts, name, Styles.H3, width);
            float before = first ? 0 : d.gap(8);
            return new ColumnItem(before + b.height() + 1, true, (c, x, top) -> {
                b.draw(c, x, top - before);
            });
        }

        private ColumnItem careGroup(String name, float width) throws IOException {
            TextBlock b = TextBlock.of(fonts, name, d.care().withBold(true).withColor(Styles.MUTED), width);
            float before = d.gap(3);
            return new ColumnItem(before + b.height() + 1, true, (c, x, top) -> b.draw(c, x, top - before));
        }

        private void bullets(List<String> lines, float width, List<ColumnItem> items) throws IOException {
            for (String line : lines) {
                TextBlock b = TextBlock.of(fonts, line, d.care(), width - 11);
                items.add(new ColumnItem(b.height() + 2, false, (c, x, top) -> {
                    bullet(c, x, top, Styles.TEAL, d.care());
                    b.draw(c, x + 11, top);
                }));
            }
        }

        private void bullet(Canvas c, float x, float lineTop, Color color, TextStyle style) throws IOException {
            c.circle(x + 2.6f, lineTop - style.leading() / 2 + 0.2f, 1.8f, color);
        }

        // ---- sun protection and the next appointment ----------------------------------------------------------

        /** Sun protection and the next appointment side by side, then the closing line. */
        private boolean sunInCare() {
            return !d.whatItIs() && !d.aside();
        }

        /** The sun and appointment boxes stand in a column of their own (in the care columns or beside the steps). */
        private boolean narrowBoxes() {
            return !d.whatItIs();
        }

        private void sunAndNext() throws IOException {
            if (narrowBoxes()) {
                return;
            }
            float gutter = 12;
            float half = flow.columnWidth(2, gutter);
            Measured sun = sun(half);
            Measured next = next(half);
            float height = Math.max(sun.height(), next.height());
            TextBlock closing = TextBlock.of(fonts, t.get("closing"), d.small(), flow.width());
            flow.gap(d.gap(14));
            flow.keep(height + 6 + closing.height(), (c, top) -> {
                sun.drawAt(c, flow.left(), top, height);
                next.drawAt(c, flow.left() + half + gutter, top, height);
                closing.draw(c, flow.left(), top - height - 6);
            });
        }

        /** One line naming the treatments the client signed consent to, and when; nothing when none was signed. */
        private void consented() throws IOException {
            Map<LocalDate, List<String>> byDay = new TreeMap<>();
            for (ConsentStanding c : input.consents()) {
                if (c.valid()) {
                    LocalDate day = c.consent().signedAt().atZone(ZoneId.systemDefault()).toLocalDate();
                    c.consent().treatments().forEach(tr -> byDay.computeIfAbsent(day, k -> new ArrayList<>())
                            .add(shortName(tr)));
                }
            }
            if (byDay.isEmpty()) {
                return;
            }
            List<String> parts = new ArrayList<>();
            byDay.forEach((day, names) -> parts.add(t.format("consents.on", andList(names), dayDate(day))));
            flow.gap(d.gap(6));
            flow.paragraph(TextBlock.of(fonts, t.format("consents.signed", String.join("; ", parts)), d.small(),
                    flow.width()), 0);
        }

        private Measured sun(float width) throws IOException {
            CatalogTreatment sun = input.catalog().get(Treatment.SUN_PROTECTION);
            float pad = 9;
            float icon = 20;
            float innerW = width - 2 * pad;
            TextBlock head = TextBlock.of(fonts, t.get("sun.heading"), Styles.H2, innerW - icon - 8);
            TextBlock intro = d.whatItIs() ? TextBlock.of(fonts, t.get("sun.intro"), d.care().withBold(true), innerW) : null;
            TextBlock what = TextBlock.of(fonts, sun.description().in(t.language()), d.care(), innerW);
            List<TextBlock> lines = new ArrayList<>();
            for (String l : sun.aftercare().in(t.language())) {
                lines.add(TextBlock.of(fonts, l, d.care(), innerW - 11));
            }
            float h = pad + Math.max(icon, head.height()) + 3 + (intro == null ? 0 : intro.height() + 3) + what.height() + 3;
            for (TextBlock b : lines) {
                h += b.height() + 1.5f;
            }
            float height = h + pad - 1.5f;
            return new Measured(height, (c, x, top, boxH) -> {
                c.roundedRect(x, top - boxH, width, boxH, 7, Styles.SUN_TINT, null, 0);
                sunIcon(c, x + pad + icon / 2, top - pad - icon / 2, icon / 2);
                head.draw(c, x + pad + icon + 8, top - pad - (icon - head.height()) / 2);
                float y = top - pad - Math.max(icon, head.height()) - 3;
                if (intro != null) {
                    intro.draw(c, x + pad, y);
                    y -= intro.height() + 3;
                }
                what.draw(c, x + pad, y);
                y -= what.height() + 3;
                for (TextBlock b : lines) {
                    bullet(c, x + pad, y, Styles.SUN.darker(), d.care());
                    b.draw(c, x + pad + 11, y);
                    y -= b.height() + 1.5f;
                }
            });
        }

        private void sunIcon(Canvas c, float cx, float cy, float r) throws IOException {
            var cs = c.stream();
            cs.setStrokingColor(Styles.SUN);
            cs.setLineWidth(2.2f);
            cs.setLineCapStyle(1);
            for (int i = 0; i < 8; i++) {
                double a = Math.PI / 4 * i;
                float cos = (float) Math.cos(a);
                float sin = (float) Math.sin(a);
                cs.moveTo(cx + cos * r * 0.68f, cy + sin * r * 0.68f);
                cs.lineTo(cx + cos * r, cy + sin * r);
            }
            cs.stroke();
            c.circle(cx, cy, r * 0.48f, Styles.SUN);
        }

        /**
         * The first suggested visit when the plan can start, and lines to write the booking on; while the plan
         * waits, a call once the holds clear.
         */
        private Measured next(float width) throws IOException {
            float pad = 9;
            float innerW = width - 2 * pad;
            TextBlock head = TextBlock.of(fonts, t.get("next.heading"), Styles.H2, innerW);
            String phone = input.clinic().phone();
            TextBlock questions = TextBlock.of(fonts, phone.isEmpty() ? t.get("next.questions.noPhone")
                    : t.format("next.questions", phone), d.small(), innerW);
            Visit first = protocol.visits().stream().filter(v -> steps.stream()
                    .anyMatch(s -> v.treatments().contains(s.treatment()))).findFirst().orElse(null);
            TextBlock suggested = null;
            if (waits && steps.stream().anyMatch(Step::inClinic)) {
                suggested = TextBlock.of(fonts, t.get(narrowBoxes() ? "waits.callUs" : "next.defer"), d.care().withBold(true),
                        innerW);
            } else if (first != null) {
                List<String> names = first.treatments().stream().filter(tr -> steps.stream()
                        .anyMatch(s -> s.treatment() == tr)).map(this::shortName).toList();
                suggested = TextBlock.of(fonts, List.of(new Span(t.get("next.first") + " ", false, null),
                        new Span(capitalize(longDate.format(first.date())), true, null),
                        Span.plain(" (" + andList(names) + ")")), d.care(), innerW);
            }
            TextBlock line = suggested;
            float row = 22;
            // Full width, the three lines to write on fit in one row.
            boolean wide = width > flow.width() * 0.8f;
            // A plan that waits has no date to write down yet: the client calls first.
            boolean call = waits && narrowBoxes() && steps.stream().anyMatch(Step::inClinic);
            int rows = call ? 0 : d.whatItIs() && !wide ? 2 : 1;
            float height = pad + head.height() + (line == null ? 0 : 2 + line.height()) + rows * row + 4
                    + questions.height() + pad;
            return new Measured(height, (c, x, top, boxH) -> {
                c.roundedRect(x, top - boxH, width, boxH, 7, null, Styles.TEAL, 1f);
                float lx = x + pad;
                float y = top - pad;
                head.draw(c, lx, y);
                y -= head.height();
                if (line != null) {
                    line.draw(c, lx, y - 2);
                    y -= line.height() + 2;
                }
                if (rows == 0) {
                    questions.draw(c, lx, y - 4);
                    return;
                }
                if (wide) {
                    float third = (innerW - 28) / 3;
                    writeLine(c, t.get("next.date"), lx, y, third);
                    writeLine(c, t.get("next.time"), lx + third + 14, y, third);
                    writeLine(c, t.get("next.with"), lx + 2 * (third + 14), y, third);
                    y -= row + 4;
                    questions.draw(c, lx, y);
                    return;
                }
                float half = (innerW - 14) / 2;
                writeLine(c, t.get("next.date"), lx, y, half);
                writeLine(c, t.get("next.time"), lx + half + 14, y, half);
                if (rows == 2) {
                    y -= row;
                    writeLine(c, t.get("next.with"), lx, y, innerW);
                }
                y -= row + 4;
                questions.draw(c, lx, y);
            });
        }

        /** A label and a line to write on, the line on the baseline of a row {@code 24} points high. */
        private void writeLine(Canvas c, String label, float x, float top, float width) throws IOException {
            TextBlock l = TextBlock.of(fonts, label, d.body().withBold(true).withColor(Styles.DEEP_TEAL), width);
            float base = top - 18;
            l.draw(c, x, base + 11);
            float lx = x + l.naturalWidth() + 6;
            c.line(lx, base, x + width, base, 0.7f, Styles.WRITE_LINE);
        }

        // ---- words --------------------------------------------------------------------------------------------

        private String name(Treatment tr) {
            return input.catalog().get(tr).name().in(t.language());
        }

        /** The name without its bracketed technical term, for the picture and group labels. */
        private String shortName(Treatment tr) {
            String n = name(tr);
            int open = n.lastIndexOf(" (");
            return open > 0 && n.endsWith(")") ? n.substring(0, open) : n;
        }

        private String orList(List<String> words) {
            return joined(words, t.get("list.or"));
        }

        private String andList(List<String> words) {
            return joined(words, t.get("list.and"));
        }

        private String joined(List<String> words, String last) {
            if (words.size() <= 1) {
                return String.join("", words);
            }
            return String.join(", ", words.subList(0, words.size() - 1)) + " " + last + " " + words.get(words.size() - 1);
        }

        private String dayDate(LocalDate date) {
            DateTimeFormatter f = t.language() == Language.ES ? DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", locale)
                    : DateTimeFormatter.ofPattern("MMMM d, uuuu", locale);
            return f.format(date);
        }

        private String shortDate(LocalDate date) {
            DateTimeFormatter f = t.language() == Language.ES ? DateTimeFormatter.ofPattern("d MMM uuuu", locale)
                    : DateTimeFormatter.ofPattern("MMM d, uuuu", locale);
            return f.format(date).replace(".", "");
        }

        private String firstSentence(String text) {
            int end = text.indexOf(". ");
            return end > 0 ? text.substring(0, end + 1) : text;
        }

        private String capitalize(String s) {
            return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
        }

        private String lowerFirst(String s) {
            return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(locale) + s.substring(1);
        }

        private int parse(String s, int otherwise) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return otherwise;
            }
        }

        /** Something measured and ready to draw at a given left edge and top. */
        private record Measured(float height, Boxed drawing) {
            Measured(float height, ColumnItem.Placed placed) {
                this(height, (c, x, top, boxH) -> placed.draw(c, x, top));
            }

            void drawAt(Canvas c, float x, float top) throws IOException {
                drawing.draw(c, x, top, height);
            }

            /** Drawn as a box {@code boxHeight} high (as tall as the box beside it). */
            void drawAt(Canvas c, float x, float top, float boxHeight) throws IOException {
                drawing.draw(c, x, top, boxHeight);
            }
        }

        @FunctionalInterface
        private interface Boxed {
            void draw(Canvas canvas, float x, float top, float boxHeight) throws IOException;
        }

        // ---- headings -----------------------------------------------------------------------------------------

        /** A section heading; it is drawn on the same page as what follows it. */
        private void heading(String text) throws IOException {
            TextBlock b = TextBlock.of(fonts, text, d.whatItIs() ? Styles.H1 : Styles.H1.withSize(12.5f, 15.5f), flow.width());
            flow.gap(d.gap(16));
            flow.keepWithNext(b.height() + 6, (c, top) -> {
                b.draw(c, flow.left(), top);
                c.line(flow.left(), top - b.height() - 1, flow.left() + flow.width(), top - b.height() - 1, 0.6f, Styles.RULE);
            });
        }
    }
}
