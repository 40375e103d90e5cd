package com.clearpath.document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** An RFC 5545 calendar of all-day events: CRLF line ends, lines folded at 75 octets, text escaped. */
public final class ICalendar {
    public static final String CRLF = "\r\n";
    public static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public record Event(String uid, LocalDate date, String summary, String description) {
    }

    private ICalendar() {
    }

    public static String write(List<Event> events, Instant stamp) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Clearpath Consult//Protocol visits//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        for (Event e : events) {
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + escape(e.uid()));
            lines.add("DTSTAMP:" + STAMP.format(stamp));
            lines.add("DTSTART;VALUE=DATE:" + DATE.format(e.date()));
            lines.add("DTEND;VALUE=DATE:" + DATE.format(e.date().plusDays(1)));
            lines.add("SUMMARY:" + escape(e.summary()));
            if (e.description() != null && !e.description().isEmpty()) {
                lines.add("DESCRIPTION:" + escape(e.description()));
            }
            lines.add("TRANSP:TRANSPARENT");
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(l -> out.append(fold(l)));
        return out.toString();
    }

    /** TEXT values: backslash, semicolon, comma and line ends escaped (RFC 5545 3.3.11). */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case ';' -> sb.append("\\;");
                case ',' -> sb.append("\\,");
                case '\n' -> sb.append("\\n");
                case '\r' -> {
                }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** One content line, folded so no line exceeds 75 octets, never inside a character (RFC 5545 3.1). */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(ch);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.append(CRLF).toString();
    }
}
