package com.clearpath.ui.common;

import com.clearpath.words.ReasonWords;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/** The words on screen, from {@code com/clearpath/ui/messages.properties}; one instance is passed to every view. */
public final class Messages {
    public static final String BUNDLE = "com.clearpath.ui.messages";
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages load(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    /** The words of the plan's reason codes, in the same language as the rest of the screen. */
    public ReasonWords reasons() {
        return ReasonWords.in(locale);
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
}
