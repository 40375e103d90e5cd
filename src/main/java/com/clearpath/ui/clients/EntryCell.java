package com.clearpath.ui.clients;

import com.clearpath.domain.ClientMatch;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.ui.clients.ClientsViewModel.ClientEntry;
import com.clearpath.ui.clients.ClientsViewModel.Entry;
import com.clearpath.ui.clients.ClientsViewModel.RecentEntry;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A row of the Clients list, two lines and a third: who, then what tells people with the same name apart. */
final class EntryCell extends ListCell<Entry> {
    private final RecordWords words;
    private final Label first = new Label();
    private final Label second = new Label();
    private final Label third = new Label();
    private final Label badge = new Label();
    private final HBox top = new HBox(first, badge);
    private final VBox box = new VBox(top, second, third);

    EntryCell(RecordWords words, Consumer<Entry> open) {
        this.words = words;
        // A click on a row opens it; a click on the scroll bar or below the rows does not.
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                open.accept(getItem());
            }
        });
        // Rows take the list's width and cut long text with an ellipsis, rather than scrolling sideways.
        setPrefWidth(0);
        first.getStyleClass().add("entry-name");
        second.getStyleClass().add("entry-details");
        third.getStyleClass().add("entry-details");
        third.managedProperty().bind(third.visibleProperty());
        top.getStyleClass().add("entry-top");
        box.getStyleClass().add("entry");
        badge.managedProperty().bind(badge.visibleProperty());
    }

    @Override
    protected void updateItem(Entry item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        Messages text = words.text();
        if (item instanceof ClientEntry c) {
            ClientMatch m = c.match();
            first.setText(m.displayName());
            StringBuilder details = new StringBuilder(text.format("clients.entry.born", words.date(m.dateOfBirth())));
            if (m.phone() != null && !m.phone().isBlank()) {
                details.append(" · ").append(m.phone());
            }
            second.setText(details.toString());
            StringBuilder visits = new StringBuilder(m.consultations() == 0
                    ? text.get("clients.entry.noConsultations")
                    : text.format("clients.entry.consultations", m.consultations()));
            if (m.lastConsultedOn() != null) {
                visits.append(" · ").append(text.format("clients.entry.lastVisit", words.date(m.lastConsultedOn())));
            }
            third.setText(visits.toString());
            third.setVisible(true);
            badge.setVisible(false);
        } else if (item instanceof RecentEntry r) {
            ConsultationSummary s = r.summary();
            first.setText(s.clientName() == null ? text.get("clients.unknownClient") : s.clientName());
            StringBuilder details = new StringBuilder(words.date(s.consultedOn()));
            details.append(" · ").append(words.concerns(s.mainConcerns()));
            String top = words.treatment(s.topRecommendation());
            if (top != null) {
                details.append(" · ").append(top);
            }
            second.setText(details.toString());
            third.setVisible(false);
            ClientHistory.badge(badge, words, s.status());
            badge.setVisible(true);
        }
        setText(null);
        setGraphic(box);
        setAccessibleText(first.getText() + ", " + second.getText()
                + (third.isVisible() ? ", " + third.getText() : "")
                + (badge.isVisible() ? ", " + badge.getText() : ""));
    }
}
