package com.clearpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.AppVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path temp;

    @Test
    void versionPrintsTheVersion() {
        CommandRun run = CommandRun.run(temp, "--version");
        assertEquals(0, run.exit());
        assertEquals("clearpath " + AppVersion.get(), run.out().strip());
        assertFalse(AppVersion.get().contains("${"), "version is stamped by the build");
    }

    @Test
    void unknownCommandPrintsUsageAndExitsTwo() {
        CommandRun run = CommandRun.run(temp, "frobnicate");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Usage: clearpath"), run.err());
    }

    @Test
    void missingFileIsInvalidInput() {
        CommandRun run = CommandRun.run(temp, "plan", temp.resolve("nope.json").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("file not found"), run.err());
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        Path f = temp.resolve("bad.json");
        Files.writeString(f, "{\n  \"format\": \"clearpath.intake/1\",\n  \"client\": {\n}", StandardCharsets.UTF_8);
        CommandRun run = CommandRun.run(temp, "plan", f.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("line 4"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void everyProblemIsReportedOnItsOwnLine() throws Exception {
        Path f = temp.resolve("bad.json");
        Files.writeString(f, """
                {"format": "clearpath.intake/1",
                 "client": {"firstName": " ", "lastName": "Nguyễn", "dateOfBirth": "2099-01-01", "email": "nope"},
                 "consultedOn": "2026-11-20",
                 "concerns": [{"kind": "BOXCAR", "zones": ["CHEEK_LEFT", "CHEEK_LEFT"], "count": 0},
                              {"kind": "PIE", "zones": [], "pigmentDepth": "DERMAL"}],
                 "skin": {"fitzpatrick": 7, "sensitivity": "LOW"},
                 "activeAcne": {"iga": "2"},
                 "screening": ["ACCUTANE"]}
                """, StandardCharsets.UTF_8);
        CommandRun run = CommandRun.run(temp, "plan", f.toString());
        assertEquals(2, run.exit());
        String[] lines = run.err().strip().split("\\R");
        for (String path : new String[] {"client.firstName", "client.dateOfBirth", "client.email", "concerns[0].kind: unknown code \"BOXCAR\"",
                "concerns[0].zones[1]", "concerns[0].count", "concerns[1].zones", "concerns[1].pigmentDepth",
                "skin.fitzpatrick", "skin.sensitivity", "activeAcne.iga", "screening[0]"}) {
            assertTrue(java.util.Arrays.stream(lines).anyMatch(l -> l.startsWith(path)), path + " in\n" + run.err());
        }
        assertEquals(12, lines.length, run.err());
    }

    @Test
    void plansAreUtf8EvenUnderAnAsciiLocale() throws Exception {
        Path f = temp.resolve("ok.json");
        Files.writeString(f, """
                {"format": "clearpath.intake/1",
                 "client": {"firstName": "李", "lastName": "Nguyễn", "dateOfBirth": "1990-01-01"},
                 "consultedOn": "2026-11-20",
                 "concerns": [{"kind": "ICE_PICK", "zones": ["CHEEK_LEFT"]}],
                 "skin": {"fitzpatrick": 3, "sensitivity": "NORMAL"},
                 "activeAcne": {"iga": 0}}
                """, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.clearpath.Launcher",
                "--data-dir", temp.resolve("data").toString(), "plan", f.toString());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertTrue(out.contains("\"status\" : \"READY\""), out);
        assertTrue(out.contains("82–94 %"), "en dash written as UTF-8: " + out);
    }

    @Test
    void anInvalidClinicOverrideIsReportedWithTheFileName() throws Exception {
        Files.writeString(temp.resolve("catalog-override.json"), "{\"format\": \"clearpath.catalog-override/1\", "
                + "\"treatments\": {\"LASERZ\": {}}}");
        Path f = temp.resolve("ok.json");
        Files.writeString(f, """
                {"format": "clearpath.intake/1",
                 "client": {"firstName": "A", "lastName": "B", "dateOfBirth": "1990-01-01"},
                 "consultedOn": "2026-11-20",
                 "concerns": [{"kind": "ROLLING", "zones": ["CHEEK_LEFT"]}],
                 "skin": {"fitzpatrick": 3, "sensitivity": "NORMAL"},
                 "activeAcne": {"iga": 0}}
                """);
        CommandRun run = CommandRun.run(temp, "plan", f.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("catalog-override.json: treatments.LASERZ"), run.err());
    }
}
