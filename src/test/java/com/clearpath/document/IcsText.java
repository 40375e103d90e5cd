package com.clearpath.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading back an iCalendar file as a calendar program would, for the tests of every place that writes one. */
public final class IcsText {
    private IcsText() {
    }

    /** A small RFC 5545 reader: unfolds lines, then collects each VEVENT's properties by name. */
    public static List<Map<String, String>> parse(String raw) {
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

    public static String unescape(String text) {
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
