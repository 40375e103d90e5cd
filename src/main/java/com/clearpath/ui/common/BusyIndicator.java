package com.clearpath.ui.common;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * "Working…" beside the buttons that started something slow. It appears only if the work is still going after
 * {@link #DELAY}: a spinner that flashes for a quick job is more distracting than none.
 */
public final class BusyIndicator {
    public static final Duration DELAY = Duration.millis(300);

    private final HBox root = new HBox();
    private final Label label = new Label();
    private final PauseTransition delay = new PauseTransition(DELAY);
    private boolean busy;

    public BusyIndicator(String id) {
        ProgressIndicator spinner = new ProgressIndicator(ProgressIndicator.INDETERMINATE_PROGRESS);
        spinner.getStyleClass().add("busy-spinner");
        spinner.accessibleTextProperty().bind(label.textProperty());
        label.getStyleClass().add("busy-label");
        root.getChildren().addAll(spinner, label);
        root.getStyleClass().add("busy-indicator");
        root.setId(id);
        root.setVisible(false);
        root.managedProperty().bind(root.visibleProperty());
        delay.setOnFinished(e -> root.setVisible(busy));
    }

    public Node node() {
        return root;
    }

    public boolean busy() {
        return busy;
    }

    public void start(String what) {
        busy = true;
        label.setText(what);
        delay.playFromStart();
    }

    public void stop() {
        busy = false;
        delay.stop();
        root.setVisible(false);
    }
}
