package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.exchange.ExportJson;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups that fail leave nothing behind, restores never leave the folder without a database, damage is caught at open. */
class DataSafetyTest {
    @TempDir
    Path temp;

    /** A closed database with enough rows that its middle pages hold data, checkpointed into the main file. */
    static void fill(Database db, int rows) throws Exception {
        db.write(Doing.SAVE_CONSULTATION, c -> {
            try (Statement s = c.createStatement()) {
                for (int i = 0; i < rows; i++) {
                    s.execute("INSERT INTO metadata (key, value) VALUES ('filler-" + i + "', '" + "x".repeat(400) + "')");
                }
            }
            return null;
        });
        try (Statement s = db.connection().createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    static void damageTheMiddle(Path db) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            long pages = f.length() / 4096;
            byte[] garbage = new byte[4096 * 4];
            java.util.Arrays.fill(garbage, (byte) 0x5A);
            f.seek(pages / 2 * 4096);
            f.write(garbage);
        }
    }

    private static List<Path> filesIn(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aFailedBackupLeavesNoFileAndDoesNotCountAsTodays() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        Backups backups = new Backups(folder, new BackupsTest.MovableClock());
        try (Database db = Database.open(folder.database())) {
            fill(db, 3000);
        }
        try (Database db = Database.open(folder.database())) {
            // Damaged under the open connection (its cache empty): VACUUM INTO starts the copy, then meets the bad pages.
            damageTheMiddle(folder.database());
            RecordsFailure e = assertThrows(RecordsFailure.class, () -> backups.backupNow(db));
            assertEquals(RecordsFailure.Kind.CORRUPT, e.kind(), e.getMessage());
        }
        assertEquals(List.of(), filesIn(folder.backups()), "no empty, partial or temporary file is left");
        assertEquals(List.of(), backups.list());
    }

