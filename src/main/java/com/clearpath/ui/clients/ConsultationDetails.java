package com.clearpath.ui.clients;

import com.clearpath.domain.Concern;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.EventFit;
import com.clearpath.domain.Exclusion;
import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.Flag;
import com.clearpath.domain.Hold;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Visit;
import com.clearpath.domain.VisitSchedule;
import com.clearpath.ui.common.CalendarMoved;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One consultation, read-only: the concerns recorded and the plan as it was made (recommended, waiting and for
 * what, ruled out and why, what the practitioner must act on, and the practitioner's own changes with their
 * reasons). Only text: nothing here can change the record. A final one can be corrected, which starts a new draft.
 */
final class ConsultationDetails {
    /** What the buttons do; {@code back} and {@code startFollowUp} are null when the consultation has no client. */
    record Actions(Runnable back, Runnable startCorrection, Runnable continueDraft, Runnable printHandout,
                   Runnable showSummary, Consumer<ConsultationDetails> exportVisits, Runnable startFollowUp) {
    }

    private final RecordWords words;
    private final Messages text;
    private final VBox root = new VBox();
    private final ScrollPane scroller = new ScrollPane();
    private final Node firstFocus;
    private final Button visits = new Button();
    private final Label visitsOutcome = new Label();
    private final VBox content = new VBox();

