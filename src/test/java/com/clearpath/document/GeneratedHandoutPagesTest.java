package com.clearpath.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.IntakeGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The handout's page budget over generated intakes, in both languages on both papers, read back with PDFBox: a
 * mixed-scar plan is at most two pages, and no plan is more; every handout still carries the chosen treatments'
 * aftercare and one "If you prefer" line for each step with alternatives. A failure names the seed:
 * {@code IntakeGenerator.generate(new Random(seed), TODAY)} rebuilds the intake.
 */
class GeneratedHandoutPagesTest {
    // 60 intakes give about 40 mixed-scar and 20 single-concern plans, with and without holds, in a quarter of the time.
    static final int CASES = 60;
    /** Of the single-concern plans, the share that must fit one page in each language on each paper. */
    static final int ONE_PAGE_PERCENT = 73;
    static final long BASE_SEED = 20_261_122_000L;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final AtomicInteger RENDERED = new AtomicInteger();
    private static final HandoutRenderer RENDERER = new HandoutRenderer();

    @TestFactory
    Stream<DynamicTest> everyHandoutKeepsItsBudgetAndItsCare() {
        return IntStream.range(0, CASES).mapToObj(i -> DynamicTest.dynamicTest("seed " + (BASE_SEED + i),
                () -> check(BASE_SEED + i)));
    }

    @AfterAll
    static void enoughWereRendered() {
        // Plans without a protocol are refused (NothingToPrint); most generated intakes do have one.
        assertTrue(RENDERED.get() >= CASES * 4 / 2, "rendered " + RENDERED.get());
    }

    private static void check(long seed) throws IOException {
        Intake intake = IntakeGenerator.generate(new Random(seed), TODAY);
        DocumentInput input = Samples.input(intake);
        if (input.plan().protocol() == null || input.plan().protocol().steps().isEmpty()) {
            return;
        }
        boolean mixed = intake.concernKinds().size() > 1;
        for (Language language : Language.values()) {
            for (PaperSize paper : PaperSize.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int pages = RENDERER.render(input, language, paper, out);
                String where = "seed " + seed + " " + intake.concernKinds() + " " + language + " " + paper;
                // The text is read on one of the four, the language alternating by seed (the wording is the same on
                // either paper; reading it back is most of this test's time).
                boolean read = language == (seed % 2 == 0 ? Language.EN : Language.ES)
                        && paper == (seed % 2 == 0 ? PaperSize.LETTER : PaperSize.A4);
                int counted;
                if (read) {
                    Pdf pdf = Pdf.read(out.toByteArray());
                    counted = pdf.pageCount();
                    careAndAlternatives(input, language, pdf.flat(), where);
                } else {
                    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                        counted = doc.getNumberOfPages();
                    }
                }
                assertEquals(pages, counted);
                // Two pages for a mixed-scar plan; a single concern is one page for most, never more than two yet.
                assertTrue(counted <= 2, where + (mixed ? ": a mixed-scar plan" : ": a single concern") + " on "
                        + counted + " pages");
                RENDERED.incrementAndGet();
            }
        }
    }

    /** The aftercare of the treatments whose care the handout gives, each line said (once, perhaps merged), and the alternatives. */
    static void careAndAlternatives(DocumentInput input, Language language, String text, String where) {
        boolean waits = input.plan().status() == PlanStatus.DEFER || input.plan().protocol().startsAfterHolds();
        Set<Treatment> cared = new LinkedHashSet<>();
        for (ProtocolStep s : input.plan().protocol().steps()) {
            // While the plan waits, the procedures' care is given when they are booked.
            if (s.treatment() != Treatment.SUN_PROTECTION && !(waits && s.treatment().procedure())) {
                cared.add(s.treatment());
            }
        }
        List<String> all = new ArrayList<>();
        cared.forEach(t -> all.addAll(input.catalog().get(t).aftercare().in(language)));
        for (String line : all) {
            // A line restated by a longer one of another chosen treatment is printed in the longer wording.
            boolean said = text.contains(line) || all.stream().anyMatch(longer -> longer.length() > line.length()
                    && words(longer).containsAll(words(line)) && text.contains(longer));
            assertTrue(said, where + ": aftercare missing: " + line);
        }
        String prefer = language == Language.EN ? "If you prefer:" : "Si lo prefiere:";
        int expected = 0;
        for (ProtocolStep s : input.plan().protocol().steps()) {
            // While the plan waits, a procedure is named in one line; its alternatives are gone through when booked.
            if (!s.alternatives().isEmpty() && !(waits && s.treatment().procedure())) {
                expected++;
                for (Treatment a : s.alternatives()) {
                    String name = shortName(input.catalog().get(a).name().in(language));
                    assertTrue(text.contains(name), where + ": alternative " + name);
                }
            }
        }
        int lines = text.split(java.util.regex.Pattern.quote(prefer), -1).length - 1;
        assertEquals(expected, lines, where + ": one \"" + prefer + "\" line per step with alternatives");
    }

    private static String shortName(String n) {
        int open = n.lastIndexOf(" (");
        return open > 0 && n.endsWith(")") ? n.substring(0, open) : n;
    }

    private static Set<String> words(String line) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * One page is the aim for a single-concern plan; a plan whose chosen treatments' aftercare does not fit one page
     * at the smallest type we print (8.5 pt) takes two, never more. Decision 0018 has the figures; the floor is
     * what the layout reaches today, so a change that loses ground fails here.
     */
    @Test
    void singleConcernPlansFitOnePageAsARule() throws IOException {
        int plans = 0;
        int[][] onePage = new int[Language.values().length][PaperSize.values().length];
        for (int i = 0; i < CASES; i++) {
            Intake intake = IntakeGenerator.generate(new Random(BASE_SEED + i), TODAY);
            DocumentInput input = Samples.input(intake);
            if (intake.concernKinds().size() > 1 || input.plan().protocol() == null) {
                continue;
            }
            plans++;
            for (Language language : Language.values()) {
                for (PaperSize paper : PaperSize.values()) {
                    int pages = RENDERER.render(input, language, paper, new ByteArrayOutputStream());
                    assertTrue(pages <= 2, "seed " + (BASE_SEED + i) + " " + language + " " + paper + ": " + pages);
                    if (pages == 1) {
                        onePage[language.ordinal()][paper.ordinal()]++;
                    }
                }
            }
        }
        String counts = Arrays.deepToString(onePage) + " of " + plans;
        for (int[] byPaper : onePage) {
            for (int n : byPaper) {
                assertTrue(n * 100 >= plans * ONE_PAGE_PERCENT, "single-concern plans on one page [EN, ES][Letter, A4]: "
                        + counts);
            }
        }
    }
}
