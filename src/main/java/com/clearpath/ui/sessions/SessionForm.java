package com.clearpath.ui.sessions;

import com.clearpath.domain.Language;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.Zone;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * One session being logged (or a saved one being corrected), as properties the form binds to. Everything stays as
 * typed: {@link #check} names the fields that cannot be kept yet, and only {@link #session} reads them into a
 * {@link TreatmentSession}.
 */
public final class SessionForm {
    /** The fields a problem can name. */
    public enum Field { TREATMENT, DATE, PRACTITIONER, ZONES, SETTINGS, FILLER_PRODUCT, FILLER_LOT, NEXT_VISIT, FORM }

    /** What is wrong with a field; the words are made by the view. */
    public enum Issue {
        MISSING, UNREADABLE, IN_THE_FUTURE, SETTING_WITHOUT_NAME, SETTING_TWICE, NOT_AFTER_SESSION,
        CONSULTATION_NOT_FOUND, CONSULTATION_NOT_FINAL, SESSION_NOT_FOUND, ALREADY_CORRECTED, NO_CONSENT, CONSENT_EXPIRED,
        CONSENT_WITHDRAWN, CONSENT_NOT_INTACT
    }

    /** One problem: the field it names and what is wrong with it ({@code row} is the setting's, else -1). */
    /** {@code treatment} and {@code date} are what a consent refusal names: whose consent, and when it expired. */
    public record Problem(Field field, Issue issue, int row, Optional<Treatment> treatment, Optional<LocalDate> date) {
        public Problem(Field field, Issue issue, int row) {
            this(field, issue, row, Optional.empty(), Optional.empty());
        }
    }

    /** The settings a device usually takes, suggested by treatment. */
    public enum Setting { ENERGY, PASSES, NEEDLE_DEPTH, TCA_STRENGTH }

    /** One named setting row. */
    public static final class SettingRow {
        private final StringProperty name = new SimpleStringProperty(this, "name", "");
        private final StringProperty value = new SimpleStringProperty(this, "value", "");
        /** The name it was suggested with; null for a row the practitioner added. */
        private final String suggestedAs;

        SettingRow(String name, String value, String suggestedAs) {
            this.name.set(name);
            this.value.set(value);
            this.suggestedAs = suggestedAs;
        }

        public StringProperty nameProperty() {
            return name;
        }

        public StringProperty valueProperty() {
            return value;
        }

        boolean blank() {
            return name.get().isBlank() && value.get().isBlank();
        }

        /** Nothing typed into it: blank, or a suggestion as it was made. */
        boolean untouched() {
            return value.get().isBlank() && (name.get().isBlank() || name.get().equals(suggestedAs));
        }
    }

    private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final Optional<RecordedSession> corrects;
    private final List<Treatment> choices;
    private final Language language;
    private final Function<Setting, String> settingWord;
    private final ObjectProperty<Treatment> treatment = new SimpleObjectProperty<>(this, "treatment");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty practitioner = new SimpleStringProperty(this, "practitioner", "");
    private final ObservableSet<Zone> zones = FXCollections.observableSet(EnumSet.noneOf(Zone.class));
    private final StringProperty device = new SimpleStringProperty(this, "device", "");
    private final ObservableList<SettingRow> settings = FXCollections.observableArrayList();
    private final StringProperty fillerProduct = new SimpleStringProperty(this, "fillerProduct", "");
    private final StringProperty fillerLot = new SimpleStringProperty(this, "fillerLot", "");
    private final StringProperty anaesthetic = new SimpleStringProperty(this, "anaesthetic", "");
    private final StringProperty reaction = new SimpleStringProperty(this, "reaction", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty nextVisit = new SimpleStringProperty(this, "nextVisit", "");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** True while a saved session is read in, whose settings are not to be replaced by suggestions. */
    private boolean filling;
    /** The next visit the calendar gives for a session of a treatment on a day; empty when it gives none. */
    private final BiFunction<LocalDate, Treatment, Optional<LocalDate>> nextVisitFor;
    /** The next visit as last suggested, so a date typed over it is never replaced. */
    private String suggestedNext = "";

    /**
     * A blank form ({@code corrects} empty) or one filled from the session it corrects. {@code choices} lists the
     * plan's treatments first; {@code settingWord} names a suggested setting in the screen's language;
     * {@code nextVisitFor} gives the calendar's next visit after a session of a treatment on a day.
     */
    SessionForm(Optional<RecordedSession> corrects, List<Treatment> choices, Language language,
                Function<Setting, String> settingWord,
                BiFunction<LocalDate, Treatment, Optional<LocalDate>> nextVisitFor) {
        this.nextVisitFor = nextVisitFor;
        this.corrects = corrects;
        this.choices = List.copyOf(choices);
        this.language = language;
        this.settingWord = settingWord;
        // Suggestions follow the treatment only while no setting was typed, so nothing entered is replaced.
        treatment.addListener((o, was, now) -> {
            if (!filling && settings.stream().allMatch(SettingRow::untouched)) {
                settings.setAll(suggested(now).stream().map(this::suggestedRow).toList());
            }
            suggestNextVisit();
        });
        date.addListener((o, was, now) -> suggestNextVisit());
    }

    /** The next visit follows the session's day and treatment while it is as suggested (or empty for a new one). */
    private void suggestNextVisit() {
        if (filling || !nextVisit.get().strip().equals(suggestedNext)) {
            return;
        }
        Optional<LocalDate> on = performedOn();
        String next = on.isEmpty() || treatment.get() == null ? ""
                : nextVisitFor.apply(on.get(), treatment.get()).map(LocalDate::toString).orElse("");
        suggestedNext = next;
        nextVisit.set(next);
    }

    /** A new session on {@code today} by {@code practitioner}, of {@code treatment} when there is one to suggest. */
    void startFresh(LocalDate today, String by, Treatment suggestedTreatment) {
        date.set(today.toString());
        practitioner.set(by == null ? "" : by);
        treatment.set(suggestedTreatment);
    }

    /** The fields of {@code s}, as saved, for a correction. */
    void fill(TreatmentSession s) {
        filling = true;
        try {
            treatment.set(s.treatment());
            date.set(s.performedOn().toString());
            // A correction keeps the date its session booked, or none, as saved: nothing is suggested over it.
            nextVisit.set(s.nextVisit().map(LocalDate::toString).orElse(""));
            suggestedNext = null;
        } finally {
            filling = false;
        }
        settings.clear();
        date.set(s.performedOn().toString());
        practitioner.set(s.practitioner());
        zones.clear();
        zones.addAll(s.zones());
        device.set(s.device());
        s.settings().forEach((n, v) -> settings.add(new SettingRow(n, v, null)));
        fillerProduct.set(s.fillerProduct());
        fillerLot.set(s.fillerLot());
        anaesthetic.set(s.anaesthetic());
        reaction.set(s.immediateReaction());
        notes.set(s.notes());
    }

    /** The settings suggested for {@code t}: energy and passes for lasers and radiofrequency, and so on. */
    static List<Setting> suggested(Treatment t) {
        if (t == null) {
            return List.of();
        }
        return switch (t) {
            case FRACTIONAL_NONABLATIVE_LASER, FRACTIONAL_ABLATIVE_LASER, ABLATIVE_RESURFACING, IPL, VASCULAR_LASER ->
                    List.of(Setting.ENERGY, Setting.PASSES);
            case RF_MICRONEEDLING -> List.of(Setting.NEEDLE_DEPTH, Setting.ENERGY, Setting.PASSES);
            case MICRONEEDLING, MICRONEEDLING_PRP -> List.of(Setting.NEEDLE_DEPTH, Setting.PASSES);
            case TCA_CROSS -> List.of(Setting.TCA_STRENGTH);
            default -> List.of();
        };
    }

    /** True when the form shows the filler's product and lot number. */
    public static boolean asksForFiller(Treatment t) {
        return t == Treatment.DERMAL_FILLER;
    }

    public Optional<RecordedSession> corrects() {
        return corrects;
    }

    public List<Treatment> choices() {
        return choices;
    }

    public ObjectProperty<Treatment> treatmentProperty() {
        return treatment;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty practitionerProperty() {
        return practitioner;
    }

    public ObservableSet<Zone> zones() {
        return zones;
    }

    public StringProperty deviceProperty() {
        return device;
    }

    public ObservableList<SettingRow> settings() {
        return settings;
    }

    public void addSetting() {
        settings.add(new SettingRow("", "", null));
    }

    public void removeSetting(SettingRow row) {
        settings.remove(row);
    }

    /** Adds the suggested settings not in the form yet, empty, for the practitioner to fill in. */
    public void addSuggestedSettings() {
        Set<String> there = new HashSet<>();
        settings.forEach(r -> there.add(r.nameProperty().get().strip()));
        for (Setting s : suggested(treatment.get())) {
            String name = settingWord.apply(s);
            if (!there.contains(name)) {
                settings.add(suggestedRow(s));
            }
        }
    }

    private SettingRow suggestedRow(Setting s) {
        String name = settingWord.apply(s);
        return new SettingRow(name, "", name);
    }

    public StringProperty fillerProductProperty() {
        return fillerProduct;
    }

    public StringProperty fillerLotProperty() {
        return fillerLot;
    }

    public StringProperty anaestheticProperty() {
        return anaesthetic;
    }

    public StringProperty reactionProperty() {
        return reaction;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The next visit booked with the client, as typed; empty when none was booked. */
    public StringProperty nextVisitProperty() {
        return nextVisit;
    }

    /** What stops the form from being saved, as last checked or refused; empty once it can be. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Checks every field against {@code today}; true when the session can be saved. The problems say the rest. */
    boolean check(LocalDate today) {
        List<Problem> found = new ArrayList<>();
        if (treatment.get() == null) {
            found.add(new Problem(Field.TREATMENT, Issue.MISSING, -1));
        }
        Optional<LocalDate> on = performedOn();
        if (date.get().isBlank()) {
            found.add(new Problem(Field.DATE, Issue.MISSING, -1));
        } else if (on.isEmpty()) {
            found.add(new Problem(Field.DATE, Issue.UNREADABLE, -1));
        } else if (on.get().isAfter(today)) {
            found.add(new Problem(Field.DATE, Issue.IN_THE_FUTURE, -1));
        }
        if (practitioner.get().isBlank()) {
            found.add(new Problem(Field.PRACTITIONER, Issue.MISSING, -1));
        }
        if (zones.isEmpty()) {
            found.add(new Problem(Field.ZONES, Issue.MISSING, -1));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < settings.size(); i++) {
            SettingRow row = settings.get(i);
            String name = row.nameProperty().get().strip();
            if (name.isEmpty() && !row.valueProperty().get().isBlank()) {
                found.add(new Problem(Field.SETTINGS, Issue.SETTING_WITHOUT_NAME, i));
            } else if (!name.isEmpty() && !names.add(name.toLowerCase(Locale.ROOT))) {
                found.add(new Problem(Field.SETTINGS, Issue.SETTING_TWICE, i));
            }
        }
        if (asksForFiller(treatment.get())) {
            if (fillerProduct.get().isBlank()) {
                found.add(new Problem(Field.FILLER_PRODUCT, Issue.MISSING, -1));
            }
            if (fillerLot.get().isBlank()) {
                found.add(new Problem(Field.FILLER_LOT, Issue.MISSING, -1));
            }
        }
        if (!nextVisit.get().isBlank()) {
            Optional<LocalDate> next = parse(nextVisit.get());
            if (next.isEmpty()) {
                found.add(new Problem(Field.NEXT_VISIT, Issue.UNREADABLE, -1));
            } else if (on.isPresent() && !next.get().isAfter(on.get())) {
                found.add(new Problem(Field.NEXT_VISIT, Issue.NOT_AFTER_SESSION, -1));
            }
        }
        problems.setAll(found);
        return found.isEmpty();
    }

    /** Shows a problem the records gave back; the fields keep what was typed. */
    void refused(Problem problem) {
        problems.setAll(problem);
    }

    /** The session as typed; call after {@link #check} passed. Rows left blank are left out. */
    TreatmentSession session() {
        Map<String, String> named = new LinkedHashMap<>();
        for (SettingRow row : settings) {
            if (!row.blank()) {
                named.put(row.nameProperty().get().strip(), row.valueProperty().get().strip());
            }
        }
        boolean filler = asksForFiller(treatment.get());
        List<Zone> inOrder = zones.stream().sorted().toList();
        return new TreatmentSession(performedOn().orElseThrow(), treatment.get(), practitioner.get(), inOrder,
                device.get(), named, filler ? fillerProduct.get() : "", filler ? fillerLot.get() : "",
                anaesthetic.get(), reaction.get(), notes.get(), nextVisit.get().isBlank() ? Optional.empty()
                : parse(nextVisit.get()));
    }

    /** The session's date as typed: ISO, or with slashes in the order the screen's language writes it. */
    Optional<LocalDate> performedOn() {
        return parse(date.get());
    }

    private Optional<LocalDate> parse(String typed) {
        String t = typed.strip();
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                language == Language.ES ? DAY_FIRST : MONTH_FIRST)) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
