package com.clearpath.ui.sessions;

import com.clearpath.app.Sessions;
import com.clearpath.domain.Language;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.StepProgress;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.VisitSchedule;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.sessions.SessionForm.Field;
import com.clearpath.ui.sessions.SessionForm.Issue;
import com.clearpath.ui.sessions.SessionForm.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The treatment sessions of one final consultation: how far each in-clinic step of its plan has come, the log of
 * sessions done (newest first, corrected ones kept and linked to their correction), the next visit as the calendar
 * stands with them, and the one form open to log or correct a session. The records are read and written through
 * {@link BackgroundTasks}.
 */
public final class SessionLog {
    /** Where reading the log stands. */
    public enum State { LOADING, READY, FAILED }

    /**
     * One entry of the log: the session as kept, the entry that corrected it (then it no longer counts) and the
     * entry it corrects, if any.
     */
    public record Entry(RecordedSession recorded, Optional<RecordedSession> correctedBy,
                        Optional<RecordedSession> corrects) {
        public boolean corrected() {
            return correctedBy.isPresent();
        }
    }

    private final BackgroundTasks tasks;
    private final Sessions sessions;
    private final UUID consultationId;
    private final String consultationPractitioner;
    private final Supplier<LocalDate> today;
    private final Language language;
    private final Function<SessionForm.Setting, String> settingWord;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.LOADING);
    private final ObjectProperty<Exception> failure = new SimpleObjectProperty<>(this, "failure");
    private final ObservableList<StepProgress> steps = FXCollections.observableArrayList();
    private final IntegerProperty outsidePlan = new SimpleIntegerProperty(this, "outsidePlan");
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<SessionForm> form = new SimpleObjectProperty<>(this, "form");
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final ObjectProperty<Exception> saveFailure = new SimpleObjectProperty<>(this, "saveFailure");
    private final ObjectProperty<RecordedSession> lastSaved = new SimpleObjectProperty<>(this, "lastSaved");
    private final ObjectProperty<VisitSchedule> schedule = new SimpleObjectProperty<>(this, "schedule");
    private List<RecordedSession> all = List.of();

    /** {@code practitioner} is the consultation's, the default until a session names one. */
    public SessionLog(BackgroundTasks tasks, Sessions sessions, UUID consultationId, String practitioner,
                      Supplier<LocalDate> today, Language language, Function<SessionForm.Setting, String> settingWord) {
        this.tasks = tasks;
        this.sessions = sessions;
        this.consultationId = consultationId;
        this.consultationPractitioner = practitioner == null ? "" : practitioner;
        this.today = today;
        this.language = language;
        this.settingWord = settingWord;
    }

    private record Read(StepProgress.Progress progress, List<RecordedSession> all, Optional<VisitSchedule> schedule) {
    }

    /** Reads the progress and the log again. */
    public void load() {
        state.set(State.LOADING);
        tasks.run(() -> new Read(sessions.progress(consultationId), sessions.list(consultationId),
                sessions.schedule(consultationId)), read -> {
            all = read.all();
            schedule.set(read.schedule().orElse(null));
            steps.setAll(read.progress().steps());
            outsidePlan.set(read.progress().outsidePlan());
            entries.setAll(entries(read.all()));
            failure.set(null);
            state.set(State.READY);
        }, error -> {
            failure.set(error);
            state.set(State.FAILED);
        });
    }

    /** Newest first (by the day performed, then by when written), each linked to its correction and original. */
    static List<Entry> entries(List<RecordedSession> all) {
        Map<UUID, RecordedSession> byId = new HashMap<>();
        Map<UUID, RecordedSession> correctionOf = new HashMap<>();
        for (RecordedSession s : all) {
            byId.put(s.id(), s);
            s.correctsId().ifPresent(id -> correctionOf.put(id, s));
        }
        List<Entry> out = new ArrayList<>();
        for (RecordedSession s : all) {
            out.add(new Entry(s, Optional.ofNullable(correctionOf.get(s.id())),
                    s.correctsId().map(byId::get)));
        }
        out.sort((a, b) -> {
            int byDay = b.recorded().session().performedOn().compareTo(a.recorded().session().performedOn());
            return byDay != 0 ? byDay : b.recorded().recordedAt().compareTo(a.recorded().recordedAt());
        });
        return out;
    }

    /** Opens a blank form: today, the last practitioner, the first step still short of its sessions. */
    public void logNew() {
        SessionForm f = new SessionForm(Optional.empty(), choices(), language, settingWord, this::nextVisitAfter);
        String by = all.isEmpty() ? consultationPractitioner : all.get(all.size() - 1).session().practitioner();
        Treatment next = steps.stream().filter(s -> s.done() < s.plannedMax()).map(StepProgress::treatment)
                .findFirst().orElse(steps.isEmpty() ? null : steps.get(0).treatment());
        f.startFresh(today.get(), by, next);
        saveFailure.set(null);
        form.set(f);
    }

    /** Opens the form filled with {@code entry}'s session; saving it keeps a correction linked to it. */
    public void correct(Entry entry) {
        SessionForm f = new SessionForm(Optional.of(entry.recorded()), choices(), language, settingWord,
                this::nextVisitAfter);
        f.fill(entry.recorded().session());
        saveFailure.set(null);
        form.set(f);
    }

    /** The next visit the calendar gives after a session of {@code t} on {@code on}: the form's suggestion. */
    private Optional<LocalDate> nextVisitAfter(LocalDate on, Treatment t) {
        VisitSchedule now = schedule.get();
        return now == null ? Optional.empty() : now.nextAfter(on, t);
    }

    /** Closes the form without saving. */
    public void cancel() {
        form.set(null);
        saveFailure.set(null);
    }

    /** Saves the open form if every field can be kept; otherwise the form names what to fix and keeps it all. */
    public void save() {
        SessionForm f = form.get();
        if (f == null || saving.get() || !f.check(today.get())) {
            return;
        }
        saving.set(true);
        saveFailure.set(null);
        tasks.run(() -> f.corrects().isPresent() ? sessions.correct(f.corrects().get().id(), f.session())
                : sessions.record(consultationId, f.session()), saved -> {
            saving.set(false);
            if (form.get() == f) {
                form.set(null);
            }
            lastSaved.set(saved);
            load();
        }, error -> {
            saving.set(false);
            if (error instanceof Sessions.Refused refused) {
                f.refused(problem(refused));
            } else {
                saveFailure.set(error);
            }
        });
    }

    /** The field a refusal of the records names; what concerns the whole session names the form. */
    static Problem problem(Sessions.Refused refused) {
        return switch (refused.reason()) {
            case IN_THE_FUTURE -> new Problem(Field.DATE, Issue.IN_THE_FUTURE, -1);
            case SETTING_WITHOUT_NAME -> new Problem(Field.SETTINGS, Issue.SETTING_WITHOUT_NAME, -1);
            case NEXT_VISIT_NOT_AFTER -> new Problem(Field.NEXT_VISIT, Issue.NOT_AFTER_SESSION, -1);
            case CONSULTATION_NOT_FOUND -> new Problem(Field.FORM, Issue.CONSULTATION_NOT_FOUND, -1);
            case CONSULTATION_NOT_FINAL -> new Problem(Field.FORM, Issue.CONSULTATION_NOT_FINAL, -1);
            case SESSION_NOT_FOUND -> new Problem(Field.FORM, Issue.SESSION_NOT_FOUND, -1);
            case ALREADY_CORRECTED -> new Problem(Field.FORM, Issue.ALREADY_CORRECTED, -1);
            case NO_CONSENT -> new Problem(Field.TREATMENT, Issue.NO_CONSENT, -1, refused.treatment(), Optional.empty());
            case CONSENT_EXPIRED -> new Problem(Field.TREATMENT, Issue.CONSENT_EXPIRED, -1, refused.treatment(),
                    refused.expiredOn());
            case CONSENT_WITHDRAWN -> new Problem(Field.TREATMENT, Issue.CONSENT_WITHDRAWN, -1, refused.treatment(),
                    Optional.empty());
            case CONSENT_NOT_INTACT -> new Problem(Field.TREATMENT, Issue.CONSENT_NOT_INTACT, -1, refused.treatment(),
                    Optional.empty());
        };
    }

    /** The plan's treatments first, in its order, then every other procedure. */
    private List<Treatment> choices() {
        Set<Treatment> out = new LinkedHashSet<>();
        steps.forEach(s -> out.add(s.treatment()));
        Arrays.stream(Treatment.values()).filter(Treatment::procedure).forEach(out::add);
        return List.copyOf(out);
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public ObjectProperty<Exception> failureProperty() {
        return failure;
    }

    public ObservableList<StepProgress> steps() {
        return steps;
    }

    public IntegerProperty outsidePlanProperty() {
        return outsidePlan;
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** The form open to log or correct a session; null when none is. */
    public ObjectProperty<SessionForm> formProperty() {
        return form;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    /** Why the last save failed when the records could not write it (the form stays open with what was typed). */
    public ObjectProperty<Exception> saveFailureProperty() {
        return saveFailure;
    }

    /** The agreed plan's visits as they stand with the sessions done; null before it is read, or with no protocol. */
    public ObjectProperty<VisitSchedule> scheduleProperty() {
        return schedule;
    }

    /** The session saved last, so the view can point at it. */
    public ObjectProperty<RecordedSession> lastSavedProperty() {
        return lastSaved;
    }
}
