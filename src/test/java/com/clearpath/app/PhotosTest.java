package com.clearpath.app;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Client;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.domain.PhotoEvent;
import com.clearpath.domain.PhotoRefusal;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.store.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos and photo consent against a real SQLite file and real image files in a data folder. */
class PhotosTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final DraftExtras NO_EXTRAS = new DraftExtras(List.of(), 0);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private Clinic clinic;
    private Consultations consultations;
    private Photos photos;
    private StoredConsultation visit;

    @BeforeEach
    void open() throws Exception {
        clinic = new Clinic(new DataFolder(temp.resolve("data")).ensureExists(), CLOCK, "front-desk");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        consultations = new Consultations(clinic, "room-2");
        photos = new Photos(clinic);
        Intake in = intake().concern(ConcernKind.ROLLING).grade(3).build();
        StoredConsultation draft = StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of());
        visit = consultations.finalise(consultations.saveDraft(draft, NO_EXTRAS));
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = temp.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private void consent() throws Exception {
        photos.recordConsent(visit.clientId(), true, false, "Dr Ruiz", 1);
    }

    @Test
    void anExportedComparisonIsWrittenWholeAndNeverOverTheRecords() throws Exception {
        byte[] png = TestImages.png(40, 30);
        Path target = temp.resolve("Ana-Reyes-comparison.png");
        photos.saveComparison(target, png);
        assertArrayEquals(png, Files.readAllBytes(target));
        try (var left = Files.list(temp)) {
            assertTrue(left.noneMatch(f -> f.getFileName().toString().contains(".tmp")), "no temporary file left");
        }
        Path database = clinic.folder().database();
        byte[] before = Files.readAllBytes(database);
        assertThrows(RecordsFailure.class, () -> photos.saveComparison(database, png));
        assertArrayEquals(before, Files.readAllBytes(database), "the database is untouched");
    }

    @Test
    void withoutClinicalConsentAPhotoIsRefused() throws Exception {
        Path jpeg = file("front.jpg", TestImages.jpeg(640, 480));
        Photos.Refused e = assertThrows(Photos.Refused.class,
                () -> photos.add(visit.id(), jpeg, PhotoView.FRONT, Optional.empty()));
        assertEquals(PhotoRefusal.NO_CLINICAL_CONSENT, e.reason());
        // Marketing use alone is not consent for the record.
        photos.recordConsent(visit.clientId(), false, true, "Dr Ruiz", 1);
        assertEquals(PhotoRefusal.NO_CLINICAL_CONSENT, assertThrows(Photos.Refused.class,
                () -> photos.add(visit.id(), jpeg, PhotoView.FRONT, Optional.empty())).reason());
        assertTrue(photos.list(visit.id()).isEmpty());
        assertFalse(Files.exists(clinic.folder().photos()) && Files.list(clinic.folder().photos()).findAny().isPresent());
    }

    @Test
    void consentIsKeptAsEventsWithWhoAndWhen() throws Exception {
        PhotoConsent c = photos.recordConsent(visit.clientId(), true, true, "Dr Ruiz", 1);
        assertEquals("Dr Ruiz", c.clinicalRecords().orElseThrow().recordedBy());
        assertEquals(CLOCK.instant(), c.clinicalRecords().orElseThrow().at());
        assertTrue(c.marketingUse());
        // Unchanged answers add nothing; a withdrawn marketing yes leaves the clinical one.
        photos.recordConsent(visit.clientId(), true, true, "Dr Ruiz", 1);
        PhotoConsent after = photos.recordConsent(visit.clientId(), true, false, "Dr Ruiz", 1);
        assertTrue(after.clinical());
        assertFalse(after.marketingUse());
        assertEquals(List.of(PhotoConsent.Kind.CLINICAL_GIVEN, PhotoConsent.Kind.MARKETING_GIVEN,
                PhotoConsent.Kind.MARKETING_WITHDRAWN), photos.consentHistory(visit.clientId()).stream()
                .map(PhotoConsent.Event::kind).toList());
    }

    @Test
    void mergingClientsCarriesThePhotoConsentOver() throws Exception {
        UUID duplicate = clinic.with(s -> s.clients().create(new Client("Ana", "Reyes", LocalDate.of(1990, 3, 4),
                null, null))).id();
        photos.recordConsent(duplicate, true, false, "Dr Ruiz", 1);
        clinic.with(s -> s.clients().merge(visit.clientId(), duplicate, "Dr Ruiz"));
        assertTrue(photos.consent(visit.clientId()).clinical());
        assertTrue(photos.consentHistory(duplicate).isEmpty());
    }

    @Test
    void anAddedPhotoKeepsTheOriginalUnchangedOwnerOnlyWithItsThumbnail() throws Exception {
        consent();
        byte[] bytes = TestImages.jpeg(1200, 900);
        Photo p = photos.add(visit.id(), file("left.jpg", bytes), PhotoView.LEFT_45, Optional.of(Zone.CHEEK_LEFT));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), p.sha256());
        assertEquals(bytes.length, p.bytes());
        assertEquals(PhotoView.LEFT_45, p.view());
        assertEquals(Optional.of(Zone.CHEEK_LEFT), p.zone());
        assertEquals(visit.intake().consultedOn(), p.takenOn());
        assertEquals(visit.clientId(), p.clientId());

        Path original = photos.original(p.id());
        assertEquals(p.id() + ".jpg", original.getFileName().toString());
        assertEquals(clinic.folder().photos(), original.getParent());
        assertArrayEquals(bytes, Files.readAllBytes(original));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(original)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(original.getParent())));
        Path thumb = original.resolveSibling(p.id() + ".thumb.jpg");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(thumb)));
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(photos.thumbnail(p.id())));
        assertEquals(320, t.getWidth());
        assertEquals(240, t.getHeight());
        try (var listed = Files.list(clinic.folder().photos())) {
            assertEquals(2, listed.count(), "original and thumbnail only");
        }

        assertEquals(List.of(p), photos.list(visit.id()));
        assertEquals(List.of(p), photos.listForClient(visit.clientId()));
        assertEquals(List.of(PhotoEvent.Kind.ADDED), photos.events(p.id()).stream().map(PhotoEvent::kind).toList());
    }

    @Test
    void aPhotoTakenSidewaysIsListedAndThumbnailedUpright() throws Exception {
        consent();
        byte[] sideways = TestImages.withOrientation(TestImages.jpeg(800, 600), 6, true);
        Photo p = photos.add(visit.id(), file("profile.jpg", sideways), PhotoView.RIGHT_PROFILE, Optional.empty());
        assertEquals(6, p.orientation());
        assertEquals(600, p.width());
        assertEquals(800, p.height());
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(photos.thumbnail(p.id())));
        assertEquals(240, t.getWidth());
        assertEquals(320, t.getHeight());
        assertArrayEquals(sideways, Files.readAllBytes(photos.original(p.id())), "the original is never rewritten");
    }

    @Test
    void aPngIsKeptAsAPng() throws Exception {
        consent();
        Photo p = photos.add(visit.id(), file("close.png", TestImages.png(500, 500)), PhotoView.CLOSE_UP,
                Optional.of(Zone.CHIN));
        assertEquals("png", p.format());
        assertEquals(p.id() + ".png", photos.original(p.id()).getFileName().toString());
    }

    @Test
    void badFilesAreRefusedNamingTheFileAndNothingIsKept() throws Exception {
        consent();
        assertRefused(PhotoRefusal.TRUNCATED, "cut.jpg", TestImages.cut(TestImages.jpeg(1200, 900), 0.5));
        assertRefused(PhotoRefusal.NOT_AN_IMAGE, "notes.jpg", "Client notes, not a photo".getBytes(StandardCharsets.UTF_8));
        assertRefused(PhotoRefusal.TOO_MANY_PIXELS, "huge.png", TestImages.pngHeader(15_000, 14_000));
        assertRefused(PhotoRefusal.HEIC_NOT_SUPPORTED, "IMG_0001.HEIC", TestImages.heicStart());
        Path gone = temp.resolve("moved.jpg");
        Photos.Refused missing = assertThrows(Photos.Refused.class,
                () -> photos.add(visit.id(), gone, PhotoView.FRONT, Optional.empty()));
        assertEquals(PhotoRefusal.FILE_MISSING, missing.reason());
        assertEquals(Optional.of("moved.jpg"), missing.file());
        assertTrue(photos.list(visit.id()).isEmpty());
        assertFalse(Files.exists(clinic.folder().photos()) && Files.list(clinic.folder().photos()).findAny().isPresent());
    }

    private void assertRefused(PhotoRefusal reason, String name, byte[] bytes) throws Exception {
        Path f = file(name, bytes);
        Photos.Refused e = assertThrows(Photos.Refused.class,
                () -> photos.add(visit.id(), f, PhotoView.FRONT, Optional.empty()));
        assertEquals(reason, e.reason(), name);
        assertEquals(Optional.of(name), e.file());
    }

    @Test
    void aPhotoFileMovedByHandIsReportedNamingItAndTheOthersStillOpen() throws Exception {
        consent();
        Photo moved = photos.add(visit.id(), file("a.jpg", TestImages.jpeg(400, 300)), PhotoView.FRONT, Optional.empty());
        Photo kept = photos.add(visit.id(), file("b.jpg", TestImages.jpeg(400, 300)), PhotoView.LEFT_45, Optional.empty());
        Files.move(photos.original(moved.id()), temp.resolve("elsewhere.jpg"));
        Files.delete(clinic.folder().photos().resolve(moved.id() + ".thumb.jpg"));

        Photos.Refused original = assertThrows(Photos.Refused.class, () -> photos.original(moved.id()));
        assertEquals(PhotoRefusal.FILE_MISSING, original.reason());
        assertEquals(Optional.of(moved.id() + ".jpg"), original.file());
        Photos.Refused thumb = assertThrows(Photos.Refused.class, () -> photos.thumbnail(moved.id()));
        assertEquals(Optional.of(moved.id() + ".thumb.jpg"), thumb.file());
        assertTrue(Files.exists(photos.original(kept.id())));
        assertEquals(2, photos.list(visit.id()).size(), "the listing is not changed by a missing file");
    }

    @Test
    void deletingAPhotoRemovesItsFilesAndKeepsTheReason() throws Exception {
        consent();
        Photo p = photos.add(visit.id(), file("a.jpg", TestImages.jpeg(400, 300)), PhotoView.FRONT, Optional.empty());
        Path original = photos.original(p.id());
        assertEquals(PhotoRefusal.REASON_REQUIRED,
                assertThrows(Photos.Refused.class, () -> photos.delete(p.id(), " ", "Dr Ruiz")).reason());

        photos.delete(p.id(), "Blurred; taken again", "Dr Ruiz");
        assertFalse(Files.exists(original));
        assertFalse(Files.exists(original.resolveSibling(p.id() + ".thumb.jpg")));
        assertTrue(photos.list(visit.id()).isEmpty());
        List<PhotoEvent> events = photos.events(p.id());
        assertEquals(List.of(PhotoEvent.Kind.ADDED, PhotoEvent.Kind.DELETED), events.stream().map(PhotoEvent::kind).toList());
        assertEquals("Blurred; taken again", events.get(1).detail());
        assertEquals("Dr Ruiz", events.get(1).actor());
        assertEquals(PhotoRefusal.NOT_FOUND,
                assertThrows(Photos.Refused.class, () -> photos.delete(p.id(), "again", "Dr Ruiz")).reason());
        assertEquals(PhotoRefusal.NOT_FOUND, assertThrows(Photos.Refused.class, () -> photos.original(p.id())).reason());
    }

    @Test
    void aFollowUpsPhotosAreTheClientsToo() throws Exception {
        consent();
        photos.add(visit.id(), file("a.jpg", TestImages.jpeg(400, 300)), PhotoView.FRONT, Optional.empty());
        StoredConsultation next = consultations.startFollowUp(visit.clientId());
        Photo later = photos.add(next.id(), file("b.jpg", TestImages.jpeg(400, 300)), PhotoView.FRONT, Optional.empty());
        assertEquals(LocalDate.now(CLOCK), later.takenOn());
        assertEquals(2, photos.listForClient(visit.clientId()).size());
        assertEquals(List.of(later), photos.list(next.id()));
    }

    @Test
    void discardingADraftTakesItsPhotoFilesWithIt() throws Exception {
        consent();
        StoredConsultation next = consultations.startFollowUp(visit.clientId());
        Photo p = photos.add(next.id(), file("b.jpg", TestImages.jpeg(400, 300)), PhotoView.FRONT, Optional.empty());
        Path original = photos.original(p.id());
        consultations.discard(next.id());
        assertFalse(Files.exists(original));
        assertTrue(photos.listForClient(visit.clientId()).isEmpty());
    }

    @Test
    void aNewClientsDraftHasNoOneToConsentYet() throws Exception {
        Intake in = intake().concern(ConcernKind.BOXCAR_SHALLOW).build();
        StoredConsultation draft = consultations.saveDraft(StoredConsultation.newDraft(in),
                NO_EXTRAS);
        Path jpeg = file("front.jpg", TestImages.jpeg(64, 48));
        assertEquals(PhotoRefusal.CLIENT_NOT_RECORDED, assertThrows(Photos.Refused.class,
                () -> photos.add(draft.id(), jpeg, PhotoView.FRONT, Optional.empty())).reason());
        assertEquals(PhotoRefusal.NOT_FOUND, assertThrows(Photos.Refused.class,
                () -> photos.add(UUID.randomUUID(), jpeg, PhotoView.FRONT, Optional.empty())).reason());
    }
}
