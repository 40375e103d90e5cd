package com.clearpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {
    @TempDir
    Path temp;

    static String intake(String first, String kind) {
        return """
                {"format": "clearpath.intake/1",
                 "client": {"firstName": "%s", "lastName": "Nguyễn", "dateOfBirth": "1990-01-01"},
                 "consultedOn": "2026-11-20",
                 "concerns": [{"kind": "%s", "zones": ["CHEEK_LEFT"]}],
                 "skin": {"fitzpatrick": 3, "sensitivity": "NORMAL"},
                 "activeAcne": {"iga": 0}}""".formatted(first, kind);
    }

    @Test
    void importedIntakesExportAndReimportIntoAFreshFolderUnchanged() throws Exception {
        Path a = temp.resolve("clinic-a");
        for (String kind : new String[] {"ROLLING", "PIH", "KELOID"}) {
            Path f = temp.resolve(kind + ".json");
            Files.writeString(f, intake("Zoë", kind), StandardCharsets.UTF_8);
            CommandRun run = CommandRun.run(a, "import", f.toString());
            assertEquals(0, run.exit(), run.err());
        }
        Path export = temp.resolve("export.json");
        CommandRun exported = CommandRun.run(a, "export", "-o", export.toString());
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(exported.out().contains("Exported 3 consultations"), exported.out());
        JsonNode first = new ObjectMapper().readTree(export.toFile());
        assertEquals("clearpath.export/1", first.path("format").asText());
        assertEquals(3, first.path("consultations").size());
        first.path("consultations").forEach(c -> assertEquals("clearpath.plan/1", c.path("plan").path("format").asText()));

        Path b = temp.resolve("clinic-b");
        CommandRun imported = CommandRun.run(b, "import", export.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("Imported 3 consultations (0 already present, 1 new client)"), imported.out());
        CommandRun twice = CommandRun.run(b, "import", export.toString());
        assertTrue(twice.out().contains("Imported 0 consultations (3 already present"), twice.out());
        Path again = temp.resolve("again.json");
        CommandRun.run(b, "export", "-o", again.toString());
        JsonNode second = new ObjectMapper().readTree(again.toFile());
        assertEquals(first.path("consultations"), second.path("consultations"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(b)));
    }

    @Test
    void aFileWithOneBadIntakeImportsNothingAndListsEveryProblem() throws Exception {
        String file = """
                {"format": "clearpath.export/1", "consultations": [
                  {"id": "0b8f3c36-0a49-4f1c-9d0e-3a4c1d5e6f70", "intake": %s},
                  {"id": "1b8f3c36-0a49-4f1c-9d0e-3a4c1d5e6f70", "intake": %s}
                ]}""".formatted(intake("Ana", "ROLLING"), intake("", "BOXCAR").replace("\"fitzpatrick\": 3", "\"fitzpatrick\": 9"));
        Path f = temp.resolve("bad.json");
        Files.writeString(f, file, StandardCharsets.UTF_8);
        CommandRun run = CommandRun.run(temp.resolve("data"), "import", f.toString());
        assertEquals(2, run.exit());
        for (String p : new String[] {"consultations[1].intake.client.firstName", "consultations[1].intake.concerns[0].kind",
                "consultations[1].intake.skin.fitzpatrick"}) {
            assertTrue(run.err().contains(p), p + " in " + run.err());
        }
        assertFalse(run.err().contains("consultations[0]"), run.err());
        Path out = temp.resolve("after.json");
        CommandRun.run(temp.resolve("data"), "export", "-o", out.toString());
        assertEquals(0, new ObjectMapper().readTree(out.toFile()).path("consultations").size(), "all or nothing");
    }

    @Test
    void exportToAFolderThatDoesNotExistFailsClearlyWithExitOne() {
        CommandRun run = CommandRun.run(temp.resolve("data"), "export", "-o", temp.resolve("no/such/dir/x.json").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("clearpath: could not use"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
