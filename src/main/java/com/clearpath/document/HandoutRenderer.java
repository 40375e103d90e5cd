package com.clearpath.document;

import com.clearpath.document.layout.Canvas;
import com.clearpath.document.layout.ColumnItem;
import com.clearpath.document.layout.DocumentFonts;
import com.clearpath.document.layout.PageFlow;
import com.clearpath.document.layout.Span;
import com.clearpath.document.layout.TextBlock;
import com.clearpath.document.layout.TextStyle;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Hold;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.Language;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Plan;
import com.clearpath.domain.Range;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.engine.CatalogTreatment;
import com.clearpath.engine.LocalizedLines;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The patient handout: what was found and the plan, in plain words in English or Spanish, to take home. It never
 * shows codes, exclusions, flags or sources; those are on the clinician summary. Thread-safe: each call builds
 * its own document from shared, read-only resources.
 */
public final class HandoutRenderer {
    private static final Logger LOG = Logger.getLogger(HandoutRenderer.class.getName());

    private final DocumentResources resources;

    public HandoutRenderer() {
        this.resources = DocumentResources.shared();
    }

    /** Writes the handout as PDF to {@code out} (not closed) and returns the number of pages. */
    public int render(DocumentInput input, Language language, PaperSize paper, OutputStream out) throws IOException {
        long start = System.nanoTime();
        try (PDDocument doc = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(doc, resources.fonts());
            try {
                new Writer(doc, fonts, input, resources.text(language), paper).write();
                // Fonts are subset while saving, so they are closed only afterwards.
                doc.save(out);
            } finally {
                fonts.close();
            }
            int pages = doc.getNumberOfPages();
            LOG.fine(() -> String.format(Locale.ROOT, "Handout (%s, %s): %d pages in %.1f ms", language.code(),
                    paper.code(), pages, (System.nanoTime() - start) / 1e6));
            return pages;
        }
    }

    /** One handout being written. */
    private final class Writer {
        private static final float MARGIN_X = 54f;
        private static final float MARGIN_TOP = 44f;
        private static final float MARGIN_BOTTOM = 62f;
        private static final float PICTURE_W = 96f;
        private static final float PICTURE_H = 64f;

        private final PDDocument doc;
        private final DocumentFonts fonts;
        private final DocumentInput input;
        private final Plan plan;
        private final HandoutText t;
        private final Locale locale;
        private final PageFlow flow;
        private final Map<ConcernKind, PDImageXObject> pictures = new EnumMap<>(ConcernKind.class);
        private final List<Recommendation> now;
        private final List<Recommendation> later;

