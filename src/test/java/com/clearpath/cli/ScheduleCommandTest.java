package com.clearpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A small RFC 5545 reader: unfolds lines, then collects each VEVENT's properties by name. */
    static List<Map<String, String>> parse(String raw) {
        List<String> lines = new ArrayList<>();
        for (String physical : raw.split("\r\n")) {
            if (physical.startsWith(" ") && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + physical.substring(1));
            } else {
                lines.add(physical);
            }
        }
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> current = null;
        for (String l : lines) {
            if (l.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (l.equals("END:VEVENT")) {
                events.add(current);
                current = null;
            } else if (current != null) {
                int colon = l.indexOf(':');
                current.put(l.substring(0, colon), l.substring(colon + 1));
            }
        }
        return events;
    }

    static String unescape(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                sb.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                assertFalse(c == ';' || c == ',', "unescaped " + c + " in " + text);
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
