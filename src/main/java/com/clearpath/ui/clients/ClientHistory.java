package com.clearpath.ui.clients;

import com.clearpath.document.DocumentKind;
import com.clearpath.domain.Client;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.domain.StoredClient;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One client's page: who they are, Start follow-up, their Goodman grade over time, and every consultation. A final
 * consultation's row prints its handout (or shows the clinician summary) straight from the list.
 */
final class ClientHistory {
    /** Ctrl+P (Cmd+P) on a row: the selected consultation's handout, as the row's button. */
    static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    private final VBox root = new VBox();
    private final ListView<ConsultationSummary> list = new ListView<>();
    private HBox header;
    /** The heading of the consultations list: sections added to the page go just above it. */
    private Label listTitle;
    /** The grade chart, when there is one: sections go beside it, so the consultations keep their room. */
    private Node chartBox;
    private HBox besideChart;

    ClientHistory(RecordWords words, StoredClient stored, List<ConsultationSummary> consultations, LocalDate today,
                  Runnable followUp, Consumer<UUID> open, BiConsumer<UUID, DocumentKind> print) {
        Messages text = words.text();
        Client client = stored.client();
        root.setId("client-history");
        root.getStyleClass().add("client-history");

        Label name = new Label(ClientsView.name(stored));
        name.setId("client-name");
        name.getStyleClass().add("detail-title");
        List<String> facts = new ArrayList<>();
        int age = Period.between(client.dateOfBirth(), today).getYears();
        facts.add(text.format("clients.history.born", words.date(client.dateOfBirth()), age));
        if (client.phone() != null && !client.phone().isBlank()) {
            facts.add(client.phone());
        }
        if (client.email() != null && !client.email().isBlank()) {
            facts.add(client.email());
        }
        Label details = new Label(String.join(" · ", facts));
        details.setId("client-details");
        details.getStyleClass().add("detail-subtitle");
        details.setWrapText(true);
        VBox who = new VBox(name, details);
        who.getStyleClass().add("detail-heading");
        HBox.setHgrow(who, Priority.ALWAYS);

        Button start = new Button(text.get("clients.followUp"));
        start.setId("client-follow-up");
        start.setAccessibleText(text.format("clients.followUp.accessible", ClientsView.name(stored)));
        start.getStyleClass().add("accent");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setOnAction(e -> followUp.run());
        header = new HBox(who, start);
        header.getStyleClass().add("detail-header");
        root.getChildren().add(header);

        List<ConsultationSummary> graded = graded(consultations);
        if (graded.size() >= 2) {
            chartBox = chart(words, graded);
            root.getChildren().add(chartBox);
        }

        Label title = new Label(consultations.isEmpty() ? text.get("clients.history.none")
                : text.format("clients.history.title", consultations.size()));
        title.getStyleClass().add("detail-section-title");
        root.getChildren().add(title);
        listTitle = title;

        Map<UUID, LocalDate> dates = new HashMap<>();
        consultations.forEach(c -> dates.put(c.id(), c.consultedOn()));
        list.setId("client-consultations");
        list.setAccessibleText(text.format("clients.history.accessible", ClientsView.name(stored)));
        list.getStyleClass().add("history-list");
        list.getItems().setAll(consultations);
        list.setCellFactory(v -> new Row(words, dates, open, print));
        Label none = new Label(text.get("clients.history.noneBody"));
        none.setWrapText(true);
        none.getStyleClass().add("clients-list-placeholder");
        list.setPlaceholder(none);
        list.setOnKeyPressed(e -> {
            ConsultationSummary s = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null) {
                open.accept(s.id());
                e.consume();
            } else if (PRINT.match(e) && s != null && s.status() == ConsultationStatus.FINAL) {
                print.accept(s.id(), DocumentKind.HANDOUT);
                e.consume();
            }
        });
        if (!consultations.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setMinHeight(120);
        for (Node fixed : root.getChildren()) {
            if (fixed instanceof Region r) {
                r.setMinHeight(Region.USE_PREF_SIZE);
            }
        }
        root.getChildren().add(list);
    }

    /** Adds buttons beside Start follow-up (the record's own corrections: edit, merge, delete). */
    void addActions(Node... actions) {
        header.getChildren().addAll(actions);
    }

