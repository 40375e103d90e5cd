package com.clearpath.domain;

/**
 * One thing wrong with an input: the field path ({@code concerns[1].zones}), what kind of problem it is (so an edge
 * can make its own words) and a sentence for a person.
 */
public record Problem(String path, String message, Code code) implements Comparable<Problem> {
    /** At most this many characters of a value are quoted back in a message. */
    public static final int QUOTE_MAX = 60;

    /** The kinds of problem an edge may want to word itself; most checks are {@link #INVALID}. */
    public enum Code {
        /** A rule of the format is broken; the message says which. */
        INVALID,
        /** Longer than its limit (a field, an intake, a file part). */
        TOO_LONG,
        /** Text with nothing visible in it: only spaces, control or invisible characters. */
        NO_VISIBLE_TEXT,
        /** A control character where only printable text belongs. */
        CONTROL_CHARACTER,
        /** A broken character (half of a surrogate pair) that cannot be stored as text. */
        BROKEN_CHARACTER,
        /** The text is not JSON at all, or not UTF-8. */
        MALFORMED
    }

    public Problem {
        code = code == null ? Code.INVALID : code;
    }

    public Problem(String path, String message) {
        this(path, message, Code.INVALID);
    }

    /**
     * A value as a message quotes it: in double quotes, at most {@value #QUOTE_MAX} characters (never half a
     * character), with control and broken characters shown as escapes so one problem stays one line.
     */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        int shown = 0;
        int i = 0;
        while (i < value.length() && shown < QUOTE_MAX) {
            char ch = value.charAt(i);
            int cp = value.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isSurrogate(ch) && width == 1) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else if (cp == '"' || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || cp == 0x2028 || cp == 0x2029) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
            i += width;
            shown++;
        }
        sb.append('"');
        if (i < value.length()) {
            sb.append("\u2026 (").append(value.codePointCount(0, value.length())).append(" characters)");
        }
        return sb.toString();
    }

    /** True when {@code path} is {@code prefix} or a field inside it ({@code concerns[1].zones} is within {@code concerns[1]}). */
    public static boolean within(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        return path.compareTo(o.path);
    }
}
