package com.clearpath.bench;

import com.clearpath.document.ClinicProfile;
import com.clearpath.document.DocumentInput;
import com.clearpath.document.HandoutRenderer;
import com.clearpath.document.PaperSize;
import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.IntakeJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Handout render time, English on Letter: the first render in a fresh JVM (class loading, font and image
 * preparation included), then the median of 50 warm renders. Run with
 * {@code ./mvnw -q -Pbench test-compile exec:java -Dbench.main=com.clearpath.bench.HandoutBenchmark}.
 */
public final class HandoutBenchmark {
    private HandoutBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long jvmStart = System.nanoTime();
        TreatmentCatalog catalog = TreatmentCatalog.builtIn();
        Intake intake = new Intake(Intake.FORMAT, new Client("Zoë", "Nguyễn", LocalDate.of(1994, 3, 9), null, null),
                LocalDate.of(2026, 11, 20), "J. Park", List.of(
                new Concern(ConcernKind.ROLLING, List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT), 8, true, null),
                new Concern(ConcernKind.ICE_PICK, List.of(Zone.CHEEK_LEFT), 5, false, null),
                new Concern(ConcernKind.PIH, List.of(Zone.FOREHEAD), null, null, PigmentDepth.EPIDERMAL)),
                3, new SkinProfile(4, Sensitivity.SENSITIVE, List.of()), new ActiveAcne(1, false),
                List.of(Screening.COLD_SORE_HISTORY), null, null);
        DocumentInput input = new DocumentInput(intake, new Planner(catalog).plan(intake), catalog,
                new ClinicProfile("Harbor Skin Clinic", "1200 Bayview Avenue, Suite 4\nSan Diego, CA 92101",
                        "+1 619 555 0148", null), "C-2026-0142", LocalDate.of(2026, 11, 22), List.of(), null);
        double setup = (System.nanoTime() - jvmStart) / 1e6;

        HandoutRenderer renderer = new HandoutRenderer();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        int pages = renderer.render(input, Language.EN, PaperSize.LETTER, out);
        double first = (System.nanoTime() - t0) / 1e6;
        int size = out.size();

        int runs = 50;
        double[] warm = new double[runs];
        for (int i = 0; i < 10; i++) {
            renderer.render(input, Language.EN, PaperSize.LETTER, new ByteArrayOutputStream());
        }
        for (int i = 0; i < runs; i++) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            long s = System.nanoTime();
            renderer.render(input, Language.EN, PaperSize.LETTER, o);
            warm[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "handout EN Letter: %d pages, %d KB%n", pages, size / 1024);
        System.out.printf(Locale.ROOT, "  first render (fresh JVM): %.0f ms  (catalog and plan before it: %.0f ms)%n", first, setup);
        System.out.printf(Locale.ROOT, "  warm: median %.1f ms   min %.1f ms   p90 %.1f ms   (%d renders after 10 warm-up)%n",
                warm[runs / 2], warm[0], warm[(int) (runs * 0.9)], runs);
        System.out.printf(Locale.ROOT, "@ handout_first_ms=%.0f%n@ handout_warm_ms=%.1f%n@ handout_warm_min_ms=%.1f%n"
                + "@ handout_warm_p90_ms=%.1f%n@ handout_pages=%d%n", first, warm[runs / 2], warm[0],
                warm[(int) (runs * 0.9)], pages);

        // The slowest kind: a one-page budget no layout meets, so every level is tried before two pages are printed.
        Intake single = caseIntake("/clinical/cases/05-isotretinoin-stopped-2-months-ago-rules.json");
        DocumentInput worst = new DocumentInput(single, new Planner(catalog).plan(single), catalog,
                input.clinic(), "C-2026-0143", LocalDate.of(2026, 11, 22), List.of(), null);
        for (int i = 0; i < 5; i++) {
            renderer.render(worst, Language.EN, PaperSize.LETTER, new ByteArrayOutputStream());
        }
        int worstRuns = 20;
        double[] slow = new double[worstRuns];
        int worstPages = 0;
        for (int i = 0; i < worstRuns; i++) {
            long s = System.nanoTime();
            worstPages = renderer.render(worst, Language.EN, PaperSize.LETTER, new ByteArrayOutputStream());
            slow[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(slow);
        System.out.printf(Locale.ROOT, "handout, single concern over one page (case 05): %d pages, warm median %.1f ms%n",
                worstPages, slow[worstRuns / 2]);
        System.out.printf(Locale.ROOT, "@ handout_every_level_ms=%.1f%n", slow[worstRuns / 2]);
    }

    private static Intake caseIntake(String resource) throws IOException {
        try (InputStream in = HandoutBenchmark.class.getResourceAsStream(resource)) {
            JsonNode root = new ObjectMapper().readTree(in);
            return IntakeJson.read(root.get("intake").toString(), LocalDate.of(2026, 11, 22)).intake();
        }
    }
}
