package com.clearpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.document.Pdf;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.IntakeJson;
import com.clearpath.store.ClientRepository;
import com.clearpath.store.ClinicLogo;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.SettingsStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutCommandTest {
    private static final String INTAKE = """
            {"format": "clearpath.intake/1",
             "client": {"firstName": "Zoë", "lastName": "Nguyễn", "dateOfBirth": "1990-01-01"},
             "consultedOn": "2026-11-20",
             "practitioner": "J. Park",
             "concerns": [{"kind": "ROLLING", "zones": ["CHEEK_LEFT", "CHEEK_RIGHT"], "count": 8, "distensible": true},
                          {"kind": "PIH", "zones": ["FOREHEAD"], "pigmentDepth": "EPIDERMAL"}],
             "skin": {"fitzpatrick": 4, "sensitivity": "SENSITIVE"},
             "activeAcne": {"iga": 1}}
            """;

    @TempDir
    Path temp;

    private Path intake() throws Exception {
        Path f = temp.resolve("intake.json");
        Files.writeString(f, INTAKE, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void writesTheHandoutAndExitsZero() throws Exception {
        Path out = temp.resolve("out/handout.pdf");
        CommandRun run = CommandRun.run(temp, "handout", intake().toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());
        Pdf pdf = Pdf.read(Files.readAllBytes(out));
        assertTrue(pdf.flat().contains("Zoë Nguyễn"));
        assertTrue(pdf.flat().contains("What we found"));
        assertEquals(612f, pdf.sizes().get(0).getWidth(), 0.01f);
        assertTrue(run.out().contains("handout.pdf"), run.out());
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(1, left.count(), "no temporary file left beside the PDF");
        }
    }

    @Test
    void spanishOnA4() throws Exception {
        Path out = temp.resolve("es.pdf");
        CommandRun run = CommandRun.run(temp, "handout", intake().toString(), "-o", out.toString(), "--language", "ES",
                "--paper", "a4", "--number", "C-77");
        assertEquals(0, run.exit(), run.err());
        Pdf pdf = Pdf.read(Files.readAllBytes(out));
        assertTrue(pdf.flat().contains("Lo que encontramos"));
        assertTrue(pdf.flat().contains("C-77"));
        assertEquals(595.28f, pdf.sizes().get(0).getWidth(), 0.01f);
    }

    @Test
    void summaryInsteadOfTheHandout() throws Exception {
        Path out = temp.resolve("summary.pdf");
        CommandRun run = CommandRun.run(temp, "handout", intake().toString(), "-o", out.toString(), "--summary");
        assertEquals(0, run.exit(), run.err());
        String text = Pdf.read(Files.readAllBytes(out)).flat();
        assertTrue(text.contains("Clinician summary") && text.contains("Ruled out"), text);
    }

    @Test
    void invalidIntakeExitsTwoWithEveryProblemAndWritesNothing() throws Exception {
        Path f = temp.resolve("bad.json");
        Files.writeString(f, """
                {"format": "clearpath.intake/1",
                 "client": {"firstName": "", "lastName": "Reyes", "dateOfBirth": "1990-01-01"},
                 "consultedOn": "2026-11-20",
                 "concerns": [{"kind": "BOXCAR", "zones": ["CHEEK_LEFT"]}],
                 "skin": {"fitzpatrick": 9, "sensitivity": "NORMAL"},
                 "activeAcne": {"iga": 0}}
                """, StandardCharsets.UTF_8);
        Path out = temp.resolve("never.pdf");
        CommandRun run = CommandRun.run(temp, "handout", f.toString(), "-o", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("client.firstName"), run.err());
        assertTrue(run.err().contains("concerns[0].kind: unknown code \"BOXCAR\""), run.err());
        assertTrue(run.err().contains("skin.fitzpatrick"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownLanguageOrPaperIsAUsageError() throws Exception {
        Path out = temp.resolve("x.pdf");
        assertEquals(2, CommandRun.run(temp, "handout", intake().toString(), "-o", out.toString(), "--language", "fr").exit());
        assertEquals(2, CommandRun.run(temp, "handout", intake().toString(), "-o", out.toString(), "--paper", "legal").exit());
        assertEquals(2, CommandRun.run(temp, "handout", intake().toString()).exit(), "-o is required");
        assertFalse(Files.exists(out));
    }

    @Test
    void missingIntakeFileIsInvalidInput() {
        CommandRun run = CommandRun.run(temp, "handout", temp.resolve("nope.json").toString(), "-o", temp.resolve("o.pdf").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("file not found"), run.err());
    }

    @Test
    void theClinicsSettingsMakeTheLetterhead() throws Exception {
        Path plain = temp.resolve("plain.pdf");
        assertEquals(0, CommandRun.run(temp, "handout", intake().toString(), "-o", plain.toString()).exit());
        saveClinic(ClinicSettings.Paper.LETTER, Language.EN, true);
        Path out = temp.resolve("clinic.pdf");
        CommandRun run = CommandRun.run(temp, "handout", intake().toString(), "-o", out.toString());
        assertEquals(0, run.exit(), run.err());

        Pdf pdf = Pdf.read(Files.readAllBytes(out));
        String header = pdf.pages().get(0);
        assertTrue(header.contains("Harbor Skin Clinic"), header);
        assertTrue(header.contains("1200 Bayview Avenue, Suite 4") && header.contains("San Diego, CA 92101"), header);
        assertTrue(header.contains("+1 619 555 0148"), header);
        assertFalse(header.contains("Clearpath Consult"), "the clinic's name replaces the app's");
        assertEquals(Pdf.read(Files.readAllBytes(plain)).images() + 1, pdf.images(), "the logo, once, on page one");
        assertTrue(pdf.unembedded().isEmpty(), "fonts embedded: " + pdf.unembedded());
    }

    @Test
    void languageAndPaperFollowTheSettingsUnlessGiven() throws Exception {
        saveClinic(ClinicSettings.Paper.A4, Language.ES, false);
        Path out = temp.resolve("defaults.pdf");
        assertEquals(0, CommandRun.run(temp, "handout", intake().toString(), "-o", out.toString()).exit());
        Pdf pdf = Pdf.read(Files.readAllBytes(out));
        assertTrue(pdf.flat().contains("Lo que encontramos"));
        assertEquals(595.28f, pdf.sizes().get(0).getWidth(), 0.01f);

        Path given = temp.resolve("given.pdf");
        assertEquals(0, CommandRun.run(temp, "handout", intake().toString(), "-o", given.toString(),
                "--language", "en", "--paper", "letter").exit());
        Pdf english = Pdf.read(Files.readAllBytes(given));
        assertTrue(english.flat().contains("What we found"));
        assertEquals(612f, english.sizes().get(0).getWidth(), 0.01f);
    }

    @Test
    void aKeptConsultationIsWrittenWithItsNumberAndNotedAsSaved() throws Exception {
        saveClinic(ClinicSettings.Paper.LETTER, Language.EN, false);
        StoredConsultation k = keep(true);
        Path out = temp.resolve("kept/handout.pdf");
        CommandRun run = CommandRun.run(temp, "handout", "--consultation", k.id().toString(), "-o", out.toString(),
                "--language", "es", "--paper", "a4");
        assertEquals(0, run.exit(), run.err());
        Pdf pdf = Pdf.read(Files.readAllBytes(out));
        assertTrue(pdf.flat().contains("Zoë Nguyễn"), "the client's name");
        assertTrue(pdf.flat().contains(k.number()), "the consultation's number");
        assertTrue(pdf.flat().contains("Harbor Skin Clinic"));
        assertEquals(595.28f, pdf.sizes().get(0).getWidth(), 0.01f);

        Path summary = temp.resolve("kept/summary.pdf");
        assertEquals(0, CommandRun.run(temp, "handout", "--consultation", k.id().toString(), "-o", summary.toString(),
                "--summary").exit());
        assertTrue(Pdf.read(Files.readAllBytes(summary)).flat().contains("Clinician summary"));

        List<ConsultationEvent> saved = events(k.id()).stream()
                .filter(e -> e.kind() == ConsultationEvent.Kind.PDF_SAVED).toList();
        assertEquals(2, saved.size(), saved.toString());
        assertEquals("handout (es, a4) saved as handout.pdf", saved.get(0).detail());
        assertEquals("clinician summary (letter) saved as summary.pdf", saved.get(1).detail());
        assertTrue(saved.get(0).actor().startsWith("command line"), saved.get(0).actor());
    }

    @Test
    void theNumberOnTheHandoutFindsTheConsultationAsWellAsItsId() throws Exception {
        StoredConsultation k = keep(true);
        for (String asked : List.of(k.number(), k.number().toLowerCase(java.util.Locale.ROOT))) {
            Path out = temp.resolve("by-number-" + asked + ".pdf");
            CommandRun run = CommandRun.run(temp, "handout", "--consultation", asked, "-o", out.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(Pdf.read(Files.readAllBytes(out)).flat().contains(k.number()), "the consultation's number");
        }
    }

    @Test
    void anUnknownOrMalformedConsultationIdExitsTwo() throws Exception {
        Path out = temp.resolve("none.pdf");
        CommandRun noDatabase = CommandRun.run(temp, "handout", "--consultation", UUID.randomUUID().toString(),
                "-o", out.toString());
        assertEquals(2, noDatabase.exit());
        assertTrue(noDatabase.err().contains("no consultation"), noDatabase.err());
        assertFalse(Files.exists(temp.resolve("clearpath.db")), "no empty database made in a folder that had none");

        keep(true);
        CommandRun unknown = CommandRun.run(temp, "handout", "--consultation", UUID.randomUUID().toString(),
                "-o", out.toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("--consultation: no consultation "), unknown.err());
        for (String bad : List.of("42", "1-2-3-4-5", "not-an-id")) {
            CommandRun malformed = CommandRun.run(temp, "handout", "--consultation", bad, "-o", out.toString());
            assertEquals(2, malformed.exit(), bad);
            assertTrue(malformed.err().contains("is not a consultation number or id"), malformed.err());
            assertFalse(malformed.err().contains("Exception"), malformed.err());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void aDraftIsNotWritten() throws Exception {
        StoredConsultation draft = keep(false);
        Path out = temp.resolve("draft.pdf");
        CommandRun run = CommandRun.run(temp, "handout", "--consultation", draft.id().toString(), "-o", out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is a draft"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void exactlyOneOfIntakeAndConsultation() throws Exception {
        Path out = temp.resolve("x.pdf");
        CommandRun both = CommandRun.run(temp, "handout", intake().toString(), "--consultation",
                UUID.randomUUID().toString(), "-o", out.toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("not both"), both.err());
        CommandRun neither = CommandRun.run(temp, "handout", "-o", out.toString());
        assertEquals(2, neither.exit());
        assertTrue(neither.err().contains("not neither"), neither.err());
        assertFalse(Files.exists(out));
    }

    private void saveClinic(ClinicSettings.Paper paper, Language language, boolean logo) throws Exception {
        byte[] png = null;
        if (logo) {
            BufferedImage img = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(img, "png", bytes);
            png = ClinicLogo.prepare(bytes.toByteArray());
        }
        new SettingsStore(new DataFolder(temp)).save(new ClinicSettings("Harbor Skin Clinic",
                "1200 Bayview Avenue, Suite 4\nSan Diego, CA 92101", "+1 619 555 0148", png, language, paper));
    }

    /** The intake above, kept as a consultation (final, or left a draft). */
    private StoredConsultation keep(boolean finalise) throws Exception {
        Intake intake = IntakeJson.read(INTAKE, LocalDate.of(2026, 11, 22)).intake();
        DataFolder folder = new DataFolder(temp);
        try (Database db = Database.open(folder.database())) {
            StoredClient client = new ClientRepository(db, Clock.systemUTC()).create(intake.client());
            ConsultationRepository consultations = new ConsultationRepository(db, Clock.systemUTC());
            StoredConsultation draft = StoredConsultation.newDraft(intake).with(client.id(), intake,
                    new Planner(TreatmentCatalog.builtIn()).plan(intake), List.of());
            consultations.saveDraft(draft, "J. Park");
            return finalise ? consultations.finalise(draft.id(), "J. Park") : draft;
        }
    }

    private List<ConsultationEvent> events(UUID id) throws Exception {
        try (Database db = Database.open(new DataFolder(temp).database())) {
            return new ConsultationRepository(db, Clock.systemUTC()).events(id);
        }
    }
}
