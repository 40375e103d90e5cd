package com.clearpath.ui.shell;

import com.clearpath.app.DatabaseStatus;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;

/**
 * The strip along the bottom (ControlsFX's status bar, themed by the app's stylesheet): the database's state and the
 * day's backup at the left, short confirmations that fade on their own at the right.
 */
public final class StatusLine {
    private static final PseudoClass READY = PseudoClass.getPseudoClass("ready");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final Duration NOTICE_TIME = Duration.seconds(6);

    private final StatusBar root = new StatusBar();
    private final Label database = new Label();
    private final Label notice = new Label();
    private final Label backup = new Label();
    private final PauseTransition noticeTimer = new PauseTransition(NOTICE_TIME);
    private final Messages text;

    public StatusLine(Messages text, ObservableValue<DatabaseStatus> status) {
        this.text = text;
        root.getStyleClass().add("app-status-bar");
        // The bar's own text and progress stay empty: the app says everything in its three labels.
        root.setText("");
        root.setAccessibleText(text.get("status.accessible"));
        Circle dot = new Circle(4);
        dot.getStyleClass().add("status-dot");
        database.setGraphic(dot);
        database.setId("status-database");
        database.getStyleClass().add("status-database");
        notice.setId("status-notice");
        notice.getStyleClass().add("status-notice");
        notice.setMinWidth(Region.USE_PREF_SIZE);
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        backup.setId("status-backup");
        backup.getStyleClass().add("status-backup");
        backup.visibleProperty().bind(backup.textProperty().isNotEmpty());
        backup.managedProperty().bind(backup.visibleProperty());
        HBox left = new HBox(database, backup);
        left.getStyleClass().add("status-items");
        root.getLeftItems().add(left);
        root.getRightItems().add(notice);

        show(status.getValue());
        status.addListener((o, was, now) -> show(now));
        noticeTimer.setOnFinished(e -> notice.setText(""));
    }

    public Node node() {
        return root;
    }

    /** A one-line confirmation, e.g. after finishing a consultation. */
    public void showNotice(String message) {
        notice.setText(message);
        notice.setAccessibleText(message);
        noticeTimer.playFromStart();
    }

    /** How the day's backup went; it stays until the next one, a failed backup being something to act on. */
    public void showBackup(String message, boolean problem) {
        backup.setText(message);
        backup.setAccessibleText(message);
        backup.pseudoClassStateChanged(PROBLEM, problem);
    }

    private void show(DatabaseStatus status) {
        String message = describe(text, status);
        database.setText(message);
        database.setAccessibleText(message);
        database.pseudoClassStateChanged(READY, status instanceof DatabaseStatus.Ready);
        database.pseudoClassStateChanged(PROBLEM, status instanceof DatabaseStatus.Unavailable);
    }

    static String describe(Messages text, DatabaseStatus status) {
        if (status instanceof DatabaseStatus.Ready) {
            return text.get("status.database.ready");
        }
        if (status instanceof DatabaseStatus.Unavailable unavailable) {
            return text.format("status.database.unavailable", RecordWords.failure(text, unavailable.failure()));
        }
        return text.get("status.database.opening");
    }
}