    @Test
    void anEmptyLeftoverIsNeitherListedNorCountedNorOffered() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        BackupsTest.MovableClock clock = new BackupsTest.MovableClock();
        Backups backups = new Backups(folder, clock);
        Files.createDirectories(folder.backups());
        // What a failed backup of an earlier version left: today's name, no content.
        Files.createFile(folder.backups().resolve("clearpath-2026-11-01-070000.db"));
        assertEquals(List.of(), backups.list());
        assertEquals(Optional.empty(), backups.latestVerified());
        try (Database db = Database.open(folder.database())) {
            assertTrue(backups.dailyIfDue(db).isPresent(), "the empty file is not today's backup");
        }
        assertEquals(1, backups.list().size());
    }

    @Test
    void theBackupOfferedForRestoringIsTheNewestThatVerifies() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        BackupsTest.MovableClock clock = new BackupsTest.MovableClock();
        Backups backups = new Backups(folder, clock);
        Backups.Backup good;
        Backups.Backup newer;
        try (Database db = Database.open(folder.database())) {
            fill(db, 3000);
            good = backups.backupNow(db).backup();
            clock.plusHours(1);
            newer = backups.backupNow(db).backup();
        }
        damageTheMiddle(newer.file());
        assertEquals(newer.file(), backups.latest().orElseThrow().file());
        assertEquals(good.file(), backups.latestVerified().orElseThrow().file());
    }

    @Test
    void restoringADamagedBackupOverADamagedDatabaseLeavesTheDatabaseWhereItWas() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        Backups backups = new Backups(folder, new BackupsTest.MovableClock());
        Backups.Backup backup;
        try (Database db = Database.open(folder.database())) {
            fill(db, 3000);
            backup = backups.backupNow(db).backup();
        }
        damageTheMiddle(backup.file());
        damageTheMiddle(folder.database());
        byte[] damaged = Files.readAllBytes(folder.database());
        RecordsFailure e = assertThrows(RecordsFailure.class, () -> backups.replaceDamaged(Optional.of(backup)));
        assertEquals(RecordsFailure.Kind.CORRUPT, e.kind(), e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(folder.database()), "the damaged database was not moved aside");
        assertFalse(Files.exists(folder.root().resolve("clearpath.db.restoring")));
    }

    @Test
    void aDatabaseDamagedInTheMiddleRefusesWritesAndReportsItsDamage() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        try (Database db = Database.open(folder.database())) {
            fill(db, 3000);
        }
        damageTheMiddle(folder.database());
        try (Database db = Database.open(folder.database())) {
            Optional<RecordsFailure> found = db.checked().toCompletableFuture().get();
            assertEquals(RecordsFailure.Kind.CORRUPT, found.orElseThrow().kind());
            RecordsFailure e = assertThrows(RecordsFailure.class, () -> new ClientRepository(db,
                    java.time.Clock.systemUTC()).create(BackupsTest.ana()));
            assertEquals(RecordsFailure.Kind.CORRUPT, e.kind(), e.getMessage());
        }
    }

    @Test
    void aSoundDatabasePassesItsCheck() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        try (Database db = Database.open(folder.database())) {
            fill(db, 100);
        }
        try (Database db = Database.open(folder.database())) {
            assertEquals(Optional.empty(), db.checked().toCompletableFuture().get());
            new ClientRepository(db, java.time.Clock.systemUTC()).create(BackupsTest.ana());
        }
    }

    @Test
    void exportOnlyReadsSoItWorksOnADatabaseThatCannotBeWritten() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        try (Database db = Database.open(folder.database())) {
            ConsultationRepository repo = new ConsultationRepository(db, java.time.Clock.systemUTC());
            byte[] intake = RecordsTest.intakeJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ExportJson.Read read = ExportJson.read(intake, java.time.LocalDate.of(2026, 12, 1), Instant.now());
            repo.importAll(read.entries(), new com.clearpath.engine.Planner(
                    com.clearpath.engine.TreatmentCatalog.builtIn())::plan, "test");
            try (Statement s = db.connection().createStatement()) {
                // What SQLite does for a read-only file: every change is refused.
                s.execute("PRAGMA query_only = ON");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ExportJson.Writer w = new ExportJson.Writer(out, Instant.now())) {
                assertEquals(1, repo.export(w, "test"));
            }
            assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("García"));
            assertFalse(repo.noteExport(1, "x.json", "test"), "the note is refused, the export is not");
            try (Statement s = db.connection().createStatement()) {
                s.execute("PRAGMA query_only = OFF");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM consultation_events WHERE kind = 'EXPORTED'")) {
                    assertEquals(0, rs.getInt(1));
                }
            }
        }
    }

    @Test
    void theDataFolderKnowsItsOwnFilesWhateverThePathLooksLike() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("data")).ensureExists();
        Files.createDirectories(folder.backups());
        Files.createSymbolicLink(temp.resolve("alias"), folder.root());
        Files.writeString(folder.settings(), "{}");
        Files.createSymbolicLink(temp.resolve("report.pdf"), folder.settings());
        assertEquals(Optional.of(DataFolder.Protected.DATABASE), folder.protects(folder.database()));
        assertEquals(Optional.of(DataFolder.Protected.DATABASE), folder.protects(temp.resolve("alias/clearpath.db")));
        assertEquals(Optional.of(DataFolder.Protected.DATABASE_JOURNAL),
                folder.protects(temp.resolve("data/backups/../Clearpath.DB-wal")));
        assertEquals(Optional.of(DataFolder.Protected.BACKUP),
                folder.protects(temp.resolve("alias/backups/clearpath-2026-11-01-080000.db")));
        assertEquals(Optional.of(DataFolder.Protected.SETTINGS), folder.protects(temp.resolve("report.pdf")));
        assertEquals(Optional.of(DataFolder.Protected.DATABASE),
                folder.protects(folder.root().resolve("clearpath.db.damaged-2026-11-01-080000")));
        assertEquals(Optional.empty(), folder.protects(temp.resolve("data/handout.pdf")));
        assertEquals(Optional.empty(), folder.protects(temp.resolve("elsewhere/clearpath.db")));
        RecordsFailure e = assertThrows(RecordsFailure.class,
                () -> DataFolder.refuseProtected(temp.resolve("alias/settings.json"), folder));
        assertEquals(RecordsFailure.Kind.REFUSED, e.kind());
    }

    @Test
    void privateFilesAreOwnerOnlyAndAFailedWriteLeavesNothing() throws Exception {
        Path target = temp.resolve("out/export.json");
        Files.createDirectories(target.getParent());
        AtomicFile.write(target, "{}".getBytes());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertThrows(java.io.IOException.class, () -> AtomicFile.write(target, true, out -> {
            out.write(1);
            throw new java.io.IOException("disk full");
        }));
        assertEquals("{}", Files.readString(target));
        assertEquals(List.of(target), filesIn(target.getParent()));
        assertThrows(java.nio.file.FileAlreadyExistsException.class,
                () -> AtomicFile.write(target, false, out -> out.write(2)));
    }
}