        Writer(PDDocument doc, DocumentFonts fonts, DocumentInput input, HandoutText text, PaperSize paper) {
            this.doc = doc;
            this.fonts = fonts;
            this.input = input;
            this.plan = input.plan();
            this.t = text;
            this.locale = text.language() == Language.ES ? Locale.forLanguageTag("es") : Locale.US;
            this.flow = new PageFlow(doc, paper.rectangle(), MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
            this.now = new ArrayList<>();
            this.later = new ArrayList<>();
            applyOverrides();
        }

        /**
         * The plan as the client will follow it: treatments the practitioner declined are left out, and treatments
         * they added are shown (a procedure added to a plan with holds waits with the others).
         */
        private void applyOverrides() {
            Set<Treatment> declined = EnumSet.noneOf(Treatment.class);
            List<Treatment> added = new ArrayList<>();
            for (OverrideLine o : input.overrides()) {
                if (o.action() == OverrideLine.Action.DECLINED) {
                    declined.add(o.treatment());
                } else {
                    added.add(o.treatment());
                }
            }
            plan.recommendations().stream().filter(r -> !declined.contains(r.treatment())).forEach(now::add);
            plan.deferred().stream().filter(r -> !declined.contains(r.treatment())).forEach(later::add);
            Set<Treatment> present = EnumSet.noneOf(Treatment.class);
            now.forEach(r -> present.add(r.treatment()));
            later.forEach(r -> present.add(r.treatment()));
            List<HoldCode> holds = plan.holds().stream().map(Hold::code).toList();
            for (Treatment tr : added) {
                CatalogTreatment e = input.catalog().get(tr);
                if (present.contains(tr) || declined.contains(tr) || e == null) {
                    continue;
                }
                boolean waits = tr.procedure() && !holds.isEmpty();
                Recommendation r = new Recommendation(tr, e.name().en(), e.performedBy().name(), e.targets(), e.sessions(),
                        e.intervalWeeks(), e.downtimeDays(), List.of(), List.of(), e.sources(), !e.offered(),
                        waits ? holds : List.of());
                (waits ? later : now).add(r);
                present.add(tr);
            }
        }

        void write() throws IOException {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t.get("document.title"));
            info.setAuthor(input.clinic().name());
            info.setCreator("Clearpath Consult");
            doc.getDocumentCatalog().setLanguage(t.language().code());

            flow.advance(Letterhead.header(doc, flow, fonts, input.clinic(), resources.logo(input.clinic()), List.of()));
            flow.onContinuationPage(Letterhead.continuation(fonts, flow,
                    t.get("document.title") + "  ·  " + input.clientName(), input.clinic().name()));
            titleBlock();
            found();
            yourPlan();
            care("before.heading", t.get("before.intro"), CatalogTreatment::before);
            care("after.heading", null, CatalogTreatment::aftercare);
            sunProtection();
            nextAppointment();
            flow.gap(14);
            flow.paragraph(TextBlock.of(fonts, t.get("closing"), Styles.SMALL, flow.width()), 0);
            flow.finish();

            String left = input.clinic().name() + (input.consultationNumber().isEmpty() ? ""
                    : "  ·  " + t.format("footer.number", input.consultationNumber()));
            Letterhead.footers(flow, fonts, left, t.format("footer.catalog", plan.catalogVersion() == null
                    ? input.catalog().version() : plan.catalogVersion()),
                    (n, count) -> t.format("footer.page", n, count), MARGIN_BOTTOM);
        }

        // ---- page one: title, who and when --------------------------------------------------------------------

        private void titleBlock() throws IOException {
            flow.gap(16);
            TextBlock title = TextBlock.of(fonts, t.get("document.title"), Styles.TITLE, flow.width());
            flow.keep(title.height(), (c, top) -> title.draw(c, flow.left(), top));
            flow.gap(10);

            DateTimeFormatter dates = t.language() == Language.ES
                    ? DateTimeFormatter.ofPattern("d 'de' MMMM 'de' uuuu", locale)
                    : DateTimeFormatter.ofPattern("MMMM d, uuuu", locale);
            // Who on the left (name, consultation number), when on the right (consultation and issue dates).
            List<String[]> who = new ArrayList<>();
            who.add(new String[] {t.get("label.preparedFor"), input.clientName()});
            if (!input.consultationNumber().isEmpty()) {
                who.add(new String[] {t.get("label.consultationNumber"), input.consultationNumber()});
            }
            List<String[]> when = List.of(
                    new String[] {t.get("label.consultedOn"), dates.format(input.intake().consultedOn())},
                    new String[] {t.get("label.issuedOn"), dates.format(input.issuedOn())});
            float pad = 12;
            float colW = (flow.width() - 3 * pad) / 2;
            TextStyle value = new TextStyle(11f, 14.5f, true, Styles.INK);
            List<List<TextBlock[]>> columns = new ArrayList<>();
            float inner = 0;
            for (List<String[]> cells : List.of(who, when)) {
                List<TextBlock[]> column = new ArrayList<>();
                float h = 0;
                for (String[] cell : cells) {
                    TextBlock label = TextBlock.of(fonts, cell[0].toUpperCase(locale), Styles.LABEL, colW);
                    TextBlock text = TextBlock.of(fonts, cell[1], value, colW);
                    column.add(new TextBlock[] {label, text});
                    h += label.height() + 1 + text.height() + 8;
                }
                columns.add(column);
                inner = Math.max(inner, h - 8);
            }
            float height = inner + 2 * pad;
            flow.keep(height, (c, top) -> {
                c.roundedRect(flow.left(), top - height, flow.width(), height, 6, Styles.TINT, null, 0);
                for (int col = 0; col < columns.size(); col++) {
                    float x = flow.left() + pad + col * (colW + pad);
                    float y = top - pad;
                    for (TextBlock[] cell : columns.get(col)) {
                        cell[0].draw(c, x, y);
                        cell[1].draw(c, x, y - cell[0].height() - 1);
                        y -= cell[0].height() + 1 + cell[1].height() + 8;
                    }
                }
            });
            flow.gap(12);
            flow.paragraph(TextBlock.of(fonts, t.get("intro"), Styles.BODY, flow.width()), 0);
        }

