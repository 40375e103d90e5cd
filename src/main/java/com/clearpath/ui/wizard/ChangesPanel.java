package com.clearpath.ui.wizard;

import com.clearpath.domain.IntakeChanges;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * For a follow-up, "Since the visit of …": what differs from the visit it follows, one line each, redrawn whenever
 * the draft's comparison changes. Hidden for a first consultation.
 */
final class ChangesPanel {
    private final VBox root = new VBox();
    private final Label title = new Label();
    private final VBox lines = new VBox();
    private final WizardText text;
    private final ChangeWords words;

    ChangesPanel(ConsultationDraft draft, WizardText text, ChangeWords words) {
        this.text = text;
        this.words = words;
        root.setId("summary-changes");
        root.getStyleClass().addAll("notice-changes", "summary-changes");
        title.setId("summary-changes-title");
        title.getStyleClass().add("notice-title");
        title.setWrapText(true);
        lines.setId("summary-changes-lines");
        lines.getStyleClass().add("summary-changes-lines");
        root.getChildren().addAll(title, Forms.hint(text.get("wizard.changes.intro")), lines);
        root.visibleProperty().bind(draft.changesProperty().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
        draft.changesProperty().addListener((o, was, now) -> show(now));
        show(draft.changesProperty().get());
    }

    Node node() {
        return root;
    }

    private void show(IntakeChanges changes) {
        lines.getChildren().clear();
        if (changes == null) {
            title.setText("");
            return;
        }
        title.setText(words.title(changes));
        if (changes.isEmpty()) {
            lines.getChildren().add(line(text.get("wizard.changes.none")));
            return;
        }
        for (String l : words.lines(changes)) {
            lines.getChildren().add(line("\u2022 " + l));
        }
    }

    private static Label line(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("summary-change");
        return l;
    }
}
