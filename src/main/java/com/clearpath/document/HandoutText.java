package com.clearpath.document;

import com.clearpath.domain.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/** The patient-facing wording of the handout in one language, from {@code handout_xx.properties} (UTF-8). */
public final class HandoutText {
    private final Language language;
    private final Map<String, String> texts;

    private HandoutText(Language language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    public static HandoutText load(Language language) {
        return load("handout", language);
    }

    /** The wording of another document kept the same way, {@code <bundle>_xx.properties} beside the handout's. */
    public static HandoutText load(String bundle, Language language) {
        String name = bundle + "_" + language.code() + ".properties";
        try (InputStream in = HandoutText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Document text " + name + " is missing from the application");
            }
            Properties p = new Properties();
            // Properties.load(InputStream) would read ISO-8859-1 and garble every accent.
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> map = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k).strip()));
            return new HandoutText(language, Map.copyOf(map));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Language language() {
        return language;
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public String get(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalStateException("No handout text \"" + key + "\" in " + language.code());
        }
        return t;
    }

    /** The text with {0}, {1}, … replaced by the arguments in order. */
    public String format(String key, Object... args) {
        String t = get(key);
        for (int i = 0; i < args.length; i++) {
            t = t.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return t;
    }
}
