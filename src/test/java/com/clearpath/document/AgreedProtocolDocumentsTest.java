package com.clearpath.document;

import static com.clearpath.domain.Treatment.DERMAL_FILLER;
import static com.clearpath.domain.Treatment.FRACTIONAL_ABLATIVE_LASER;
import static com.clearpath.domain.Treatment.RF_MICRONEEDLING;
import static com.clearpath.domain.Treatment.SUBCISION;
import static com.clearpath.domain.Treatment.TCA_CROSS;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Case10;
import com.clearpath.domain.Language;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Treatment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The handout prints the protocol as agreed; the clinician summary lists every change with its reason. */
class AgreedProtocolDocumentsTest {
    private static final List<PlanOverride> CHANGES = List.of(
            PlanOverride.alternativeChosen(FRACTIONAL_ABLATIVE_LASER, RF_MICRONEEDLING, "Less downtime before her wedding", "J. Park", null),
            PlanOverride.stepDropped(SUBCISION, "Rolling scars are mild; she prefers fewer procedures", "J. Park", null),
            PlanOverride.stepMoved(TCA_CROSS, 3, "Starts after her exams", "J. Park", null),
            PlanOverride.stepAdded(DERMAL_FILLER, 40, "Cheek volume once the skin has settled", "J. Park", null));

    private static String name(Treatment t) {
        return Samples.CATALOG.get(t).name().in(Language.EN);
    }

    private static DocumentInput input() {
        return Samples.input(Case10.intake()).withOverrides(CHANGES);
    }

    @Test
    void theHandoutShowsTheChosenAlternativeTheMovedStepAndTheAddedOneAndNotTheDroppedOne() throws IOException {
        String proposed = HandoutProtocolTest.render(Samples.input(Case10.intake()), Language.EN, PaperSize.LETTER).flat();
        assertTrue(proposed.contains(name(SUBCISION)), "the proposed protocol has subcision");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = new HandoutRenderer().render(input(), Language.EN, PaperSize.LETTER, out);
        assertTrue(pages <= 2, "the page budget of a mixed-scar plan (decision 18): " + pages);
        // Kept for looking at: target/screenshots/handout-agreed-case10.pdf.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/handout-agreed-case10.pdf"), out.toByteArray());
        String text = Pdf.read(out.toByteArray()).flat();
        assertTrue(text.contains(name(RF_MICRONEEDLING)), "chosen alternative printed");
        assertTrue(text.contains(name(DERMAL_FILLER)), "added step printed");
        assertFalse(text.contains(name(SUBCISION)), "dropped step gone");
        // TCA CROSS moved to week 3: the first visit is 2026-11-20 + 3 weeks.
        assertTrue(text.contains("December 11, 2026"), text);
        assertFalse(proposed.contains("December 11, 2026"));
    }

    @Test
    void theClinicianSummaryListsEveryOverrideWithItsReason() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClinicianSummaryRenderer().render(input(), PaperSize.LETTER, out);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/summary-agreed-case10.pdf"), out.toByteArray());
        String text = Pdf.read(out.toByteArray()).flat();
        for (PlanOverride o : CHANGES) {
            assertTrue(text.contains(o.reason()), () -> "reason of " + o.action() + " missing");
        }
        assertTrue(text.contains(name(RF_MICRONEEDLING) + " chosen in place of " + name(FRACTIONAL_ABLATIVE_LASER)), text);
        assertTrue(text.contains("moved to begin in week 3"), text);
        assertTrue(text.contains("Added as a step: " + name(DERMAL_FILLER)), text);
        assertTrue(text.contains("As agreed with the client: 4 changes"), text);
        assertTrue(text.contains(DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US)
                .format(Case10.intake().consultedOn().plusWeeks(3))), "the moved step's first visit date");
    }
}
