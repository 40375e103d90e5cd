package com.clearpath.ui.settings;

import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.Problem;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.BusyIndicator;
import com.clearpath.ui.common.MainView;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.documents.DocumentPreviews;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Settings → Plan calendar: the clinic's gaps that date every plan's visits (the weeks after punch techniques or TCA
 * CROSS before resurfacing, the days kept clear before a client's event, the weeks of priming). Each figure is checked
 * as it is typed, with the problem under its row naming it; Save waits until all make a calendar. Saved, the next plan
 * uses them ({@code applied}), including the consultation open in the wizard.
 */
public final class PlanCalendarCard implements MainView {
    private static final Logger LOG = Logger.getLogger(PlanCalendarCard.class.getName());

    /** Writes the calendar to the clinic's settings (blocking: called in the background). */
    @FunctionalInterface
    public interface Saver {
        void save(PlanCalendar calendar) throws IOException;
    }

    private final Messages text;
    private final BackgroundTasks tasks;
    private final Callable<PlanCalendar> load;
    private final Saver saver;
    private final Consumer<PlanCalendar> applied;
    private final Consumer<String> notice;
    private final VBox root = new VBox();
    private final TextField gapMin;
    private final TextField gapMax;
    private final TextField eventDays;
    private final TextField primeMin;
    private final TextField primeMax;
    private final Label gapProblem = SettingsForm.problemLabel("calendar-gap-problem");
    private final Label eventProblem = SettingsForm.problemLabel("calendar-event-problem");
    private final Label primeProblem = SettingsForm.problemLabel("calendar-prime-problem");
    private final Button save = new Button();
    private final BusyIndicator busy = new BusyIndicator("calendar-busy");
    private final OutcomeLine result = new OutcomeLine("calendar-result");
    /** As last read or saved; the form is "changed" when it differs. */
    private PlanCalendar saved;
    private boolean loaded;

    public PlanCalendarCard(Messages text, BackgroundTasks tasks, Callable<PlanCalendar> load, Saver saver,
                            Consumer<PlanCalendar> applied, Consumer<String> notice) {
        this.text = text;
        this.tasks = tasks;
        this.load = load;
        this.saver = saver;
        this.applied = applied;
        this.notice = notice;
        gapMin = number("calendar-gap-min", "settings.calendar.gap.min");
        gapMax = number("calendar-gap-max", "settings.calendar.gap.max");
        eventDays = number("calendar-event-days", "settings.calendar.event.field");
        primeMin = number("calendar-prime-min", "settings.calendar.prime.min");
        primeMax = number("calendar-prime-max", "settings.calendar.prime.max");

        Label title = new Label(text.get("settings.calendar.title"));
        title.getStyleClass().add("settings-section-title");
        Label about = new Label(text.get("settings.calendar.about"));
        about.getStyleClass().add("settings-about");
        about.setWrapText(true);

        GridPane grid = SettingsForm.grid();
        SettingsForm.row(grid, 0, text.get("settings.calendar.gap"), true, gapMin,
                SettingsForm.field(range(gapMin, gapMax, "settings.calendar.gap.hint"), gapProblem));
        SettingsForm.row(grid, 1, text.get("settings.calendar.event"), true, eventDays,
                SettingsForm.field(single(eventDays, "settings.calendar.event.hint"), eventProblem));
        SettingsForm.row(grid, 2, text.get("settings.calendar.prime"), true, primeMin,
                SettingsForm.field(range(primeMin, primeMax, "settings.calendar.prime.hint"), primeProblem));

        save.setText(text.get("settings.calendar.save"));
        save.setId("calendar-save");
        save.setAccessibleText(text.get("settings.calendar.save.accessible"));
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        HBox buttons = new HBox(save, busy.node());
        buttons.getStyleClass().add("settings-buttons");

        root.getChildren().addAll(title, about, grid, buttons, result);
        root.getStyleClass().add("settings-card");
        root.getStylesheets().add(DocumentPreviews.STYLESHEET);
        root.setId("settings-calendar");

        for (TextField f : fields()) {
            f.textProperty().addListener((o, was, now) -> changed());
            // Enter in a figure saves, as the button would; nothing happens while it cannot be saved.
            f.setOnAction(e -> save());
        }
        show(PlanCalendar.defaults());
        saved = null;
        setDisabled(true);
    }

    @Override
    public Node node() {
        return root;
    }

    /** Reads the settings the first time Settings is opened; after that the form keeps what is being typed. */
    @Override
    public void shown() {
        if (loaded) {
            return;
        }
        loaded = true;
        tasks.run(load, calendar -> {
            show(calendar);
            saved = calendar;
            setDisabled(false);
            changed();
        }, error -> {
            LOG.log(Level.WARNING, "Could not read the plan calendar", error);
            setDisabled(false);
            changed();
        });
    }

    /** The calendar as the form has it now; empty while a figure is not a whole number. */
    public Optional<PlanCalendar> current() {
        Integer[] n = new Integer[5];
        List<TextField> all = fields();
        for (int i = 0; i < n.length; i++) {
            n[i] = whole(all.get(i).getText());
            if (n[i] == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new PlanCalendar(n[0], n[1], n[2], n[3], n[4]));
    }

    public void save() {
        Optional<PlanCalendar> wanted = current();
        if (wanted.isEmpty() || !wanted.get().problems().isEmpty() || busy.busy() || wanted.get().equals(saved)) {
            return;
        }
        PlanCalendar calendar = wanted.get();
        busy.start(text.get("settings.calendar.saving"));
        result.clear();
        save.setDisable(true);
        tasks.run(() -> {
            saver.save(calendar);
            return calendar;
        }, done -> {
            busy.stop();
            saved = done;
            applied.accept(done);
            String message = text.get("settings.calendar.saved");
            result.show(message, false);
            notice.accept(message);
            changed();
        }, error -> {
            busy.stop();
            LOG.log(Level.WARNING, "The plan calendar could not be saved", error);
            result.show(text.format("settings.calendar.saveFailed", error instanceof IOException
                    ? String.valueOf(error.getMessage()) : text.get("settings.unexpected")), true);
            changed();
        });
    }

    private void show(PlanCalendar c) {
        gapMin.setText(Integer.toString(c.gapAfterIndividualScarsMinWeeks()));
        gapMax.setText(Integer.toString(c.gapAfterIndividualScarsMaxWeeks()));
        eventDays.setText(Integer.toString(c.eventClearDays()));
        primeMin.setText(Integer.toString(c.primeMinWeeks()));
        primeMax.setText(Integer.toString(c.primeMaxWeeks()));
    }

    /** Shows each problem under its row and lets Save work only when there are none and something changed. */
    private void changed() {
        Optional<PlanCalendar> now = current();
        List<Problem> problems = now.map(PlanCalendar::problems).orElse(List.of());
        boolean gapBad = notWhole(gapMin, gapMax) || has(problems, PlanCalendar.GAP_PATH);
        boolean eventBad = notWhole(eventDays) || has(problems, PlanCalendar.EVENT_PATH);
        boolean primeBad = notWhole(primeMin, primeMax) || has(problems, PlanCalendar.PRIME_PATH);
        problem(gapProblem, gapBad, text.format("settings.calendar.problem.gap", PlanCalendar.GAP_WEEKS_MIN,
                PlanCalendar.GAP_WEEKS_MAX));
        problem(eventProblem, eventBad, text.format("settings.calendar.problem.event", PlanCalendar.EVENT_CLEAR_DAYS_MAX));
        problem(primeProblem, primeBad, text.format("settings.calendar.problem.prime", PlanCalendar.PRIME_WEEKS_MAX));
        boolean usable = now.isPresent() && problems.isEmpty();
        save.setDisable(!usable || busy.busy() || gapMin.isDisabled() || now.get().equals(saved));
        if (now.isEmpty() || !now.get().equals(saved)) {
            result.clear();
        }
    }

    private static boolean has(List<Problem> problems, String path) {
        return problems.stream().anyMatch(p -> p.path().equals(path));
    }

    private static boolean notWhole(TextField... fields) {
        for (TextField f : fields) {
            if (whole(f.getText()) == null) {
                return true;
            }
        }
        return false;
    }

    /** A whole number as typed (spaces around it allowed); null for anything else, including one too big to hold. */
    private static Integer whole(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty() || s.length() > 4 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Integer.valueOf(s);
    }

    private static void problem(Label label, boolean has, String message) {
        label.setText(has ? message : "");
        label.setVisible(has);
    }

    private List<TextField> fields() {
        return List.of(gapMin, gapMax, eventDays, primeMin, primeMax);
    }

    private void setDisabled(boolean off) {
        fields().forEach(f -> f.setDisable(off));
    }

    // ---------------------------------------------------------------- building the card

    private TextField number(String id, String accessibleKey) {
        TextField f = new TextField();
        f.setId(id);
        f.getStyleClass().add("calendar-number");
        f.setPrefColumnCount(3);
        f.setMinWidth(Region.USE_PREF_SIZE);
        f.setMaxWidth(Region.USE_PREF_SIZE);
        f.setAccessibleText(text.get(accessibleKey));
        return f;
    }

    private Node range(TextField from, TextField to, String hintKey) {
        Label between = new Label(text.get("settings.calendar.to"));
        between.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(from, between, to, hint(hintKey));
        box.getStyleClass().add("calendar-range");
        return box;
    }

    private Node single(TextField field, String hintKey) {
        HBox box = new HBox(field, hint(hintKey));
        box.getStyleClass().add("calendar-range");
        return box;
    }

    private Label hint(String key) {
        Label hint = new Label(text.get(key));
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        return hint;
    }



}
