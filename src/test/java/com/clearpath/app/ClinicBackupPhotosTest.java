package com.clearpath.app;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoGap;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.store.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups carry the photo files, against a real SQLite file and real photo files in a temporary data folder. */
class ClinicBackupPhotosTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());

    /** Time that moves on as the test says, so each backup has its own name and the rotation can be reached. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-02T08:30:00Z"));

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
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

    @TempDir
    Path temp;
    private final MovableClock clock = new MovableClock();
    private DataFolder folder;
    private Clinic clinic;
    private Photos photos;
    private StoredConsultation visit;

    @BeforeEach
    void open() throws Exception {
        folder = new DataFolder(temp.resolve("data")).ensureExists();
        clinic = new Clinic(folder, clock, "front-desk");
        assertInstanceOf(DatabaseStatus.Ready.class, clinic.open().status());
        Consultations consultations = new Consultations(clinic, "room-2");
        photos = new Photos(clinic);
        Intake in = intake().concern(ConcernKind.ROLLING).grade(3).build();
        StoredConsultation draft = StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of());
        visit = consultations.finalise(consultations.saveDraft(draft, new DraftExtras(List.of(), 0)));
        photos.recordConsent(visit.clientId(), true, false, "Dr Ruiz", 1);
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private Photo photo(int width) throws Exception {
        Path file = temp.resolve("taken-" + width + ".jpg");
        Files.write(file, TestImages.jpeg(width, width * 3 / 4));
        return photos.add(visit.id(), file, PhotoView.FRONT, Optional.empty());
    }

    private Path pool() {
        return folder.backups().resolve("photos");
    }

    private Path pooled(Photo p) {
        return pool().resolve(p.id() + "." + p.format());
    }

    private Path original(Photo p) {
        return folder.photos().resolve(p.id() + "." + p.format());
    }

    private Path thumbnail(Photo p) {
        return folder.photos().resolve(p.id() + ".thumb.jpg");
    }

    private BackupMade backupLater() throws Exception {
        clock.plusHours(1);
        return clinic.backupNow();
    }

    private Set<String> poolFiles() throws Exception {
        if (!Files.isDirectory(pool())) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(pool())) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static String permissions(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    /** Which photos a backup's database lists and which of them are marked deleted there. */
    private static List<String> listedIn(Path backup) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
             PreparedStatement ps = c.prepareStatement("SELECT id, deleted_at IS NOT NULL FROM photos ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1) + (rs.getBoolean(2) ? " deleted" : ""));
            }
            return out;
        }
    }

    @Test
    void aBackupCarriesEachPhotoOnceWhateverHowManyBackupsListIt() throws Exception {
        Photo front = photo(640);
        Photo side = photo(480);

        BackupMade first = backupLater();
        BackupMade second = backupLater();

        assertEquals(List.of(), first.photosNotCarried());
        assertEquals(List.of(), second.photosNotCarried());
        assertEquals(2, clinic.backups().size());
        assertEquals(new TreeSet<>(Set.of(front.id() + ".jpg", front.id() + ".thumb.jpg", side.id() + ".jpg",
                side.id() + ".thumb.jpg")), poolFiles(), "one file per photo for both backups");
        for (Photo p : List.of(front, side)) {
            assertEquals(p.sha256(), sha256(pooled(p)), "the pool's file is the original, byte for byte");
            // A hard link where the file system allows: no second copy on disk, and the original untouched.
            assertTrue(Files.isSameFile(original(p), pooled(p))
                    || !Files.getFileStore(pool()).equals(Files.getFileStore(folder.photos())));
            assertEquals("rw-------", permissions(pooled(p)));
            assertEquals("rw-------", permissions(pool().resolve(p.id() + ".thumb.jpg")));
        }
        assertEquals("rwx------", permissions(pool()));
        assertEquals("rwx------", permissions(folder.backups()));
    }

    @Test
    void aDeletedPhotoIsNotInTheNextBackupAndLeavesThePoolWithTheLastBackupThatHadIt() throws Exception {
        Photo kept = photo(640);
        Photo gone = photo(480);
        BackupMade before = backupLater();

        photos.delete(gone.id(), "Wrong client", "Dr Ruiz");
        BackupMade after = backupLater();

        assertFalse(Files.exists(original(gone)), "the file left the data folder");
        assertEquals(List.of(), after.photosNotCarried(), "a deleted photo is not one the backup misses");
        assertTrue(listedIn(after.backup().file()).contains(gone.id() + " deleted"));
        assertTrue(Files.exists(pooled(gone)), "the backup made before the deletion still has it");
        assertTrue(listedIn(before.backup().file()).contains(gone.id().toString()));

        for (int day = 0; day < Backup.KEPT; day++) {
            clock.plusHours(24);
            clinic.backupNow();
        }

        assertFalse(clinic.backups().stream().anyMatch(b -> b.file().equals(before.backup().file())), "rotated out");
        assertEquals(new TreeSet<>(Set.of(kept.id() + ".jpg", kept.id() + ".thumb.jpg")), poolFiles(),
                "no kept backup lists the deleted photo, so its files are gone from the backups too");
        assertEquals(kept.sha256(), sha256(pooled(kept)));
    }

    @Test
    void restoringABackupBringsBackItsPhotoFilesCheckedAndLeavesNewerOnesAlone() throws Exception {
        Photo front = photo(640);
        byte[] thumb = Files.readAllBytes(thumbnail(front));
        Backup backup = backupLater().backup();
        photos.delete(front.id(), "Blurred", "Dr Ruiz");
        Photo newer = photo(480);
        assertFalse(Files.exists(original(front)));

        Clinic.Change<Restored> restored = clinic.restore(backup);

        assertNull(restored.error());
        assertInstanceOf(DatabaseStatus.Ready.class, restored.status());
        assertEquals(List.of(), restored.result().photosNotBroughtBack());
        assertEquals(front.sha256(), sha256(original(front)), "the original is back, byte for byte");
        assertArrayEquals(thumb, Files.readAllBytes(thumbnail(front)), "with its thumbnail");
        assertEquals("rw-------", permissions(original(front)));
        assertEquals(original(front), photos.original(front.id()), "the restored records open it");
        assertEquals(newer.sha256(), sha256(original(newer)),
                "a photo the restored records do not list stays, as the database kept aside lists it");
    }

    @Test
    void aPhotoTheBackupsDoNotHaveIsNamedAndTheRecordsAreRestoredAnyway() throws Exception {
        Photo front = photo(640);
        Backup backup = backupLater().backup();
        Files.delete(original(front));
        Files.delete(thumbnail(front));
        Files.delete(pooled(front));

        Clinic.Change<Restored> restored = clinic.restore(backup);

        assertNull(restored.error());
        assertInstanceOf(DatabaseStatus.Ready.class, restored.status());
        assertEquals(List.of(new PhotoGap(front.id(), PhotoGap.Code.MISSING)), restored.result().photosNotBroughtBack());
        assertEquals(1, photos.list(visit.id()).size(), "the records are restored, the photo listed");
    }

    @Test
    void aThumbnailMissingFromTheBackupsIsMadeAgainFromTheOriginal() throws Exception {
        Photo front = photo(640);
        Backup backup = backupLater().backup();
        Files.delete(original(front));
        Files.delete(thumbnail(front));
        Files.delete(pool().resolve(front.id() + ".thumb.jpg"));

        Clinic.Change<Restored> restored = clinic.restore(backup);

        assertEquals(List.of(), restored.result().photosNotBroughtBack());
        assertTrue(Files.size(thumbnail(front)) > 0);
        assertTrue(photos.thumbnail(front.id()).length > 0);
    }

    @Test
    void aPhotoFileMissingOrChangedAtBackupTimeIsNamedAndTheBackupIsMadeAnyway() throws Exception {
        Photo missing = photo(640);
        Photo changed = photo(480);
        Photo fine = photo(320);
        Files.delete(original(missing));
        Files.write(original(changed), TestImages.jpeg(200, 100));

        BackupMade made = backupLater();

        assertEquals(Set.of(new PhotoGap(missing.id(), PhotoGap.Code.MISSING),
                new PhotoGap(changed.id(), PhotoGap.Code.DAMAGED)), Set.copyOf(made.photosNotCarried()));
        assertEquals(List.of(made.backup()), clinic.backups(), "the backup is made and listed");
        assertTrue(Files.exists(pooled(fine)));
        assertFalse(Files.exists(pooled(missing)));
        assertFalse(Files.exists(pooled(changed)), "a file that is not the photo the records list is not kept as it");
    }

    @Test
    void anOlderKeptBackupGetsAPhotoItListsWhileTheDataFolderStillHasIt() throws Exception {
        Photo front = photo(640);
        Backup old = backupLater().backup();
        byte[] bytes = Files.readAllBytes(original(front));
        // As a backup made before the pool: only the database file; and the deleted photo's file could not be removed.
        Files.delete(pooled(front));
        Files.delete(pool().resolve(front.id() + ".thumb.jpg"));
        photos.delete(front.id(), "Consent withdrawn", "Dr Ruiz");
        Files.write(original(front), bytes);

        BackupMade made = backupLater();

        assertEquals(List.of(), made.photosNotCarried(), "the new backup does not list the deleted photo");
        assertTrue(clinic.backups().stream().anyMatch(b -> b.file().equals(old.file())));
        assertEquals(front.sha256(), sha256(pooled(front)), "the older backup lists it, so the pool has it");
    }

    @Test
    void whereTheBackupsAreOnAnotherDiskThePhotosAreCopiedAndChecked() throws Exception {
        Path otherDisk = Path.of("/dev/shm");
        Assumptions.assumeTrue(Files.isDirectory(otherDisk) && Files.isWritable(otherDisk)
                && !Files.getFileStore(otherDisk).equals(Files.getFileStore(temp)), "no second file system here");
        Path elsewhere = Files.createTempDirectory(otherDisk, "clearpath-backups-");
        try {
            Files.createSymbolicLink(folder.backups(), elsewhere);
            Photo front = photo(640);

            BackupMade made = backupLater();

            assertEquals(List.of(), made.photosNotCarried());
            assertFalse(Files.isSameFile(original(front), pooled(front)), "a copy, as no link crosses disks");
            assertEquals(front.sha256(), sha256(pooled(front)));
            assertEquals("rw-------", permissions(pooled(front)));
            assertTrue(Files.exists(pool().resolve(front.id() + ".thumb.jpg")));
            try (Stream<Path> left = Files.list(pool())) {
                assertTrue(left.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no copy left half done");
            }
        } finally {
            try (Stream<Path> files = Files.walk(elsewhere)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
