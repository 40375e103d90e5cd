package com.clearpath.bench;

import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.PlanJson;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Plan computation benchmark: warm-up, then repeated timed runs over a mix of realistic intakes, reporting median,
 * p90, p99 and the spread between rounds. Run with {@code ./mvnw -q -Pbench test-compile exec:java}.
 */
public final class PlanBenchmark {
    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        Planner planner = new Planner(TreatmentCatalog.builtIn());
        List<Intake> mix = mix();
        boolean quick = Arrays.asList(args).contains("--quick");
        int warmup = quick ? 5_000 : 50_000;
        int rounds = quick ? 2 : 5;
        int perRound = quick ? 2_000 : 20_000;
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += planner.plan(mix.get(i % mix.size())).recommendations().size();
        }
        double[] medians = new double[rounds];
        long[] all = new long[rounds * perRound];
        for (int r = 0; r < rounds; r++) {
            long[] times = new long[perRound];
            for (int i = 0; i < perRound; i++) {
                Intake intake = mix.get(i % mix.size());
                long t0 = System.nanoTime();
                sink += planner.plan(intake).excluded().size();
                times[i] = System.nanoTime() - t0;
            }
            System.arraycopy(times, 0, all, r * perRound, perRound);
            Arrays.sort(times);
            medians[r] = times[perRound / 2] / 1000.0;
        }
        Arrays.sort(all);
        long t0 = System.nanoTime();
        int jsonRuns = 5_000;
        for (int i = 0; i < jsonRuns; i++) {
            sink += PlanJson.write(planner.plan(mix.get(i % mix.size()))).length();
        }
        double withJson = (System.nanoTime() - t0) / 1000.0 / jsonRuns;
        // Every plan carries its protocol; these intakes also have an event date, so the calendar is arranged too.
        List<Intake> withEvent = withEvents(mix);
        long[] protocol = new long[rounds * perRound];
        for (int i = 0; i < protocol.length; i++) {
            Intake intake = withEvent.get(i % withEvent.size());
            long start = System.nanoTime();
            sink += planner.plan(intake).protocol().visits().size();
            protocol[i] = System.nanoTime() - start;
        }
        Arrays.sort(protocol);
        Arrays.sort(medians);
        System.out.printf(Locale.ROOT, "plan computation (%d intakes x %d runs, after %d warm-up)%n", mix.size(),
                rounds * perRound, warmup);
        System.out.printf(Locale.ROOT, "  median %.1f us   p90 %.1f us   p99 %.1f us   round medians %.1f-%.1f us%n",
                pct(all, 0.5), pct(all, 0.9), pct(all, 0.99), medians[0], medians[rounds - 1]);
        System.out.printf(Locale.ROOT, "  plan + JSON text: mean %.1f us%n", withJson);
        double pm = pct(protocol, 0.5);
        double p99 = pct(protocol, 0.99);
        System.out.printf(Locale.ROOT, "plan with protocol and calendar, event dates arranged (%d intakes x %d runs)%n",
                withEvent.size(), protocol.length);
        System.out.printf(Locale.ROOT, "  median %.1f us (target <= 1000: %s)   p99 %.1f us (target <= 5000: %s)%n",
                pm, pm <= 1000 ? "met" : "NOT MET", p99, p99 <= 5000 ? "met" : "NOT MET");
        System.out.println("  (checksum " + sink + ")");
        System.out.printf(Locale.ROOT, "@ plan_median_us=%.1f%n@ plan_p99_us=%.1f%n@ plan_round_min_us=%.1f%n"
                + "@ plan_round_max_us=%.1f%n", pct(all, 0.5), pct(all, 0.99), medians[0], medians[rounds - 1]);
        System.out.printf(Locale.ROOT, "@ protocol_plan_median_us=%.1f%n@ protocol_plan_p99_us=%.1f%n", pm, p99);
    }

    private static double pct(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))] / 1000.0;
    }

    /** The mix with event dates: one far ahead, one mid-course (a pause), one too soon, one that cannot fit. */
    static List<Intake> withEvents(List<Intake> mix) {
        LocalDate[] events = {LocalDate.of(2028, 1, 22), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 11, 28),
                LocalDate.of(2026, 12, 25)};
        List<Intake> out = new java.util.ArrayList<>();
        for (int i = 0; i < mix.size(); i++) {
            out.add(mix.get(i).withDates(events[i % events.length], null));
        }
        return out;
    }

    static List<Intake> mix() {
        Client c = new Client("Ana", "Reyes", LocalDate.of(1996, 4, 12), null, null);
        LocalDate on = LocalDate.of(2026, 11, 20);
        return List.of(
                new Intake(Intake.FORMAT, c, on, "J. Park", List.of(
                        new Concern(ConcernKind.ROLLING, List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT), 8, true, null),
                        new Concern(ConcernKind.ICE_PICK, List.of(Zone.CHEEK_LEFT), 5, null, null),
                        new Concern(ConcernKind.PIH, List.of(Zone.FOREHEAD), null, null, PigmentDepth.EPIDERMAL)),
                        3, new SkinProfile(4, Sensitivity.SENSITIVE, List.of()), new ActiveAcne(1, false),
                        List.of(Screening.COLD_SORE_HISTORY), null, null),
                new Intake(Intake.FORMAT, c, on, null, List.of(new Concern(ConcernKind.BOXCAR_SHALLOW, List.of(Zone.CHEEK_LEFT))),
                        null, new SkinProfile(2, Sensitivity.NORMAL, List.of()), new ActiveAcne(0, false), List.of(), null, null),
                new Intake(Intake.FORMAT, c, on, null, List.of(new Concern(ConcernKind.ROLLING, List.of(Zone.CHEEK_LEFT))),
                        null, new SkinProfile(3, Sensitivity.NORMAL, List.of()), new ActiveAcne(3, true),
                        List.of(Screening.ISOTRETINOIN_RECENT, Screening.ANTICOAGULANT_OR_BLEEDING_DISORDER), null, null),
                new Intake(Intake.FORMAT, c, on, null, List.of(new Concern(ConcernKind.KELOID, List.of(Zone.CHEST)),
                        new Concern(ConcernKind.PIE, List.of(Zone.CHIN))), null,
                        new SkinProfile(6, Sensitivity.VERY_SENSITIVE, List.of()), new ActiveAcne(0, false),
                        List.of(Screening.KELOID_TENDENCY, Screening.RECENT_SUN_OR_TAN), null, null));
    }
}
