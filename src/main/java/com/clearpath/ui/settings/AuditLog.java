package com.clearpath.ui.settings;

import com.clearpath.app.Audit;
import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditCheck;
import com.clearpath.domain.AuditEvent;
import com.clearpath.domain.AuditFilter;
import com.clearpath.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings → Audit as plain state: the filters, the page of events shown (newest first), whether there is an older
 * page, the last check of the chain and the last failure. All reading runs in the background.
 */
public final class AuditLog {
    static final int PAGE = 50;

    private final BackgroundTasks tasks;
    private final Audit audit;
    private final ZoneId zone;
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final IntegerProperty offset = new SimpleIntegerProperty();
    private final BooleanProperty older = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<AuditCheck> check = new SimpleObjectProperty<>();
    private final ObjectProperty<Exception> failure = new SimpleObjectProperty<>();

    public AuditLog(BackgroundTasks tasks, Audit audit, ZoneId zone) {
        this.tasks = tasks;
        this.audit = audit;
        this.zone = zone;
    }

    /** The filters as the trail takes them: dates are whole local days, "to" included. */
    AuditFilter filter(int at) {
        return new AuditFilter(Optional.ofNullable(action.get()), Optional.ofNullable(actor.get()).map(String::strip),
                Optional.ofNullable(from.get()).map(d -> d.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(to.get()).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()), at, PAGE + 1);
    }

    /** The newest page for the filters as they are. */
    public void load() {
        show(0);
        tasks.run(audit::actors, actors::setAll, failure::set);
    }

    public void olderPage() {
        if (older.get()) {
            show(offset.get() + PAGE);
        }
    }

    public void newerPage() {
        if (offset.get() > 0) {
            show(Math.max(0, offset.get() - PAGE));
        }
    }

    private void show(int at) {
        AuditFilter f = filter(at);
        busy.set(true);
        tasks.run(() -> audit.query(f), page -> {
            busy.set(false);
            failure.set(null);
            offset.set(at);
            older.set(page.size() > PAGE);
            events.setAll(page.size() > PAGE ? page.subList(0, PAGE) : page);
        }, e -> {
            busy.set(false);
            failure.set(e);
        });
    }

    /** Walks the whole chain in the background; {@link #checkProperty()} then says intact or where it breaks. */
    public void checkTrail() {
        busy.set(true);
        check.set(null);
        tasks.run(audit::verify, verdict -> {
            busy.set(false);
            failure.set(null);
            check.set(verdict);
        }, e -> {
            busy.set(false);
            failure.set(e);
        });
    }

    /** Writes the events the filters pick, all pages, to {@code file}; {@code done} gets how many. */
    public void exportTo(Path file, Consumer<Integer> done) {
        AuditFilter f = filter(0);
        busy.set(true);
        tasks.run(() -> audit.exportCsv(file, f), rows -> {
            busy.set(false);
            failure.set(null);
            done.accept(rows);
            // The export is itself an event: the newest page now shows it.
            show(0);
        }, e -> {
            busy.set(false);
            failure.set(e);
        });
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<AuditEvent> events() {
        return events;
    }

    public ObservableList<String> actors() {
        return actors;
    }

    public BooleanProperty olderProperty() {
        return older;
    }

    public IntegerProperty offsetProperty() {
        return offset;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<AuditCheck> checkProperty() {
        return check;
    }

    public ObjectProperty<Exception> failureProperty() {
        return failure;
    }

    /** Every action, in the order the filter offers them. */
    public static List<AuditAction> actions() {
        return List.of(AuditAction.values());
    }
}
