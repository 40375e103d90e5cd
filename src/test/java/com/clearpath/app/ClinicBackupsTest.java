package com.clearpath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Client;
import com.clearpath.store.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinic's backups as Settings and the damaged-database question see them, on a real SQLite file. */
class ClinicBackupsTest {
    private static final Instant MORNING = Instant.parse("2026-11-02T08:30:00Z");

    @TempDir
    Path temp;
    private DataFolder folder;
    private Clinic clinic;

    @BeforeEach
    void open() throws IOException {
        folder = new DataFolder(temp.resolve("clinic-data")).ensureExists();
        clinic = new Clinic(folder, Clock.fixed(MORNING, ZoneOffset.UTC), "front desk");
        assertInstanceOf(DatabaseStatus.Ready.class, clinic.open().status());
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    @Test
    void aBackupSaysWhenItWasMadeAndHowBigItIs() throws Exception {
        Backup made = clinic.backupNow().backup();
        assertEquals(LocalDateTime.of(2026, 11, 2, 8, 30), made.madeAt());
        assertEquals(Files.size(made.file()), made.bytes());
        assertTrue(made.bytes() > 0);
        assertEquals(folder.backups(), made.file().getParent());
        assertEquals(List.of(made), clinic.backups());
        assertEquals(Optional.of(made), clinic.latestGoodBackup());
        assertEquals(Optional.empty(), clinic.dailyBackup(), "one made today already");
    }

    @Test
    void theFirstStartOfTheDayMakesTheDailyBackup() throws Exception {
        Optional<Backup> daily = clinic.dailyBackup().map(BackupMade::backup);
        assertTrue(daily.isPresent());
        assertEquals(List.of(daily.get()), clinic.backups());
    }

    @Test
    void restoringABackupBringsBackItsRecordsAndKeepsTheReplacedFile() throws Exception {
        clinic.with(s -> s.clients().create(new Client("Ana", "Reyes", LocalDate.of(1990, 1, 1), null, null)));
        Backup withAna = clinic.backupNow().backup();
        clinic.with(s -> s.clients().create(new Client("José", "Luna", LocalDate.of(1985, 5, 5), null, null)));
        assertEquals(2, clients());

        Clinic.Change<Restored> restored = clinic.restore(withAna);

        assertNull(restored.error());
        assertInstanceOf(DatabaseStatus.Ready.class, restored.status());
        assertEquals(1, clients());
        assertTrue(Files.exists(restored.result().keptAside()), "the replaced database is kept aside");
    }

    @Test
    void aDamagedDatabaseIsMovedAsideAndTheBackupTakesItsPlace() throws Exception {
        clinic.with(s -> s.clients().create(new Client("Ana", "Reyes", LocalDate.of(1990, 1, 1), null, null)));
        Backup backup = clinic.backupNow().backup();

        Clinic.Change<Restored> recovered = clinic.recover(Optional.of(backup));

        assertNull(recovered.error());
        assertTrue(Files.exists(recovered.result().keptAside()), "the damaged file is never deleted");
        assertEquals(1, clients());
    }

    private int clients() throws Exception {
        return clinic.<Integer>with(s -> s.clients().count());
    }

    @Test
    void thePathsAreThoseOfTheDataFolder() {
        DataPaths paths = clinic.paths();
        assertEquals(folder.root(), paths.folder());
        assertEquals(folder.database(), paths.database());
        assertEquals(folder.logs(), paths.logs());
    }

    @Test
    void theSchemaThisVersionWritesIsTheOneAFreshDatabaseHas() {
        DatabaseStatus.Ready ready = (DatabaseStatus.Ready) clinic.open().status();
        assertEquals(DatabaseStatus.latestSchemaVersion(), ready.schemaVersion());
    }
}
