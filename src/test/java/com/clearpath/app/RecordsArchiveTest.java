package com.clearpath.app;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.SignedConsent;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.ExportJson;
import com.clearpath.store.DataFolder;
import com.clearpath.store.RecordsArchive;
import com.clearpath.store.TestImages;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import with photos, sessions and photo consent, between two real data folders with real JPEGs. */
class RecordsArchiveTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final DraftExtras NO_EXTRAS = new DraftExtras(List.of(), 0);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private Clinic source;
    private Clinic target;
    private StoredConsultation visit;
    private Photo front;
    private Photo side;
    private RecordedSession session;
    private SignedConsent signed;

    @BeforeEach
    void open() throws Exception {
        source = clinic("source");
        target = clinic("target");
        Consultations consultations = new Consultations(source, "room-2");
        Intake in = intake().concern(ConcernKind.ROLLING).grade(3).build();
        StoredConsultation draft = StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of());
        visit = consultations.finalise(consultations.saveDraft(draft, NO_EXTRAS));
        Photos photos = new Photos(source);
        photos.recordConsent(visit.clientId(), true, false, "Dr Ruiz", 1);
        front = photos.add(visit.id(), file("front.jpg", TestImages.jpeg(640, 480)), PhotoView.FRONT, Optional.empty());
        side = photos.add(visit.id(), file("side.jpg", TestImages.jpeg(480, 640)), PhotoView.LEFT_45,
                Optional.of(Zone.CHEEK_LEFT));
        var treatment = visit.plan().protocol().steps().stream()
                .filter(s -> s.sessions() != null).findFirst().orElseThrow().treatment();
        signed = ConsentSigning.signAgreed(source, visit.id()).consent();
        session = new Sessions(source).record(visit.id(), new TreatmentSession(LocalDate.of(2026, 11, 20), treatment,
                "Dr Ruiz", List.of(Zone.CHEEK_LEFT), "Device X", Map.of("energy", "40 mJ"), null, null,
                "Topical lidocaine 5%", "Mild erythema", "Tolerated well").withNextVisit(LocalDate.of(2026, 12, 18)));
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    private Clinic clinic(String name) throws Exception {
        Clinic c = new Clinic(new DataFolder(temp.resolve(name)).ensureExists(), CLOCK, "front-desk");
        assertTrue(c.open().status() instanceof DatabaseStatus.Ready);
        return c;
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = temp.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Path exported() throws Exception {
        Path out = temp.resolve("records.zip");
        assertEquals(new Exported(1, 2, true), source.export(out));
        return out;
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void theArchiveCarriesConsultationsConsentPhotosAndSessionsAcross() throws Exception {
        Path archive = exported();
        if (Files.getFileStore(archive).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)));
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            assertEquals("export.json", names.get(0), "the JSON comes first, so it can be read before the photos");
            assertEquals(Set.of("photos/" + front.id() + ".jpg", "photos/" + side.id() + ".jpg",
                    "consents/" + signed.id() + ".pdf"), Set.copyOf(names.subList(1, names.size())));
        }
        assertTrue(target.readImport(archive).valid());
        Imported r = target.importFile(archive);
        assertEquals(new Imported(1, 0, 1, 0, 2, 1), r);

        StoredConsultation copied = target.with(s -> s.consultations().find(visit.id())).orElseThrow();
        Photos photos = new Photos(target);
        assertEquals(new Photos(source).list(visit.id()), photos.list(visit.id()).stream()
                .map(p -> new Photo(p.id(), p.consultationId(), visit.clientId(), p.view(), p.zone(), p.takenOn(),
                        p.addedAt(), p.format(), p.bytes(), p.sha256(), p.width(), p.height(), p.orientation()))
                .toList(), "every photo listed as it was, but for the client, whose id is this clinic's");
        Photo back = photos.list(visit.id()).stream().filter(p -> p.id().equals(side.id())).findFirst().orElseThrow();
        assertEquals(side.sha256(), back.sha256());
        assertEquals(side.zone(), back.zone());
        for (Photo p : List.of(front, side)) {
            byte[] original = Files.readAllBytes(new Photos(source).original(p.id()));
            byte[] imported = Files.readAllBytes(photos.original(p.id()));
            assertArrayEquals(original, imported, "the original byte for byte");
            assertEquals(p.sha256(), sha256(imported));
            assertTrue(photos.thumbnail(p.id()).length > 0, "a thumbnail is made for it");
        }
        PhotoConsent consent = photos.consent(copied.clientId());
        assertTrue(consent.clinicalRecords().isPresent());
        assertFalse(consent.marketing().isPresent());
        assertEquals(List.of(session.session()),
                new Sessions(target).list(visit.id()).stream().map(RecordedSession::session).toList());
        assertEquals(session.id(), new Sessions(target).list(visit.id()).get(0).id());

        Consents consents = new Consents(target, ConsentSigning::everyTreatment);
        List<ConsentStanding> standings = consents.forConsultation(visit.id());
        assertEquals(List.of(signed.ofClient(copied.clientId())),
                standings.stream().map(ConsentStanding::consent).toList(), "the consent as signed, under this clinic's client");
        Consents.Opened opened = consents.open(signed.id());
        assertEquals(Consents.FileState.INTACT, opened.file(), "the signed document came across byte for byte");
        assertTrue(target.with(s -> s.consultations().events(visit.id())).stream()
                .anyMatch(e -> e.kind() == ConsultationEvent.Kind.CONSENT_SIGNED));
    }

    @Test
    void aWithdrawalTravelsAndATamperedConsentDocumentIsNamed() throws Exception {
        new Consents(source).withdraw(signed.id(), "Changed her mind");
        Path archive = temp.resolve("records.zip");
        assertEquals(new Exported(1, 2, true), source.export(archive));
        String entry = "consents/" + signed.id() + ".pdf";
        Path tampered = rewritten(archive, entry, bytes -> {
            bytes[bytes.length / 2] ^= 0x01;
            return bytes;
        });
        assertEquals(List.of(Problem.of(entry, ProblemCode.CONSENT_DOCUMENT_HASH_WRONG)),
                target.readImport(tampered).problems());
        assertThrows(RecordsFailure.class, () -> target.importFile(tampered));
        assertFalse(Files.exists(target.folder().consents().resolve(signed.id() + ".pdf")), "no document left behind");
        assertEquals(List.of(Problem.of(entry, ProblemCode.ARCHIVE_ENTRY_MISSING)),
                target.readImport(rewritten(archive, entry, bytes -> null)).problems());

        target.importFile(archive);
        ConsentStanding back = new Consents(target).forConsultation(visit.id()).get(0);
        assertEquals(ConsentStanding.State.WITHDRAWN, back.state());
        assertEquals("Changed her mind", back.withdrawal().orElseThrow().reason());
    }

    @Test
    void aSecondImportOfTheSameArchiveAddsNothing() throws Exception {
        Path archive = exported();
        target.importFile(archive);
        Imported again = target.importFile(archive);
        assertEquals(new Imported(0, 1, 0, 0, 0, 0), again);
        Photos photos = new Photos(target);
        assertEquals(2, photos.list(visit.id()).size());
        assertEquals(1, new Sessions(target).list(visit.id()).size());
        UUID client = target.with(s -> s.consultations().find(visit.id())).orElseThrow().clientId();
        assertEquals(1, photos.consentHistory(client).size(), "the consent is recorded once");
    }

    @Test
    void aTamperedPhotoIsNamedAndNothingIsImported() throws Exception {
        Path archive = exported();
        String entry = "photos/" + side.id() + ".jpg";
        Path tampered = rewritten(archive, entry, bytes -> {
            bytes[bytes.length / 2] ^= 0x01;
            return bytes;
        });
        ExportJson.Checked checked = target.readImport(tampered);
        assertEquals(List.of(Problem.of(entry, ProblemCode.PHOTO_HASH_WRONG)), checked.problems());
        // Even imported without the check, the transaction holds nothing and no file is left.
        RecordsFailure e = assertThrows(RecordsFailure.class, () -> target.importFile(tampered));
        assertEquals(RecordsFailure.Code.IMPORT_FILE_CHANGED, e.code());
        assertNothingImported();
    }

    @Test
    void aMissingPhotoEntryIsNamed() throws Exception {
        Path archive = exported();
        String entry = "photos/" + front.id() + ".jpg";
        Path missing = rewritten(archive, entry, bytes -> null);
        assertEquals(List.of(Problem.of(entry, ProblemCode.ARCHIVE_ENTRY_MISSING)), target.readImport(missing).problems());
    }

    @Test
    void aPhotoThatIsNotTheImageItClaimsIsNamed() throws Exception {
        Path archive = exported();
        String entry = "photos/" + front.id() + ".jpg";
        byte[] png = TestImages.png(64, 64);
        // Same size and hash listed as the JSON says is impossible to forge here, so the JSON is rewritten to match.
        Path swapped = rewritten(archive, entry, bytes -> png);
        Path listed = rewritten(swapped, "export.json", json -> new String(json, StandardCharsets.UTF_8)
                .replace(front.sha256(), sha256Unchecked(png))
                .replace("\"bytes\" : " + front.bytes(), "\"bytes\" : " + png.length)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(Problem.of(entry, ProblemCode.PHOTO_NOT_VALID, "jpg")), target.readImport(listed).problems());
    }

    @Test
    void aTruncatedArchiveIsRefused() throws Exception {
        Path archive = exported();
        byte[] whole = Files.readAllBytes(archive);
        Path cut = temp.resolve("cut.zip");
        Files.write(cut, Arrays.copyOf(whole, whole.length - 200));
        assertEquals(List.of(Problem.of("", ProblemCode.ARCHIVE_UNREADABLE)), target.readImport(cut).problems());
        assertThrows(RecordsFailure.class, () -> target.importFile(cut));
        assertNothingImported();
    }

    @Test
    void withoutPhotosTheExportStaysPlainJsonAndAnOldPlainExportStillImports() throws Exception {
        Clinic plain = clinic("plain");
        try {
            Consultations consultations = new Consultations(plain, "room-1");
            Intake in = intake().concern(ConcernKind.ICE_PICK).grade(2).build();
            StoredConsultation only = consultations.finalise(consultations.saveDraft(
                    StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of()), NO_EXTRAS));
            Path out = temp.resolve("plain.json");
            assertEquals(new Exported(1, 0, false), plain.export(out));
            assertFalse(RecordsArchive.isArchive(out));
            String json = Files.readString(out);
            assertTrue(json.startsWith("{"));
            assertFalse(json.contains("\"photos\""));
            assertEquals(new Imported(1, 0, 1, 0, 0, 0), target.importFile(out));
            assertTrue(target.with(s -> s.consultations().find(only.id())).isPresent());
        } finally {
            plain.close();
        }
        // A file as exported before photos existed: no photos, sessions or consent fields at all.
        Path old = temp.resolve("old.json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Intake in = intake().concern(ConcernKind.BOXCAR_SHALLOW).grade(2).build();
        UUID id = UUID.randomUUID();
        try (ExportJson.Writer w = new ExportJson.Writer(bytes, CLOCK.instant())) {
            w.write(new ExportJson.Entry(id, ConsultationStatus.FINAL, in, null, List.of(), null,
                    null, null));
        }
        Files.write(old, bytes.toByteArray());
        assertTrue(target.readImport(old).valid());
        assertEquals(1, target.importFile(old).added());
    }

    @Test
    void theArchivesJsonAloneIsRefusedForItsPhotosAndABadHashIsNamedByItsField() throws Exception {
        Path archive = exported();
        byte[] json;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            json = zip.getInputStream(zip.getEntry(RecordsArchive.EXPORT_ENTRY)).readAllBytes();
        }
        Path plain = file("only.json", json);
        assertEquals(List.of(Problem.of("consultations[0].photos", ProblemCode.PHOTOS_NEED_ARCHIVE),
                Problem.of("consultations[0].consents", ProblemCode.CONSENTS_NEED_ARCHIVE)),
                target.readImport(plain).problems());
        Path badHash = rewritten(archive, RecordsArchive.EXPORT_ENTRY, bytes -> new String(bytes, StandardCharsets.UTF_8)
                .replace(front.sha256(), "not-a-hash").getBytes(StandardCharsets.UTF_8));
        List<Problem> problems = target.readImport(badHash).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(ProblemCode.SHA256_WRONG, problems.get(0).code());
        assertTrue(problems.get(0).path().matches("consultations\\[0]\\.photos\\[[01]]\\.sha256"), problems.toString());
        assertThrows(RecordsFailure.class, () -> target.importFile(badHash));
        assertNothingImported();
    }

    private void assertNothingImported() throws Exception {
        assertTrue(target.with(s -> s.consultations().find(visit.id())).isEmpty());
        Path photos = target.folder().photos();
        if (Files.isDirectory(photos)) {
            try (var files = Files.list(photos)) {
                assertEquals(List.of(), files.toList(), "no photo file is left behind");
            }
        }
    }

    /** A copy of {@code archive} with {@code entry} changed (or left out when the change gives null). */
    private Path rewritten(Path archive, String entry, UnaryOperator<byte[]> change) throws Exception {
        Path out = temp.resolve("changed-" + UUID.randomUUID() + ".zip");
        try (ZipFile zip = new ZipFile(archive.toFile()); OutputStream o = Files.newOutputStream(out);
             ZipOutputStream z = new ZipOutputStream(o)) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                if (e.getName().equals(entry)) {
                    bytes = change.apply(bytes);
                }
                if (bytes != null) {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    z.write(bytes);
                    z.closeEntry();
                }
            }
        }
        return out;
    }

    private static String sha256Unchecked(byte[] b) {
        try {
            return sha256(b);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
