package com.clearpath.ui.compare;

import com.clearpath.domain.VisitOutcomes.Change;
import com.clearpath.domain.VisitOutcomes.Visit;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.compare.ClientOutcomes.Failed;
import com.clearpath.ui.compare.ClientOutcomes.Shown;
import com.clearpath.ui.compare.ClientOutcomes.State;
import com.clearpath.ui.records.RecordWords;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The outcomes section of a client's page: the change of grade in a sentence, a compact timeline of the visits
 * (date, grade, sessions since the visit before, photos) and the way to compare two visits.
 */
final class OutcomesSection {
    private final Messages text;
    private final RecordWords words;
    private final VBox root = new VBox();
    private final Label change = new Label();
    private final GridPane timeline = new GridPane();
    private final ScrollPane scroller = new ScrollPane(timeline);
    private final Button compare;

    OutcomesSection(RecordWords words, String clientName, ClientOutcomes model, Consumer<Shown> openComparison) {
        this.text = words.text();
        this.words = words;
        root.setId("client-outcomes");
        root.getStyleClass().add("client-outcomes");
        root.getStylesheets().add(Outcomes.STYLESHEET);
        Label title = new Label(text.get("clients.outcomes.title"));
        title.getStyleClass().add("detail-section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        compare = new Button(text.get("clients.compare.open"));
        compare.setId("outcomes-compare");
        compare.getStyleClass().add("small");
        compare.setAccessibleText(text.format("clients.compare.open.accessible", clientName));
        compare.setMinWidth(Region.USE_PREF_SIZE);
        compare.setDisable(true);
        compare.setOnAction(e -> {
            if (model.stateProperty().get() instanceof Shown s) {
                openComparison.accept(s);
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(title, gap, compare);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("outcomes-heading");
        change.setId("outcomes-change");
        change.getStyleClass().add("outcomes-change");
        change.setWrapText(true);
        change.setMinHeight(Region.USE_PREF_SIZE);

        timeline.setId("outcomes-timeline");
        timeline.getStyleClass().add("outcomes-timeline");
        scroller.getStyleClass().add("outcomes-scroller");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        // A few rows show; more scroll, so the section never takes room from the consultations.
        scroller.setPrefViewportHeight(64);
        scroller.setMinViewportHeight(40);
        scroller.setAccessibleText(text.get("clients.outcomes.title"));
        VBox.setVgrow(scroller, Priority.ALWAYS);
        root.getChildren().addAll(heading, change, scroller);
        root.setMinWidth(250);
        root.setPrefWidth(270);
        root.setMaxWidth(320);
        model.stateProperty().addListener((o, was, now) -> show(now));
        show(model.stateProperty().get());
    }

    Node node() {
        return root;
    }

    private void show(State state) {
        timeline.getChildren().clear();
        scroller.setAccessibleText(text.get("clients.outcomes.title"));
        compare.setDisable(true);
        if (state instanceof Failed f) {
            change.setText(text.format("clients.outcomes.failed", RecordWords.failure(text, f.error())));
        } else if (state instanceof Shown s) {
            change.setText(sentence(s.change()));
            header();
            int row = 1;
            for (Visit v : s.visits()) {
                row(row++, v);
            }
            compare.setDisable(s.visits().size() < 2);
        } else {
            change.setText(text.get("clients.outcomes.loading"));
        }
    }

    private String sentence(Optional<Change> change) {
        if (change.isEmpty()) {
            return text.get("clients.outcomes.notEnough");
        }
        Change c = change.get();
        String since = words.date(c.since());
        return switch (c.direction()) {
            case IMPROVED -> text.format("clients.outcomes.improved", c.grades(), since);
            case WORSE -> text.format("clients.outcomes.worse", c.grades(), since);
            case NO_CHANGE -> text.format("clients.outcomes.same", since);
        };
    }

    private void header() {
        String[] keys = {"clients.outcomes.column.visit", "clients.outcomes.column.grade",
            "clients.outcomes.column.sessions", "clients.outcomes.column.photos"};
        for (int c = 0; c < keys.length; c++) {
            Label l = new Label(text.get(keys[c]));
            l.getStyleClass().add("outcome-column");
            l.setMinWidth(Region.USE_PREF_SIZE);
            timeline.add(l, c, 0);
            if (c == 2) {
                l.setTooltip(new Tooltip(text.get("clients.outcomes.column.sessions.hint")));
            }
        }
    }

    /** One visit on a line: date, grade, sessions since the visit before (none before the first), photos. */
    private void row(int at, Visit v) {
        Label date = cell(words.date(v.on()), "outcome-date");
        Label grade = cell(v.draft() ? text.get("clients.outcomes.draftShort")
                : v.grade().map(String::valueOf).orElse("\u2014"), v.grade().isPresent() ? "outcome-grade"
                : "outcome-ungraded");
        Label sessions = cell(v.sessionsBefore().map(String::valueOf).orElse("\u2014"), "outcome-detail");
        Label photos = cell(String.valueOf(v.photos()), "outcome-detail");
        date.setId("outcome-visit-" + v.id());
        String said = text.format("clients.outcomes.visit.accessible", date.getText(), Outcomes.grade(text, v),
                v.sessionsBefore().map(n -> text.format("clients.outcomes.sessionsBefore", n))
                        .orElse(text.get("clients.outcomes.firstVisit")),
                text.format("clients.outcomes.photos", v.photos()));
        date.setAccessibleText(said);
        timeline.addRow(at, date, grade, sessions, photos);
        scroller.setAccessibleText(scroller.getAccessibleText() + ". " + said);
    }

    private static Label cell(String words, String style) {
        Label l = new Label(words);
        l.getStyleClass().add(style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
