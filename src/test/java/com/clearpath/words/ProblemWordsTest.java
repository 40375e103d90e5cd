package com.clearpath.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Language;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.engine.ProblemSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ProblemWordsTest {
    /** The lines the readers and checks printed before their problems became codes: the command line's contract. */
    static final Path FIXTURE = Path.of("src/test/resources/com/clearpath/words/problems-en.txt");
    /** The keys beside the codes' own: the JSON syntax frame, quoting, values, characters and named fields. */
    static final Set<String> SHARED = Set.of("json.at", "json.nowhere", "sentence.subject", "quote.cut",
            "value.object", "value.list", "value.text", "character.unknown", "character.control", "field.firstName",
            "field.lastName");
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static ResourceBundle bundle(Language l) {
        return ResourceBundle.getBundle(ProblemWords.PROBLEMS, Locale.forLanguageTag(l.code()), EXACT);
    }

    @Test
    void theEnglishWordsAreTheMessagesOfBeforeByteForByte() throws IOException {
        List<String> before = Files.readAllLines(FIXTURE, StandardCharsets.UTF_8);
        List<String> now = ProblemSamples.all(ProblemWords.english()::line);
        for (int i = 0; i < Math.min(before.size(), now.size()); i++) {
            assertEquals(before.get(i), now.get(i), "line " + (i + 1) + " of " + FIXTURE);
        }
        assertEquals(before.size(), now.size(), "as many problems as before");
    }

    @Test
    void everyCodeHasWordsInBothLanguagesAndNoKeyIsUnused() {
        Set<String> expected = new TreeSet<>(SHARED);
        for (ProblemCode c : ProblemCode.values()) {
            expected.add(c.name());
        }
        for (Language l : Language.values()) {
            assertEquals(expected, new TreeSet<>(bundle(l).keySet()), "keys in " + l);
        }
    }

    @Test
    void placeholdersMatchTheCodesArgumentsInBothLanguages() {
        ResourceBundle en = bundle(Language.EN);
        for (Language l : Language.values()) {
            ResourceBundle b = bundle(l);
            for (ProblemCode c : ProblemCode.values()) {
                String pattern = b.getString(c.name());
                int own = c.args().size() - (c.located() ? 2 : 0);
                assertEquals(own, new MessageFormat(pattern).getFormatsByArgumentIndex().length,
                        l + " " + c + ": " + pattern);
                for (int i = 0; i < own; i++) {
                    assertTrue(pattern.contains("{" + i), l + " " + c + " uses {" + i + "}");
                }
                assertFalse(pattern.replace("'{'", "").replace("'}'", "").matches(".*[^']'[^'].*"),
                        l + " " + c + ": a lone apostrophe is lost");
            }
            for (String key : SHARED) {
                assertEquals(new MessageFormat(en.getString(key)).getFormatsByArgumentIndex().length,
                        new MessageFormat(b.getString(key)).getFormatsByArgumentIndex().length, l + " " + key);
            }
        }
    }

    @Test
    void everyCodeReadsInSpanishWithoutEnglishOrGaps() {
        ProblemWords es = ProblemWords.in(Language.ES);
        ProblemWords en = ProblemWords.english();
        List<String> same = new ArrayList<>();
        for (ProblemCode c : ProblemCode.values()) {
            Problem p = new Problem("x", c, c.args().stream().map(ProblemWordsTest::sample).toList());
            String words = es.message(p);
            assertFalse(words.contains("[") && !words.contains("[1]"), c + ": " + words);
            if (words.equals(en.message(p))) {
                same.add(c.name());
            }
        }
        assertEquals(List.of(), same, "codes with the same words in Spanish as in English");
    }

    @Test
    void aBlankRequiredFieldIsSaidInTheScreensLanguage() {
        Problem required = Problem.of("client.firstName", ProblemCode.REQUIRED);
        assertEquals("First name is required", ProblemWords.english().sentence("First name", required));
        assertEquals("Nombre es un dato obligatorio", ProblemWords.in(Locale.forLanguageTag("es-MX"))
                .sentence("Nombre", required));
        Problem tooLong = Problem.of("client.lastName", ProblemCode.NAME_TOO_LONG, "lastName", 120, 100);
        assertEquals("Apellidos tiene 120 caracteres; se admiten como máximo 100",
                ProblemWords.in(Language.ES).sentence("Apellidos", tooLong));
        Problem before = Problem.of("eventDate", ProblemCode.BEFORE_CONSULTED_ON, "2020-01-01", "2026-01-01");
        assertEquals("Before consultedOn (2020-01-01 is before 2026-01-01)",
                ProblemWords.english().sentence("Event", before));
    }

    @Test
    void valuesAreQuotedAtMostSixtyCharactersAndOneLine() {
        ProblemWords en = ProblemWords.english();
        assertEquals("\"a\\u0000b\\ud800\"", en.quote("a\u0000b\uD800"));
        String cut = en.quote("x".repeat(70));
        assertEquals("\"" + "x".repeat(Problem.QUOTE_MAX) + "\"\u2026 (70 characters)", cut);
        assertNotEquals(cut, ProblemWords.in(Language.ES).quote("x".repeat(70)));
        assertEquals("65.536", ProblemWords.in(Language.ES).message(Problem.of("a", ProblemCode.JSON_TEXT_TOO_LONG,
                "", "", 65536)).replaceAll(".*más de ([0-9.]+) .*", "$1"));
    }

    private static String sample(ProblemCode.Arg kind) {
        return switch (kind) {
            case VALUE -> "list";
            case CHARACTER -> "65";
            case FIELD -> "firstName";
            case LINE, COLUMN -> "1";
            default -> "1";
        };
    }
}
