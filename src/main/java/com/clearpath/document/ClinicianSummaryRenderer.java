package com.clearpath.document;

import com.clearpath.AppVersion;
import com.clearpath.document.layout.DocumentFonts;
import com.clearpath.document.layout.PageFlow;
import com.clearpath.document.layout.Span;
import com.clearpath.document.layout.Table;
import com.clearpath.document.layout.TextBlock;
import com.clearpath.document.layout.TextStyle;
import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.ConsentVersion;
import com.clearpath.domain.Exclusion;
import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.Flag;
import com.clearpath.domain.Hold;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeChange;
import com.clearpath.domain.IntakeChanges;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Range;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Screening;
import com.clearpath.domain.SignedConsent;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Visit;
import com.clearpath.exchange.ProtocolWords;
import com.clearpath.words.ReasonWords;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The clinician summary: every intake answer, the whole plan with reasons, cautions and sources, what was ruled
 * out and why, flags, overrides, and the versions that produced it. For the clinic's records; English.
 * Thread-safe: each call builds its own document from shared, read-only resources.
 */
public final class ClinicianSummaryRenderer {
    private static final Logger LOG = Logger.getLogger(ClinicianSummaryRenderer.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    private static final Pattern SOURCE_ID = Pattern.compile("\\bR[0-9]+\\b");

    private final DocumentResources resources;

    public ClinicianSummaryRenderer() {
        this.resources = DocumentResources.shared();
    }

    /** Writes the summary as PDF to {@code out} (not closed) and returns the number of pages. */
    public int render(DocumentInput input, PaperSize paper, OutputStream out) throws IOException {
        return render(input, paper, Language.EN, out);
    }

    /** The summary with the plan's reasons and cautions in {@code reasons}' language (the rest is in English). */
    public int render(DocumentInput input, PaperSize paper, Language reasons, OutputStream out) throws IOException {
        long start = System.nanoTime();
        try (PDDocument doc = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(doc, resources.fonts());
            try {
                new Writer(doc, fonts, input, paper, reasons).write();
                doc.save(out);
            } finally {
                fonts.close();
            }
            int pages = doc.getNumberOfPages();
            LOG.fine(() -> String.format(Locale.ROOT, "Clinician summary (%s): %d pages in %.1f ms", paper.code(),
                    pages, (System.nanoTime() - start) / 1e6));
            return pages;
        }
    }

    private final class Writer {
        private static final float MARGIN_X = 50f;
        private static final float MARGIN_TOP = 42f;
        private static final float MARGIN_BOTTOM = 58f;
        private static final TextStyle BODY = new TextStyle(8.6f, 12f, false, Styles.INK);
        private static final TextStyle KEY = new TextStyle(8.6f, 12f, true, Styles.MUTED);
        private static final TextStyle HEAD = new TextStyle(7.6f, 10.5f, true, Styles.DEEP_TEAL);
        private static final TextStyle SOURCES = new TextStyle(7.6f, 10.5f, false, Styles.MUTED);
        private static final TextStyle ITEM = new TextStyle(10f, 13.5f, true, Styles.INK);

        private final PDDocument doc;
        private final DocumentFonts fonts;
        private final DocumentInput input;
        private final Intake intake;
        private final Plan plan;
        private final PageFlow flow;
        private final HandoutText english = resources.text(Language.EN);
        private final ReasonWords reasons;
        /** Every source id the summary cites, in the order of the reference list (R1, R2, … R76). */
        private final SortedSet<String> cited = new TreeSet<>(
                Comparator.comparingInt((String id) -> sourceNumber(id)).thenComparing(id -> id));

        Writer(PDDocument doc, DocumentFonts fonts, DocumentInput input, PaperSize paper, Language language) {
            this.reasons = ReasonWords.in(language);
            this.doc = doc;
            this.fonts = fonts;
            this.input = input;
            this.intake = input.intake();
            this.plan = input.plan();
            this.flow = new PageFlow(doc, paper.rectangle(), MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        }

        void write() throws IOException {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Clinician summary");
            info.setAuthor(input.clinic().name());
            info.setCreator("Clearpath Consult");
            doc.getDocumentCatalog().setLanguage("en");

            List<String> right = new ArrayList<>(List.of("Clinician summary", "For clinic records"));
            flow.advance(Letterhead.header(doc, flow, fonts, input.clinic(), resources.logo(input.clinic()), right));
            flow.onContinuationPage(Letterhead.continuation(fonts, flow, "Clinician summary  ·  " + input.clientName(),
                    input.consultationNumber().isEmpty() ? input.clinic().name() : "Consultation " + input.consultationNumber()));
            consultation();
            sinceEarlierVisit();
            protocol();
            assessment();
            planSection();
            recommendations("Recommended now", plan.recommendations(), true);
            recommendations("Deferred until the holds clear", plan.deferred(), false);
            exclusions();
            flags();
            overrides();
            consents();
            versions();
            signature();
            references();
            flow.finish();
            String left = input.clinic().name() + (input.consultationNumber().isEmpty() ? ""
                    : "  ·  Consultation " + input.consultationNumber()) + "  ·  Confidential";
            Letterhead.footers(flow, fonts, left, "Catalog " + catalogVersion(),
                    (n, count) -> "Page " + n + " of " + count, MARGIN_BOTTOM);
        }

        private String catalogVersion() {
            return plan.catalogVersion() == null ? input.catalog().version() : plan.catalogVersion();
        }

        private void consultation() throws IOException {
            flow.gap(14);
            TextBlock title = TextBlock.of(fonts, input.clientName(), Styles.TITLE.withSize(17f, 21f), flow.width());
            flow.keep(title.height(), (c, top) -> title.draw(c, flow.left(), top));
            flow.gap(8);
            Client client = intake.client();
            String dob = client.dateOfBirth() == null ? "" : DATE.format(client.dateOfBirth()) + "  (age "
                    + Period.between(client.dateOfBirth(), intake.consultedOn()).getYears() + " at consultation)";
            Table t = keyValue();
            t.row("Date of birth", dob);
            t.row("Phone", orDash(client.phone()));
            t.row("Email", orDash(client.email()));
            t.row("Consulted on", DATE.format(intake.consultedOn()));
            t.row("Practitioner", orDash(intake.practitioner()));
            t.row("Consultation no.", orDash(input.consultationNumber()));
            t.row("Issued on", DATE.format(input.issuedOn()));
            t.draw(flow, fonts);
        }

        /** For a follow-up: what changed since the visit it follows, before the plan made from it. */
        private void sinceEarlierVisit() throws IOException {
            if (input.changesIfAny().isEmpty()) {
                return;
            }
            IntakeChanges changes = input.changesIfAny().get();
            heading(changes.since() == null ? "Since the earlier visit" : "Since the visit of " + DATE.format(changes.since()));
            if (changes.isEmpty()) {
                paragraph("Nothing recorded differently.");
                return;
            }
            for (IntakeChange c : changes.changes()) {
                paragraph("• " + ClinicalTerms.change(c, this::treatmentName));
            }
        }

        /** The agreed combined plan first: its steps with why and sources, the visits with dates, totals, the event. */
        private void protocol() throws IOException {
            heading("Protocol");
            Protocol p = input.agreed().protocol();
            if (p == null) {
                paragraph("This plan was kept before plans carried a combined protocol; every option is listed below.");
                return;
            }
            String start = "Week 0 is " + DATE.format(p.startsOn()) + (p.startsAfterHolds()
                    ? "; in-clinic steps wait for the holds, so the dates below are provisional, counted from it." : ".");
            paragraph(start);
            long changes = input.overrides().stream().filter(o -> o.action().onProtocol()).count();
            if (changes > 0) {
                paragraph("As agreed with the client: " + changes + (changes == 1 ? " change" : " changes")
                        + " to the proposed protocol, each with its reason under Overrides.");
            }
            flow.gap(6);
            Table steps = new Table(BODY, 0.45f, 1.5f, 2.1f, 2.6f, 1.1f, 1.7f, 1f)
                    .header(HEAD, Styles.TINT, "#", "Purpose", "Chosen", "Alternatives", "Starts", "Sessions", "Sources")
                    .rules(Styles.RULE).columnStyle(2, BODY.withBold(true));
            for (ProtocolStep st : p.steps()) {
                String sessions = st.sessions() == null ? "Daily, at home"
                        : range(st.sessions(), "session", "sessions") + (st.intervalWeeks() == null ? ""
                        : ", every " + range(st.intervalWeeks(), "week", "weeks"));
                steps.row(Integer.toString(st.order()), ClinicalTerms.purpose(st.purpose()), treatmentName(st.treatment()),
                        st.alternatives().isEmpty() ? "–" : st.alternatives().stream().map(this::treatmentName)
                                .collect(Collectors.joining(", ")),
                        "week " + st.startWeek(), sessions, cite(st.sources()));
            }
            steps.draw(flow, fonts);
            flow.gap(6);
            Table why = Table.keyValue(KEY, BODY, 0.22f).padding(0, 2.2f);
            for (ProtocolStep st : p.steps()) {
                why.row("Step " + st.order() + " why", st.why().isEmpty() ? "Added by the practitioner (see Overrides)" : bullets(st.why().stream().map(r -> {
                    cite(r.sources());
                    return ProtocolWords.reason(r) + (r.sources().isEmpty() ? ""
                            : " [" + String.join(", ", r.sources()) + "]");
                }).toList()));
            }
            why.draw(flow, fonts);
            if (!p.visits().isEmpty()) {
                flow.gap(8);
                Table visits = new Table(BODY, 0.8f, 1.6f, 4.6f, 1.8f)
                        .header(HEAD, Styles.TINT, "Visit", "Date", "Treatments", "Downtime until").rules(Styles.RULE);
                for (Visit v : p.visits()) {
                    visits.row(Integer.toString(v.visit()), DATE.format(v.date()),
                            v.treatments().stream().map(this::treatmentName).collect(Collectors.joining(" + ")),
                            v.downtimeUntil() == null ? "–" : DATE.format(v.downtimeUntil()));
                }
                visits.draw(flow, fonts);
            }
            flow.gap(6);
            Table totals = keyValue();
            totals.row("Totals", range(p.visitCount(), "visit", "visits") + " over " + range(p.durationWeeks(), "week", "weeks")
                    + "; downtime " + range(p.downtimeDays(), "day", "days") + " in all (suggested visits are the "
                    + "shortest course)");
            if (p.eventDate() != null) {
                totals.row("Event date", DATE.format(p.eventDate().date()) + ": " + (p.eventDate().fits() ? "fits. " : "does not fit. ")
                        + ProtocolWords.event(p.eventDate()));
            }
            totals.draw(flow, fonts);
        }

        private void assessment() throws IOException {
            heading("Assessment");
            Table concerns = new Table(BODY, 2.3f, 2.6f, 0.8f, 1.1f, 1.4f)
                    .header(HEAD, Styles.TINT, "Concern", "Zones", "Count", "Distensible", "Pigment depth")
                    .rules(Styles.RULE);
            for (Concern c : intake.concerns()) {
                concerns.row(ClinicalTerms.concern(c.kind()), ClinicalTerms.zones(c.zones()),
                        c.count() == null ? "–" : c.count().toString(),
                        c.distensible() == null ? "–" : c.distensible() ? "yes" : "no",
                        c.pigmentDepth() == null ? "–" : ClinicalTerms.depth(c.pigmentDepth()));
            }
            concerns.draw(flow, fonts);
            flow.gap(8);
            Table t = keyValue();
            t.row("Goodman & Baron grade", ClinicalTerms.goodman(intake.goodmanBaronGrade()));
            var skin = intake.skin();
            String fitz = ClinicalTerms.fitzpatrick(skin == null ? null : skin.fitzpatrick())
                    + (input.fitzpatrickScore() == null ? "" : "  (questionnaire score " + input.fitzpatrickScore() + ")");
            t.row("Fitzpatrick", fitz);
            t.row("Sensitivity", ClinicalTerms.sensitivity(skin == null ? null : skin.sensitivity()));
            List<SkinCondition> conditions = skin == null ? List.of() : skin.conditions();
            t.row("Skin conditions", conditions.isEmpty() ? "None recorded"
                    : conditions.stream().map(ClinicalTerms::condition).collect(Collectors.joining(", ")));
            var acne = intake.activeAcne();
            t.row("Active acne", acne == null ? "Not recorded" : ClinicalTerms.iga(acne.iga()));
            t.row("Nodules or cysts", acne == null ? "Not recorded" : acne.nodulesOrCysts() ? "Yes" : "No");
            t.row("Screening", intake.screening().isEmpty() ? "None apply"
                    : intake.screening().stream().map(ClinicalTerms::screening).map(s -> "• " + s)
                    .collect(Collectors.joining("\n")));
            isotretinoin(intake).ifPresent(line -> t.row("Isotretinoin", line));
            t.row("Goals", orDash(intake.goals()));
            t.row("Notes", orDash(intake.notes()));
            t.draw(flow, fonts);
        }

        /** When isotretinoin was stopped (and when the 6 months after are over), or that it is taken now. */
        private Optional<String> isotretinoin(Intake intake) {
            var d = intake.screeningDetails();
            if (d.takingIsotretinoin()) {
                return Optional.of("Taking it now");
            }
            if (d.isotretinoinStoppedOn() == null) {
                return Optional.empty();
            }
            return Optional.of("Stopped on " + d.isotretinoinStoppedOn() + "; 6 months after stopping: "
                    + d.isotretinoinWaitEnds());
        }

        private void planSection() throws IOException {
            heading("Plan");
            boolean ready = plan.status() == PlanStatus.READY;
            TextStyle statusStyle = new TextStyle(9.6f, 13f, true, ready ? Styles.DEEP_TEAL : Styles.WAIT.darker());
            TextBlock status = TextBlock.of(fonts, List.of(new Span("Status: ", true, Styles.INK),
                    new Span(ready ? "Ready, procedures may start now" : "Deferred, every procedure waits for the holds below",
                            true, null)), statusStyle, flow.width());
            flow.keep(status.height(), (c, top) -> status.draw(c, flow.left(), top));
            if (!plan.holds().isEmpty()) {
                flow.gap(6);
                Table holds = new Table(BODY, 2.6f, 5.6f, 1f).header(HEAD, Styles.WAIT_TINT, "Hold", "Why", "Sources")
                        .rules(Styles.RULE).columnStyle(0, BODY.withBold(true));
                for (Hold h : plan.holds()) {
                    holds.row(ClinicalTerms.hold(h.code()), citing(reasons.of(h.reason())), cite(h.sources()));
                }
                holds.draw(flow, fonts);
            }
        }

        private void recommendations(String title, List<Recommendation> list, boolean now) throws IOException {
            if (list.isEmpty() && !now) {
                return;
            }
            heading(title);
            int n = 1;
            for (Recommendation r : list) {
                String name = input.catalog().get(r.treatment()) == null ? r.name() : input.catalog().get(r.treatment()).name().in(Language.EN);
                TextBlock head = TextBlock.of(fonts, List.of(new Span(n++ + ".  " + name, true, null)), ITEM, flow.width());
                flow.gap(8);
                flow.keepWithNext(head.height() + 2, (c, top) -> head.draw(c, flow.left(), top));
                Table t = keyValue();
                t.row("Targets", r.targets().isEmpty() ? "–"
                        : r.targets().stream().map(ClinicalTerms::concern).collect(Collectors.joining(", ")));
                t.row("Performed by", ClinicalTerms.performedBy(r.performedBy()) + (r.referOut() ? "  (refer out: not offered here)" : ""));
                String schedule = r.treatment().homeCare() ? "Daily, at home"
                        : range(r.sessions(), "session", "sessions") + (r.intervalWeeks() == null ? ""
                        : ", every " + range(r.intervalWeeks(), "week", "weeks"))
                        + (r.downtimeDays() == null ? "" : "; downtime " + range(r.downtimeDays(), "day", "days"));
                t.row("Schedule", schedule);
                if (!r.waitsFor().isEmpty()) {
                    t.row("Waits for", r.waitsFor().stream().map(ClinicalTerms::hold).collect(Collectors.joining(", ")));
                }
                t.row("Why", r.why().isEmpty() ? "–" : citing(bullets(reasons.all(r.why()))));
                if (!r.cautions().isEmpty()) {
                    t.row("Cautions", citing(bullets(reasons.all(r.cautions()))));
                }
                t.row("Sources", r.sources().isEmpty() ? "–" : cite(r.sources()));
                t.draw(flow, fonts);
            }
        }

        private void exclusions() throws IOException {
            heading("Ruled out");
            if (plan.excluded().isEmpty()) {
                paragraph("Nothing was ruled out.");
                return;
            }
            // Treatments that simply do not treat what was found are one line, not a table row each.
            List<String> notIndicated = new ArrayList<>();
            List<Exclusion> ruledOut = new ArrayList<>();
            for (Exclusion e : plan.excluded()) {
                if (e.reasons().stream().allMatch(r -> r.code() == ExclusionCode.NOT_INDICATED)) {
                    notIndicated.add(treatmentName(e.treatment()));
                } else {
                    ruledOut.add(e);
                }
            }
            if (!ruledOut.isEmpty()) {
                Table t = new Table(BODY, 2.1f, 2.1f, 4.1f, 1f).header(HEAD, Styles.TINT, "Treatment", "Reason", "Detail", "Sources")
                        .rules(Styles.RULE);
                for (Exclusion e : ruledOut) {
                    boolean first = true;
                    for (ExclusionReason reason : e.reasons()) {
                        t.richRow(List.of(
                                first ? List.of(new Span(treatmentName(e.treatment()), true, null)) : List.of(Span.plain("")),
                                List.of(Span.plain(english.get("excluded." + reason.code().name()))),
                                List.of(Span.plain(citing(reasons.of(reason.reason())))),
                                List.of(new Span(cite(reason.sources()), false, Styles.MUTED))));
                        first = false;
                    }
                }
                t.draw(flow, fonts);
            }
            if (!notIndicated.isEmpty()) {
                flow.gap(ruledOut.isEmpty() ? 0 : 8);
                TextBlock b = TextBlock.of(fonts, List.of(new Span(english.get("excluded.NOT_INDICATED") + ": ", true, null),
                        new Span(String.join(", ", notIndicated) + ".", false, null)), BODY, flow.width());
                flow.paragraph(b, 0);
            }
        }

        private String treatmentName(Treatment code) {
            var entry = input.catalog().get(code);
            return entry == null ? code.name() : entry.name().in(Language.EN);
        }

        private void flags() throws IOException {
            heading("Flags");
            if (plan.flags().isEmpty()) {
                paragraph("No flags.");
                return;
            }
            Table t = new Table(BODY, 2.6f, 5.6f, 1f).header(HEAD, Styles.WAIT_TINT, "Flag", "Action", "Sources")
                    .rules(Styles.RULE).columnStyle(0, BODY.withBold(true));
            for (Flag f : plan.flags()) {
                t.row(ClinicalTerms.flag(f.code()), citing(reasons.joined(f.reasons())), cite(f.sources()));
            }
            t.draw(flow, fonts);
        }

        private void overrides() throws IOException {
            heading("Overrides");
            if (input.overrides().isEmpty()) {
                paragraph("The plan was not changed by hand.");
                return;
            }
            Table t = new Table(BODY, 4.2f, 3.8f, 1.4f).header(HEAD, Styles.TINT, "Change", "Reason", "By")
                    .rules(Styles.RULE);
            AgreedPlan agreed = input.agreed();
            for (PlanOverride o : input.overrides()) {
                OverrideLine line = OverrideLine.of(o, agreed, input.catalog());
                t.row(line.change(), orDash(line.reason()), orDash(line.by()));
            }
            t.draw(flow, fonts);
        }

        /** The informed consents signed in this consultation: what each covers, in which text, and where it stands. */
        private void consents() throws IOException {
            if (input.consents().isEmpty()) {
                return;
            }
            heading("Consents");
            Table t = new Table(BODY, 3.6f, 2.4f, 1.6f, 2.6f).header(HEAD, Styles.TINT, "Treatments", "Text version",
                    "Signed", "State").rules(Styles.RULE);
            for (ConsentStanding c : input.consents()) {
                SignedConsent k = c.consent();
                String treatments = k.treatments().stream().map(this::treatmentName).collect(Collectors.joining(", "));
                String versions = k.treatments().stream().map(tr -> k.versions().get(tr)).distinct()
                        .map(v -> (v.origin() == ConsentVersion.Origin.CLINIC ? "clinic" : "standard") + " v"
                                + v.number()).collect(Collectors.joining(", "));
                // The records keep the instant; the summary is printed where the clinic is.
                String signed = DATE.format(k.signedAt().atZone(ZoneId.systemDefault()).toLocalDate());
                String state = switch (c.state()) {
                    case VALID -> "Valid until " + DATE.format(c.dueOn());
                    case EXPIRED -> "Expired on " + DATE.format(c.dueOn());
                    case WITHDRAWN -> "Withdrawn on " + DATE.format(c.withdrawal().orElseThrow().at()
                            .atZone(ZoneId.systemDefault()).toLocalDate());
                };
                t.row(treatments, versions + " (" + k.language().code() + ")", signed, state);
            }
            t.draw(flow, fonts);
        }

        private void versions() throws IOException {
            heading("Versions");
            Table t = keyValue();
            t.row("Catalog", catalogVersion());
            t.row("Rules engine", plan.engineVersion() == null ? "–" : plan.engineVersion());
            t.row("Application", AppVersion.get());
            t.draw(flow, fonts);
        }

        private void signature() throws IOException {
            flow.gap(26);
            float height = 40;
            flow.keep(height, (c, top) -> {
                float col = (flow.width() - 40) / 3;
                String[] labels = {"Practitioner" + (intake.practitioner() == null || intake.practitioner().isBlank()
                        ? "" : ": " + intake.practitioner()), "Signature", "Date"};
                for (int i = 0; i < 3; i++) {
                    float x = flow.left() + i * (col + 20);
                    c.line(x, top - 22, x + col, top - 22, 0.7f, Styles.WRITE_LINE);
                    TextBlock.of(fonts, labels[i], SOURCES, col).draw(c, x, top - 25);
                }
            });
        }

        /** What the summary cites, with each source's citation from the catalog, so "R32" can be looked up. */
        private void references() throws IOException {
            if (cited.isEmpty()) {
                return;
            }
            heading("References");
            paragraph("Sources cited above, by their number in the clinic's clinical reference.");
            flow.gap(4);
            Table t = new Table(SOURCES, 0.7f, 9f).padding(0, 1.6f).columnStyle(0, SOURCES.withBold(true));
            for (String id : cited) {
                t.row(id, input.catalog().source(id).orElse("Not in this catalog's source list"));
            }
            t.draw(flow, fonts);
        }

        /** The ids as listed, noted for the reference list. */
        private String cite(List<String> ids) {
            cited.addAll(ids);
            return String.join(", ", ids);
        }

        /** Ids cited inside a text ("… [R24]"), noted for the reference list; the text is unchanged. */
        private String citing(String text) {
            if (text != null) {
                SOURCE_ID.matcher(text).results().forEach(m -> cited.add(m.group()));
            }
            return text;
        }

        // ---- helpers --------------------------------------------------------------------------------------------

        private Table keyValue() {
            return Table.keyValue(KEY, BODY, 0.22f).padding(0, 2.2f);
        }

        private void heading(String text) throws IOException {
            TextBlock b = TextBlock.of(fonts, text, Styles.H1.withSize(12.5f, 16f), flow.width());
            flow.gap(16);
            flow.keepWithNext(b.height() + 7, (c, top) -> {
                b.draw(c, flow.left(), top);
                c.line(flow.left(), top - b.height() - 2, flow.left() + flow.width(), top - b.height() - 2, 0.6f, Styles.RULE);
            });
        }

        private void paragraph(String text) throws IOException {
            flow.paragraph(TextBlock.of(fonts, text, BODY, flow.width()), 0);
        }

        private String bullets(List<String> lines) {
            return lines.stream().map(l -> "• " + l).collect(Collectors.joining("\n"));
        }

        private String range(Range r, String one, String many) {
            return r == null ? "–" : r + " " + (r.max() == 1 ? one : many);
        }

        private static int sourceNumber(String id) {
            try {
                return Integer.parseInt(id.substring(1));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                return Integer.MAX_VALUE;
            }
        }

        private String orDash(String s) {
            return s == null || s.isBlank() ? "–" : s.strip();
        }

    }
}