    /**
     * Adds a section (outcomes …): beside the grade chart when there is one, taking no more height than it, else
     * above the consultations.
     */
    void addSection(Node section) {
        if (chartBox == null) {
            if (section instanceof Region r) {
                r.setMinHeight(Region.USE_PREF_SIZE);
            }
            root.getChildren().add(root.getChildren().indexOf(listTitle), section);
            return;
        }
        if (besideChart == null) {
            int at = root.getChildren().indexOf(chartBox);
            besideChart = new HBox(chartBox);
            besideChart.getStyleClass().add("chart-row");
            besideChart.setSpacing(16);
            besideChart.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(chartBox, Priority.ALWAYS);
            root.getChildren().add(at, besideChart);
        }
        besideChart.getChildren().add(section);
    }

    Node node() {
        return root;
    }

    void focus() {
        list.requestFocus();
    }

    /**
     * Final consultations with a grade, oldest first. A consultation that a final correction replaced is left out
     * (the correction carries the right grade), and so are drafts: a follow-up draft starts with the previous
     * visit's grade copied in, which would draw a point nobody measured.
     */
    static List<ConsultationSummary> graded(List<ConsultationSummary> consultations) {
        Set<UUID> corrected = new HashSet<>();
        for (ConsultationSummary c : consultations) {
            if (c.correctsId() != null && c.status() == ConsultationStatus.FINAL) {
                corrected.add(c.correctsId());
            }
        }
        List<ConsultationSummary> out = new ArrayList<>();
        for (ConsultationSummary c : consultations) {
            if (c.status() == ConsultationStatus.FINAL && c.goodmanGrade() != null && c.consultedOn() != null
                    && !corrected.contains(c.id())) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparing(ConsultationSummary::consultedOn)
                .thenComparing(ConsultationSummary::updatedAt));
        return out;
    }

    /** A small line chart of grade by visit; the axis runs over the whole 1–4 scale so a change reads true. */
    private static Node chart(RecordWords words, List<ConsultationSummary> graded) {
        Messages text = words.text();
        CategoryAxis x = new CategoryAxis();
        x.setAnimated(false);
        NumberAxis y = new NumberAxis(1, 4, 1);
        y.setAutoRanging(false);
        y.setMinorTickVisible(false);
        y.setLabel(text.get("clients.chart.axis"));
        y.setTickLabelFormatter(new NumberAxis.DefaultFormatter(y) {
            @Override
            public String toString(Number n) {
                return Integer.toString(n.intValue());
            }
        });
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("goodman-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        chart.getStyleClass().add("goodman-chart");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<String> said = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ConsultationSummary c : graded) {
            String label = words.date(c.consultedOn());
            int n = seen.merge(label, 1, Integer::sum);
            // Two visits on one day stay two points.
            String category = n == 1 ? label : label + " (" + n + ")";
            series.getData().add(new XYChart.Data<>(category, c.goodmanGrade()));
            said.add(text.format("clients.chart.point", c.goodmanGrade(), label));
        }
        x.getCategories().setAll(series.getData().stream().map(XYChart.Data::getXValue).toList());
        chart.getData().add(series);
        chart.setAccessibleText(text.get("clients.chart.title") + ": " + String.join(", ", said));
        // The dates speak for themselves: the empty axis caption and chart title take no room and are not announced.
        List<Node> captions = new ArrayList<>(x.lookupAll(".axis-label"));
        captions.addAll(chart.lookupAll(".chart-title"));
        for (Node empty : captions) {
            if (empty instanceof Label l && (l.getText() == null || l.getText().isEmpty())) {
                l.setVisible(false);
                l.setManaged(false);
            }
        }

        Label title = new Label(text.get("clients.chart.title"));
        title.getStyleClass().add("detail-section-title");
        Label hint = new Label(text.get("clients.chart.hint"));
        hint.getStyleClass().add("chart-hint");
        HBox heading = new HBox(title, hint);
        heading.getStyleClass().add("chart-heading");
        VBox box = new VBox(heading, chart);
        box.getStyleClass().add("chart-box");
        box.setId("goodman-chart-box");
        return box;
    }

