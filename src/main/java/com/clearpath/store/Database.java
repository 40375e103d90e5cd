package com.clearpath.store;

import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The clinic's SQLite database: opening it with safe settings and bringing its schema up to date.
 * Migrations are numbered SQL files applied in order; {@code PRAGMA user_version} records the last one applied.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** Migration files, in order; the position (1-based) is the schema version each produces. */
    /** How long a write waits for another copy of the app to finish before giving up with a clear message. */
    static final int BUSY_TIMEOUT_MS = 5000;
    static final List<String> MIGRATIONS = List.of("001-metadata.sql", "002-consultations.sql",
            "003-correction-index.sql", "004-records-events.sql", "005-draft-version.sql",
            "006-photos-and-sessions.sql", "007-next-visit.sql", "008-signed-consents.sql",
            "009-audit-trail.sql");

    private final Path file;
    private final Connection connection;
    /** SQLite's quick check of the file: empty when sound, else the failure every write then reports. */
    private volatile CompletableFuture<Optional<RecordsFailure>> check =
            CompletableFuture.completedFuture(Optional.empty());
    private final Object checkLock = new Object();
    /** Guarded by {@link #checkLock}. */
    private Connection checking;
    /** Guarded by {@link #checkLock}. */
    private boolean closing;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static int latestVersion() {
        return MIGRATIONS.size();
    }

    /** Opens (creating if needed) the database file and applies any pending migrations. */
    public static Database open(Path file) throws SQLException, IOException {
        return open(file, BUSY_TIMEOUT_MS);
    }

    /** Opens with a chosen wait for a busy database (tests use a short one). */
    static Database open(Path file, int busyTimeoutMs) throws SQLException, IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (Files.isDirectory(file)) {
            throw new NotADatabaseFile(file);
        }
        if (!Files.exists(file)) {
            PrivateFiles.createFile(file);
        } else {
            refuseAnotherProgramsFile(file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMs);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        try {
            restrictSidecars(file);
            Database db = new Database(file, c);
            db.migrate();
            db.startCheck(busyTimeoutMs);
            return db;
        } catch (SQLException | IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public Connection connection() {
        return connection;
    }

    /** Work against the database; the connection is used by one piece of work at a time. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs read-only work, turning SQLite failures into messages a clinic user can act on. */
    public synchronized <T> T read(Doing doing, Work<T> work) throws RecordsFailure {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed(e, doing);
        }
    }

    /**
     * Runs read-only work in one read transaction, so everything it reads is one consistent state of the records
     * while others go on writing; it takes no write lock, so it works on a read-only, locked or full database.
     */
    public synchronized <T> T readTransaction(Doing doing, Work<T> work) throws RecordsFailure {
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN DEFERRED");
            }
            try {
                return work.run(connection);
            } finally {
                try (Statement s = connection.createStatement()) {
                    s.execute("COMMIT");
                } catch (SQLException alreadyEnded) {
                    // Nothing was written; a read transaction SQLite ended itself has nothing to keep
                }
            }
        } catch (SQLException e) {
            throw failed(e, doing);
        }
    }

    /**
     * Runs work in one transaction: all of it is saved, or none of it. Transactions are plain BEGIN IMMEDIATE /
     * COMMIT statements with the driver left in auto-commit, because SQLite may end a transaction itself (disk full,
     * busy) and the driver's own transaction bookkeeping then hides the real error.
     */
    public <T> T write(Doing doing, Work<T> work) throws RecordsFailure {
        // Outside the lock, so reads go on while a write waits for the check.
        awaitCheck(doing);
        synchronized (this) {
            try {
                return inTransaction(work);
            } catch (SQLException e) {
                throw failed(e, doing);
            }
        }
    }

    /**
     * The file's check at open, which runs in the background: empty once it found the file sound (or could not run),
     * the damage otherwise. Writes wait for it; the app shows the damaged-database choices when it fails.
     */
    public CompletionStage<Optional<RecordsFailure>> checked() {
        return check;
    }

    /** Blocks until the check answers; a damaged file refuses every write, so nothing is added to it. */
    private void awaitCheck(Doing doing) throws RecordsFailure {
        Optional<RecordsFailure> damaged;
        try {
            damaged = check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecordsFailure(Code.INTERRUPTED, doing, e);
        } catch (ExecutionException e) {
            damaged = Optional.empty();
        }
        if (damaged.isPresent()) {
            throw new RecordsFailure(Code.DAMAGED_NOT_CHANGED, doing, damaged.get());
        }
    }

    /** Runs the quick check on a connection of its own: on a large file it takes seconds, longer than a start may wait. */
    private void startCheck(int busyTimeoutMs) {
        CompletableFuture<Optional<RecordsFailure>> answer = new CompletableFuture<>();
        check = answer;
        Thread t = new Thread(() -> {
            SQLiteConfig readOnly = new SQLiteConfig();
            readOnly.setReadOnly(true);
            readOnly.setBusyTimeout(busyTimeoutMs);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                    readOnly.toProperties())) {
                synchronized (checkLock) {
                    if (closing) {
                        answer.complete(Optional.empty());
                        return;
                    }
                    checking = c;
                }
                try {
                    answer.complete(checkIntact(c, file));
                } finally {
                    synchronized (checkLock) {
                        checking = null;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                // Not a verdict on the file (e.g. it was closed or locked meanwhile); writes report their own failures.
                LOG.log(Level.INFO, "The database check could not run", e);
                answer.complete(Optional.empty());
            }
        }, "clearpath-database-check");
        t.setDaemon(true);
        t.start();
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        try {
            T result = work.run(connection);
            try (Statement s = connection.createStatement()) {
                s.execute("COMMIT");
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            try (Statement s = connection.createStatement()) {
                s.execute("ROLLBACK");
            } catch (SQLException alreadyEnded) {
                // SQLite already rolled back (e.g. disk full); the original failure is the one to report
            }
            throw e;
        }
    }

    private RecordsFailure failed(SQLException e, Doing doing) {
        RecordsFailure se = SqliteFailures.from(e, doing);
        LOG.log(Level.WARNING, "Database failure (" + se.kind() + ") while trying to " + doing, e);
        return se;
    }

    /** The WAL and shared-memory files hold client data too: owner-only, like the database. */
    private static void restrictSidecars(Path file) throws IOException {
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = file.resolveSibling(file.getFileName() + suffix);
            if (!Files.exists(side)) {
                try {
                    PrivateFiles.createFile(side);
                } catch (FileAlreadyExistsException e) {
                    // created meanwhile by SQLite
                }
            }
            DataFolder.restrictToOwner(side, false);
        }
    }

    public Path file() {
        return file;
    }

    /** The file was written by a newer version of the app, whose schema this one must not touch. */
    public static final class NewerSchema extends SQLException {
        private static final long serialVersionUID = 1L;
        private final int found;
        private final int known;

        NewerSchema(int found, int known) {
            super("The database was written by a newer version of Clearpath (schema " + found
                    + ", this version knows up to " + known + ")");
            this.found = found;
            this.known = known;
        }

        public int found() {
            return found;
        }

        public int known() {
            return known;
        }
    }

    /** Another program's database stands where ours belongs; it is left as it was. */
    public static final class AnotherProgramsFile extends SQLException {
        private static final long serialVersionUID = 1L;
        private final String tables;

        AnotherProgramsFile(String tables) {
            super("This is not a Clearpath database: it holds another program's tables (" + tables
                    + "); nothing in it was changed");
            this.tables = tables;
        }

        /** The first few tables found, comma-separated. */
        public String tables() {
            return tables;
        }
    }

    /** Something other than a database file (a folder) stands where the database belongs. */
    public static final class NotADatabaseFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotADatabaseFile(Path file) {
            super(file + " is a folder, not a database");
        }
    }

    /**
     * SQLite's quick check of every page: a file damaged in the middle opens and reads fine until the damaged page is
     * reached, so it is checked at open and handled as a damaged database before anything is written to it.
     */
    private static Optional<RecordsFailure> checkIntact(Connection c, Path file) throws SQLException {
        long t0 = System.nanoTime();
        String result;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check(1)")) {
            result = rs.next() ? rs.getString(1) : "no answer";
        } catch (SQLException e) {
            RecordsFailure se = SqliteFailures.from(e, Doing.CHECK_DATABASE);
            if (se.kind() != RecordsFailure.Kind.CORRUPT) {
                throw e;
            }
            result = String.valueOf(e.getMessage());
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if ("ok".equals(result)) {
            LOG.info("Database check passed in " + ms + " ms");
            return Optional.empty();
        }
        LOG.severe("Database check failed in " + ms + " ms: " + result);
        SQLException raw = new SQLiteException("The database failed its check: " + result,
                SQLiteErrorCode.SQLITE_CORRUPT);
        return Optional.of(SqliteFailures.from(raw, Doing.OPEN_DATABASE));
    }


    public synchronized int schemaVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void migrate() throws SQLException, IOException {
        int current = schemaVersion();
        if (current > MIGRATIONS.size()) {
            throw new NewerSchema(current, MIGRATIONS.size());
        }
        for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
            String sql = readMigration(MIGRATIONS.get(v - 1));
            int version = v;
            try {
                inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        for (String statement : splitStatements(sql)) {
                            s.execute(statement);
                        }
                        s.execute("PRAGMA user_version = " + version);
                    }
                    return null;
                });
                LOG.info("Applied database migration to version " + v);
            } catch (SQLException e) {
                throw new SQLException("Migration " + v + " failed: " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
            }
        }
    }

    /**
     * A file with tables but no schema version is some other program's database: opening it as ours would change it
     * (WAL mode, our tables), so it is looked at read-only first. A file that cannot be read is left to the usual open,
     * which tells what is wrong with it.
     */
    private static void refuseAnotherProgramsFile(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                if (rs.next() && rs.getInt(1) != 0) {
                    return;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name LIMIT 3")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        } catch (SQLException unreadable) {
            return;
        }
        if (!tables.isEmpty()) {
            throw new AnotherProgramsFile(String.join(", ", tables));
        }
    }

    private static String readMigration(String name) throws IOException {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IOException("Missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Splits a migration into statements at semicolons that end a line; comments start with "--". A trigger body
     * (CREATE TRIGGER … BEGIN … END;) stays one statement.
     */
    static List<String> splitStatements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (current.length() == 0 && trimmed.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            current.append(line).append('\n');
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        Connection c;
        synchronized (checkLock) {
            closing = true;
            c = checking;
        }
        // The check's own handle must be gone too before the file is moved or removed (restore, recovery).
        try {
            if (c != null) {
                c.unwrap(SQLiteConnection.class).getDatabase().interrupt();
            }
            if (!check.isDone()) {
                check.get(2, TimeUnit.SECONDS);
            }
        } catch (SQLException | RuntimeException | ExecutionException
                | TimeoutException e) {
            LOG.log(Level.FINE, "The database check did not stop at once", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
