package com.clearpath.ui.records;

import com.clearpath.app.Backup;
import com.clearpath.app.BackupMade;
import com.clearpath.app.Clinic;
import com.clearpath.app.DataPaths;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.app.Exported;
import com.clearpath.app.Imported;
import com.clearpath.app.Restored;
import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.engine.CatalogException;
import com.clearpath.engine.PlannerOptions;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.ExportJson;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.common.BackgroundTasks;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The desktop's handle on the {@link Clinic}: runs its lifecycle changes in the background and moves
 * {@link #status()} along on the FX thread. Views call the blocking methods from inside {@link BackgroundTasks} work.
 */
public final class Records {
    private final Clinic clinic;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<DatabaseStatus> status;

    public Records(DataFolder folder, Clock clock, String actor, BackgroundTasks tasks) {
        this(new Clinic(folder, clock, actor), tasks);
    }

    public Records(Clinic clinic, BackgroundTasks tasks) {
        this.clinic = clinic;
        this.tasks = tasks;
        this.status = new ReadOnlyObjectWrapper<>(new DatabaseStatus.Opening(clinic.folder().database()));
    }

    /** The blocking use cases, for the app layer's services. */
    public Clinic clinic() {
        return clinic;
    }

    /** Read on the FX thread. */
    public ReadOnlyObjectProperty<DatabaseStatus> status() {
        return status.getReadOnlyProperty();
    }

    public boolean ready() {
        return status.get() instanceof DatabaseStatus.Ready;
    }

    public DataFolder folder() {
        return clinic.folder();
    }

    public DataPaths paths() {
        return clinic.paths();
    }

    public Clock clock() {
        return clinic.clock();
    }

    public LocalDate today() {
        return clinic.today();
    }

    /** Who the records name as having done something (the computer account, as the app has no sign-in). */
    public String actor() {
        return clinic.actor();
    }

    // ---------------------------------------------------------------- lifecycle (called on the FX thread)

    /** Opens the database in the background (first start, or "Try again"). */
    public void open(Consumer<DatabaseStatus> then) {
        change(Clinic::open, ignored -> then.accept(status.get()), error -> then.accept(status.get()));
    }

    /**
     * Replaces the database with {@code backup}: closes it, restores, reopens. {@code done} gets where the replaced
     * file was kept and which photo files could not be brought back.
     */
    public void restore(Backup backup, Consumer<Restored> done, Consumer<Exception> failed) {
        change(c -> c.restore(backup), done, failed);
    }

    /**
     * After the database was found damaged: moves it aside (never deletes it), restores {@code backup} if given
     * (else starts empty) and reopens. {@code done} gets where the damaged file now is and which photo files could
     * not be brought back.
     */
    public void recover(Optional<Backup> backup, Consumer<Restored> done, Consumer<Exception> failed) {
        change(c -> c.recover(backup), done, failed);
    }

    private <T> void change(Function<Clinic, Clinic.Change<T>> step, Consumer<? super T> done,
            Consumer<? super Exception> failed) {
        Path file = clinic.folder().database();
        status.set(new DatabaseStatus.Opening(file));
        tasks.run(() -> step.apply(clinic), outcome -> {
            status.set(outcome.status());
            // The file's check answers in the background; a damaged file then gets the damaged-database choices.
            outcome.checked().ifPresent(check -> check.thenAccept(damaged -> damaged.ifPresent(e -> tasks.run(
                    () -> e, found -> damaged(outcome.generation(), found), ignored -> { }))));
            if (outcome.error() == null) {
                done.accept(outcome.result());
            } else {
                failed.accept(outcome.error());
            }
        }, unexpected -> {
            String m = unexpected.getMessage();
            status.set(new DatabaseStatus.Unavailable(file, unexpected instanceof RecordsFailure rf ? rf
                    : new RecordsFailure(RecordsFailure.Code.FAILED, RecordsFailure.Doing.OPEN_DATABASE, unexpected,
                    m == null || m.isBlank() ? unexpected.getClass().getSimpleName() : m)));
            failed.accept(unexpected);
        });
    }

    /** On the FX thread: the open file failed its check (unless it was replaced meanwhile). */
    private void damaged(long generation, RecordsFailure e) {
        if (clinic.generation() == generation && status.get() instanceof DatabaseStatus.Ready) {
            status.set(new DatabaseStatus.Unavailable(clinic.folder().database(), e));
        }
    }

    /** At exit, after background work has finished. */
    public void close() {
        clinic.close();
    }

    // ---------------------------------------------------------------- blocking work (background threads)

    /** Runs {@code work} on the open records; waits while a restore is under way. */
    public <T> T with(Clinic.Work<T> work) throws RecordsFailure {
        return clinic.with(work);
    }

    public Optional<BackupMade> dailyBackup() throws RecordsFailure {
        return clinic.dailyBackup();
    }

    public BackupMade backupNow() throws RecordsFailure {
        return clinic.backupNow();
    }

    public Optional<Backup> latestGoodBackup() throws RecordsFailure {
        return clinic.latestGoodBackup();
    }

    public List<Backup> backups() throws RecordsFailure {
        return clinic.backups();
    }

    public TreatmentCatalog catalog() {
        return clinic.catalog();
    }

    public PlannerOptions plannerOptions() {
        return clinic.plannerOptions();
    }

    public void usePlanCalendar(PlanCalendar calendar) {
        clinic.usePlanCalendar(calendar);
    }

    public int exportTo(Path target) throws RecordsFailure, IOException {
        return clinic.exportTo(target);
    }

    public Exported export(Path target) throws RecordsFailure, IOException {
        return clinic.export(target);
    }

    public ExportJson.Checked readImport(Path file) throws IOException {
        return clinic.readImport(file);
    }

    public Imported importFile(Path file)
            throws RecordsFailure, CatalogException, IOException {
        return clinic.importFile(file);
    }
}
