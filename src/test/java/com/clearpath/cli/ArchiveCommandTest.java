package com.clearpath.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Clinic;
import com.clearpath.app.Photos;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoView;
import com.clearpath.store.DataFolder;
import com.clearpath.store.RecordsArchive;
import com.clearpath.store.TestImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code import} of a records archive: photos go across, a damaged one stops everything. */
class ArchiveCommandTest {
    @TempDir
    Path temp;

    @Test
    void anArchiveWithAPhotoGoesAcrossAndADamagedOneImportsNothing() throws Exception {
        Path a = temp.resolve("clinic-a");
        Path intake = temp.resolve("intake.json");
        Files.writeString(intake, ImportExportCommandTest.intake("Zoë", "ROLLING"), StandardCharsets.UTF_8);
        assertEquals(0, CommandRun.run(a, "import", intake.toString()).exit());
        Photo photo;
        Clinic clinic = new Clinic(new DataFolder(a), Clock.systemUTC(), "front-desk");
        try {
            clinic.open();
            ConsultationSummary visit = clinic.with(s -> s.consultations().recent(1)).get(0);
            Photos photos = new Photos(clinic);
            photos.recordConsent(visit.clientId(), true, false, "Dr Ruiz", 1);
            Path jpeg = temp.resolve("front.jpg");
            Files.write(jpeg, TestImages.jpeg(400, 300));
            photo = photos.add(visit.id(), jpeg, PhotoView.FRONT, Optional.empty());
        } finally {
            clinic.close();
        }

        Path archive = temp.resolve("records.zip");
        CommandRun exported = CommandRun.run(a, "export", "-o", archive.toString());
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(exported.out().contains("Exported 1 consultation and 1 photo (a records archive)"), exported.out());
        assertTrue(RecordsArchive.isArchive(archive));

        Path b = temp.resolve("clinic-b");
        String entry = "photos/" + photo.id() + ".jpg";
        Path damaged = temp.resolve("damaged.zip");
        try (ZipFile zip = new ZipFile(archive.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    bytes[bytes.length / 3] ^= 0x10;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        CommandRun refused = CommandRun.run(b, "import", damaged.toString());
        assertEquals(2, refused.exit(), refused.out());
        assertTrue(refused.err().contains(entry), refused.err());

        CommandRun imported = CommandRun.run(b, "import", archive.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("Imported 1 consultation (0 already present, 1 new client)"), imported.out());
        assertTrue(imported.out().contains("with 1 new photo and 0 new treatment sessions"), imported.out());
        assertArrayEquals(Files.readAllBytes(new DataFolder(a).photos().resolve(photo.id() + ".jpg")),
                Files.readAllBytes(new DataFolder(b).photos().resolve(photo.id() + ".jpg")));
        CommandRun twice = CommandRun.run(b, "import", archive.toString());
        assertTrue(twice.out().contains("Imported 0 consultations (1 already present, 0 new clients)"), twice.out());
        assertFalse(twice.out().contains("new photo"), twice.out());
    }
}
