package com.clearpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.document.IcsText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** Mixed scars with a name that needs escaping and folding in a calendar. */
    Path intake(String eventDate) throws Exception {
        ObjectNode in = (ObjectNode) JSON.readTree("""
                {"format": "clearpath.intake/1",
                 "client": {"firstName": "Zoë; María", "lastName": "Nguyễn, 李", "dateOfBirth": "1994-03-02"},
                 "consultedOn": "2026-11-20",
                 "concerns": [{"kind": "ICE_PICK", "zones": ["CHEEK_LEFT"], "count": 8},
                              {"kind": "ROLLING", "zones": ["CHEEK_LEFT", "CHEEK_RIGHT"], "count": 6},
                              {"kind": "BOXCAR_DEEP", "zones": ["CHEEK_RIGHT"], "count": 4}],
                 "skin": {"fitzpatrick": 4, "sensitivity": "NORMAL"},
                 "activeAcne": {"iga": 0}}""");
        if (eventDate != null) {
            in.put("eventDate", eventDate);
        }
        Path f = temp.resolve("intake.json");
        Files.writeString(f, JSON.writeValueAsString(in), StandardCharsets.UTF_8);
        return f;
    }

    JsonNode planProtocol(Path intake) throws Exception {
        CommandRun run = CommandRun.run(temp.resolve("data"), "plan", intake.toString());
        assertEquals(0, run.exit(), run.err());
        return JSON.readTree(run.out()).path("protocol");
    }

    @Test
    void planPrintsTheProtocol() throws Exception {
        JsonNode p = planProtocol(intake(null));
        assertTrue(p.path("steps").size() >= 3, p.toString());
        assertTrue(p.path("visits").size() >= 1);
    }

    @Test
    void scheduleListsEveryVisitOnALineWithItsDateAndDowntime() throws Exception {
        Path in = intake("2027-09-01");
        JsonNode p = planProtocol(in);
        CommandRun run = CommandRun.run(temp.resolve("data"), "schedule", in.toString());
        assertEquals(0, run.exit(), run.err());
        for (JsonNode v : p.path("visits")) {
            String line = run.out().lines().filter(l -> l.startsWith("Visit " + v.path("visit").asInt() + " "))
                    .findFirst().orElseThrow(() -> new AssertionError("no line for visit " + v + "\n" + run.out()));
            assertTrue(line.contains(v.path("date").asText()), line);
        }
        assertTrue(run.out().contains("Event 2027-09-01"), run.out());
        assertTrue(run.out().contains(p.path("eventDate").path("text").asText()), run.out());
    }

    @Test
    void theIcsFileParsesBackToTheVisits() throws Exception {
        Path in = intake(null);
        JsonNode p = planProtocol(in);
        Path ics = temp.resolve("visits.ics");
        CommandRun run = CommandRun.run(temp.resolve("data"), "schedule", in.toString(), "--ics", ics.toString());
        assertEquals(0, run.exit(), run.err());
        byte[] bytes = Files.readAllBytes(ics);
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(raw.endsWith("\r\n"));
        assertFalse(raw.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        for (String physical : raw.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, "over 75 octets: " + physical);
        }
        List<Map<String, String>> events = parse(raw);
        assertEquals(p.path("visits").size(), events.size());
        for (int i = 0; i < events.size(); i++) {
            Map<String, String> e = events.get(i);
            JsonNode v = p.path("visits").get(i);
            assertEquals(v.path("date").asText().replace("-", ""), e.get("DTSTART;VALUE=DATE"));
            assertTrue(e.get("UID").endsWith("@clearpath"));
            assertTrue(e.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"), e.get("DTSTAMP"));
            assertTrue(unescape(e.get("SUMMARY")).startsWith("Zoë; María Nguyễn, 李, visit " + (i + 1) + " of "),
                    e.get("SUMMARY"));
        }
        assertEquals(events.size(), events.stream().map(e -> e.get("UID")).distinct().count());
    }

    @Test
    void anExistingIcsFileIsOnlyReplacedWithForce() throws Exception {
        Path in = intake(null);
        Path ics = temp.resolve("visits.ics");
        Files.writeString(ics, "keep me");
        CommandRun refused = CommandRun.run(temp.resolve("data"), "schedule", in.toString(), "--ics", ics.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("keep me", Files.readString(ics));
        CommandRun forced = CommandRun.run(temp.resolve("data"), "schedule", in.toString(), "--ics", ics.toString(), "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(Files.readString(ics).startsWith("BEGIN:VCALENDAR"));
    }

    @Test
    void anEventBeforeTheConsultationIsInvalidInputNamingTheField() throws Exception {
        Path in = intake("2026-11-01");
        for (String command : List.of("schedule", "plan")) {
            CommandRun run = CommandRun.run(temp.resolve("data"), command, in.toString());
            assertEquals(2, run.exit());
            assertTrue(run.err().contains("eventDate: before consultedOn"), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    /** Rolling scars in type II skin with an event that 14 clear days cannot keep clear and 10 can. */
    Path eventIntake() throws Exception {
        Path f = temp.resolve("event.json");
        Files.writeString(f, """
                {"format": "clearpath.intake/1",
                 "client": {"firstName": "Ana", "lastName": "Ruiz", "dateOfBirth": "1996-04-12"},
                 "consultedOn": "2026-11-20", "eventDate": "2027-01-01",
                 "concerns": [{"kind": "ROLLING", "zones": ["CHEEK_LEFT"], "count": 6, "distensible": true}],
                 "skin": {"fitzpatrick": 2, "sensitivity": "NORMAL"},
                 "activeAcne": {"iga": 0}}""", StandardCharsets.UTF_8);
        return f;
    }

    void clearDays(Path dataDir, int days) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("settings.json"), "{\"planCalendar\": {\"eventClearDays\": " + days + "}}");
    }

    @Test
    void planAndScheduleUseTheDataFoldersPlanCalendar() throws Exception {
        Path in = eventIntake();
        Path usual = temp.resolve("usual");
        Path relaxed = temp.resolve("relaxed");
        clearDays(relaxed, 10);
        CommandRun before = CommandRun.run(usual, "plan", in.toString());
        CommandRun after = CommandRun.run(relaxed, "plan", in.toString());
        assertEquals(0, before.exit(), before.err());
        assertEquals(0, after.exit(), after.err());
        assertFalse(JSON.readTree(before.out()).path("protocol").path("eventDate").path("fits").asBoolean());
        assertTrue(JSON.readTree(after.out()).path("protocol").path("eventDate").path("fits").asBoolean(), after.out());

        CommandRun listed = CommandRun.run(relaxed, "schedule", in.toString());
        assertEquals(0, listed.exit(), listed.err());
        assertFalse(listed.out().contains("does not fit"), listed.out());
        assertTrue(CommandRun.run(usual, "schedule", in.toString()).out().contains("does not fit"));
    }

    @Test
    void theIcsFileIsOwnerOnlyAndNeverOneOfTheDataFoldersFiles() throws Exception {
        Path in = intake(null);
        Path data = temp.resolve("data");
        clearDays(data, 14);
        Path settings = data.resolve("settings.json");
        String kept = Files.readString(settings);
        CommandRun refused = CommandRun.run(data, "schedule", in.toString(), "--ics", settings.toString(), "--force");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("never written over"), refused.err());
        assertEquals(kept, Files.readString(settings));

        Path ics = temp.resolve("visits.ics");
        assertEquals(0, CommandRun.run(data, "schedule", in.toString(), "--ics", ics.toString()).exit());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(ics)));
    }

    static List<Map<String, String>> parse(String raw) {
        return IcsText.parse(raw);
    }

    static String unescape(String text) {
        return IcsText.unescape(text);
    }
}
