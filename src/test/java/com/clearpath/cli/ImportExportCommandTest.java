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
import java.util.List;
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

    @Test
    void aPregnantClientsIntakeCarryingAnotherIntakesPlanPrintsNoLaserAfterImport() throws Exception {
        // Keloids: nothing on this client's own plan is a laser, now or later.
        String pregnant = intake("Ana", "KELOID").replace("\"fitzpatrick\": 3", "\"fitzpatrick\": 2")
                .replace("\"activeAcne\": {\"iga\": 0}", "\"activeAcne\": {\"iga\": 0}, \"screening\": [\"PREGNANT_OR_BREASTFEEDING\"]");
        // Another client's plan: a laser and a retinoid recommended now.
        Path other = temp.resolve("other.json");
        Files.writeString(other, intake("Eva", "BOXCAR_SHALLOW").replace("\"fitzpatrick\": 3", "\"fitzpatrick\": 2"),
                StandardCharsets.UTF_8);
        CommandRun plan = CommandRun.run(temp.resolve("scratch"), "plan", other.toString());
        assertEquals(0, plan.exit(), plan.err());
        assertTrue(plan.out().contains("LASER") && plan.out().contains("TOPICAL_RETINOID"), plan.out());
        String id = "5b8f3c36-0a49-4f1c-9d0e-3a4c1d5e6f70";
        Path f = temp.resolve("carried.json");
        Files.writeString(f, "{\"format\": \"clearpath.export/1\", \"consultations\": [{\"id\": \"" + id
                + "\", \"status\": \"FINAL\", \"intake\": " + pregnant + ", \"plan\": " + plan.out() + "}]}",
                StandardCharsets.UTF_8);

        Path data = temp.resolve("data");
        CommandRun imported = CommandRun.run(data, "import", f.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("1 plan in the file differed"), imported.out());
        Path pdf = temp.resolve("handout.pdf");
        CommandRun handout = CommandRun.run(data, "handout", "--consultation", id, "-o", pdf.toString());
        assertEquals(0, handout.exit(), handout.err());
        String text = String.join("\n", com.clearpath.document.Pdf.read(Files.readAllBytes(pdf)).pages());
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("laser"), text);
        assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("retinoid"), text);
        assertTrue(text.contains("no longer pregnant"), text);
    }

    @Test
    void problemsNameTheirFieldQuoteAtMostSixtyCharactersAndLeakNoParserWords() throws Exception {
        String longPhone = "5".repeat(5000);
        String nul = "\\u0000\\u200b";
        String bad = intake("Ana", "ROLLING").replace("\"firstName\": \"Ana\"", "\"firstName\": \"" + nul + "\"")
                .replace("\"dateOfBirth\": \"1990-01-01\"", "\"dateOfBirth\": \"1990-01-01\", \"phone\": \""
                        + longPhone + "\", \"email\": \"" + "x".repeat(300) + "\"")
                .replace("\"consultedOn\"", "\"practitioner\": \"" + "P".repeat(101) + "\", \"goals\": \"\\ud800\", \"consultedOn\"");
        Path f = temp.resolve("bad.json");
        Files.writeString(f, bad, StandardCharsets.UTF_8);
        CommandRun run = CommandRun.run(temp.resolve("data"), "import", f.toString());
        assertEquals(2, run.exit(), run.err());
        for (String path : new String[] {"client.firstName: ", "client.phone: ", "client.email: ", "practitioner: ",
                "goals: "}) {
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith(path)), path + " in " + run.err());
        }
        assertTrue(run.err().contains("broken character"), run.err());
        run.err().lines().forEach(l -> assertTrue(l.length() < 200, "a short line: " + l));
        assertFalse(run.err().contains("?"), run.err());

        Files.writeString(f, "{\"format\": \"clearpath.export/1\", \"consultations\": [{\"id\": NaN}]}");
        CommandRun nan = CommandRun.run(temp.resolve("data"), "import", f.toString());
        assertEquals(2, nan.exit());
        assertTrue(nan.err().startsWith("consultations[0].id: malformed JSON at line 1, column "), nan.err());
        for (String internal : new String[] {"JsonReadFeature", "enable", "Feature", "token", "Exception"}) {
            assertFalse(nan.err().contains(internal), nan.err());
        }
    }

    @Test
    void anIntakeLargerThanTheLimitIsRefusedWhileReadingInOneLine() throws Exception {
        String huge = intake("Ana", "ROLLING").replace("\"consultedOn\"", "\"notes\": \"" + "n".repeat(60_000)
                + "\", \"goals\": \"" + "g".repeat(60_000) + "\", \"x1\": \"" + "g".repeat(60_000) + "\", \"x2\": \""
                + "g".repeat(60_000) + "\", \"x3\": \"" + "g".repeat(60_000) + "\", \"consultedOn\"");
        Path f = temp.resolve("huge.json");
        Files.writeString(f, "{\"format\": \"clearpath.export/1\", \"consultations\": [{\"id\": "
                + "\"0b8f3c36-0a49-4f1c-9d0e-3a4c1d5e6f70\", \"intake\": " + huge + "}, {\"id\": \"y\", \"intake\": "
                + intake("Eva", "ROLLING") + "}]}", StandardCharsets.UTF_8);
        CommandRun run = CommandRun.run(temp.resolve("data"), "import", f.toString());
        assertEquals(2, run.exit());
        List<String> lines = run.err().lines().toList();
        assertEquals(List.of("consultations[0].intake: is larger than 256 KB; an intake is at most 256 KB, so nothing "
                + "in it was checked", "consultations[1].id: is required and must be a UUID"), lines);
        // A single intake file is refused from its size, before it is read.
        Files.writeString(f, huge, StandardCharsets.UTF_8);
        CommandRun plan = CommandRun.run(temp.resolve("data"), "plan", f.toString());
        assertEquals(2, plan.exit());
        assertTrue(plan.err().contains("an intake is at most 256 KB"), plan.err());
    }
}