    /** {@code schedule} is a final consultation's agreed visits as they stand; the plan's own dates without it. */
    ConsultationDetails(RecordWords words, StoredConsultation k, StoredClient client, LocalDate correctsOn,
                        List<ConsultationEvent> documentEvents, Optional<VisitSchedule> schedule, List<Node> sections,
                        Actions actions) {
        this.words = words;
        this.text = words.text();
        Intake intake = k.intake();
        root.setId("consultation-details");
        root.getStyleClass().add("consultation-details");

        String who = client == null ? text.get("clients.unknownClient") : ClientsView.name(client);
        Button back = new Button(text.format("clients.consultation.back", who));
        back.setId("consultation-back");
        back.setAccessibleText(text.format("clients.consultation.back.accessible", who));
        back.getStyleClass().addAll("flat", "back-link");
        back.setOnAction(e -> actions.back().run());
        back.setVisible(actions.back() != null);
        back.managedProperty().bind(back.visibleProperty());

        Label title = new Label(text.format("clients.consultation.title", words.date(intake.consultedOn())));
        title.setId("consultation-title");
        title.getStyleClass().add("detail-title");
        Label badge = new Label();
        ClientHistory.badge(badge, words, k.status());
        badge.setId("consultation-status");
        HBox titleRow = new HBox(title, badge);
        titleRow.getStyleClass().add("detail-title-row");
        List<String> facts = new ArrayList<>();
        facts.add(who);
        if (intake.practitioner() != null && !intake.practitioner().isBlank()) {
            facts.add(text.format("clients.consultation.with", intake.practitioner()));
        }
        if (correctsOn != null || k.correctsId() != null) {
            facts.add(correctsOn == null ? text.get("clients.history.correctionOfEarlier")
                    : text.format("clients.history.correctionOf", words.date(correctsOn)));
        }
        Label subtitle = new Label(String.join(" · ", facts));
        subtitle.getStyleClass().add("detail-subtitle");
        subtitle.setWrapText(true);
        VBox heading = new VBox(titleRow, subtitle);
        heading.getStyleClass().add("detail-heading");
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox header = new HBox(heading);
        header.getStyleClass().add("detail-header");

        Button action;
        if (k.status() == ConsultationStatus.FINAL) {
            action = new Button(text.get("clients.correction"));
            action.setId("consultation-correction");
            action.setAccessibleText(text.get("clients.correction.accessible"));
            action.setOnAction(e -> actions.startCorrection().run());
        } else {
            action = new Button(text.get("clients.draft.continue"));
            action.setId("consultation-continue");
            action.setAccessibleText(text.get("clients.draft.continue.accessible"));
            action.setOnAction(e -> actions.continueDraft().run());
        }
        action.setMinWidth(Region.USE_PREF_SIZE);
        header.getChildren().add(action);
        // The next visit starts from the visit just read, as from the client's page; on the back link's row, where
        // it takes no room from the title.
        HBox top = new HBox(back);
        top.setAlignment(Pos.CENTER_LEFT);
        if (k.status() == ConsultationStatus.FINAL && actions.startFollowUp() != null) {
            Button followUp = new Button(text.get("clients.followUp"));
            followUp.setId("consultation-follow-up");
            followUp.setAccessibleText(text.format("clients.followUp.accessible", who));
            followUp.getStyleClass().add("accent");
            followUp.setMinWidth(Region.USE_PREF_SIZE);
            followUp.setOnAction(e -> actions.startFollowUp().run());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            top.getChildren().addAll(gap, followUp);
        }
        // The documents get a row of their own under the heading, so the title is never cut to make room for them.
        HBox documents = new HBox();
        documents.getStyleClass().add("detail-documents");
        documents.setSpacing(8);
        documents.managedProperty().bind(documents.visibleProperty());
        documents.setVisible(k.status() == ConsultationStatus.FINAL);
        if (k.status() == ConsultationStatus.FINAL) {
            Button summary = new Button(text.get("print.summary"));
            summary.setId("consultation-summary");
            summary.setAccessibleText(text.get("print.summary.details.accessible"));
            summary.setMinWidth(Region.USE_PREF_SIZE);
            summary.setOnAction(e -> actions.showSummary().run());
            Button print = new Button(text.get("print.handout"));
            print.setId("consultation-print");
            print.setAccessibleText(text.get("print.handout.details.accessible"));
            print.getStyleClass().add("accent");
            print.setMinWidth(Region.USE_PREF_SIZE);
            print.setOnAction(e -> actions.printHandout().run());
            documents.getChildren().addAll(print, summary);
            visits.setText(text.get("print.visits.button"));
            visits.setId("consultation-visits");
            visits.setAccessibleText(text.get("print.visits.button.accessible"));
            visits.setMinWidth(Region.USE_PREF_SIZE);
            visits.setOnAction(e -> actions.exportVisits().accept(this));
            boolean booked = schedule.map(s -> !s.visits().isEmpty()).orElse(k.plan() != null
                    && k.plan().protocol() != null && !k.plan().protocol().visits().isEmpty());
            visits.setDisable(!booked);
            documents.getChildren().add(visits);
        }
        visitsOutcome.setId("consultation-visits-outcome");
        visitsOutcome.getStyleClass().add("detail-note");
        visitsOutcome.setWrapText(true);
        visitsOutcome.managedProperty().bind(visitsOutcome.visibleProperty());
        visitsOutcome.setVisible(false);

        Label note = new Label(text.get(k.status() == ConsultationStatus.FINAL ? "clients.consultation.finalNote"
                : "clients.consultation.draftNote"));
        note.getStyleClass().add("detail-note");
        note.setWrapText(true);

        content.getStyleClass().add("detail-sections");
        if (k.status() == ConsultationStatus.FINAL) {
            // First, under the print buttons: the desk's question is whether the client already has their handout.
            content.getChildren().add(documentHistory(documentEvents));
        }
        if (schedule.isPresent()) {
            // Next to what was printed: the desk books these, moved by the sessions done since.
            content.getChildren().add(visits(schedule.get().standing(), schedule.get().visits()));
            // A session logged on this page moves them: the list follows without the page being read again.
            content.addEventHandler(CalendarMoved.READ, e -> content.getChildren().replaceAll(
                    n -> "consultation-visits-list".equals(n.getId())
                            ? visits(e.schedule().standing(), e.schedule().visits()) : n));
        } else if (k.plan() != null && k.plan().protocol() != null) {
            content.getChildren().add(visits(k.plan().protocol(), List.of()));
        }
        // What was done since (sessions performed against the plan) follows what was booked.
        content.getChildren().addAll(sections);
        content.getChildren().add(concerns(intake));
        if (k.plan() == null) {
            content.getChildren().add(section("consultation-plan", text.get("clients.plan.title"),
                    List.of(line(text.get("clients.plan.none"), "detail-muted"))));
        } else {
            content.getChildren().addAll(plan(k.plan(), k.overrides()));
        }
        scroller.setContent(content);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("view-scroller");
        scroller.setAccessibleText(text.get("clients.consultation.accessible"));
        // Arrow keys scroll the page; Backspace goes back, as in a browser.
        scroller.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && actions.back() != null) {
                actions.back().run();
                e.consume();
            }
        });
        VBox.setVgrow(scroller, Priority.ALWAYS);
        // When the page is short of height the scroller gives way, not the heading and note above it.
        for (Region fixed : List.of(top, header, documents, visitsOutcome, note)) {
            fixed.setMinHeight(Region.USE_PREF_SIZE);
        }
        scroller.setMinHeight(0);
        root.getChildren().addAll(top, header, documents, visitsOutcome, note, scroller);
        firstFocus = actions.back() != null ? back : scroller;
    }

    Node node() {
        return root;
    }

    /** A part built elsewhere (photos, sessions) shown after the record's own sections. */
    void addSection(Node section) {
        content.getChildren().add(section);
    }

    void focus() {
        firstFocus.requestFocus();
    }

    /** Says how writing the visits file went, under the buttons. */
    void showVisitsOutcome(String message, boolean problem) {
        visitsOutcome.setText(message);
        visitsOutcome.getStyleClass().remove("detail-warning");
        if (problem) {
            visitsOutcome.getStyleClass().add("detail-warning");
        }
        visitsOutcome.setVisible(true);
    }

    void focusVisits() {
        visits.requestFocus();
    }

    /**
     * The suggested visits, one line each: the date (the day done, or the day it stands on and the one planned when
     * they differ), the treatments, and until when the downtime shows. {@code scheduled} is empty for a plan's own
     * dates.
     */
    private Node visits(Protocol p, List<VisitSchedule.Scheduled> scheduled) {
        List<Node> lines = new ArrayList<>();
        if (p.startsAfterHolds()) {
            lines.add(line(text.get("clients.visits.provisional"), "detail-warning"));
        }
        for (int i = 0; i < p.visits().size(); i++) {
            Visit v = p.visits().get(i);
            VisitSchedule.Scheduled at = i < scheduled.size() ? scheduled.get(i) : null;
            String title = at == null ? text.format("clients.visits.item", v.visit(), words.date(v.date()))
                    : at.done() ? text.format("clients.visits.item.done", v.visit(), words.date(v.date()))
                    : at.moved() ? text.format("clients.visits.item.moved", v.visit(), words.date(v.date()),
                    words.date(at.planned().date()))
                    : text.format("clients.visits.item", v.visit(), words.date(v.date()));
            String treatments = v.treatments().stream().map(words::treatment).collect(Collectors.joining(" + "));
            String downtime = v.downtimeUntil() == null || !v.downtimeUntil().isAfter(v.date())
                    ? text.get("clients.visits.noDowntime")
                    : text.format("clients.visits.downtime", words.date(v.downtimeUntil()));
            lines.add(item(title, treatments + " \u00b7 " + downtime));
        }
        if (p.visits().isEmpty()) {
            lines.add(line(text.get("clients.visits.none"), "detail-muted"));
        } else {
            lines.add(line(text.format("clients.visits.totals", p.visitCount().toString(),
                    p.durationWeeks().toString(), p.downtimeDays().toString()), "detail-text"));
        }
        EventFit event = p.eventDate();
        if (event != null) {
            lines.add(line(text.format(event.fits() ? "clients.visits.event.fits" : "clients.visits.event.moves",
                    words.date(event.date())), event.fits() ? "detail-text" : "detail-warning"));
        }
        return section("consultation-visits-list", text.get("clients.visits.title"), lines);
    }

    /** When and where its documents were printed or saved, newest first, so the desk knows what the client has. */
    private Node documentHistory(List<ConsultationEvent> events) {
        List<Node> lines = new ArrayList<>();
        List<ConsultationEvent> newestFirst = new ArrayList<>(events);
        Collections.reverse(newestFirst); // the store lists them in the order they happened
        for (ConsultationEvent e : newestFirst) {
            String when = words.dateTime(LocalDateTime.ofInstant(e.at(), ZoneId.systemDefault()));
            String what = text.format(e.kind() == ConsultationEvent.Kind.PRINTED ? "clients.documents.printed"
                    : e.kind() == ConsultationEvent.Kind.VISITS_EXPORTED ? "clients.documents.visits"
                    : "clients.documents.saved", e.detail());
            lines.add(item(when, e.actor() == null || e.actor().isBlank() ? what
                    : text.format("clients.documents.by", what, e.actor())));
        }
        if (lines.isEmpty()) {
            lines.add(line(text.get("clients.documents.none"), "detail-muted"));
        }
        return section("consultation-documents", text.get("clients.documents.title"), lines);
    }

    private Node concerns(Intake intake) {
        List<Node> lines = new ArrayList<>();
        for (Concern c : intake.concerns()) {
            List<String> parts = new ArrayList<>();
            if (!c.zones().isEmpty()) {
                parts.add(words.zones(c.zones()));
            }
            if (c.count() != null) {
                parts.add(text.format("clients.concern.count", c.count()));
            }
            if (c.distensible() != null) {
                parts.add(text.get(c.distensible() ? "clients.concern.distensible" : "clients.concern.notDistensible"));
            }
            if (c.pigmentDepth() != null) {
                parts.add(words.pigment(c.pigmentDepth()));
            }
            lines.add(item(c.kind() == null ? text.get("clients.concern.unknown") : words.concern(c.kind()),
                    String.join(" · ", parts)));
        }
        if (lines.isEmpty()) {
            lines.add(line(text.get("records.noConcerns"), "detail-muted"));
        }
        if (intake.goodmanBaronGrade() != null) {
            lines.add(line(text.format("clients.concern.grade", intake.goodmanBaronGrade()), "detail-text"));
        }
        if (intake.goals() != null && !intake.goals().isBlank()) {
            lines.add(item(text.get("clients.concern.goals"), intake.goals()));
        }
        if (intake.notes() != null && !intake.notes().isBlank()) {
            lines.add(item(text.get("clients.concern.notes"), intake.notes()));
        }
        return section("consultation-concerns", text.get("clients.concerns.title"), lines);
    }

    private List<Node> plan(Plan plan, List<PlanOverride> overrides) {
        List<Node> out = new ArrayList<>();
        List<Node> status = new ArrayList<>();
        if (plan.status() == PlanStatus.READY) {
            status.add(line(text.get("clients.plan.ready"), "detail-text"));
        } else {
            status.add(line(text.get("clients.plan.defer"), "detail-warning"));
        }
        for (Hold h : plan.holds()) {
            status.add(item(words.hold(h.code()), text.reasons().of(h.reason())));
        }
        out.add(section("consultation-plan", text.get("clients.plan.title"), status));

        List<Node> recommended = new ArrayList<>();
        for (Recommendation r : plan.recommendations()) {
            recommended.add(recommendation(r));
        }
        if (recommended.isEmpty()) {
            recommended.add(line(text.get("clients.plan.nothingNow"), "detail-muted"));
        }
        out.add(section("plan-recommended", text.get("clients.plan.recommended"), recommended));

        if (!plan.deferred().isEmpty()) {
            List<Node> deferred = new ArrayList<>();
            for (Recommendation r : plan.deferred()) {
                String waits = r.waitsFor().isEmpty() ? text.get("clients.plan.waitsForHolds")
                        : text.format("clients.plan.waitsFor",
                        r.waitsFor().stream().map(words::hold).collect(Collectors.joining(", ")));
                deferred.add(item(name(r), waits));
            }
            out.add(section("plan-deferred", text.get("clients.plan.deferred"), deferred));
        }

        if (!plan.excluded().isEmpty()) {
            List<Node> excluded = new ArrayList<>();
            List<String> notIndicated = new ArrayList<>();
            for (Exclusion e : plan.excluded()) {
                List<ExclusionReason> reasons = e.reasons().stream()
                        .filter(r -> r.code() != ExclusionCode.NOT_INDICATED).toList();
                if (reasons.isEmpty()) {
                    // Ruled out only because no concern calls for it: one line for all of these, not a wall of them.
                    notIndicated.add(words.treatment(e.treatment()));
                } else {
                    excluded.add(item(words.treatment(e.treatment()),
                            reasons.stream().map(r -> text.reasons().of(r.reason())).collect(Collectors.joining(" "))));
                }
            }
            if (!notIndicated.isEmpty()) {
                excluded.add(item(text.get("clients.plan.notIndicated"), String.join(", ", notIndicated)));
            }
            out.add(section("plan-excluded", text.get("clients.plan.excluded"), excluded));
        }

        if (!plan.flags().isEmpty()) {
            Map<String, List<String>> byCode = new LinkedHashMap<>();
            for (Flag f : plan.flags()) {
                byCode.computeIfAbsent(words.flag(f.code()), x -> new ArrayList<>()).add(text.reasons().joined(f.reasons()));
            }
            List<Node> flags = new ArrayList<>();
            byCode.forEach((title, texts) -> flags.add(item(title, String.join(" ", texts))));
            out.add(section("plan-flags", text.get("clients.plan.flags"), flags));
        }

        if (!overrides.isEmpty()) {
            List<Node> changes = new ArrayList<>();
            for (PlanOverride o : overrides) {
                String by = o.by() == null || o.by().isBlank() ? "" : o.by();
                String when = o.at() == null ? "" : words.date(LocalDateTime.ofInstant(o.at(), ZoneId.systemDefault())
                        .toLocalDate());
                String who = by.isEmpty() && when.isEmpty() ? "" : " (" + (by.isEmpty() ? when
                        : when.isEmpty() ? by : by + ", " + when) + ")";
                changes.add(item(text.format("clients.plan.override", words.action(o.action()),
                        words.treatment(o.treatment())), text.format("clients.plan.overrideReason", o.reason()) + who));
            }
            out.add(section("plan-overrides", text.get("clients.plan.overrides"), changes));
        }
        return out;
    }

    private Node recommendation(Recommendation r) {
        List<String> schedule = new ArrayList<>();
        if (r.sessions() != null) {
            schedule.add(text.format("clients.plan.sessions", r.sessions().toString()));
        }
        if (r.intervalWeeks() != null) {
            schedule.add(text.format("clients.plan.interval", r.intervalWeeks().toString()));
        }
        if (r.sessions() == null && r.intervalWeeks() == null) {
            schedule.add(text.get("clients.plan.daily"));
        }
        if (r.referOut()) {
            schedule.add(text.get("clients.plan.referOut"));
        }
        String why = text.reasons().joined(r.why());
        return item(name(r), String.join(" · ", schedule) + (why.isEmpty() ? "" : "\n" + why));
    }

    /** The name the plan was made with (the clinic's product name at the time), else today's catalog name. */
    private String name(Recommendation r) {
        // In another language than the plan's (English) the catalog's name in that language is used.
        boolean english = text.language() == Language.EN;
        return english && r.name() != null && !r.name().isBlank() ? r.name() : words.treatment(r.treatment());
    }

    private static VBox section(String id, String title, List<Node> lines) {
        Label heading = new Label(title);
        heading.getStyleClass().add("detail-section-title");
        VBox box = new VBox(heading);
        box.getChildren().addAll(lines);
        box.getStyleClass().add("detail-section");
        box.setId(id);
        return box;
    }

    /** A bold name and, under it, what it means. */
    private static Node item(String name, String body) {
        Label n = new Label(name);
        n.getStyleClass().add("detail-item-name");
        n.setWrapText(true);
        VBox box = new VBox(n);
        if (body != null && !body.isBlank()) {
            Label b = new Label(body);
            b.getStyleClass().add("detail-item-body");
            b.setWrapText(true);
            box.getChildren().add(b);
        }
        box.getStyleClass().add("detail-item");
        return box;
    }

    private static Label line(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
