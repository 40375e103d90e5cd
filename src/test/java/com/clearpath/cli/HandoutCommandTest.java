package com.clearpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.document.Pdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
}
