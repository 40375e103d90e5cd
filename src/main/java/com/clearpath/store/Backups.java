package com.clearpath.store;

import com.clearpath.domain.PhotoGap;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Copies of the database in {@code backups/}: one automatically at the first start of each day, and on request.
 * The newest {@value #KEEP} are kept, with the photo files they list in one shared pool ({@link BackupPhotos}).
 * Restoring keeps the replaced file aside and brings back the photo files it lists; a damaged file is moved aside,
 * never deleted.
 */
public final class Backups {
    public static final int KEEP = 14;
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss");
    private static final String PREFIX = "clearpath-";

    private final DataFolder folder;
    private final Clock clock;
    private final BackupPhotos photos;

    public Backups(DataFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        this.photos = new BackupPhotos(folder);
    }

    /** A backup file and when it was made. */
    public record Backup(Path file, LocalDateTime madeAt, long bytes) {
    }

    /** A backup just made, and the photos it lists whose files it could not carry (it was made all the same). */
    public record Made(Backup backup, List<PhotoGap> photosNotCarried) {
        public Made {
            photosNotCarried = List.copyOf(photosNotCarried);
        }
    }

    /**
     * A restore: where the replaced (or damaged) file was kept (null when there was none), and the photos the restored
     * records list whose files could not be brought back into the data folder.
     */
    public record Restored(Path keptAside, List<PhotoGap> photosNotBack) {
        public Restored {
            photosNotBack = List.copyOf(photosNotBack);
        }
    }

    /** Makes today's backup if there is none yet; returns it if one was made. */
    public Optional<Made> dailyIfDue(Database db) throws RecordsFailure {
        String today = LocalDateTime.now(clock).toLocalDate().toString();
        boolean done = list().stream().anyMatch(b -> b.madeAt().toLocalDate().toString().equals(today));
        return done ? Optional.empty() : Optional.of(backupNow(db));
    }

    /**
     * A consistent copy of the live database (SQLite's VACUUM INTO) written under a temporary name, checked
     * ({@code integrity_check}), forced to disk and only then given its backup name; then old copies beyond the newest
     * 14 go. A backup that fails is removed: it is never listed, counted or offered for restoring. Before it takes
     * its name, the photos it lists get their files into the pool; one whose file is missing or differs does not fail
     * the backup, it is named in the result. One at a time, so a pruning never misses the photos of a backup being made.
     */
    public synchronized Made backupNow(Database db) throws RecordsFailure {
        try {
            PrivateFiles.ensureFolder(folder.backups());
        } catch (IOException e) {
            throw new RecordsFailure(Code.BACKUP_FOLDER_NOT_MADE, Doing.MAKE_BACKUP, e, detail(e));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Path target = folder.backups().resolve(PREFIX + STAMP.format(now) + ".db");
        for (int i = 2; Files.exists(target); i++) {
            target = folder.backups().resolve(PREFIX + STAMP.format(now) + "-" + i + ".db");
        }
        Path temp = null;
        boolean done = false;
        try {
            // Made empty and owner-only first: VACUUM INTO fills an empty file and keeps its permissions.
            temp = AtomicFile.temporaryBeside(target);
            Path into = temp;
            db.read(Doing.MAKE_BACKUP, c -> {
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, into.toString());
                    ps.execute();
                }
                return null;
            });
            verify(temp, "integrity_check", Doing.MAKE_BACKUP);
            List<PhotoGap> notCarried = photos.carry(BackupPhotos.listedIn(temp));
            syncFolder(photos.folder());
            PrivateFiles.force(temp);
            AtomicFile.moveIntoPlace(temp, target);
            done = true;
            syncFolder(folder.backups());
            prune();
            LOG.info("Backup made: " + target.getFileName());
            if (!notCarried.isEmpty()) {
                LOG.warning("Photos the backup lists but could not carry: " + notCarried);
            }
            return new Made(new Backup(target, now, Files.size(target)), notCarried);
        } catch (IOException e) {
            throw new RecordsFailure(Code.BACKUP_NOT_MADE, Doing.MAKE_BACKUP, e, detail(e));
        } finally {
            if (!done && temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** Backups, newest first: only complete database files (a leftover empty or partial file is not a backup). */
    public List<Backup> list() throws RecordsFailure {
        if (!Files.isDirectory(folder.backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.backups())) {
            List<Backup> out = new ArrayList<>();
            for (Path p : files.filter(Backups::isBackup).toList()) {
                if (looksLikeDatabase(p)) {
                    out.add(new Backup(p, madeAt(p), Files.size(p)));
                }
            }
            out.sort(Comparator.comparing(Backup::madeAt).thenComparing(b -> b.file().getFileName().toString()).reversed());
            return out;
        } catch (IOException e) {
            throw new RecordsFailure(Code.BACKUPS_NOT_LISTED, Doing.LIST_BACKUPS, e, detail(e));
        }
    }

    public Optional<Backup> latest() throws RecordsFailure {
        return list().stream().findFirst();
    }

    /** The newest backup that passes SQLite's integrity check: the one to offer for restoring. */
    public Optional<Backup> latestVerified() throws RecordsFailure {
        for (Backup b : list()) {
            try {
                check(b.file());
                return Optional.of(b);
            } catch (RecordsFailure e) {
                LOG.warning("Backup " + b.file().getFileName() + " does not verify (" + e.kind() + "); trying an older one");
            }
        }
        return Optional.empty();
    }

    /**
     * Old backups beyond the newest {@value #KEEP} go, then the pool's files no kept backup lists (so a deleted photo
     * leaves with the last backup that had it); kept backups from before the pool get what the data folder still has.
     */
    private void prune() throws IOException, RecordsFailure {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
        Map<UUID, BackupPhotos.Listed> referenced = new LinkedHashMap<>();
        for (Backup kept : all.subList(0, Math.min(KEEP, all.size()))) {
            try {
                BackupPhotos.listedIn(kept.file()).forEach(p -> referenced.putIfAbsent(p.id(), p));
            } catch (RecordsFailure e) {
                // Which photos an unreadable backup needs is unknown: the pool is left whole until it rotates out.
                LOG.warning("Backup " + kept.file().getFileName() + " could not be read (" + e.code()
                        + "); its photos are kept");
                return;
            }
        }
        photos.carry(referenced.values());
        photos.keepOnly(referenced.keySet());
    }

    /**
     * Replaces the database with a backup. The database must be closed. The backup is copied beside the database and
     * the copy checked first, so a failure leaves the current file untouched; only then is the replaced file (with its
     * WAL) kept as {@code clearpath.db.replaced-…}. Returns where, or null when there was no database to replace.
     */
    public Restored restore(Backup backup) throws RecordsFailure {
        return replace(backup, "replaced");
    }

    /**
     * After the database was found damaged: the backup (if any) is copied and checked first, then the damaged file is
     * moved aside (never deleted) and the copy takes its place; without a backup the damaged file is only moved
     * aside. Returns where the damaged file now is (null if there was none).
     */
    public Restored replaceDamaged(Optional<Backup> backup) throws RecordsFailure {
        if (backup.isPresent()) {
            return replace(backup.get(), "damaged");
        }
        return new Restored(moveAsideDamaged(), List.of());
    }

    /**
     * Photo files the restored records list that are missing from the data folder come back from the pool; photo
     * files they do not list are left where they are.
     */
    private Restored replace(Backup backup, String why) throws RecordsFailure {
        check(backup.file());
        List<BackupPhotos.Listed> listed = BackupPhotos.listedIn(backup.file());
        Path tmp = folder.database().resolveSibling("clearpath.db.restoring");
        boolean placed = false;
        try {
            Files.deleteIfExists(tmp);
            PrivateFiles.createFile(tmp);
            try (InputStream in = Files.newInputStream(backup.file());
                 OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                in.transferTo(out);
            }
            PrivateFiles.force(tmp);
            verify(tmp, "integrity_check", Doing.RESTORE_BACKUP);
            Path aside = moveAside(why);
            try {
                AtomicFile.moveIntoPlace(tmp, folder.database());
            } catch (IOException e) {
                if (aside != null) {
                    // Never leave the folder without a database: the file that was there goes back.
                    Files.move(aside, folder.database());
                }
                throw e;
            }
            placed = true;
            syncFolder(folder.root());
            LOG.info("Restored backup " + backup.file().getFileName());
            // Files the restored records do not list stay: they may be photos added since, which the database kept
            // aside still lists, so removing them would lose them if that file is brought back.
            List<PhotoGap> notBack = photos.bringBack(listed);
            syncFolder(folder.photos());
            return new Restored(aside, notBack);
        } catch (IOException e) {
            throw new RecordsFailure(Code.BACKUP_NOT_RESTORED, Doing.RESTORE_BACKUP, e, detail(e));
        } finally {
            if (!placed) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Moves a damaged database (and its WAL and shared-memory files) aside; returns the new name (null if none). Never deletes. */
    public Path moveAsideDamaged() throws RecordsFailure {
        try {
            return moveAside("damaged");
        } catch (IOException e) {
            throw new RecordsFailure(Code.DAMAGED_NOT_MOVED_ASIDE, Doing.MOVE_DAMAGED_ASIDE, e, detail(e));
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

    /** A backup must be a sound Clearpath database before it replaces anything. */
    static void check(Path file) throws RecordsFailure {
        verify(file, "integrity_check", Doing.RESTORE_BACKUP);
    }

    /** Opens {@code file} read-only and runs SQLite's check on it; the copy must also be a Clearpath database. */
    private static void verify(Path file, String pragma, Doing doing) throws RecordsFailure {
        String name = String.valueOf(file.getFileName());
        if (!looksLikeDatabase(file)) {
            throw new RecordsFailure(Code.BACKUP_EMPTY, doing, null, name);
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), readOnly.toProperties());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA " + pragma + "(1)")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    throw new RecordsFailure(Code.BACKUP_DAMAGED, doing, null, name);
                }
            }
            try (ResultSet t = s.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = 'metadata'")) {
                if (t.getInt(1) != 1) {
                    throw new RecordsFailure(Code.BACKUP_NOT_CLEARPATH, doing, null, name);
                }
            }
        } catch (SQLException e) {
            throw SqliteFailures.from(e, Doing.READ_BACKUP);
        }
    }

    /** What the system said about a file failure, named in the failure (it is technical, and untranslated). */
    private static String detail(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A database file starts with SQLite's 16-byte header; an empty or partial leftover does not. */
    private static boolean looksLikeDatabase(Path file) {
        byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(header.length), header);
        } catch (IOException e) {
            return false;
        }
    }

    /** The rename itself on disk too (POSIX); where a folder cannot be opened for that, the move is still done. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir,
                StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder this way; NTFS journals the rename itself.
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warning("Could not remove the unfinished file " + p.getFileName() + ": " + e.getMessage());
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
