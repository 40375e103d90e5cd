package com.clearpath.ui.wizard;

import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.ViewHeader;
import com.clearpath.ui.shell.MainWindow;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** "New consultation": today's date over the consultation wizard. Each restart gets a fresh set of pages. */
public final class ConsultationView implements MainWindow.Consultations {
    private final VBox root = new VBox();
    private final WizardFrame frame;
    private final Supplier<List<WizardPage>> freshPages;
    private final Supplier<LocalDate> today;
    private final Label date = new Label();
    private final Label subtitle = new Label();
    private final String defaultSubtitle;
    /** The stored draft this consultation continues (a follow-up or a correction); empty for a fresh one. */
    private UUID draftId;

    public ConsultationView(Messages text, WizardFrame frame, Supplier<List<WizardPage>> freshPages,
                            Supplier<LocalDate> today) {
        this.frame = frame;
        this.freshPages = freshPages;
        this.today = today;
        this.defaultSubtitle = text.get("consultation.subtitle");
        subtitle.setId("consultation-subtitle");
        date.getStyleClass().add("view-date");
        date.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getStyleClass().addAll("view", "consultation-view");
        root.setId("view-new-consultation");
        root.getChildren().addAll(ViewHeader.create(text.get("consultation.title"), subtitle, date), frame.node());
        VBox.setVgrow(frame.node(), Priority.ALWAYS);
        restart();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        frame.focusPage();
    }

    @Override
    public void restart() {
        draftId = null;
        subtitle.setText(defaultSubtitle);
        begin();
    }

    /**
     * Continues a draft the records already hold (a follow-up or a correction): {@code context} says whose it is
     * and why, in the header. The steps that fill it in come with the consultation wizard; until then the draft
     * waits in the records and shows under the client's history.
     */
    @Override
    public void continueDraft(UUID id, String context) {
        draftId = id;
        subtitle.setText(context);
        begin();
    }

    public Optional<UUID> draftId() {
        return Optional.ofNullable(draftId);
    }

    public String subtitle() {
        return subtitle.getText();
    }

    private void begin() {
        date.setText(today.get().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)));
        frame.begin(freshPages.get());
    }

    @Override
    public void back() {
        frame.back();
    }

    public WizardFrame frame() {
        return frame;
    }
}
