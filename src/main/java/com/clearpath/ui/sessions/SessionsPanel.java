package com.clearpath.ui.sessions;

import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.StepProgress;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.ui.common.CalendarMoved;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import com.clearpath.ui.sessions.SessionLog.Entry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The consultation page's treatment sessions: each in-clinic step of the agreed plan with "Session 2 of 3", the next
 * visit ("Next visit: 12 Mar 2026 (planned 26 Feb 2026)"), the log
 * of sessions done, newest first (a corrected entry struck through and linked to its correction), and the form to
 * log or correct one. Everything it shows comes from {@link SessionLog}; a saved entry has no field to edit.
 */
final class SessionsPanel {
    private final Messages text;
    private final SessionWords words;
    private final SessionLog model;
    private final VBox root = new VBox();
    private final VBox steps = new VBox();
    private final VBox formArea = new VBox();
    private final VBox log = new VBox();
    private final Button logNew = new Button();
    private final Label failure = new Label();
    private final Label nextVisit = new Label();
    /** Each entry's box, so a link to a correction can bring it into view. */
    private final Map<UUID, Node> entryNodes = new HashMap<>();

    SessionsPanel(SessionWords words, SessionLog model) {
        this.text = words.records().text();
        this.words = words;
        this.model = model;
        root.setId("consultation-sessions");
        root.getStyleClass().addAll("detail-section", "sessions-panel");
        Label heading = new Label(text.get("clients.session.title"));
        heading.getStyleClass().add("detail-section-title");
        steps.setId("session-steps");
        steps.getStyleClass().add("session-steps");
        logNew.setText(text.get("clients.session.logNew"));
        logNew.setId("session-log-new");
        logNew.setAccessibleText(text.get("clients.session.logNew.accessible"));
        logNew.setMinWidth(Region.USE_PREF_SIZE);
        logNew.setOnAction(e -> model.logNew());
        formArea.setId("session-form-area");
        formArea.managedProperty().bind(formArea.visibleProperty());
        Label logTitle = new Label(text.get("clients.session.log.title"));
        logTitle.getStyleClass().add("detail-item-name");
        log.setId("session-log");
        log.getStyleClass().add("session-log");
        failure.getStyleClass().add("detail-warning");
        failure.setWrapText(true);
        failure.managedProperty().bind(failure.visibleProperty());
        failure.setVisible(false);
        nextVisit.setId("session-next-visit");
        nextVisit.getStyleClass().add("detail-text");
        nextVisit.setWrapText(true);
        nextVisit.managedProperty().bind(nextVisit.visibleProperty());
        root.getChildren().addAll(heading, steps, nextVisit, logNew, formArea, failure, logTitle, log);

        model.steps().addListener((ListChangeListener<StepProgress>) c -> showSteps());
        model.outsidePlanProperty().addListener((o, was, now) -> showSteps());
        model.entries().addListener((ListChangeListener<Entry>) c -> showLog());
        model.formProperty().addListener((o, was, now) -> showForm(now));
        model.stateProperty().addListener((o, was, now) -> showState());
        model.scheduleProperty().addListener((o, was, now) -> {
            showNextVisit();
            if (now != null) {
                root.fireEvent(new CalendarMoved(now));
            }
        });
        showNextVisit();
        showSteps();
        showLog();
        showForm(model.formProperty().get());
        showState();
    }

    Node node() {
        return root;
    }

    private void showState() {
        boolean failed = model.stateProperty().get() == SessionLog.State.FAILED;
        failure.setVisible(failed);
        if (failed) {
            failure.setText(text.format("clients.session.failed",
                    RecordWords.failure(text, model.failureProperty().get())));
        }
        logNew.setDisable(model.stateProperty().get() != SessionLog.State.READY);
    }

    /** The next visit as the calendar stands, and the day planned when the sessions done moved it. */
    private void showNextVisit() {
        Optional<String> said = words.nextVisit(model.scheduleProperty().get());
        nextVisit.setText(said.orElse(""));
        nextVisit.setVisible(said.isPresent());
    }

