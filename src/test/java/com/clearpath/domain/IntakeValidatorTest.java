package com.clearpath.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.words.ProblemWords;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits every intake meets, wherever it comes from (wizard, command line, import). */
class IntakeValidatorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static Intake with(String first, String phone, String email, String practitioner, String goals) {
        return new Intake(Intake.FORMAT, new Client(first, "Reyes", LocalDate.of(1990, 1, 1), phone, email),
                LocalDate.of(2026, 11, 20), practitioner,
                List.of(new Concern(ConcernKind.ROLLING, List.of(Zone.CHEEK_LEFT), null, null, null)), null,
                new SkinProfile(3, Sensitivity.NORMAL, List.of()), new ActiveAcne(0, false), List.of(), goals, null);
    }

    static List<Problem> problems(Intake in) {
        return new IntakeValidator(TODAY).validate(in);
    }

    static ProblemCode codeAt(List<Problem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path)).findFirst().map(Problem::code).orElse(null);
    }

    @Test
    void aNameMadeOnlyOfNulOrInvisibleMarksIsRefused() {
        for (String invisible : List.of("\u0000", "\u0000\u0000", "\u200B", "\u200B\u200D\uFEFF", "\u00AD", "\u3164",
                "\u0301\u0301", "\u2063")) {
            List<Problem> found = problems(with(invisible, null, null, null, null));
            ProblemCode code = codeAt(found, "client.firstName");
            assertTrue(code == ProblemCode.NO_VISIBLE_TEXT || code == ProblemCode.CONTROL_CHARACTER,
                    () -> "refused: " + invisible.codePoints().boxed().toList() + " gave " + found);
        }
        for (String real : List.of("José", "李", "𠮷子", "O'Brien", "Mary-Jane", "محمد")) {
            assertEquals(List.of(), problems(with(real, null, null, null, null)), real);
        }
    }

    @Test
    void phonePractitionerAndEmailHaveLengthLimits() {
        assertEquals(List.of(), problems(with("Ana", "9".repeat(IntakeValidator.PHONE_MAX), null,
                "P".repeat(IntakeValidator.PRACTITIONER_MAX), null)));
        List<Problem> found = problems(with("Ana", "9".repeat(IntakeValidator.PHONE_MAX + 1),
                "a".repeat(250) + "@example.com", "P".repeat(IntakeValidator.PRACTITIONER_MAX + 1), null));
        assertEquals(ProblemCode.TOO_LONG, codeAt(found, "client.phone"), found::toString);
        assertEquals(ProblemCode.TOO_LONG, codeAt(found, "client.email"), found::toString);
        assertEquals(ProblemCode.TOO_LONG, codeAt(found, "practitioner"), found::toString);
        assertEquals(ProblemCode.NO_VISIBLE_TEXT_ONLY_INVISIBLE, codeAt(problems(with("Ana", null, null, "\u200B", null)),
                "practitioner"));
    }

    @Test
    void aLoneSurrogateIsRefusedWithAMessageNotTurnedIntoAQuestionMark() {
        List<Problem> found = problems(with("Ana\uD800", null, null, null, "ok \uDC00 then"));
        assertEquals(ProblemCode.BROKEN_CHARACTER, codeAt(found, "client.firstName"), found::toString);
        assertEquals(ProblemCode.BROKEN_CHARACTER, codeAt(found, "goals"), found::toString);
        assertTrue(found.stream().noneMatch(p -> ProblemWords.english().message(p).contains("?")), found::toString);
        // A whole pair is a character like any other.
        assertEquals(List.of(), problems(with("Ana \uD83D\uDE00", null, null, null, "\uD842\uDFB7")));
    }

    @Test
    void everyMessageQuotesAtMostSixtyCharactersOfTheValue() {
        String email = "not-an-address-" + "x".repeat(200);
        List<Problem> found = problems(with("Ana", null, email, null, null));
        Problem p = found.stream().filter(x -> x.path().equals("client.email")).findFirst().orElseThrow();
        String message = ProblemWords.english().message(p);
        assertTrue(message.contains("\"" + email.substring(0, Problem.QUOTE_MAX) + "\"\u2026"), message);
        assertTrue(message.length() < 160, message);
    }

    @Test
    void aFollowUpMustBeGradedAgainWhileAFirstConsultationNeedNotBe() {
        Intake ungraded = with("Ana", null, null, null, null);
        assertTrue(problems(ungraded).isEmpty(), "the grade is optional at a first consultation");
        List<Problem> followUp = new IntakeValidator(TODAY).validateFollowUp(ungraded);
        assertEquals(List.of(Problem.of("goodmanBaronGrade", ProblemCode.GRADE_REQUIRED_AT_FOLLOW_UP)), followUp);
        assertEquals("Goodman & Baron grade is required at a follow-up: grade the scars as they are today, so the "
                + "outcome is measured", ProblemWords.english().sentence("Goodman & Baron grade", followUp.get(0)));
        Intake graded = new Intake(ungraded.format(), ungraded.client(), ungraded.consultedOn(), null,
                ungraded.concerns(), 2, ungraded.skin(), ungraded.activeAcne(), List.of(), null, null);
        assertTrue(new IntakeValidator(TODAY).validateFollowUp(graded).isEmpty());
    }
}
