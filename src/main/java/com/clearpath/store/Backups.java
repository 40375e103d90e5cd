package com.clearpath.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Copies of the database in {@code backups/}: one automatically at the first start of each day, and on request.
 * The newest {@value #KEEP} are kept. Restoring keeps the replaced file aside; a damaged file is moved aside,
 * never deleted.
 */
public final class Backups {
    public static final int KEEP = 14;
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss");
    private static final String PREFIX = "clearpath-";

    private final DataFolder folder;
    private final Clock clock;

    public Backups(DataFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** A backup file and when it was made. */
    public record Backup(Path file, LocalDateTime madeAt, long bytes) {
    }

    /** Makes today's backup if there is none yet; returns it if one was made. */
    public Optional<Backup> dailyIfDue(Database db) throws StoreException {
        String today = LocalDateTime.now(clock).toLocalDate().toString();
        boolean done = list().stream().anyMatch(b -> b.madeAt().toLocalDate().toString().equals(today));
        return done ? Optional.empty() : Optional.of(backupNow(db));
    }

    /** A consistent copy of the live database (SQLite's VACUUM INTO), then old copies beyond the newest 14 go. */
    public Backup backupNow(Database db) throws StoreException {
        try {
            Files.createDirectories(folder.backups());
            DataFolder.restrictToOwner(folder.backups(), true);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.NOT_WRITABLE, "The backup folder cannot be created: "
                    + e.getMessage(), e);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = folder.backups().resolve(PREFIX + STAMP.format(now) + ".db");
        for (int i = 2; Files.exists(target); i++) {
            target = folder.backups().resolve(PREFIX + STAMP.format(now) + "-" + i + ".db");
        }
        Path file = target;
        db.read("make a backup", c -> {
            try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, file.toString());
                ps.execute();
            }
            return null;
        });
        try {
            DataFolder.restrictToOwner(file, false);
            prune();
            LOG.info("Backup made: " + file.getFileName());
            return new Backup(file, now, Files.size(file));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.NOT_WRITABLE, "The backup was made but could not be "
                    + "finished: " + e.getMessage(), e);
        }
    }

    /** Backups, newest first. */
    public List<Backup> list() throws StoreException {
        if (!Files.isDirectory(folder.backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.backups())) {
            List<Backup> out = new ArrayList<>();
            for (Path p : files.filter(Backups::isBackup).toList()) {
                out.add(new Backup(p, madeAt(p), Files.size(p)));
            }
            out.sort(Comparator.comparing(Backup::madeAt).thenComparing(b -> b.file().getFileName().toString()).reversed());
            return out;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.FAILED, "The backups could not be listed: " + e.getMessage(), e);
        }
    }

    public Optional<Backup> latest() throws StoreException {
        return list().stream().findFirst();
    }

    private void prune() throws IOException, StoreException {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    /**
     * Replaces the database with a backup. The database must be closed. The backup is checked and copied beside the
     * database first, so a failure leaves the current file untouched; then the replaced file (with its WAL) is kept
     * as {@code clearpath.db.replaced-…}. Returns where, or null when there was no database to replace.
     */
    public Path restore(Backup backup) throws StoreException {
        check(backup.file());
        try {
            Path tmp = folder.database().resolveSibling("clearpath.db.restoring");
            Files.copy(backup.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
            DataFolder.restrictToOwner(tmp, false);
            Path aside = moveAside("replaced");
            Files.move(tmp, folder.database(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("Restored backup " + backup.file().getFileName());
            return aside;
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.NOT_WRITABLE, "The backup could not be restored: "
                    + e.getMessage(), e);
        }
    }

    /** Moves a damaged database (and its WAL and shared-memory files) aside; returns the new name (null if none). Never deletes. */
    public Path moveAsideDamaged() throws StoreException {
        try {
            return moveAside("damaged");
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.NOT_WRITABLE, "The damaged database could not be moved "
                    + "aside: " + e.getMessage(), e);
        }
    }

    /** Moves the database and its WAL/SHM aside; null when there was no database file. */
    private Path moveAside(String why) throws IOException {
        String stamp = STAMP.format(LocalDateTime.now(clock));
        Path db = folder.database();
        if (!Files.exists(db)) {
            return null;
        }
        Path aside = db.resolveSibling(db.getFileName() + "." + why + "-" + stamp);
        for (int i = 2; Files.exists(aside); i++) {
            aside = db.resolveSibling(db.getFileName() + "." + why + "-" + stamp + "-" + i);
        }
        Files.move(db, aside);
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = db.resolveSibling(db.getFileName() + suffix);
            if (Files.exists(side)) {
                Files.move(side, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return aside;
    }

    /** A backup must be a readable Clearpath database before it replaces anything. */
    static void check(Path file) throws StoreException {
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly.toProperties());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            if (!rs.next() || !"ok".equals(rs.getString(1))) {
                throw new StoreException(StoreException.Kind.CORRUPT, "The backup " + file.getFileName()
                        + " is damaged and was not restored", null);
            }
            try (ResultSet t = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'metadata'")) {
                if (t.getInt(1) != 1) {
                    throw new StoreException(StoreException.Kind.REFUSED, file.getFileName()
                            + " is not a Clearpath database", null);
                }
            }
        } catch (SQLException e) {
            throw StoreException.from(e, "read the backup " + file.getFileName());
        }
    }

    private static boolean isBackup(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith(PREFIX) && n.endsWith(".db");
    }

    private static LocalDateTime madeAt(Path p) throws IOException {
        String n = p.getFileName().toString();
        try {
            return LocalDateTime.parse(n.substring(PREFIX.length(), PREFIX.length() + 17), STAMP);
        } catch (RuntimeException e) {
            Instant modified = Files.getLastModifiedTime(p).toInstant();
            return LocalDateTime.ofInstant(modified, ZoneId.systemDefault());
        }
    }
}
