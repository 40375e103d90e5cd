package com.clearpath.ui.wizard;

import com.clearpath.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;

/**
 * The row of numbered steps above the page: done steps show a tick and can be clicked to go back, the current one
 * is filled with the accent, the ones ahead are outlined.
 */
final class StepIndicator {
    static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass UPCOMING = PseudoClass.getPseudoClass("upcoming");

    private final HBox root = new HBox();
    private final Messages text;
    private final IntConsumer onDoneStepChosen;
    private final List<HBox> markers = new ArrayList<>();
    private final List<Label> titles = new ArrayList<>();
    private final List<Region> connectors = new ArrayList<>();
    private List<String> stepTitles = List.of();

    StepIndicator(Messages text, IntConsumer onDoneStepChosen) {
        this.text = text;
        this.onDoneStepChosen = onDoneStepChosen;
        root.setId("step-indicator");
        root.getStyleClass().add("step-indicator");
    }

    Node node() {
        return root;
    }

    void setSteps(List<String> titles) {
        stepTitles = List.copyOf(titles);
        root.getChildren().clear();
        markers.clear();
        this.titles.clear();
        connectors.clear();
        for (int i = 0; i < titles.size(); i++) {
            if (i > 0) {
                Region connector = new Region();
                connector.getStyleClass().add("step-connector");
                HBox.setHgrow(connector, Priority.ALWAYS);
                connectors.add(connector);
                root.getChildren().add(connector);
            }
            HBox marker = marker(i, titles.get(i));
            markers.add(marker);
            root.getChildren().add(marker);
        }
    }

    void setCurrent(int current) {
        for (int i = 0; i < markers.size(); i++) {
            HBox marker = markers.get(i);
            marker.pseudoClassStateChanged(DONE, i < current);
            marker.pseudoClassStateChanged(CURRENT, i == current);
            marker.pseudoClassStateChanged(UPCOMING, i > current);
            marker.setCursor(i < current ? Cursor.HAND : Cursor.DEFAULT);
            String state = text.get(i < current ? "wizard.step.done" : i == current ? "wizard.step.current"
                    : "wizard.step.upcoming");
            titles.get(i).setAccessibleText(text.format("wizard.step.accessible", i + 1, markers.size(),
                    stepTitles.get(i), state));
        }
        for (int i = 0; i < connectors.size(); i++) {
            connectors.get(i).pseudoClassStateChanged(DONE, i < current);
        }
    }

    private HBox marker(int index, String title) {
        Text number = new Text(Integer.toString(index + 1));
        number.getStyleClass().add("step-number");
        SVGPath tick = new SVGPath();
        tick.setContent("M1 5.5 L4.5 9 L11 2");
        tick.getStyleClass().add("step-tick");
        StackPane badge = new StackPane(number, tick);
        badge.getStyleClass().add("step-badge");
        Label label = new Label(title);
        label.getStyleClass().add("step-title");
        label.setMinWidth(Region.USE_PREF_SIZE);
        titles.add(label);
        HBox marker = new HBox(badge, label);
        marker.getStyleClass().add("step-marker");
        marker.setId("step-" + (index + 1));
        marker.setOnMouseClicked(e -> onDoneStepChosen.accept(index));
        return marker;
    }
}
