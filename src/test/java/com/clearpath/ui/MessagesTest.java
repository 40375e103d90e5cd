package com.clearpath.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Language;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import com.clearpath.ui.shell.Section;
import com.clearpath.ui.wizard.Step;
import com.clearpath.ui.wizard.WizardText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word the screens ask for exists, in English and in Spanish, with the same placeholders and mnemonics, and
 * the bundles carry no words nobody shows.
 */
class MessagesTest {
    private static final Path SOURCES = Path.of("src/main/java/com/clearpath/ui");
    /** String literals that look like message keys: a known group, a dot, more words. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|nav|menu|status|consultation|wizard|step|clients|settings|error|records|startup|print)\\.[A-Za-z.]*[A-Za-z])\"");

    private final ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);

    @Test
    void everyKeyTheScreensUseExists() throws IOException {
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(bundle.keySet());
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(bundle.keySet());
        unused.removeAll(usedKeys());
        assertEquals(Set.of(), unused);
    }

    @Test
    void placeholdersAreValidAndApostrophesSurvive() {
        for (String key : bundle.keySet()) {
            String value = bundle.getString(key);
            assertFalse(value.isBlank(), key);
            if (value.contains("{")) {
                assertDoesNotThrow(() -> new MessageFormat(value), key);
                assertFalse(value.replace("''", "").contains("'"), key + ": write a literal apostrophe as ''");
            }
        }
    }

    @Test
    void aMissingKeyShowsUpInsteadOfFailing() {
        assertEquals("[no.such.key]", Messages.load(Locale.ROOT).get("no.such.key"));
        assertTrue(Messages.load(Locale.ROOT).format("wizard.step.caption", 2, 6).equals("Step 2 of 6"));
    }

    @Test
    void theSpanishBundleHasEveryKeyAndNoOther() throws IOException {
        assertEquals(new TreeSet<>(file("messages.properties").stringPropertyNames()),
                new TreeSet<>(file("messages_es.properties").stringPropertyNames()));
    }

    @Test
    void spanishKeepsThePlaceholdersChoicesAndMnemonicsOfEnglish() throws IOException {
        Properties en = file("messages.properties");
        Properties es = file("messages_es.properties");
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String e = en.getProperty(key);
            String s = es.getProperty(key);
            if (s == null) {
                continue; // reported by the key check
            }
            if (!placeholders(e).equals(placeholders(s))) {
                wrong.add(key + ": placeholders " + placeholders(e) + " in English, " + placeholders(s) + " in Spanish");
            }
            if (e.contains(",choice,") != s.contains(",choice,")) {
                wrong.add(key + ": a choice in one language only");
            }
            if (mnemonic(e).isEmpty() != mnemonic(s).isEmpty()) {
                wrong.add(key + ": a mnemonic in one language only");
            }
            if (!mnemonic(s).isEmpty() && !mnemonic(s).matches("[A-Z0-9]")) {
                wrong.add(key + ": mnemonic '" + mnemonic(s) + "' cannot be typed as Alt+letter everywhere");
            }
            if (s.isBlank()) {
                wrong.add(key + ": blank");
            }
            if (s.contains("{")) {
                try {
                    new MessageFormat(s);
                } catch (IllegalArgumentException ex) {
                    wrong.add(key + ": " + ex.getMessage());
                }
                if (s.replace("''", "").contains("'")) {
                    wrong.add(key + ": write a literal apostrophe as ''");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theSpanishFileIsUtf8AndReadAsSuch() throws IOException {
        byte[] bytes;
        try (var in = MessagesTest.class.getResourceAsStream("/com/clearpath/ui/messages_es.properties")) {
            bytes = in.readAllBytes();
        }
        // Strict decoding: a Latin-1 file would fail here, and ResourceBundle would then read it as Latin-1.
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        Messages es = Messages.load(Language.ES);
        assertEquals("Español", es.get("settings.workstation.language.es"));
        assertEquals("Nueva consulta", es.get("nav.newConsultation"));
        assertEquals(file("messages_es.properties").getProperty("step.screening.description"),
                es.get("step.screening.description"));
    }

    @Test
    void englishStaysEnglishOnASpanishComputerAndDatesFollowTheScreens() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-MX"));
            Messages en = Messages.load(Language.EN);
            assertEquals("New consultation", en.get("nav.newConsultation"), "no fallback to the computer's language");
            assertEquals(Language.EN, en.language());
            assertTrue(en.date(LocalDate.of(1996, 4, 12), FormatStyle.LONG).contains("April"));
            Messages es = Messages.load(Language.ES);
            assertEquals("es-MX", es.locale().toLanguageTag(), "the computer's Spanish keeps its regional style");
            assertTrue(es.date(LocalDate.of(1996, 4, 12), FormatStyle.LONG).contains("abril"));
            assertEquals("Paso 2 de 6", es.format("wizard.step.caption", 2, 6));
            assertEquals("3 consultas", es.format("clients.entry.consultations", 3));
            assertEquals("1 consulta", es.format("clients.entry.consultations", 1));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties file(String name) throws IOException {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/com/clearpath/ui/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The argument numbers a message uses, inside choices too. */
    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String mnemonic(String text) {
        int at = text.indexOf('_');
        return at < 0 || at + 1 >= text.length() ? "" : text.substring(at + 1, at + 2).toUpperCase(Locale.ROOT);
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (Section section : Section.values()) {
            keys.add(section.messageKey());
        }
        keys.addAll(Step.messageKeys());
        keys.addAll(WizardText.messageKeys());
        keys.addAll(RecordWords.messageKeys());
        return keys;
    }
}
