package com.clearpath.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import com.clearpath.ui.shell.Section;
import com.clearpath.ui.wizard.ConsultationSteps;
import com.clearpath.ui.wizard.WizardText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word the screens ask for exists, and the bundle carries no words nobody shows. */
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
        keys.addAll(ConsultationSteps.messageKeys());
        keys.addAll(WizardText.messageKeys());
        keys.addAll(RecordWords.messageKeys());
        return keys;
    }
}
