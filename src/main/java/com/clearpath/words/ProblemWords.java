package com.clearpath.words;

import com.clearpath.domain.Language;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The words of the problem codes in one language, from {@code problems_*.properties} (MessageFormat patterns).
 * The command line prints the English ones, which are its contract; the screens show the words of their language.
 */
public final class ProblemWords {
    static final String PROBLEMS = "com.clearpath.words.problems";
    /** The English sentences that need the field's name before them ("is required" under "First name"). */
    private static final List<String> VERBS = List.of("is ", "must ", "does ", "gives ", "only ");
    private static final Logger LOG = Logger.getLogger(ProblemWords.class.getName());
    private static final Map<Language, ProblemWords> LOADED = new EnumMap<>(Language.class);

    private final Locale locale;
    private final ResourceBundle words;
    private final ResourceBundle english;

    private ProblemWords(Language language) {
        this.locale = Locale.forLanguageTag(language.code());
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        this.words = ResourceBundle.getBundle(PROBLEMS, locale, ProblemWords.class.getClassLoader(), exact);
        this.english = ResourceBundle.getBundle(PROBLEMS, Locale.ENGLISH, ProblemWords.class.getClassLoader(), exact);
    }

    public static ProblemWords in(Language language) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(language, ProblemWords::new);
        }
    }

    /** The words for a screen's locale: Spanish for any Spanish locale, English otherwise. */
    public static ProblemWords in(Locale locale) {
        return in("es".equals(locale.getLanguage()) ? Language.ES : Language.EN);
    }

    /** The English words, as the command line prints them. */
    public static ProblemWords english() {
        return in(Language.EN);
    }

    /** What is wrong, without the field ("is required"). */
    public String message(Problem p) {
        ProblemCode code = p.code();
        List<ProblemCode.Arg> kinds = code.args();
        int from = code.located() ? 2 : 0;
        Object[] args = new Object[kinds.size() - from];
        for (int i = from; i < kinds.size(); i++) {
            args[i - from] = arg(kinds.get(i), p.args().get(i));
        }
        String text = format(word(code.name()), args);
        if (!code.located()) {
            return text;
        }
        String line = p.args().get(0);
        return line.isEmpty() ? format(word("json.nowhere"), text)
                : format(word("json.at"), line, p.args().get(1), text);
    }

    /** The problem as one line, "path: message", as the command line prints it. */
    public String line(Problem p) {
        return p.path().isEmpty() ? message(p) : p.path() + ": " + message(p);
    }

    /**
     * The sentence under a field: "is required" becomes "First name is required"; sentences that already name
     * their subject are shown as they are, with a capital.
     */
    public String sentence(String fieldName, Problem p) {
        String m = message(p);
        if (m.isEmpty()) {
            return fieldName;
        }
        if (Character.isUpperCase(m.charAt(0))) {
            return m;
        }
        String en = english.containsKey(p.code().name()) ? english.getString(p.code().name()) : "";
        if (VERBS.stream().anyMatch(en::startsWith)) {
            return format(word("sentence.subject"), fieldName, m);
        }
        return m.substring(0, 1).toUpperCase(locale) + m.substring(1);
    }

    private Object arg(ProblemCode.Arg kind, String value) {
        return switch (kind) {
            case TEXT, LINE, COLUMN -> value;
            case QUOTED -> quote(value);
            case VALUE -> value(value);
            case CHARACTER -> character(value);
            case NUMBER -> Long.parseLong(value);
            case FIELD -> word("field." + value);
        };
    }

    /** A JSON value given where another was expected ({@link ProblemCode.Arg#VALUE}). */
    private String value(String value) {
        if (value.startsWith("text:")) {
            return format(word("value.text"), quote(value.substring("text:".length())));
        }
        if (value.startsWith("json:")) {
            return value.substring("json:".length());
        }
        return word("value." + value);
    }

    private String character(String value) {
        if (value.isEmpty()) {
            return word("character.unknown");
        }
        int cp = Integer.parseInt(value);
        if (cp < 0x20 || cp == 0x7f) {
            return format(word("character.control"), String.format("U+%04X", cp));
        }
        return "'" + (cp == '\'' ? "\\'" : new String(Character.toChars(cp))) + "'";
    }

    /**
     * A value as a message quotes it: in double quotes, at most {@value Problem#QUOTE_MAX} characters (never half a
     * character), with control and broken characters shown as escapes so one problem stays one line.
     */
    String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        int shown = 0;
        int i = 0;
        while (i < value.length() && shown < Problem.QUOTE_MAX) {
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
            sb.append(format(word("quote.cut"), String.valueOf(value.codePointCount(0, value.length()))));
        }
        return sb.toString();
    }

    private String format(String pattern, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    private String word(String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException e) {
            // A problem from a newer reader should still show, with the gap visible.
            LOG.warning("Missing problem words " + key);
            return "[" + key + "]";
        }
    }
}
