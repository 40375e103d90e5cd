package com.clearpath.app;

import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditEvent;
import com.clearpath.domain.AuditSubject;
import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.engine.CatalogException;
import com.clearpath.engine.Planner;
import com.clearpath.engine.PlannerOptions;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.ExportJson;
import com.clearpath.store.AuditRepository;
import com.clearpath.store.Backups;
import com.clearpath.store.ClientRepository;
import com.clearpath.store.ConsentRepository;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.InstanceLock;
import com.clearpath.store.PhotoRepository;
import com.clearpath.store.RecordsArchive;
import com.clearpath.store.SessionRepository;
import com.clearpath.store.SettingsStore;
import com.clearpath.store.SqliteFailures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The clinic's records as the app uses them: the database's lifecycle (open, restore, recover, close), work
 * against the open repositories, backups, export and import, the catalog and the plan calendar. Every method
 * blocks; the desktop calls them from background work and the command line directly.
 * <p>
 * Restoring a backup must close the database while nothing else uses it, so every use holds a read lock and
 * closing holds the write lock: a search that arrives mid-restore simply waits and then runs on the restored file.
 */
public final class Clinic {
    private static final Logger LOG = Logger.getLogger(Clinic.class.getName());

    /** The repositories over the open database. */
    public record Store(ClientRepository clients, ConsultationRepository consultations, PhotoRepository photos,
                        SessionRepository sessions, ConsentRepository consents, Database database) {
    }

    /** Work against the open records. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Store store) throws RecordsFailure;
    }

    /**
     * What a lifecycle change came to: {@code result} or {@code error} of its step, where the database stands
     * after, and (when it is ready) the answer of its background check and the generation it belongs to.
     */
    public record Change<T>(T result, Exception error, DatabaseStatus status,
            Optional<CompletionStage<Optional<RecordsFailure>>> checked, long generation) {
    }

