package com.clearpath.ui.settings;

import com.clearpath.domain.Language;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.MainView;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.documents.DocumentPreviews;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * Settings → This workstation: the language of the screens on this computer (English or Español). Every view is
 * built once with its words, so the choice is saved at once and applies from the next start; the card says so.
 */
public final class ScreenLanguageCard implements MainView {
    private static final Logger LOG = Logger.getLogger(ScreenLanguageCard.class.getName());

    /** Keeps the choice for this computer (off the FX thread). */
    @FunctionalInterface
    public interface Saver {
        void save(Language language) throws Exception;
    }

    private final Messages text;
    private final BackgroundTasks tasks;
    private final Saver saver;
    private final Consumer<String> notice;
    private final VBox root = new VBox();
    private final ToggleGroup languages = new ToggleGroup();
    private final ToggleButton english = new ToggleButton();
    private final ToggleButton spanish = new ToggleButton();
    private final OutcomeLine result = new OutcomeLine("screen-language-result");
    /** As last saved: the language the next start uses. */
    private Language saved;

    /** {@code running} is the language the screens are in now, which is also the one saved. */
    public ScreenLanguageCard(Messages text, BackgroundTasks tasks, Language running, Saver saver,
                              Consumer<String> notice) {
        this.text = text;
        this.tasks = tasks;
        this.saver = Objects.requireNonNull(saver);
        this.notice = notice;
        this.saved = running;

        Label title = new Label(text.get("settings.workstation.title"));
        title.getStyleClass().add("settings-section-title");
        Label about = new Label(text.get("settings.workstation.about"));
        about.getStyleClass().add("settings-about");
        about.setWrapText(true);

        Label name = new Label(text.get("settings.workstation.language"));
        name.getStyleClass().add("settings-label");
        name.setLabelFor(english);
        pill(english, "screen-language-en", "settings.workstation.language.en");
        pill(spanish, "screen-language-es", "settings.workstation.language.es");
        // One segmented control, as the handout's language in the print preview.
        SegmentedButton toggles = new SegmentedButton(english, spanish);
        toggles.setToggleGroup(languages);
        toggles.getStyleClass().add("preview-toggles");
        toggles.setId("screen-language");
        toggles.setAccessibleText(text.get("settings.workstation.language"));
        toggles.setMinWidth(Region.USE_PREF_SIZE);
        Label when = new Label(text.get("settings.workstation.nextStart"));
        when.getStyleClass().add("field-hint");
        when.setId("screen-language-when");
        when.setWrapText(true);
        HBox choice = new HBox(toggles, when);
        choice.setAlignment(Pos.CENTER_LEFT);
        choice.setSpacing(12);
        HBox.setHgrow(when, Priority.ALWAYS);
        // Laid out as the other cards' rows: the label column as wide as its words, the rest for the choice.
        GridPane row = new GridPane();
        row.getStyleClass().add("settings-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        row.getColumnConstraints().addAll(labels, values);
        row.add(name, 0, 0);
        row.add(choice, 1, 0);

        root.getChildren().addAll(title, about, row, result);
        root.getStyleClass().add("settings-card");
        root.getStylesheets().add(DocumentPreviews.STYLESHEET);
        root.setId("settings-workstation");

        languages.selectToggle(running == Language.ES ? spanish : english);
        languages.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                languages.selectToggle(was);
                return;
            }
            save(now == spanish ? Language.ES : Language.EN);
        });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
    }

    /** The language the next start uses, as saved. */
    public Language saved() {
        return saved;
    }

    private void save(Language wanted) {
        if (wanted == saved) {
            return;
        }
        result.clear();
        tasks.run(() -> {
            saver.save(wanted);
            return wanted;
        }, done -> {
            saved = done;
            String message = text.format("settings.workstation.saved", text.get("settings.workstation.language."
                    + done.code()));
            result.show(message, false);
            notice.accept(message);
        }, error -> {
            LOG.log(Level.WARNING, "Could not keep the screen language", error);
            result.show(text.format("settings.workstation.saveFailed", String.valueOf(error.getMessage())), true);
            languages.selectToggle(saved == Language.ES ? spanish : english);
        });
    }

    private void pill(ToggleButton t, String id, String key) {
        t.setId(id);
        t.setText(text.get(key));
        t.setAccessibleText(text.get(key));
        t.setToggleGroup(languages);
        t.setMinWidth(Region.USE_PREF_SIZE);
    }
}
