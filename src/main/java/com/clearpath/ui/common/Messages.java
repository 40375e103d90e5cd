package com.clearpath.ui.common;

import com.clearpath.domain.Language;
import com.clearpath.words.ProblemWords;
import com.clearpath.words.ReasonWords;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The words on screen, from {@code com/clearpath/ui/messages.properties} (English) or {@code messages_es.properties}
 * (Spanish); one instance is passed to every view, so the whole window speaks one language. Dates and numbers are
 * formatted in that language too.
 */
public final class Messages {
    public static final String BUNDLE = "com.clearpath.ui.messages";
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());
    /** Never falls back to the computer's own language: English asked for is English on a Spanish system too. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Language language;

    private Messages(ResourceBundle bundle, Locale locale, Language language) {
        this.bundle = bundle;
        this.locale = locale;
        this.language = language;
    }

    /** The screens in {@code language}; dates follow the computer's regional style when it is in that language. */
    public static Messages load(Language language) {
        return load(localeFor(language, Locale.getDefault()));
    }

    public static Messages load(Locale locale) {
        Language language = "es".equals(locale.getLanguage()) ? Language.ES : Language.EN;
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK), locale, language);
    }

    /** {@code system} when it speaks {@code language} (es-MX keeps its date order), else that language's default. */
    static Locale localeFor(Language language, Locale system) {
        String wanted = language == Language.ES ? "es" : "en";
        if (wanted.equals(system.getLanguage())) {
            return system;
        }
        return language == Language.ES ? Locale.forLanguageTag("es") : Locale.US;
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** The words of the plan's reason codes, in the same language as the rest of the screen. */
    public ReasonWords reasons() {
        return ReasonWords.in(locale);
    }

    /** The words of validation problems, in the same language as the rest of the screen. */
    public ProblemWords problems() {
        return ProblemWords.in(locale);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing word should show up in testing, not take the screen down.
            LOG.warning("Missing message key " + key);
            return "[" + key + "]";
        }
    }

    /** A message with {@code {0}}-style placeholders (MessageFormat rules: a literal apostrophe is written ''). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A date in the screen's language: "12 abr 1996" or "Apr 12, 1996" for MEDIUM. */
    public String date(LocalDate date, FormatStyle style) {
        return dates(style).format(date);
    }

    /** A date-time formatter ({@code ofLocalizedDateTime(date, time)}) in the screen's language. */
    public String dateTime(TemporalAccessor at, FormatStyle date, FormatStyle time) {
        return DateTimeFormatter.ofLocalizedDateTime(date, time).withLocale(locale).format(at);
    }

    /** A time of day in the screen's language. */
    public String time(TemporalAccessor at, FormatStyle style) {
        return DateTimeFormatter.ofLocalizedTime(style).withLocale(locale).format(at);
    }

    public DateTimeFormatter dates(FormatStyle style) {
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale);
    }
}