        // ---- what we found ------------------------------------------------------------------------------------

        private void found() throws IOException {
            heading(t.get("found.heading"));
            lead(t.get("found.intro"));
            flow.gap(8);
            Map<ConcernKind, List<Concern>> byKind = new LinkedHashMap<>();
            for (Concern c : input.intake().concerns()) {
                byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
            }
            for (Map.Entry<ConcernKind, List<Concern>> e : byKind.entrySet()) {
                concern(e.getKey(), e.getValue());
                flow.gap(10);
            }
        }

        private void concern(ConcernKind kind, List<Concern> concerns) throws IOException {
            float textX = PICTURE_W + 14;
            float textW = flow.width() - textX;
            Set<Zone> zones = EnumSet.noneOf(Zone.class);
            Set<PigmentDepth> depths = EnumSet.noneOf(PigmentDepth.class);
            for (Concern c : concerns) {
                zones.addAll(c.zones());
                if (c.pigmentDepth() != null) {
                    depths.add(c.pigmentDepth());
                }
            }
            List<TextBlock> blocks = new ArrayList<>();
            blocks.add(TextBlock.of(fonts, t.get("concern." + kind + ".title"), Styles.H2, textW));
            blocks.add(TextBlock.of(fonts, List.of(new Span(t.get("found.where") + " ", true, Styles.DEEP_TEAL),
                    Span.plain(zones(zones))), Styles.SMALL.withColor(Styles.INK), textW));
            blocks.add(TextBlock.of(fonts, t.get("concern." + kind + ".text"), Styles.BODY, textW));
            if (kind == ConcernKind.PIH) {
                // Marks recorded at different depths in different zones are, taken together, mixed.
                depths.remove(PigmentDepth.UNKNOWN);
                PigmentDepth depth = depths.isEmpty() ? PigmentDepth.UNKNOWN
                        : depths.size() == 1 ? depths.iterator().next() : PigmentDepth.MIXED;
                blocks.add(TextBlock.of(fonts, t.get("concern.PIH." + depth), Styles.BODY, textW));
            }
            float textH = 0;
            for (TextBlock b : blocks) {
                textH += b.height() + 2;
            }
            float height = Math.max(PICTURE_H, textH);
            PDImageXObject picture = picture(kind);
            flow.keep(height, (c, top) -> {
                float x = flow.left();
                // The pictures leave the air above the skin transparent; a soft tint gives them a frame.
                c.stream().saveGraphicsState();
                c.roundedRectPath(x, top - PICTURE_H, PICTURE_W, PICTURE_H, 6);
                c.stream().clip();
                c.fillRect(x, top - PICTURE_H, PICTURE_W, PICTURE_H, Styles.TINT);
                c.image(picture, x, top - PICTURE_H, PICTURE_W, PICTURE_H);
                c.stream().restoreGraphicsState();
                float y = top;
                for (TextBlock b : blocks) {
                    b.draw(c, x + textX, y);
                    y -= b.height() + 2;
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
            List<Recommendation> procedures = new ArrayList<>();
            List<Recommendation> home = new ArrayList<>();
            for (Recommendation r : now) {
                if (r.treatment() == Treatment.SUN_PROTECTION) {
                    continue; // it has its own section
                }
                (r.treatment().procedure() ? procedures : home).add(r);
            }
            boolean waits = !plan.holds().isEmpty() || !later.isEmpty();
            String intro = waits ? "plan.intro.defer" : procedures.isEmpty() ? "plan.intro.homeOnly" : "plan.intro.ready";
            // The plan's introduction may end a page; its first group of cards then starts the next one.
            TextBlock introBlock = TextBlock.of(fonts, t.get(intro), Styles.BODY, flow.width());
            flow.keep(introBlock.height(), (c, top) -> introBlock.draw(c, flow.left(), top));
            if (waits) {
                whatWaits();
                group(t.get("plan.home.now"), home, Styles.TEAL);
                group(t.get("plan.clinic"), procedures, Styles.TEAL);
                if (!later.isEmpty()) {
                    group(t.get("waits.later"), later, Styles.WAIT);
                    flow.gap(8);
                    flow.paragraph(TextBlock.of(fonts, t.get("waits.callUs"), Styles.BODY.withBold(true), flow.width()), 0);
                }
            } else {
                group(t.get("plan.clinic"), procedures, Styles.TEAL);
                group(t.get("plan.home"), home, Styles.TEAL);
            }
        }

        /**
         * A small heading and its treatment cards; the heading never ends a page without its first card. Cards of
         * treatments that wait carry the colour of the "what waits" box.
         */
        private void group(String title, List<Recommendation> list, java.awt.Color accent) throws IOException {
            if (list.isEmpty()) {
                return;
            }
            TextBlock head = TextBlock.of(fonts, title, Styles.H3, flow.width());
            List<Measured> cards = new ArrayList<>();
            for (Recommendation r : list) {
                cards.add(card(r, accent));
            }
            flow.gap(12);
            flow.keepWithNext(head.height(), (c, top) -> head.draw(c, flow.left(), top));
            for (Measured m : cards) {
                flow.gap(8);
                flow.keep(m.height(), m.drawing());
            }
        }

        /** Something measured and ready to draw. */
        private record Measured(float height, PageFlow.Drawing drawing) {
        }

        /** The holds, each as one plain sentence, in a warm box so they read as "not yet" rather than "no". */
        private void whatWaits() throws IOException {
            Set<HoldCode> codes = EnumSet.noneOf(HoldCode.class);
            for (Hold h : plan.holds()) {
                codes.add(h.code());
            }
            for (Recommendation r : later) {
                codes.addAll(r.waitsFor());
            }
            float pad = 12;
            float innerW = flow.width() - 2 * pad - 4;
            TextBlock head = TextBlock.of(fonts, t.get("waits.heading"), Styles.H2, innerW);
            TextBlock intro = TextBlock.of(fonts, t.get("waits.intro"), Styles.BODY, innerW);
            List<TextBlock> bullets = new ArrayList<>();
            for (HoldCode code : codes) {
                bullets.add(TextBlock.of(fonts, t.get("hold." + code), Styles.BODY, innerW - 12));
            }
            float h = head.height() + 3 + intro.height() + 6;
            for (TextBlock b : bullets) {
                h += b.height() + 4;
            }
            float height = h + 2 * pad - 4;
            flow.gap(12);
            flow.keep(height, (c, top) -> {
                c.roundedRect(flow.left(), top - height, flow.width(), height, 6, Styles.WAIT_TINT, null, 0);
                c.fillRect(flow.left(), top - height + 6, 3, height - 12, Styles.WAIT);
                float x = flow.left() + pad + 4;
                float y = top - pad;
                head.draw(c, x, y);
                y -= head.height() + 3;
                intro.draw(c, x, y);
                y -= intro.height() + 6;
                for (TextBlock b : bullets) {
                    bullet(c, x, y, Styles.WAIT);
                    b.draw(c, x + 12, y);
                    y -= b.height() + 4;
                }
            });
        }

        /** One treatment: what it is and when results show on the left, the schedule facts in a panel on the right. */
        private Measured card(Recommendation r, java.awt.Color accent) throws IOException {
            CatalogTreatment entry = input.catalog().get(r.treatment());
            Language lang = t.language();
            float pad = 11;
            float innerW = flow.width() - 2 * pad - 4;
            float gutter = 14;
            float panelW = Math.round(innerW * 0.31f);
            float mainW = innerW - panelW - gutter;
            List<TextBlock> main = new ArrayList<>();
            main.add(TextBlock.of(fonts, entry.name().in(lang), Styles.H2, mainW));
            if (r.referOut()) {
                main.add(TextBlock.of(fonts, t.get("plan.referOut"), Styles.BODY.withBold(true).withColor(Styles.DEEP_TEAL), mainW));
            }
            main.add(TextBlock.of(fonts, entry.description().in(lang), Styles.BODY, mainW));
            String resultsLabel = t.get(r.treatment().homeCare() ? "plan.facts.change" : "plan.facts.results");
            TextBlock resultsLabelBlock = TextBlock.of(fonts, resultsLabel.toUpperCase(locale), Styles.LABEL, mainW);
            TextBlock results = TextBlock.of(fonts, entry.resultsShow().in(lang), Styles.BODY, mainW);

            List<String[]> facts = new ArrayList<>();
            if (r.treatment().homeCare()) {
                facts.add(new String[] {t.get("plan.facts.use"), t.get("plan.use.daily")});
            } else {
                Range sessions = r.sessions() != null ? r.sessions() : entry.sessions();
                Range apart = r.intervalWeeks() != null ? r.intervalWeeks() : entry.intervalWeeks();
                Range down = r.downtimeDays() != null ? r.downtimeDays() : entry.downtimeDays();
                if (sessions != null) {
                    facts.add(new String[] {t.get("plan.facts.sessions"), sessions(sessions)});
                }
                if (apart != null && (sessions == null || sessions.max() > 1)) {
                    facts.add(new String[] {t.get("plan.facts.apart"), apart(apart)});
                }
                if (down != null) {
                    facts.add(new String[] {t.get("plan.facts.recovery"), recovery(down)});
                }
            }
            float factPad = 8;
            List<TextBlock[]> factBlocks = new ArrayList<>();
            float panelH = factPad;
            for (String[] f : facts) {
                TextBlock label = TextBlock.of(fonts, f[0].toUpperCase(locale), Styles.LABEL, panelW - 2 * factPad);
                TextBlock value = TextBlock.of(fonts, f[1], Styles.VALUE.withBold(true), panelW - 2 * factPad);
                factBlocks.add(new TextBlock[] {label, value});
                panelH += label.height() + 1 + value.height() + 6;
            }
            panelH += factPad - 6;

            float mainH = 0;
            for (TextBlock b : main) {
                mainH += b.height() + 3;
            }
            mainH += 4 + resultsLabelBlock.height() + 1 + results.height();
            float height = Math.max(mainH, panelH) + 2 * pad;
            float ph = panelH;
            return new Measured(height, (c, y0) -> {
                c.roundedRect(flow.left(), y0 - height, flow.width(), height, 6, java.awt.Color.WHITE, Styles.RULE, 0.7f);
                c.fillRect(flow.left(), y0 - height + 6, 3, height - 12, accent);
                float x = flow.left() + pad + 4;
                float y = y0 - pad;
                for (TextBlock b : main) {
                    b.draw(c, x, y);
                    y -= b.height() + 3;
                }
                y -= 4;
                resultsLabelBlock.draw(c, x, y);
                results.draw(c, x, y - resultsLabelBlock.height() - 1);
                float px = x + mainW + gutter;
                float py = y0 - pad;
                c.roundedRect(px, py - ph, panelW, ph, 5, Styles.TINT, null, 0);
                py -= factPad;
                for (TextBlock[] f : factBlocks) {
                    f[0].draw(c, px + factPad, py);
                    py -= f[0].height() + 1;
                    f[1].draw(c, px + factPad, py);
                    py -= f[1].height() + 6;
                }
            });
        }

        private String sessions(Range r) {
            return r.max() == 1 ? t.get("sessions.one") : t.format("sessions.many", r);
        }

        private String apart(Range r) {
            return r.max() == 1 ? t.get("apart.one") : t.format("apart.many", r);
        }

        private String recovery(Range r) {
            if (r.max() == 0) {
                return t.get("recovery.none");
            }
            if (r.min() == 0) {
                return r.max() == 1 ? t.get("recovery.upTo.one") : t.format("recovery.upTo", r.max());
            }
            return r.max() == 1 ? t.get("recovery.one") : t.format("recovery.many", r);
        }

        // ---- before and after care ----------------------------------------------------------------------------

        /**
         * Care lines of the treatments the client starts now, each said once: lines that several treatments share
         * come first, then what is particular to each treatment under its name. Treatments that wait get their
         * care instructions when they are booked, so months-early advice does not crowd this copy.
         */
        private void care(String headingKey, String intro, Function<CatalogTreatment, LocalizedLines> lines)
                throws IOException {
            List<Treatment> planned = new ArrayList<>();
            for (Recommendation r : now) {
                if (r.treatment() != Treatment.SUN_PROTECTION) {
                    planned.add(r.treatment());
                }
            }
            if (plan.holds().isEmpty()) {
                later.forEach(r -> planned.add(r.treatment()));
            }
            Map<String, Set<Treatment>> users = new LinkedHashMap<>();
            for (Treatment tr : planned) {
                for (String line : lines.apply(input.catalog().get(tr)).in(t.language())) {
                    users.computeIfAbsent(line, k -> new LinkedHashSet<>()).add(tr);
                }
            }
            if (users.isEmpty()) {
                return;
            }
            heading(t.get(headingKey));
            if (intro != null) {
                lead(intro);
                flow.gap(4);
            }
            List<String> shared = new ArrayList<>();
            Map<Treatment, List<String>> own = new LinkedHashMap<>();
            for (Map.Entry<String, Set<Treatment>> e : users.entrySet()) {
                if (e.getValue().size() > 1) {
                    shared.add(e.getKey());
                } else {
                    own.computeIfAbsent(e.getValue().iterator().next(), k -> new ArrayList<>()).add(e.getKey());
                }
            }
            boolean grouped = own.size() + (shared.isEmpty() ? 0 : 1) > 1;
            float gutter = 22;
            float colW = flow.columnWidth(2, gutter);
            List<ColumnItem> items = new ArrayList<>();
            if (!shared.isEmpty()) {
                if (grouped) {
                    Set<Treatment> all = new LinkedHashSet<>(planned);
                    boolean everyTreatment = shared.stream().allMatch(l -> users.get(l).equals(all));
                    items.add(careGroup(t.get(everyTreatment ? "care.common" : "care.general"), colW, items.isEmpty()));
                }
                bullets(shared, colW, items);
            }
            for (Map.Entry<Treatment, List<String>> e : own.entrySet()) {
                if (grouped) {
                    items.add(careGroup(input.catalog().get(e.getKey()).name().in(t.language()), colW, items.isEmpty()));
                }
                bullets(e.getValue(), colW, items);
            }
            flow.columns(items, 2, gutter);
        }

        private ColumnItem careGroup(String name, float width, boolean first) throws IOException {
            TextBlock b = TextBlock.of(fonts, name, Styles.H3, width);
            float before = first ? 0 : 6;
            return new ColumnItem(before + b.height() + 2, true, (c, x, top) -> b.draw(c, x, top - before));
        }

        private void bullets(List<String> lines, float width, List<ColumnItem> items) throws IOException {
            for (String line : lines) {
                TextBlock b = TextBlock.of(fonts, line, Styles.BODY, width - 12);
                items.add(new ColumnItem(b.height() + 3, false, (c, x, top) -> {
                    bullet(c, x, top, Styles.TEAL);
                    b.draw(c, x + 12, top);
                }));
            }
        }

        private void bullet(Canvas c, float x, float lineTop, java.awt.Color color) throws IOException {
            c.circle(x + 2.6f, lineTop - Styles.BODY.leading() / 2 + 0.2f, 1.9f, color);
        }

        // ---- sun protection and the next appointment ----------------------------------------------------------

        private void sunProtection() throws IOException {
            CatalogTreatment sun = input.catalog().get(Treatment.SUN_PROTECTION);
            float pad = 13;
            float icon = 30;
            float textX = pad + icon + 12;
            float innerW = flow.width() - textX - pad;
            TextBlock head = TextBlock.of(fonts, t.get("sun.heading"), Styles.H1.withColor(Styles.INK), innerW);
            TextBlock intro = TextBlock.of(fonts, t.get("sun.intro"), Styles.BODY.withBold(true), innerW);
            TextBlock what = TextBlock.of(fonts, sun.description().in(t.language()), Styles.BODY, innerW);
            List<TextBlock> lines = new ArrayList<>();
            for (String l : sun.aftercare().in(t.language())) {
                lines.add(TextBlock.of(fonts, l, Styles.BODY, innerW - 12));
            }
            float h = head.height() + 4 + intro.height() + 4 + what.height() + 6;
            for (TextBlock b : lines) {
                h += b.height() + 2.5f;
            }
            float height = h + 2 * pad - 2;
            flow.gap(22);
            flow.keep(height, (c, top) -> {
                c.roundedRect(flow.left(), top - height, flow.width(), height, 8, Styles.SUN_TINT, null, 0);
                sunIcon(c, flow.left() + pad + icon / 2, top - pad - icon / 2, icon / 2);
                float x = flow.left() + textX;
                float y = top - pad;
                head.draw(c, x, y);
                y -= head.height() + 4;
                intro.draw(c, x, y);
                y -= intro.height() + 4;
                what.draw(c, x, y);
                y -= what.height() + 6;
                for (TextBlock b : lines) {
                    bullet(c, x, y, Styles.SUN.darker());
                    b.draw(c, x + 12, y);
                    y -= b.height() + 2.5f;
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

        private void nextAppointment() throws IOException {
            float pad = 13;
            float innerW = flow.width() - 2 * pad;
            TextBlock head = TextBlock.of(fonts, t.get("next.heading"), Styles.H1, innerW);
            String phone = input.clinic().phone();
            TextBlock questions = TextBlock.of(fonts, phone.isEmpty() ? t.get("next.questions.noPhone")
                    : t.format("next.questions", phone), Styles.SMALL, innerW);
            float row = 26;
            float height = pad + head.height() + 4 + 3 * row + 8 + questions.height() + pad;
            flow.gap(16);
            flow.keep(height, (c, top) -> {
                c.roundedRect(flow.left(), top - height, flow.width(), height, 8, null, Styles.TEAL, 1f);
                float x = flow.left() + pad;
                float y = top - pad;
                head.draw(c, x, y);
                y -= head.height() + 4;
                float half = (innerW - 20) / 2;
                writeLine(c, t.get("next.date"), x, y, half);
                writeLine(c, t.get("next.time"), x + half + 20, y, half);
                y -= row;
                writeLine(c, t.get("next.with"), x, y, innerW);
                y -= row;
                writeLine(c, t.get("next.notes"), x, y, innerW);
                y -= row + 8;
                questions.draw(c, x, y);
            });
        }

        /** A label and a line to write on, the line on the baseline of a row {@code 26} points high. */
        private void writeLine(Canvas c, String label, float x, float top, float width) throws IOException {
            TextBlock l = TextBlock.of(fonts, label, Styles.BODY.withBold(true).withColor(Styles.DEEP_TEAL), width);
            float base = top - 20;
            l.draw(c, x, base + 11);
            float lx = x + l.naturalWidth() + 6;
            c.line(lx, base, x + width, base, 0.7f, Styles.WRITE_LINE);
        }

        // ---- headings -----------------------------------------------------------------------------------------

        /** A section heading; it is drawn on the same page as what follows it. */
        private void heading(String text) throws IOException {
            TextBlock b = TextBlock.of(fonts, text, Styles.H1, flow.width());
            flow.gap(22);
            flow.keepWithNext(b.height() + 8, (c, top) -> {
                b.draw(c, flow.left(), top);
                c.line(flow.left(), top - b.height() - 2, flow.left() + flow.width(), top - b.height() - 2, 0.6f, Styles.RULE);
            });
        }

        /** A short introduction under a heading, kept with the heading and the first block after it. */
        private void lead(String text) throws IOException {
            TextBlock b = TextBlock.of(fonts, text, Styles.BODY, flow.width());
            flow.keepWithNext(b.height(), (c, top) -> b.draw(c, flow.left(), top));
        }
    }
}
