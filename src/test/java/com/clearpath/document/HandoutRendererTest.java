package com.clearpath.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.FlagCode;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.CatalogTreatment;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class HandoutRendererTest {
    private static final HandoutRenderer RENDERER = new HandoutRenderer();
    private static final List<String> EN_HEADINGS = List.of("Your skin treatment plan", "What we found", "Your plan",
            "Daily sun protection", "Your next appointment");
    private static final List<String> ES_HEADINGS = List.of("Su plan de tratamiento para la piel", "Lo que encontramos",
            "Su plan", "Protección solar diaria", "Su próxima cita");

    static byte[] render(DocumentInput input, Language language, PaperSize paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = RENDERER.render(input, language, paper, out);
        byte[] bytes = out.toByteArray();
        assertEquals(pages, Pdf.read(bytes).pageCount(), "render returns the page count");
        return bytes;
    }

    static Pdf handout(Intake intake, Language language) throws IOException {
        return Pdf.read(render(Samples.input(intake), language, PaperSize.LETTER));
    }

    static Stream<Arguments> everySample() {
        List<Arguments> out = new ArrayList<>();
        for (Language l : Language.values()) {
            out.add(Arguments.of("Zoë Nguyễn", Samples.zoe(), l));
            out.add(Arguments.of("María José Hernández Peña", Samples.maria(), l));
            out.add(Arguments.of("Li 李", Samples.deferred(), l));
            out.add(Arguments.of("Alexandra Whitfield-Montgomery", Samples.many(), l));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("everySample")
    void handoutHasEverySectionAndTheClientsName(String name, Intake intake, Language language) throws IOException {
        Pdf pdf = handout(intake, language);
        String text = pdf.flat();
        assertTrue(text.contains(name), "client name " + name);
        for (String heading : language == Language.EN ? EN_HEADINGS : ES_HEADINGS) {
            assertTrue(text.contains(heading), "heading " + heading + " in\n" + text);
        }
        assertTrue(text.contains("Harbor Skin Clinic") && text.contains("+1 619 555 0148") && text.contains("C-2026-0142"));
        assertTrue(text.contains(language == Language.EN ? "November 20, 2026" : "20 de noviembre de 2026"), "consultation date");
        if (text.contains(language == Language.EN ? "Prepared for" : "Preparado para")
                && !text.contains(language == Language.EN ? "Consultation date: " : "Fecha de la consulta: ")) {
            // The roomy title block carries the issue date too; the tight letterhead only the consultation's.
            assertTrue(text.contains(language == Language.EN ? "November 22, 2026" : "22 de noviembre de 2026"), "issue date");
        }
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("everySample")
    void aPlanThatCanStartCarriesBeforeAndAfterCare(String name, Intake intake, Language language) throws IOException {
        DocumentInput input = Samples.input(intake);
        if (input.plan().status() == PlanStatus.DEFER) {
            return;
        }
        String text = Pdf.read(render(input, language, PaperSize.LETTER)).flat();
        for (String heading : language == Language.EN ? List.of("Before your treatment", "After your treatment and at home")
                : List.of("Antes de su tratamiento", "Después del tratamiento y en casa")) {
            assertTrue(text.contains(heading), heading + " in\n" + text);
        }
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("everySample")
    void handoutShowsNoCodesSourcesOrExclusions(String name, Intake intake, Language language) throws IOException {
        String text = handout(intake, language).flat();
        List<String> codes = new ArrayList<>();
        for (Treatment t : Treatment.values()) {
            if (!patientWording(t.name())) {
                codes.add(t.name());
            }
        }
        Stream.of(ConcernKind.values()).map(Enum::name).forEach(codes::add);
        Stream.of(HoldCode.values(), ExclusionCode.values(), FlagCode.values(), Screening.values())
                .flatMap(Stream::of).map(Enum::name).forEach(codes::add);
        for (String code : codes) {
            assertFalse(Pattern.compile("\\b" + code + "\\b").matcher(text).find(), code + " appears in the handout");
        }
        Matcher source = Pattern.compile("\\bR\\d+\\b").matcher(text);
        assertFalse(source.find(), () -> "source id " + source.group() + " appears in the handout");
        for (String jargon : List.of("\\bIGA\\b", "Fitzpatrick", "Goodman", "(?i)\\bexclu", "(?i)contraindica")) {
            assertFalse(Pattern.compile(jargon).matcher(text).find(), jargon + " appears in the handout");
        }
    }

    /** "IPL" is both a code and the name patients know the treatment by; the catalog's own wording may use it. */
    private static boolean patientWording(String code) {
        for (CatalogTreatment t : Samples.CATALOG.all()) {
            if (t.name().in(Language.EN).contains(code) || t.name().in(Language.ES).contains(code)) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("everySample")
    void handoutNeverTellsTheClientToStopAMedicine(String name, Intake intake, Language language) throws IOException {
        String text = handout(intake, language).flat().toLowerCase();
        Pattern stop = Pattern.compile("\\b(stop|discontinue|quit|deje de|dejar de|suspend|interrump)");
        Pattern medicine = Pattern.compile("medic|drug|pill|prescri|isotretino|antibiotic|tablet|pastilla|receta|fármaco");
        for (String sentence : text.split("[.!?;:]")) {
            if (stop.matcher(sentence).find()) {
                assertFalse(medicine.matcher(sentence).find(), "tells the client to stop a medicine: " + sentence);
            }
        }
    }

    @Test
    void spanishHandoutIsInSpanish() throws IOException {
        String es = handout(Samples.zoe(), Language.ES).flat();
        for (String heading : ES_HEADINGS) {
            assertTrue(es.contains(heading), heading);
        }
        for (String heading : EN_HEADINGS) {
            assertFalse(es.contains(heading), "English heading in the Spanish handout: " + heading);
        }
        assertTrue(es.contains("Página 1 de "), "Spanish footer");
        assertTrue(es.contains("Subcisión"), "catalog names in Spanish");
        assertTrue(es.toLowerCase().contains("protector solar"), "care in Spanish");
        assertFalse(es.contains("Page 1 of"));
    }

    @Test
    void deferPlanSaysWhatWaitsAndWhy() throws IOException {
        Intake intake = IntakeBuilder.intake().concern(ConcernKind.ROLLING).iga(3).build();
        DocumentInput input = Samples.input(intake);
        assertEquals(PlanStatus.DEFER, input.plan().status());
        String en = Pdf.read(render(input, Language.EN, PaperSize.LETTER)).flat();
        assertTrue(en.contains("What waits, and why"), en);
        assertTrue(en.contains("We will start these once your acne is under control"), en);
        assertTrue(en.contains("What to do at home now"), en);
        assertTrue(en.contains("call us to book your first session"), en);
        for (var step : input.plan().protocol().steps()) {
            String name = Samples.CATALOG.get(step.treatment()).name().in(Language.EN);
            assertTrue(en.contains(name), "the agreed step is listed while it waits: " + name);
        }
        String es = Pdf.read(render(input, Language.ES, PaperSize.LETTER)).flat();
        assertTrue(es.contains("Comenzaremos estos tratamientos cuando su acné esté bajo control"), es);
    }

    @ParameterizedTest
    @EnumSource(HoldCode.class)
    void everyHoldIsExplainedInBothLanguages(HoldCode code) {
        for (Language l : Language.values()) {
            String text = HandoutText.load(l).get("hold." + code);
            assertFalse(text.isBlank());
        }
    }

    @Test
    void pigmentIsExplainedAsNotAScarAndDeepPigmentHonestly() throws IOException {
        String maria = handout(Samples.maria(), Language.EN).flat();
        assertTrue(maria.contains("not a scar"), maria);
        assertTrue(maria.contains("may not fade completely"), "dermal PIH is honestly slow");
        String mariaEs = handout(Samples.maria(), Language.ES).flat();
        assertTrue(mariaEs.contains("no de una cicatriz") && mariaEs.contains("puede que no desaparezca del todo"));
        String li = handout(Samples.deferred(), Language.EN).flat();
        assertTrue(li.contains("Red or pink marks left by acne") && li.contains("they are not a scar"), "PIE is redness that fades");
    }

    @Test
    void letterAndA4HaveTheirPaperSizes() throws IOException {
        Pdf letter = Pdf.read(render(Samples.input(Samples.zoe()), Language.EN, PaperSize.LETTER));
        Pdf a4 = Pdf.read(render(Samples.input(Samples.zoe()), Language.EN, PaperSize.A4));
        for (PDRectangle r : letter.sizes()) {
            assertEquals(612f, r.getWidth(), 0.01f);
            assertEquals(792f, r.getHeight(), 0.01f);
        }
        for (PDRectangle r : a4.sizes()) {
            assertEquals(595.28f, r.getWidth(), 0.01f);
            assertEquals(841.89f, r.getHeight(), 0.01f);
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        for (Intake intake : List.of(Samples.zoe(), Samples.deferred())) {
            Pdf pdf = handout(intake, Language.EN);
            assertFalse(pdf.fonts().isEmpty());
            assertEquals(List.of(), pdf.unembedded());
        }
        assertTrue(handout(Samples.deferred(), Language.EN).fonts().stream().anyMatch(f -> f.contains("DroidSansFallback")),
                "the CJK name is drawn with the fallback font");
        assertFalse(handout(Samples.zoe(), Language.EN).fonts().stream().anyMatch(f -> f.contains("DroidSansFallback")),
                "the CJK font is embedded only when needed");
    }

    @Test
    void pagesAreNumberedXOfY() throws IOException {
        Pdf pdf = handout(Samples.many(), Language.EN);
        int n = pdf.pageCount();
        assertTrue(n > 1, "the long plan needs more than one page");
        for (int i = 1; i <= n; i++) {
            String page = pdf.pages().get(i - 1);
            assertTrue(page.contains("Page " + i + " of " + n), "page " + i + ":\n" + page);
            assertTrue(page.contains("Catalog " + Samples.CATALOG.version()), "catalog version on page " + i);
        }
    }

    @Test
    void treatmentsTheClinicDoesNotOfferSayWeWillReferYou() throws Exception {
        TreatmentCatalog catalog = Samples.CATALOG.withOverride("""
                {"format": "clearpath.catalog-override/1", "treatments": {"SUBCISION": {"offered": false}}}
                """, "test");
        Intake intake = Samples.zoe();
        var plan = new Planner(catalog).plan(intake);
        assertTrue(plan.recommendations().stream().anyMatch(r -> r.treatment() == Treatment.SUBCISION && r.referOut()));
        DocumentInput input = new DocumentInput(intake, plan, catalog, Samples.CLINIC, "C-1", Samples.ISSUED, List.of(), null);
        assertTrue(Pdf.read(render(input, Language.EN, PaperSize.LETTER)).flat()
                .contains("We will refer you to a trusted provider for this treatment."));
        assertTrue(Pdf.read(render(input, Language.ES, PaperSize.LETTER)).flat()
                .contains("le referiremos a un profesional de confianza"));
    }

    @Test
    void declinedTreatmentsAreLeftOffTheClientsCopy() throws IOException {
        DocumentInput input = Samples.input(Samples.zoe()).withOverrides(Samples.overrides());
        String text = Pdf.read(render(input, Language.EN, PaperSize.LETTER)).flat();
        assertFalse(text.contains("Dermal filler"), "declined");
        assertTrue(text.contains("Light chemical peel"), "added");
    }

    @Test
    void theStepsAreNumberedInTheProtocolsOrder() throws IOException {
        DocumentInput input = Samples.input(Samples.zoe());
        String text = Pdf.read(render(input, Language.EN, PaperSize.LETTER)).flat();
        int plan = text.indexOf("Your plan");
        int last = plan;
        for (var step : input.plan().protocol().steps()) {
            String name = Samples.CATALOG.get(step.treatment()).name().in(Language.EN);
            int at = text.indexOf(name, last + 1);
            assertTrue(at > last, name + " after the step before it in\n" + text);
            last = at;
        }
    }

    @Test
    void aClinicLogoIsDrawnAndABrokenOneFallsBackToTheMark() throws IOException {
        byte[] png;
        try (var in = HandoutRendererTest.class.getResourceAsStream("/com/clearpath/ui/icons/icon-64.png")) {
            png = in.readAllBytes();
        }
        DocumentInput withLogo = Samples.input(Samples.zoe()).withClinic(new ClinicProfile("Logo Clinic", "", "", png));
        DocumentInput broken = Samples.input(Samples.zoe()).withClinic(new ClinicProfile("Logo Clinic", "", "", new byte[] {1, 2, 3}));
        int plain = Pdf.read(render(Samples.input(Samples.zoe()), Language.EN, PaperSize.LETTER)).images();
        assertEquals(plain + 1, Pdf.read(render(withLogo, Language.EN, PaperSize.LETTER)).images());
        assertEquals(plain, Pdf.read(render(broken, Language.EN, PaperSize.LETTER)).images());
    }

    @Test
    void defaultClinicNeedsNoSettings() throws IOException {
        DocumentInput input = DocumentInput.of(Samples.zoe(), Samples.input(Samples.zoe()).plan(), Samples.CATALOG);
        String text = Pdf.read(render(input, Language.EN, PaperSize.LETTER)).flat();
        assertTrue(text.contains(ClinicProfile.DEFAULT_NAME));
        assertTrue(text.contains("Ask us at the front desk"), "no phone to print");
        assertFalse(text.contains("Consultation no."), "no number given");
    }

    @Test
    void rendersConcurrentlyWithTheSameResult() throws Exception {
        DocumentInput input = Samples.input(Samples.zoe());
        String expected = Pdf.read(render(input, Language.EN, PaperSize.LETTER)).text();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Language l = i % 2 == 0 ? Language.EN : Language.ES;
                Intake intake = i % 3 == 0 ? Samples.deferred() : Samples.zoe();
                results.add(pool.submit(() -> Pdf.read(render(Samples.input(intake), l, PaperSize.A4)).text()));
            }
            for (Future<String> f : results) {
                assertFalse(f.get().isBlank());
            }
            assertEquals(expected, Pdf.read(render(input, Language.EN, PaperSize.LETTER)).text());
        } finally {
            pool.shutdownNow();
        }
    }
}
