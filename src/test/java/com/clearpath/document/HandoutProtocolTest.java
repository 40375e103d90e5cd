package com.clearpath.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.engine.Planner;
import com.clearpath.exchange.IntakeJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The handout as the agreed protocol: its page budget, the chosen treatments only, alternatives in one line. */
class HandoutProtocolTest {
    /** A case's intake from the copy kept with the tests; throws as the reading it replaces did, for its callers. */
    static Intake intakeOf(String file) throws IOException {
        return com.clearpath.domain.Case10.intake(file);
    }

    static Pdf render(DocumentInput input, Language language, PaperSize paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = new HandoutRenderer().render(input, language, paper, out);
        Pdf pdf = Pdf.read(out.toByteArray());
        assertEquals(pages, pdf.pageCount());
        return pdf;
    }

    private static String name(Treatment t, Language l) {
        return Samples.CATALOG.get(t).name().in(l);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theMixedScarCaseIsAtMostTwoLetterPagesWithTheChosenTreatmentsAndTheirAlternatives(Language language)
            throws IOException {
        DocumentInput input = Samples.input(intakeOf("10-"));
        Pdf pdf = render(input, language, PaperSize.LETTER);
        assertTrue(pdf.pageCount() <= 2, "case 10 in " + language + ": " + pdf.pageCount() + " pages");
        String text = pdf.flat();
        for (ProtocolStep step : input.plan().protocol().steps()) {
            assertTrue(text.contains(name(step.treatment(), language)), step.treatment() + " named");
        }
        assertTrue(text.contains(language == Language.EN ? "If you prefer:" : "Si lo prefiere:"), text);
        assertTrue(text.contains(language == Language.EN ? "Ice pick scars" : "Cicatrices en picahielo"), text);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void anUnchosenTreatmentsAftercareIsNotOnTheHandout(Language language) throws IOException {
        DocumentInput input = Samples.input(intakeOf("10-"));
        Set<Treatment> chosen = EnumSet.noneOf(Treatment.class);
        input.plan().protocol().steps().forEach(s -> chosen.add(s.treatment()));
        List<String> chosenCare = new ArrayList<>();
        for (Treatment t : chosen) {
            chosenCare.addAll(Samples.CATALOG.get(t).aftercare().in(language));
            chosenCare.addAll(Samples.CATALOG.get(t).before().in(language));
        }
        String text = render(input, language, PaperSize.LETTER).flat();
        int checked = 0;
        for (ProtocolStep step : input.plan().protocol().steps()) {
            for (Treatment alternative : step.alternatives()) {
                for (String line : Samples.CATALOG.get(alternative).aftercare().in(language)) {
                    // Only lines no chosen treatment shares (nor merely restates) can tell the two apart.
                    if (chosenCare.stream().noneMatch(c -> c.contains(line) || line.contains(c))) {
                        assertFalse(text.contains(line), alternative + "'s aftercare on the handout: " + line);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 0, "the case has alternatives with aftercare of their own");
        for (Treatment t : chosen) {
            if (t != Treatment.SUN_PROTECTION) {
                String own = Samples.CATALOG.get(t).aftercare().in(language).get(0);
                assertTrue(text.contains(own), t + "'s aftercare: " + own);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aSingleConcernPlanIsOnePage(Language language) throws IOException {
        for (PaperSize paper : PaperSize.values()) {
            for (String file : List.of("01-", "04-", "06-", "07-")) {
                Pdf pdf = render(Samples.input(intakeOf(file)), language, paper);
                assertEquals(1, pdf.pageCount(), file + " " + paper + ": " + pdf.text());
            }
        }
    }

    static Stream<Arguments> mixedScarIntakes() {
        Random random = new Random(18);
        List<ConcernKind> atrophic = List.of(ConcernKind.ICE_PICK, ConcernKind.ROLLING, ConcernKind.BOXCAR_DEEP,
                ConcernKind.BOXCAR_SHALLOW);
        List<Zone> zones = List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT, Zone.TEMPLE_LEFT, Zone.FOREHEAD, Zone.CHIN);
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            IntakeBuilder b = IntakeBuilder.intake().fitzpatrick(1 + random.nextInt(6));
            List<ConcernKind> kinds = new ArrayList<>(atrophic);
            java.util.Collections.shuffle(kinds, random);
            int n = 2 + random.nextInt(3);
            for (ConcernKind k : kinds.subList(0, n)) {
                b.concern(k, zones.get(random.nextInt(zones.size())), zones.get(random.nextInt(zones.size())));
            }
            if (random.nextBoolean()) {
                b.pih(com.clearpath.domain.PigmentDepth.EPIDERMAL);
            }
            if (random.nextInt(3) == 0) {
                b.event(LocalDate.of(2027, 1 + random.nextInt(12), 1 + random.nextInt(28)));
            }
            out.add(Arguments.of(i, b.build(), i % 2 == 0 ? Language.EN : Language.ES));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "mixed intake {0} ({2})")
    @MethodSource("mixedScarIntakes")
    void anyMixedScarPlanIsAtMostTwoLetterPages(int n, Intake intake, Language language) throws IOException {
        DocumentInput input = Samples.input(intake);
        Pdf pdf = render(input, language, PaperSize.LETTER);
        assertTrue(pdf.pageCount() <= 2, intake.concernKinds() + " type " + intake.skin().fitzpatrick() + " in "
                + language + ": " + pdf.pageCount() + " pages");
        if (input.plan().protocol().steps().stream().anyMatch(s -> !s.alternatives().isEmpty())) {
            assertTrue(pdf.flat().contains(language == Language.EN ? "If you prefer:" : "Si lo prefiere:"));
        }
    }

    @Test
    void aPlanWithoutAProtocolIsRefusedWithItsCode() {
        DocumentInput input = Samples.input(Samples.zoe());
        Plan p = input.plan();
        Plan old = new Plan(p.format(), p.status(), p.holds(), p.recommendations(), p.deferred(), p.excluded(),
                p.flags(), p.catalogVersion(), p.engineVersion());
        DocumentInput stored = new DocumentInput(input.intake(), old, input.catalog(), input.clinic(), "C-1",
                input.issuedOn(), List.of(), null);
        NothingToPrint refused = assertThrows(NothingToPrint.class,
                () -> new HandoutRenderer().render(stored, Language.EN, PaperSize.LETTER, new ByteArrayOutputStream()));
        assertEquals(NothingToPrint.Reason.NO_PROTOCOL, refused.reason());
    }

    @Test
    void aProtocolWithEveryStepDeclinedIsNeverPrinted() {
        DocumentInput input = Samples.input(intakeOf01());
        List<PlanOverride> declines = input.plan().protocol().steps().stream().map(s -> new PlanOverride(s.treatment(),
                PlanOverride.Action.DECLINED, "Client declined", "J. Park", null)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NothingToPrint refused = assertThrows(NothingToPrint.class, () -> new HandoutRenderer()
                .render(input.withOverrides(declines), Language.ES, PaperSize.A4, out));
        assertEquals(NothingToPrint.Reason.EMPTY_PROTOCOL, refused.reason());
        assertEquals(0, out.size(), "nothing written");
    }

    private static Intake intakeOf01() {
        try {
            return intakeOf("01-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aDeclinedStepIsLeftOutAndItsCareWithIt() throws IOException {
        DocumentInput input = Samples.input(intakeOf("10-"));
        ProtocolStep first = input.plan().protocol().steps().get(0);
        String care = Samples.CATALOG.get(first.treatment()).aftercare().in(Language.EN).get(0);
        assertTrue(render(input, Language.EN, PaperSize.LETTER).flat().contains(care));
        String text = render(input.withOverrides(List.of(new PlanOverride(first.treatment(), PlanOverride.Action.DECLINED,
                "Prefers not to", "J. Park", null))), Language.EN, PaperSize.LETTER).flat();
        assertFalse(text.contains(name(first.treatment(), Language.EN)), "declined step shown");
        assertFalse(text.contains(care), "declined step's care shown");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aPlanThatWaitsSaysSoPlainlyAndWhatToDoAtHomeNow(Language language) throws IOException {
        DocumentInput input = Samples.input(intakeOf("12-"));
        assertEquals(PlanStatus.DEFER, input.plan().status());
        Pdf pdf = render(input, language, PaperSize.LETTER);
        String text = pdf.flat();
        assertTrue(pdf.pageCount() <= 2, pdf.pageCount() + " pages");
        assertTrue(text.contains(language == Language.EN ? "We will start these once your acne is under control"
                : "Comenzaremos estos tratamientos cuando su acné esté bajo control"), text);
        assertTrue(text.contains(language == Language.EN ? "What to do at home now" : "Qué hacer en casa desde ahora"));
        assertTrue(text.contains(language == Language.EN ? "Week 0" : "Semana 0"), "weeks count from the start");
        assertFalse(text.contains("2026") && text.contains(language == Language.EN ? "Suggested date" : "Fecha sugerida"),
                "no date is suggested for a visit that waits");
    }

    @Test
    void aWaitingSingleConcernPlanNamesItsProceduresInALineAndFitsOnePage() throws IOException {
        DocumentInput input = Samples.input(intakeOf("03-"));
        assertTrue(input.plan().status() == PlanStatus.DEFER || input.plan().protocol().startsAfterHolds());
        Pdf pdf = render(input, Language.EN, PaperSize.LETTER);
        assertEquals(1, pdf.pageCount(), pdf.text());
        String text = pdf.flat();
        for (ProtocolStep step : input.plan().protocol().steps()) {
            assertTrue(text.contains(name(step.treatment(), Language.EN)), step.treatment() + " named");
        }
        // Sessions and healing of a procedure that waits are gone through when it is booked.
        assertFalse(text.contains("Healing per visit"), text);
        String spaced = text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
        assertTrue(spaced.contains("Rolling scars Where: Both cheeks"), "the scar in one line: " + spaced);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theEventDateAndWhatWasArrangedAreShown(Language language) throws IOException {
        DocumentInput input = Samples.input(intakeOf("11-"));
        String text = render(input, language, PaperSize.LETTER).flat();
        assertTrue(text.contains(language == Language.EN ? "Your event: on January 22, 2028"
                : "Su evento: el 22 de enero de 2028"), text);
        assertTrue(text.contains(language == Language.EN ? "Suggested date of your first visit: Friday, November 20, 2026"
                : "Fecha sugerida para su primera cita: Viernes 20 de noviembre de 2026"), text);
    }

    @Test
    void theSummaryCarriesTheProtocolVisitsAndTheEvent() throws IOException {
        DocumentInput input = Samples.input(intakeOf("11-"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClinicianSummaryRenderer().render(input, PaperSize.LETTER, out);
        String text = Pdf.read(out.toByteArray()).flat();
        int protocol = text.indexOf("Protocol");
        assertTrue(protocol > 0 && protocol < text.indexOf("Assessment"), "the protocol comes first");
        for (ProtocolStep s : input.plan().protocol().steps()) {
            assertTrue(text.contains(Samples.CATALOG.get(s.treatment()).name().in(Language.EN)), s.treatment() + " in the summary");
            s.sources().forEach(id -> assertTrue(text.contains(id), id));
        }
        assertTrue(text.contains("Visit") && text.contains("Downtime until") && text.contains("Nov 20, 2026"), text);
        assertTrue(text.contains("Totals") && text.contains("Event date") && text.contains("fits."), text);
        assertTrue(text.contains("Recommended now") && text.contains("Ruled out") && text.contains("References"),
                "every option, exclusion and the reference list stay");
        assertFalse(java.util.regex.Pattern.compile("\\b[A-Z0-9]+_[A-Z0-9_]+\\b").matcher(text).find(), "no raw codes");
    }

    @Test
    void theSameProtocolFromTheSamePlannerGivesTheSameHandout() throws IOException {
        Intake intake = intakeOf("10-");
        var plan = new Planner(Samples.CATALOG).plan(intake);
        DocumentInput a = new DocumentInput(intake, plan, Samples.CATALOG, Samples.CLINIC, "C-1", Samples.ISSUED, List.of(), null);
        assertEquals(render(a, Language.ES, PaperSize.A4).text(), render(a, Language.ES, PaperSize.A4).text());
    }
}