    private void showSteps() {
        steps.getChildren().clear();
        for (StepProgress p : model.steps()) {
            Label name = new Label(words.records().treatment(p.treatment()));
            name.getStyleClass().add("detail-item-name");
            Label progress = new Label(words.progress(p));
            progress.setId("session-progress-" + p.order());
            progress.getStyleClass().add(p.done() >= p.plannedMin() && p.done() > 0 ? "detail-text" : "detail-muted");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(name, gap, progress);
            row.getStyleClass().add("session-step");
            steps.getChildren().add(row);
        }
        if (model.steps().isEmpty()) {
            steps.getChildren().add(muted(text.get("clients.session.noSteps")));
        }
        if (model.outsidePlanProperty().get() > 0) {
            steps.getChildren().add(muted(text.format("clients.session.outsidePlan", model.outsidePlanProperty().get())));
        }
    }

    private void showLog() {
        log.getChildren().clear();
        entryNodes.clear();
        for (Entry e : model.entries()) {
            Node n = entry(e);
            entryNodes.put(e.recorded().id(), n);
            log.getChildren().add(n);
        }
        if (model.entries().isEmpty()) {
            log.getChildren().add(muted(text.get("clients.session.log.none")));
        }
    }

    private Node entry(Entry e) {
        TreatmentSession s = e.recorded().session();
        Label heading = new Label(words.heading(s));
        heading.getStyleClass().add("detail-item-name");
        heading.setWrapText(true);
        Label summary = new Label(words.summary(s));
        summary.getStyleClass().add("detail-item-body");
        summary.setWrapText(true);
        VBox text = new VBox(heading, summary);
        HBox.setHgrow(text, Priority.ALWAYS);
        if (!s.notes().isEmpty()) {
            Label notes = new Label(s.notes());
            notes.getStyleClass().add("detail-item-body");
            notes.setWrapText(true);
            text.getChildren().add(notes);
        }
        e.corrects().ifPresent(original -> text.getChildren().add(muted(this.text.format(
                "clients.session.correctionOf", words.records().date(original.session().performedOn())))));
        HBox box = new HBox(text);
        box.getStyleClass().addAll("detail-item", "session-entry");
        box.setId("session-entry-" + e.recorded().id());
        if (e.corrected()) {
            box.getStyleClass().add("session-entry-corrected");
            RecordedSession by = e.correctedBy().get();
            Hyperlink link = new Hyperlink(this.text.format("clients.session.correctedBy",
                    words.records().date(by.session().performedOn())));
            link.getStyleClass().add("session-corrected-link");
            link.setAccessibleText(this.text.get("clients.session.correctedBy.accessible"));
            link.setOnAction(a -> showEntry(by.id()));
            text.getChildren().add(link);
        } else {
            Button correct = new Button(this.text.get("clients.session.correct"));
            correct.getStyleClass().add("session-correct");
            correct.setAccessibleText(this.text.format("clients.session.correct.accessible", words.heading(s)));
            correct.setMinWidth(Region.USE_PREF_SIZE);
            correct.setOnAction(a -> model.correct(e));
            box.getChildren().add(correct);
        }
        return box;
    }

    /** Brings an entry (a correction, from the link on what it corrected) forward with the focus on it. */
    private void showEntry(UUID id) {
        Node n = entryNodes.get(id);
        if (n != null) {
            entryNodes.values().forEach(other -> other.getStyleClass().remove("session-entry-pointed"));
            n.getStyleClass().add("session-entry-pointed");
            Node target = n instanceof HBox h && h.getChildren().size() > 1 ? h.getChildren().get(1) : n;
            target.requestFocus();
        }
    }

    private void showForm(SessionForm form) {
        formArea.getChildren().clear();
        formArea.setVisible(form != null);
        logNew.setVisible(form == null);
        logNew.setManaged(form == null);
        if (form != null) {
            SessionFormView view = new SessionFormView(words, model, form);
            formArea.getChildren().add(view.node());
            view.focus();
        } else if (root.getScene() != null && model.lastSavedProperty().get() != null) {
            logNew.requestFocus();
        }
    }

    private static Label muted(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("detail-muted");
        return l;
    }
}