    private final DataFolder folder;
    private final Clock clock;
    private final String actor;
    private final String workstation;
    private final Backups backups;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Guarded by {@link #lock}. */
    private Store store;
    /** Counts openings, so a check's late answer is only believed for the file it checked. */
    private volatile long generation;
    private volatile TreatmentCatalog catalog;
    private volatile Planner planner;
    private volatile PlannerOptions options;

    /** On this computer, which the audit trail names by its host name. */
    public Clinic(DataFolder folder, Clock clock, String actor) {
        this(folder, clock, actor, InstanceLock.thisHost());
    }

    public Clinic(DataFolder folder, Clock clock, String actor, String workstation) {
        this.folder = folder;
        this.clock = clock;
        this.actor = actor;
        this.workstation = workstation == null ? "" : workstation;
        this.backups = new Backups(folder, clock);
    }

    public DataFolder folder() {
        return folder;
    }

    /** Where the data folder, its database and its logs are. */
    public DataPaths paths() {
        return DataPaths.of(folder);
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Who the records name as having done something (the computer account, as the app has no sign-in). */
    public String actor() {
        return actor;
    }

    /** The computer the audit trail names as where things were done. */
    public String workstation() {
        return workstation;
    }

    /** Which opening of the database is current; see {@link Change#generation()}. */
    public long generation() {
        return generation;
    }

    // ---------------------------------------------------------------- lifecycle

    /** Opens the database (first start, or "Try again"). */
    public Change<Void> open() {
        return change(() -> null);
    }

    /**
     * Replaces the database with {@code backup}: closes it, restores, reopens; the result says where the replaced file
     * was kept and which photo files could not be brought back.
     */
    public Change<Restored> restore(Backup backup) {
        Change<Restored> done = change(() -> restored(backups.restore(stored(backup))));
        if (done.error() == null && done.status() instanceof DatabaseStatus.Ready) {
            // Noted in the restored file, whose own trail is the backup's: the restore is its next entry.
            note(AuditAction.BACKUP_RESTORED, AuditSubject.BACKUP, backup.file().getFileName().toString());
        }
        return done;
    }

    /**
     * After the database was found damaged: moves it aside (never deletes it), restores {@code backup} if given
     * (else starts empty) and reopens; the result says where the damaged file now is and which photo files could
     * not be brought back.
     */
    public Change<Restored> recover(Optional<Backup> backup) {
        Change<Restored> done = change(() -> {
            // The backup is copied and checked before the damaged file moves: a bad backup leaves it where it was.
            Restored kept = restored(backups.replaceDamaged(backup.map(Clinic::stored)));
            LOG.info("Damaged database moved aside as " + kept.keptAside().getFileName());
            return kept;
        });
        if (done.error() == null && done.status() instanceof DatabaseStatus.Ready) {
            note(AuditAction.BACKUP_RESTORED, AuditSubject.BACKUP,
                    backup.map(b -> b.file().getFileName().toString()).orElse(""), "AFTER_DAMAGE");
        }
        return done;
    }

    /** Closes the database, runs {@code step} on the closed file and reopens. */
    private <T> Change<T> change(Callable<T> step) {
        Path file = folder.database();
        lock.writeLock().lock();
        try {
            closeStore();
            boolean existed = Files.exists(file);
            T result = null;
            Exception error = null;
            try {
                result = step.call();
            } catch (Exception e) {
                error = e;
            }
            DatabaseStatus after;
            if (error != null && existed && !Files.exists(file)) {
                // The old file went aside but nothing took its place: opening now would start an empty
                // database and look as if the records were gone.
                after = new DatabaseStatus.Unavailable(file, failureOf(error));
            } else {
                after = openStore();
            }
            Optional<CompletionStage<Optional<RecordsFailure>>> checked = after instanceof DatabaseStatus.Ready
                    && store != null ? Optional.of(store.database().checked()) : Optional.empty();
            return new Change<>(result, error, after, checked, generation);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Opens the database file; the caller holds the write lock. */
    private DatabaseStatus openStore() {
        Path file = folder.database();
        try {
            Database db = Database.open(file);
            try {
                int version = db.schemaVersion();
                store = new Store(new ClientRepository(db, clock), new ConsultationRepository(db, clock),
                        new PhotoRepository(db, clock), new SessionRepository(db, clock), new ConsentRepository(db, clock), db);
                generation++;
                LOG.info("Database ready at schema version " + version);
                return new DatabaseStatus.Ready(file, version);
            } catch (SQLException e) {
                db.close();
                throw e;
            }
        } catch (SQLException e) {
            RecordsFailure failure = SqliteFailures.from(e, Doing.OPEN_DATABASE);
            LOG.log(Level.SEVERE, "Could not open the database (" + failure.code() + ")", e);
            return new DatabaseStatus.Unavailable(file, failure);
        } catch (Database.NotADatabaseFile e) {
            LOG.log(Level.SEVERE, "Could not open the database: something else is in its place", e);
            return new DatabaseStatus.Unavailable(file,
                    new RecordsFailure(Code.NOT_A_DATABASE_FILE, Doing.OPEN_DATABASE, e, file.toString()));
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Could not open the database: the data folder cannot be written", e);
            return new DatabaseStatus.Unavailable(file, new RecordsFailure(Code.FOLDER_NOT_WRITABLE, Doing.OPEN_DATABASE,
                    e, folder.root().toString(), message(e)));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not open the database", e);
            return new DatabaseStatus.Unavailable(file, new RecordsFailure(Code.FAILED, Doing.OPEN_DATABASE, e, message(e)));
        }
    }

    private void closeStore() {
        if (store == null) {
            return;
        }
        try {
            store.database().close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not close the database cleanly", e);
        }
        store = null;
    }

    /** At exit, after background work has finished. */
    public void close() {
        lock.writeLock().lock();
        try {
            closeStore();
        } finally {
            lock.writeLock().unlock();
        }
    }

    // ---------------------------------------------------------------- work

    /** Runs {@code work} on the open records; waits while a restore is under way. */
    public <T> T with(Work<T> work) throws RecordsFailure {
        lock.readLock().lock();
        try {
            if (store == null) {
                throw new RecordsFailure(Code.NOT_OPEN, Doing.USE_RECORDS, null);
            }
            return work.run(store);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The first backup of the day, if none was made today yet. */
    public Optional<BackupMade> dailyBackup() throws RecordsFailure {
        Optional<BackupMade> made = with(s -> backups.dailyIfDue(s.database())).map(Clinic::made);
        made.ifPresent(m -> note(AuditAction.BACKUP_MADE, AuditSubject.BACKUP,
                m.backup().file().getFileName().toString(), "DAILY"));
        return made;
    }

    /** A backup now; photos whose files it could not carry are named in the result, they do not fail it. */
    public BackupMade backupNow() throws RecordsFailure {
        BackupMade made = made(with(s -> backups.backupNow(s.database())));
        note(AuditAction.BACKUP_MADE, AuditSubject.BACKUP, made.backup().file().getFileName().toString());
        return made;
    }

    /** The newest backup that passes its integrity check, to offer for restoring; works while the database is damaged. */
    public Optional<Backup> latestGoodBackup() throws RecordsFailure {
        return backups.latestVerified().map(Clinic::listed);
    }

    /** Backups, newest first; works while the database is closed or damaged. */
    public List<Backup> backups() throws RecordsFailure {
        return backups.list().stream().map(Clinic::listed).toList();
    }

    private static Backup listed(Backups.Backup b) {
        return new Backup(b.file(), b.madeAt(), b.bytes());
    }

    private static BackupMade made(Backups.Made m) {
        return new BackupMade(listed(m.backup()), m.photosNotCarried());
    }

    private static Restored restored(Backups.Restored r) {
        return new Restored(r.keptAside(), r.photosNotBack());
    }

    private static Backups.Backup stored(Backup b) {
        return new Backups.Backup(b.file(), b.madeAt(), b.bytes());
    }

    /**
     * The clinic's catalog for treatment names; the built-in one if the clinic's adjustments cannot be read, since
     * a name on screen is better than no history at all (plans keep the names they were made with).
     */
    public TreatmentCatalog catalog() {
        TreatmentCatalog c = catalog;
        if (c == null) {
            try {
                c = TreatmentCatalog.forClinic(folder.catalogOverride());
            } catch (CatalogException | IOException e) {
                LOG.log(Level.WARNING, "The clinic's catalog adjustments could not be read; showing built-in names", e);
                c = TreatmentCatalog.builtIn();
            }
            catalog = c;
        }
        return c;
    }

    /**
     * The clinic's plan calendar as the engine takes it, read from the settings the first time; blocking then. Every
     * plan the app makes (the wizard's, an import's) is made with these.
     */
    public PlannerOptions plannerOptions() {
        PlannerOptions o = options;
        if (o == null) {
            o = PlannerOptions.from(new SettingsStore(folder).planCalendar());
            options = o;
        }
        return o;
    }

    /** The clinic's plan calendar as Settings shows it; the defaults where none was saved. Blocking. */
    public PlanCalendar planCalendar() {
        return new SettingsStore(folder).planCalendar();
    }

    /** Keeps {@code calendar} in the clinic's settings; {@link #usePlanCalendar} then makes plans use it. Blocking. */
    public void savePlanCalendar(PlanCalendar calendar) throws IOException {
        new SettingsStore(folder).savePlanCalendar(calendar);
        note(AuditAction.SETTING_CHANGED, AuditSubject.SETTING, "PLAN_CALENDAR");
    }

    /** Plans from now on use {@code calendar} (just saved in Settings); plans already kept are not touched. */
    public void usePlanCalendar(PlanCalendar calendar) {
        options = PlannerOptions.from(calendar);
        planner = null;
    }

    /** The engine with the clinic's catalog and calendar, for plans of imported intakes (always recomputed). */
    public Planner planner() throws CatalogException, IOException {
        Planner p = planner;
        PlannerOptions o = plannerOptions();
        if (p == null || !p.options().equals(o)) {
            p = new Planner(TreatmentCatalog.forClinic(folder.catalogOverride()), o);
            planner = p;
        }
        return p;
    }

    /**
     * Writes every consultation to {@code target}, owner-only, with photos, sessions and photo consent: plain
     * {@value ExportJson#FORMAT} JSON while no photo is kept, else a records archive (a zip of that JSON and the
     * photos' files, see {@link RecordsArchive}). The file is written beside the target under a temporary name and
     * moved into place only when complete, so a failed export never leaves a half-written file under the chosen
     * name. The data folder's own files are refused. Only reads the records; the export is noted once, after, and a
     * database that cannot take the note does not fail it.
     */
    public int exportTo(Path target) throws RecordsFailure, IOException {
        return export(target).consultations();
    }

    /** {@link #exportTo}, saying how many photos went with the consultations and whether as an archive. */
    public Exported export(Path target) throws RecordsFailure, IOException {
        Path absolute = target.toAbsolutePath();
        DataFolder.refuseProtected(absolute, folder);
        RecordsArchive archive = new RecordsArchive(folder, clock);
        RecordsArchive.Exported done;
        try {
            done = with(s -> {
                try {
                    return archive.exportTo(absolute, true, s.consultations());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int count = done.consultations();
        LOG.info("Exported " + count + " consultations, " + done.photos() + " photos and " + done.consents()
                + " signed consents");
        with(s -> s.consultations().noteExport(count, absolute.getFileName().toString(), actor));
        // The file's name may name a client: the trail keeps what went out, not where.
        note(AuditAction.RECORDS_EXPORTED, AuditSubject.EXPORT_FILE, "", Integer.toString(count),
                Integer.toString(done.photos()), Integer.toString(done.consents()));
        return new Exported(count, done.photos(), done.archive());
    }


    /**
     * Reads and checks an import file (plain JSON or a records archive) completely, streaming, so a file of any size
     * the app exported can be checked, photos included; nothing is imported here.
     */
    public ExportJson.Checked readImport(Path file) throws IOException {
        return RecordsArchive.check(file, today(), clock.instant());
    }

    /** Imports a checked file all-or-nothing, reading it again as it goes; what is kept already is skipped. */
    public Imported importFile(Path file) throws RecordsFailure, CatalogException, IOException {
        Planner p = planner();
        RecordsArchive archive = new RecordsArchive(folder, clock);
        ConsultationRepository.ImportResult r;
        try {
            r = with(s -> {
                try {
                    return archive.importFile(s.consultations(), file, today(), p::plan, actor);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        note(AuditAction.RECORDS_IMPORTED, AuditSubject.IMPORT_FILE, "", Integer.toString(r.added()),
                Integer.toString(r.alreadyPresent()));
        return new Imported(r.added(), r.alreadyPresent(), r.clientsCreated(), r.plansRecomputed(), r.photosAdded(),
                r.sessionsAdded());
    }

    // ---------------------------------------------------------------- audit trail

    /** Appends an event done by this clinic's actor on this computer now; {@link Audit} is the way in for others. */
    AuditEvent audit(AuditAction action, AuditSubject subject, String subjectId, List<String> detail)
            throws RecordsFailure {
        AuditEvent event = new AuditEvent(0, clock.instant(), actor, workstation, action, subject, subjectId, detail);
        return with(s -> new AuditRepository(s.database()).append(event));
    }

    /**
     * {@link #audit}, where what was done stands whether or not the trail could take it (a full or read-only
     * database still lets the clinic read its records); a failure is logged by its code and returned.
     */
    Optional<RecordsFailure> note(AuditAction action, AuditSubject subject, String subjectId, String... detail) {
        try {
            audit(action, subject, subjectId, List.of(detail));
            return Optional.empty();
        } catch (RecordsFailure e) {
            LOG.log(Level.WARNING, "Could not note " + action + " in the audit trail (" + e.code() + ")", e);
            return Optional.of(e);
        }
    }

    /** A lifecycle step's failure as the records' codes; anything else is named by what it said. */
    private static RecordsFailure failureOf(Exception e) {
        return e instanceof RecordsFailure rf ? rf : new RecordsFailure(Code.FAILED, Doing.USE_RECORDS, e, message(e));
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
