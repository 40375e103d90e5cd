package com.clearpath.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.words.ProblemWords;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading intakes and export files: bounded while reading, linear to check, plain words for every problem. */
class IntakeReadingTest {
    private static final ProblemWords WORDS = ProblemWords.english();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static String intake(String concerns) {
        return """
                {"format": "clearpath.intake/1",
                 "client": {"firstName": "Ana", "lastName": "Reyes", "dateOfBirth": "1990-01-01"},
                 "consultedOn": "2026-11-20",
                 "concerns": [%s],
                 "skin": {"fitzpatrick": 3, "sensitivity": "NORMAL"},
                 "activeAcne": {"iga": 0}}""".formatted(concerns);
    }

    /** Just under the size limit, with two problems in each of thousands of concerns. */
    static String largeBrokenIntake() {
        StringBuilder concerns = new StringBuilder();
        String one = "{\"kind\": \"BOXCAR\", \"zones\": [\"CHEEK\"], \"count\": 0}";
        while (concerns.length() + one.length() + 400 < IntakeValidator.INTAKE_MAX_BYTES) {
            concerns.append(concerns.length() == 0 ? "" : ",").append(one);
        }
        return intake(concerns.toString());
    }

    @Test
    void checkingALargeIntakeFullOfProblemsTakesLinearTime() {
        String text = largeBrokenIntake();
        IntakeJson.read(text, TODAY);
        long t0 = System.nanoTime();
        IntakeJson.Read read = IntakeJson.read(text, TODAY);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(read.problems().size() > 10_000, () -> read.problems().size() + " problems");
        assertTrue(ms < 1500, "checked in " + ms + " ms");
    }

    @Test
    void anIntakeOverTheLimitIsOneProblemFoundWhileReading() {
        String text = intake("{\"kind\": \"ROLLING\", \"zones\": [\"CHEEK_LEFT\"]}").replace("\"consultedOn\"",
                "\"notes\": \"" + "n".repeat(60_000) + "\", ".repeat(1) + "\"goals\": \"" + "g".repeat(60_000) + "\", "
                        + "\"a\": \"" + "a".repeat(60_000) + "\", \"b\": \"" + "b".repeat(60_000) + "\", \"c\": \""
                        + "c".repeat(60_000) + "\", \"consultedOn\"");
        IntakeJson.Read read = IntakeJson.read(text, TODAY);
        assertEquals(1, read.problems().size(), read.problems()::toString);
        assertEquals(ProblemCode.INTAKE_TOO_LARGE, read.problems().get(0).code());
        // One text value longer than any field may be stops the reading where it is, naming the field.
        String field = intake("{\"kind\": \"ROLLING\", \"zones\": [\"CHEEK_LEFT\"]}").replace("\"Ana\"",
                "\"" + "A".repeat(IntakeValidator.FIELD_MAX_CHARS + 1) + "\"");
        Problem p = IntakeJson.read(field, TODAY).problems().get(0);
        assertEquals("client.firstName", p.path());
        assertEquals(ProblemCode.JSON_TEXT_TOO_LONG, p.code());
        assertFalse(WORDS.message(p).contains("StreamReadConstraints"), WORDS.message(p));
    }

    @Test
    void parserFailuresAreInPlainWordsWithTheirFieldAndLine() {
        String good = intake("{\"kind\": \"ROLLING\", \"zones\": [\"CHEEK_LEFT\"]}");
        List<String[]> cases = List.of(
                new String[] {good.replace("\"iga\": 0", "\"iga\": NaN"), "activeAcne.iga", "NaN"},
                new String[] {good.replace("\"Reyes\"", "'Reyes'"), "client.lastName", "single quotes"},
                new String[] {good.replace("\"Reyes\"", "\"Re\u0001yes\""), "client.lastName", "control character"},
                new String[] {good.replace("\"iga\": 0", "\"iga\": 00"), "activeAcne.iga", "cannot start with 0"},
                new String[] {good.replace("\"NORMAL\"}", "\"NORMAL\",}"), "skin.sensitivity", "comma"},
                new String[] {good.replace("\"Ana\"", "\"Ana\" /* x */"), "client.firstName", "comments"},
                new String[] {good.replace("\"Ana\"", "\"An\\qa\""), "client.firstName", "backslash"},
                new String[] {good.substring(0, good.length() - 3), "activeAcne.iga", "ends before"},
                new String[] {good.replace("\"consultedOn\"", "\"practitioner\": null, \"practitioner\": \"x\", \"consultedOn\""),
                        "practitioner", "appears twice"});
        for (String[] c : cases) {
            List<Problem> problems = IntakeJson.read(c[0], TODAY).problems();
            assertEquals(1, problems.size(), problems::toString);
            Problem p = problems.get(0);
            assertEquals(c[1], p.path(), p::toString);
            assertTrue(WORDS.message(p).startsWith("malformed JSON at line "), p::toString);
            assertTrue(WORDS.message(p).contains(c[2]), p::toString);
            for (String internal : List.of("JsonReadFeature", "enable", "Feature", "code ", "token", "(CTRL-CHAR")) {
                assertFalse(WORDS.message(p).contains(internal), p::toString);
            }
        }
        Problem utf8 = ExportJson.read(new byte[] {'{', '"', 'f', '"', ':', '"', (byte) 0xC3, '"', '}'}, TODAY,
                Instant.EPOCH).problems().get(0);
        assertTrue(WORDS.message(utf8).contains("not UTF-8"), utf8::toString);
    }

    @Test
    void anExportIsReadAsAStreamAndEveryConsultationOverTheLimitIsNamed() throws Exception {
        String good = intake("{\"kind\": \"ROLLING\", \"zones\": [\"CHEEK_LEFT\"]}");
        String big = good.replace("\"consultedOn\"", ("\"x%d\": \"" + "x".repeat(60_000) + "\", ").repeat(5)
                .formatted(1, 2, 3, 4, 5) + "\"consultedOn\"");
        String file = "{\"format\": \"clearpath.export/1\", \"consultations\": ["
                + "{\"id\": \"0b8f3c36-0a49-4f1c-9d0e-3a4c1d5e6f70\", \"intake\": " + good + "},"
                + "{\"id\": \"1b8f3c36-0a49-4f1c-9d0e-3a4c1d5e6f70\", \"intake\": " + big + "},"
                + "{\"id\": \"2b8f3c36-0a49-4f1c-9d0e-3a4c1d5e6f70\", \"intake\": " + good.replace("ROLLING", "BOXCAR") + "}]}";
        List<String> handed = new java.util.ArrayList<>();
        ExportJson.Checked c = ExportJson.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), TODAY,
                Instant.EPOCH, e -> handed.add(e.id().toString()));
        assertEquals(3, c.count());
        assertEquals(List.of("consultations[1].intake", "consultations[2].intake.concerns[0].kind"),
                c.problems().stream().map(Problem::path).toList());
        assertEquals(List.of("0b8f3c36-0a49-4f1c-9d0e-3a4c1d5e6f70"), handed, "nothing after the first problem");
    }
}
