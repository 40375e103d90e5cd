package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Client;
import com.clearpath.domain.RecordsFailure;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path temp;

    static final class MovableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-01T08:00:00Z"));

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        void plusHours(long h) {
            now.updateAndGet(i -> i.plusSeconds(h * 3600));
        }
    }

    static Client ana() {
        return new Client("Ana", "Reyes", LocalDate.of(1990, 1, 1), null, null);
    }

    @Test
    void oneAutomaticBackupADayAndOnlyTheNewestFourteenAreKept() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        MovableClock clock = new MovableClock();
        Backups backups = new Backups(folder, clock);
        try (Database db = Database.open(folder.database())) {
            assertTrue(backups.dailyIfDue(db).isPresent());
            clock.plusHours(3);
            assertTrue(backups.dailyIfDue(db).isEmpty(), "second start the same day");
            for (int day = 0; day < 20; day++) {
                clock.plusHours(24);
                assertTrue(backups.dailyIfDue(db).isPresent());
            }
            assertEquals(Backups.KEEP, backups.list().size());
            assertEquals(LocalDate.of(2026, 11, 21), backups.latest().orElseThrow().madeAt().toLocalDate());
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(backups.latest().orElseThrow().file())));
        }
    }

    @Test
    void restoringKeepsTheReplacedFileAsideAndBringsBackTheData() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        MovableClock clock = new MovableClock();
        Backups backups = new Backups(folder, clock);
        Backups.Backup backup;
        try (Database db = Database.open(folder.database())) {
            new ClientRepository(db, clock).create(ana());
            backup = backups.backupNow(db).backup();
            try (var s = db.connection().createStatement()) {
                s.execute("DELETE FROM client_tokens");
                s.execute("DELETE FROM clients");
            }
        }
        clock.plusHours(1);
        Path aside = backups.restore(backup).keptAside();
        assertTrue(Files.exists(aside), "the replaced database is kept");
        assertTrue(aside.getFileName().toString().startsWith("clearpath.db.replaced-"));
        try (Database db = Database.open(folder.database())) {
            assertEquals(1, new ClientRepository(db, clock).count());
        }
    }

    @Test
    void aDamagedDatabaseIsRecognisedMovedAsideAndRecoveredFromTheLatestBackup() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        MovableClock clock = new MovableClock();
        Backups backups = new Backups(folder, clock);
        try (Database db = Database.open(folder.database())) {
            new ClientRepository(db, clock).create(ana());
            backups.backupNow(db);
        }
        try (RandomAccessFile f = new RandomAccessFile(folder.database().toFile(), "rw")) {
            f.write(new byte[100]);
        }
        java.sql.SQLException raw = assertThrows(java.sql.SQLException.class, () -> Database.open(folder.database()));
        assertEquals(RecordsFailure.Kind.CORRUPT, SqliteFailures.from(raw, RecordsFailure.Doing.OPEN_DATABASE).kind(), raw.getMessage());
        Path damaged = backups.moveAsideDamaged();
        assertTrue(Files.exists(damaged), "the damaged file is never deleted");
        backups.restore(backups.latest().orElseThrow());
        try (Database db = Database.open(folder.database())) {
            assertEquals(1, new ClientRepository(db, clock).count());
        }
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsReplaced() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        Backups backups = new Backups(folder, new MovableClock());
        Backups.Backup good;
        try (Database db = Database.open(folder.database())) {
            good = backups.backupNow(db).backup();
        }
        Files.write(good.file(), new byte[] {1, 2, 3});
        RecordsFailure e = assertThrows(RecordsFailure.class, () -> backups.restore(good));
        assertEquals(RecordsFailure.Kind.CORRUPT, e.kind(), e.getMessage());
        assertTrue(Files.exists(folder.database()), "the current database was not touched");
    }

    @Test
    void aFolderNameWithHashOrQuestionMarkStillBacksUpAndRestores() throws Exception {
        for (String name : new String[] {"Clinic #2", "Why?", "50% off"}) {
            DataFolder folder = new DataFolder(temp.resolve(name).resolve("data")).ensureExists();
            Backups backups = new Backups(folder, new MovableClock());
            Backups.Backup backup;
            try (Database db = Database.open(folder.database())) {
                new ClientRepository(db, Clock.systemUTC()).create(ana());
                backup = backups.backupNow(db).backup();
            }
            assertTrue(Files.exists(backups.restore(backup).keptAside()), name);
            try (Database db = Database.open(folder.database())) {
                assertEquals(1, new ClientRepository(db, Clock.systemUTC()).count(), name);
            }
        }
    }
}
