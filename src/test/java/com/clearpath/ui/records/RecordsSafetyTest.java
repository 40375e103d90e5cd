package com.clearpath.ui.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Backup;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Language;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.DraftExtrasFiles;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's door to the records under faults: damaged files and backups, protected files, owner-only drafts. */
class RecordsSafetyTest {
    @TempDir
    Path temp;

    private DataFolder folder() throws Exception {
        return new DataFolder(temp.resolve("data")).ensureExists();
    }

    private static void fill(Path file) throws Exception {
        try (Database db = Database.open(file); Statement s = db.connection().createStatement()) {
            s.execute("BEGIN");
            for (int i = 0; i < 3000; i++) {
                s.execute("INSERT INTO metadata (key, value) VALUES ('filler-" + i + "', '" + "x".repeat(400) + "')");
            }
            s.execute("COMMIT");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    private static void damageTheMiddle(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[4096 * 4];
            Arrays.fill(garbage, (byte) 0x5A);
            f.seek(f.length() / 4096 / 2 * 4096);
            f.write(garbage);
        }
    }

    @Test
    void recoveringWithABackupThatFailsKeepsTheDamagedDatabaseInPlace() throws Exception {
        DataFolder folder = folder();
        fill(folder.database());
        // A backup as an earlier version could leave it: the right name, nothing in it.
        Files.createDirectories(folder.backups());
        Path empty = Files.createFile(folder.backups().resolve("clearpath-2026-11-01-070000.db"));
        Files.write(folder.database(), new byte[100], java.nio.file.StandardOpenOption.WRITE);
        byte[] damaged = Files.readAllBytes(folder.database());
        Records records = new Records(folder, Clock.systemUTC(), "test", new SameThreadBackgroundTasks());
        records.open(status -> { });
        AtomicReference<Exception> failure = new AtomicReference<>();
        records.recover(Optional.of(new Backup(empty, java.time.LocalDateTime.now(), 0)), done -> { },
                failure::set);
        assertTrue(failure.get() != null, "the empty backup cannot be restored");
        assertTrue(Files.exists(folder.database()), "the folder is never left without its database");
        assertArrayEquals(damaged, Files.readAllBytes(folder.database()));
        records.close();
    }

    @Test
    void aDatabaseDamagedInTheMiddleGetsTheDamagedChoicesNotReady() throws Exception {
        DataFolder folder = folder();
        fill(folder.database());
        damageTheMiddle(folder.database());
        Records records = new Records(folder, Clock.systemUTC(), "test", new SameThreadBackgroundTasks());
        records.open(status -> { });
        long until = System.currentTimeMillis() + 10_000;
        while (records.status().get() instanceof DatabaseStatus.Ready && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        DatabaseStatus status = records.status().get();
        assertTrue(status instanceof DatabaseStatus.Unavailable u && u.kind() == RecordsFailure.Kind.CORRUPT,
                String.valueOf(status));
        records.close();
    }

    @Test
    void aFolderInPlaceOfTheDatabaseIsReportedAsAFolder() throws Exception {
        DataFolder folder = folder();
        Files.createDirectories(folder.database());
        Records records = new Records(folder, Clock.systemUTC(), "test", new SameThreadBackgroundTasks());
        records.open(status -> { });
        DatabaseStatus.Unavailable u = (DatabaseStatus.Unavailable) records.status().get();
        String said = RecordWords.failure(Messages.load(Language.EN), u.failure());
        assertTrue(said.contains("clearpath.db is a folder, not a database"), said);
        assertFalse(said.contains("disk"), said);
    }

    @Test
    void theExportDialogCannotWriteOverTheDatabase() throws Exception {
        DataFolder folder = folder();
        Records records = new Records(folder, Clock.systemUTC(), "test", new SameThreadBackgroundTasks());
        records.open(status -> { });
        byte[] before = Files.readAllBytes(folder.database());
        for (Path target : List.of(folder.database(), folder.root().resolve("clearpath.db-shm"), folder.settings())) {
            RecordsFailure e = assertThrows(RecordsFailure.class, () -> records.exportTo(target));
            assertEquals(RecordsFailure.Kind.REFUSED, e.kind());
        }
        assertArrayEquals(before, Files.readAllBytes(folder.database()));
        Path export = temp.resolve("export.json");
        assertEquals(0, records.exportTo(export));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));
        records.close();
    }

    @Test
    void draftAnswersAreOwnerOnly() throws Exception {
        DataFolder folder = folder();
        DraftExtrasFiles store = new DraftExtrasFiles(folder);
        UUID id = UUID.randomUUID();
        store.write(id, new DraftExtras(List.of(1, 2), 3));
        Path file = folder.root().resolve("drafts").resolve(id + ".json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }
}