    /** Sets a DRAFT/FINAL badge's words and colour. */
    static void badge(Label badge, RecordWords words, ConsultationStatus status) {
        badge.setText(words.status(status));
        badge.getStyleClass().removeAll("badge-final", "badge-draft");
        if (!badge.getStyleClass().contains("badge")) {
            badge.getStyleClass().add("badge");
        }
        badge.getStyleClass().add(status == ConsultationStatus.FINAL ? "badge-final" : "badge-draft");
        badge.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Date and badge, then the concerns in words, what was recommended first, and a correction's link. */
    private static final class Row extends ListCell<ConsultationSummary> {
        private final RecordWords words;
        private final Map<UUID, LocalDate> dates;
        private final Label date = new Label();
        private final Label badge = new Label();
        private final Label concerns = new Label();
        private final Label recommendation = new Label();
        private final Label link = new Label();
        private final Button printHandout = new Button();
        private final Button summary = new Button();
        private final VBox actions;
        private final HBox box;

        Row(RecordWords words, Map<UUID, LocalDate> dates, Consumer<UUID> open, BiConsumer<UUID, DocumentKind> print) {
            this.words = words;
            this.dates = dates;
            Messages text = words.text();
            printHandout.setText(text.get("print.handout"));
            printHandout.getStyleClass().addAll("small", "history-print");
            printHandout.setOnAction(e -> print.accept(getItem().id(), DocumentKind.HANDOUT));
            summary.setText(text.get("print.summary"));
            summary.getStyleClass().addAll("small", "flat", "history-summary");
            summary.setOnAction(e -> print.accept(getItem().id(), DocumentKind.CLINICIAN_SUMMARY));
            for (Button b : List.of(printHandout, summary)) {
                b.setMinWidth(Region.USE_PREF_SIZE);
                b.setMaxWidth(Double.MAX_VALUE);
                b.setFocusTraversable(false);
                // A click on a button is the button's, not also a click that opens the row.
                b.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
            }
            actions = new VBox(printHandout, summary);
            actions.getStyleClass().add("history-actions");
            actions.setMinWidth(Region.USE_PREF_SIZE);
            actions.managedProperty().bind(actions.visibleProperty());
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                    open.accept(getItem().id());
                }
            });
            setPrefWidth(0);
            date.getStyleClass().add("history-date");
            date.setMinWidth(Region.USE_PREF_SIZE);
            concerns.getStyleClass().add("entry-name");
            // Several concerns run long (in Spanish by a fifth): the row grows a line rather than cutting them.
            concerns.setWrapText(true);
            concerns.setMaxWidth(Double.MAX_VALUE);
            recommendation.getStyleClass().add("entry-details");
            link.getStyleClass().add("history-link");
            link.managedProperty().bind(link.visibleProperty());
            VBox what = new VBox(concerns, recommendation, link);
            what.getStyleClass().add("history-what");
            HBox.setHgrow(what, Priority.ALWAYS);
            VBox when = new VBox(date, badge);
            when.getStyleClass().add("history-when");
            box = new HBox(when, what, actions);
            box.getStyleClass().add("history-row");
        }

        /** As tall as the row needs at the list's width, so the concerns can take a second line. */
        @Override
        protected double computePrefHeight(double width) {
            if (width > 0 && getGraphic() == box) {
                return box.prefHeight(width - snappedLeftInset() - snappedRightInset()) + snappedTopInset()
                        + snappedBottomInset();
            }
            return super.computePrefHeight(width);
        }

        @Override
        protected void updateItem(ConsultationSummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            Messages text = words.text();
            date.setText(words.date(s.consultedOn()));
            badge(badge, words, s.status());
            concerns.setText(words.concerns(s.mainConcerns()));
            String top = words.treatment(s.topRecommendation());
            recommendation.setText(top == null ? text.get("clients.history.noPlan")
                    : text.format("clients.history.top", top));
            if (s.correctsId() != null) {
                LocalDate on = dates.get(s.correctsId());
                link.setText(on == null ? text.get("clients.history.correctionOfEarlier")
                        : text.format("clients.history.correctionOf", words.date(on)));
                link.setVisible(true);
            } else {
                link.setVisible(false);
            }
            boolean printable = s.status() == ConsultationStatus.FINAL;
            actions.setVisible(printable);
            if (printable) {
                printHandout.setId("history-print-" + s.id());
                printHandout.setAccessibleText(text.format("print.handout.accessible", date.getText()));
                summary.setId("history-summary-" + s.id());
                summary.setAccessibleText(text.format("print.summary.accessible", date.getText()));
            }
            setGraphic(box);
            setAccessibleText(String.join(", ", date.getText(), badge.getText(), concerns.getText(),
                    recommendation.getText()) + (link.isVisible() ? ", " + link.getText() : "")
                    + (printable ? ", " + text.get("print.row.accessible") : ""));
        }
    }
}
