package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.Language;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path temp;

    private DataFolder folder() throws IOException {
        return new DataFolder(temp.resolve("data")).ensureExists();
    }

    @Test
    void whatIsSavedIsReadBackLogoIncluded() throws Exception {
        DataFolder folder = folder();
        byte[] logo = ClinicLogo.prepare(image("png", 300, 100));
        ClinicSettings saved = new ClinicSettings("Harbor Skin Clinic", "1200 Bayview Avenue, Suite 4\r\n\r\nSan Diego, CA",
                "+1 619 555 0148", logo, Language.ES, ClinicSettings.Paper.A4);
        new SettingsStore(folder).save(saved);

        ClinicSettings read = new SettingsStore(folder).load();
        assertEquals(saved, read);
        assertEquals("1200 Bayview Avenue, Suite 4\nSan Diego, CA", read.address(), "line ends made \\n, blank lines gone");
        assertArrayEquals(logo, read.logoPng());
        assertTrue(Files.exists(folder.root().resolve(SettingsStore.LOGO_FILE)));
        try (Stream<Path> files = Files.list(folder.root())) {
            assertEquals(List.of("clinic-logo.png", "settings.json"), files.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no temporary files left behind");
        }
    }

    @Test
    void theConsentMonthsAreKeptAndAFigureThatMakesNoSenseGivesTheTwelveMonths() throws Exception {
        DataFolder folder = folder();
        SettingsStore store = new SettingsStore(folder);
        assertEquals(12, store.load().consentValidMonths(), "a file from before the setting");
        store.save(new ClinicSettings("Harbor", "", "", null, Language.EN, ClinicSettings.Paper.A4, 18));
        assertEquals(18, new SettingsStore(folder).load().consentValidMonths());
        assertTrue(Files.readString(folder.settings()).contains("\"validMonths\" : 18"));
        for (String bad : List.of("0", "61", "\"twelve\"", "6.5")) {
            Files.writeString(folder.settings(), "{\"format\": \"clearpath.settings/1\", \"consents\": "
                    + "{\"validMonths\": " + bad + "}}");
            assertEquals(12, new SettingsStore(folder).load().consentValidMonths(), bad);
        }
        assertEquals(List.of(Problem.of(ClinicSettings.CONSENT_MONTHS_PATH, ProblemCode.OUT_OF_RANGE,
                1, 60, 0)), ClinicSettings.defaults().withConsentValidMonths(0).problems());
    }

    @Test
    void theFilesAreTheOwnersOnly() throws Exception {
        DataFolder folder = folder();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(folder.root()).supportsFileAttributeView("posix"));
        new SettingsStore(folder).save(ClinicSettings.defaults().withLogo(ClinicLogo.prepare(image("png", 40, 40))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.settings())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                folder.root().resolve(SettingsStore.LOGO_FILE))));
    }

    @Test
    void removingTheLogoRemovesItsFile() throws Exception {
        DataFolder folder = folder();
        SettingsStore store = new SettingsStore(folder);
        store.save(ClinicSettings.defaults().withLogo(ClinicLogo.prepare(image("jpg", 50, 50))));
        store.save(store.load().withLogo(null));
        assertNull(store.load().logoPng());
        assertFalse(Files.exists(folder.root().resolve(SettingsStore.LOGO_FILE)));
    }

    @Test
    void noFileMeansTheDefaultsEnglishOnLetter() throws Exception {
        ClinicSettings s = new SettingsStore(folder()).load();
        assertEquals(ClinicSettings.defaults(), s);
        assertEquals(Language.EN, s.language());
        assertEquals(ClinicSettings.Paper.LETTER, s.paper());
    }

    @Test
    void aDamagedFileGivesTheDefaultsWithAWarningAndIsKeptAside() throws Exception {
        DataFolder folder = folder();
        Files.writeString(folder.settings(), "{\"clinic\": {\"name\": \"Harbor", StandardCharsets.UTF_8);
        List<LogRecord> warnings = new java.util.ArrayList<>();
        Logger log = Logger.getLogger(SettingsStore.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                warnings.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            assertEquals(ClinicSettings.defaults(), new SettingsStore(folder).load());
        } finally {
            log.removeHandler(handler);
        }
        assertTrue(warnings.stream().anyMatch(r -> r.getLevel() == java.util.logging.Level.WARNING
                && r.getMessage().contains("damaged")), "a warning in the log");
        assertFalse(Files.exists(folder.settings()));
        try (Stream<Path> files = Files.list(folder.root())) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("settings.json.damaged-"))
                    .findFirst().orElseThrow(() -> new AssertionError("the damaged file is kept"));
            assertEquals("{\"clinic\": {\"name\": \"Harbor", Files.readString(aside));
        }
        // Saving afterwards works as on a fresh folder.
        new SettingsStore(folder).save(new ClinicSettings("Harbor", "", "", null, Language.EN, ClinicSettings.Paper.A4));
        assertEquals("Harbor", new SettingsStore(folder).load().name());
    }

    @Test
    void unknownAndMissingFieldsAreToleratedAndOtherSectionsKept() throws Exception {
        DataFolder folder = folder();
        Files.writeString(folder.settings(), """
                {"format": "clearpath.settings/1",
                 "clinic": {"name": "Harbor", "fax": "555 0100", "phone": 5550148},
                 "documents": {"language": "fr", "paper": "A4"},
                 "reminders": {"sms": true}}
                """, StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(folder);
        ClinicSettings s = store.load();
        assertEquals("Harbor", s.name());
        assertEquals("", s.address(), "missing: empty");
        assertEquals("", s.phone(), "not text: left empty");
        assertEquals(Language.EN, s.language(), "an unknown language: the default");
        assertEquals(ClinicSettings.Paper.A4, s.paper(), "codes in any case");

        store.save(new ClinicSettings("Harbor", "", "", null, Language.ES, ClinicSettings.Paper.LETTER));
        String json = Files.readString(folder.settings());
        assertTrue(json.contains("\"reminders\""), "a section this version does not know survives a save: " + json);
        assertTrue(json.contains("\"language\" : \"es\""), json);
        assertEquals(Language.ES, store.load().language());
    }

    @Test
    void aLogoFileThatIsNotAPngIsLeftOut() throws Exception {
        DataFolder folder = folder();
        SettingsStore store = new SettingsStore(folder);
        store.save(ClinicSettings.defaults().withLogo(ClinicLogo.prepare(image("png", 20, 20))));
        Files.writeString(folder.root().resolve(SettingsStore.LOGO_FILE), "not an image");
        assertNull(store.load().logoPng());
    }

    @Test
    void aLogoIsCheckedAndMadeSmall() throws Exception {
        byte[] png = ClinicLogo.prepare(image("jpg", 3000, 1000));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(read);
        assertEquals(720, read.getWidth());
        assertEquals(240, read.getHeight());
        assertTrue(ClinicLogo.isPng(png), "kept as PNG whatever it came as");

        BufferedImage small = ImageIO.read(new ByteArrayInputStream(ClinicLogo.prepare(image("png", 120, 60))));
        assertEquals(120, small.getWidth(), "a small logo is not made larger");
    }

    @Test
    void anImageThatCannotBeDecodedIsRefusedWithASentence() throws Exception {
        ClinicLogo.Refused notImage = assertThrows(ClinicLogo.Refused.class,
                () -> ClinicLogo.prepare("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("The file is not a PNG or JPEG image.", notImage.getMessage());
        byte[] broken = image("png", 50, 50);
        byte[] cut = java.util.Arrays.copyOf(broken, 40);
        ClinicLogo.Refused damaged = assertThrows(ClinicLogo.Refused.class, () -> ClinicLogo.prepare(cut));
        assertTrue(damaged.getMessage().startsWith("The image cannot be read"), damaged.getMessage());
        assertThrows(ClinicLogo.Refused.class, () -> ClinicLogo.prepare(image("gif", 20, 20)), "GIF is not offered");
        assertThrows(ClinicLogo.Refused.class, () -> ClinicLogo.prepare(new byte[0]));
    }

    @Test
    void problemsNameTheirField() {
        String longLine = "x".repeat(ClinicSettings.LINE_MAX + 1);
        ClinicSettings s = new ClinicSettings("y".repeat(ClinicSettings.NAME_MAX + 1), "a\nb\nc\nd\ne\n" + longLine,
                "call us", null, null, null);
        List<String> paths = s.problems().stream().map(Problem::path).toList();
        assertEquals(List.of("clinic.name", "clinic.address", "clinic.address", "clinic.phone"), paths);
        assertTrue(ClinicSettings.defaults().problems().isEmpty());
        assertTrue(new ClinicSettings("Harbor", "1 Main St\nSpringfield", "+1 (555) 010-0000 ext. 4", null, null, null)
                .problems().isEmpty());
    }

    @Test
    void settingsAreNeverLoggedWithTheClinicsAddress() {
        ClinicSettings s = new ClinicSettings("Harbor", "1 Main St", "555 0100", null, Language.EN, null);
        assertFalse(s.toString().contains("Main"), s.toString());
    }

    /** A small picture in the given format. */
    static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(20, 128, 111));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out), "no writer for " + format);
        return out.toByteArray();
    }
}
