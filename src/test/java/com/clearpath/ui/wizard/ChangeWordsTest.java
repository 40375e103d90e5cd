package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.clearpath.domain.IntakeChange;
import com.clearpath.domain.IntakeChange.Code;
import com.clearpath.domain.IntakeChanges;
import com.clearpath.ui.common.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every change code has its words in English and Spanish, with its arguments in place. */
class ChangeWordsTest {
    /** One change of every code, with arguments of the shape the domain gives. */
    private static List<IntakeChange> everyCode() {
        List<IntakeChange> out = new ArrayList<>();
        for (Code c : Code.values()) {
            out.add(switch (c) {
                case CONCERN_NEW, MARKS_NEW, ZONES_ADDED, ZONES_CLEARED -> IntakeChange.of(c,
                        c == Code.MARKS_NEW ? "PIE" : "ROLLING", "CHEEK_LEFT", "TEMPLE_RIGHT");
                case CONCERN_GONE, MARKS_GONE -> IntakeChange.of(c, "KELOID");
                case PIGMENT_DEPTH_CHANGED -> IntakeChange.of(c, "EPIDERMAL", "DERMAL");
                case GRADE_BETTER, GRADE_WORSE -> IntakeChange.of(c, "3", "2");
                case FITZPATRICK_CHANGED -> IntakeChange.of(c, "3", "4");
                case SENSITIVITY_CHANGED -> IntakeChange.of(c, "NORMAL", "VERY_SENSITIVE");
                case ACNE_BETTER, ACNE_WORSE -> IntakeChange.of(c, "2", "0");
                case NODULES_NEW, NODULES_GONE -> IntakeChange.of(c);
                case SCREENING_NEW, SCREENING_GONE -> IntakeChange.of(c, "ISOTRETINOIN_RECENT");
                case TREATMENT_ADDED, TREATMENT_DROPPED -> IntakeChange.of(c, "SUBCISION");
            });
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void everyCodeIsSaid(String language) {
        WizardText text = new WizardText(Messages.load(Locale.forLanguageTag(language)));
        ChangeWords words = new ChangeWords(text, t -> "«" + t.name() + "»");
        for (IntakeChange c : everyCode()) {
            String line = words.line(c);
            assertFalse(line.isBlank() || line.contains("[wizard.") || line.contains("{"), c + ": " + line);
        }
        assertEquals("«SUBCISION»", words.line(IntakeChange.of(Code.TREATMENT_ADDED, "SUBCISION"))
                .replaceAll(".* ", ""), "the treatment's name is the catalog's");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void thePlanLineSaysTheSameTreatmentsOrTheChanges(String language) {
        WizardText text = new WizardText(Messages.load(Locale.forLanguageTag(language)));
        ChangeWords words = new ChangeWords(text, t -> t.name());
        LocalDate since = LocalDate.of(2026, 6, 1);
        String same = words.planLine(new IntakeChanges(since, List.of()));
        String one = words.planLine(new IntakeChanges(since, List.of(IntakeChange.of(Code.GRADE_BETTER, "3", "2"),
                IntakeChange.of(Code.TREATMENT_DROPPED, "SUBCISION"))));
        if (language.equals("en")) {
            assertEquals("Since the visit of Jun 1, 2026: the same treatments as the plan agreed then.", same);
            assertEquals("Since the visit of Jun 1, 2026: the plan no longer has SUBCISION. One answer differs too; "
                    + "the Summary step lists every change.", one);
        } else {
            assertEquals("Desde la visita del 1 jun 2026: los mismos tratamientos que el plan acordado entonces.", same);
            assertEquals("Desde la visita del 1 jun 2026: el plan ya no incluye SUBCISION. También cambia una respuesta; "
                    + "el paso Resumen muestra todos los cambios.", one);
        }
    }
}
