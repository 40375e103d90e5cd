package com.clearpath.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The performance suite: every benchmark in a JVM of its own, started with the options the installed app runs
 * with, then one table of the figures against their targets (printed, and written to
 * {@code target/bench/results.md}). Run it with {@code bench/run}, which builds the app and provides a display.
 *
 * <p>{@code --quick} runs each part briefly on a small record set: a check that the suite works, not figures.
 */
public final class BenchSuite {
    private static final Pattern FIGURE = Pattern.compile("^@ ([a-z0-9_]+)=(\\S+)$");
    private static final long STEP_TIMEOUT_MIN = 20;

    private final boolean quick;
    private final String java;
    private final String classPath;
    private final List<String> jvmFlags;
    private final Map<String, String> figures = new LinkedHashMap<>();
    /** The figures the last step printed. */
    private final Map<String, String> lastStep = new LinkedHashMap<>();
    private final List<String> failed = new ArrayList<>();

    private BenchSuite(boolean quick) throws IOException {
        this.quick = quick;
        this.java = ProcessHandle.current().info().command().orElse("java");
        this.classPath = System.getProperty("java.class.path");
        this.jvmFlags = ShippedFlags.read();
    }

    public static void main(String[] args) throws Exception {
        BenchSuite suite = new BenchSuite(Arrays.asList(args).contains("--quick"));
        long t0 = System.nanoTime();
        suite.step("start-up", StartupBenchmark.class.getName(), suite.quick ? "2" : "7");
        suite.step("plan", PlanBenchmark.class.getName(), suite.quick ? "--quick" : "");
        suite.step("records", "com.clearpath.store.RecordsBenchmark", suite.quick ? "--quick" : "");
        suite.step("handout", HandoutBenchmark.class.getName());
        suite.step("photos", PhotoBenchmark.class.getName(), suite.quick ? "--quick" : "");
        suite.step("import", ImportBenchmark.class.getName(), List.of("-Xmx256m"), suite.quick ? "2000" : "20000");
        suite.memory(suite.quick ? 1 : 3);
        String table = suite.table((System.nanoTime() - t0) / 1e9);
        System.out.println();
        System.out.println(table);
        Path out = Path.of("target", "bench", "results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n", StandardCharsets.UTF_8);
        System.out.println("(also in " + out + ")");
        if (!suite.failed.isEmpty()) {
            System.err.println("failed: " + suite.failed);
            System.exit(1);
        }
    }

    /**
     * The memory walk, {@code runs} times in fresh JVMs: the resident set moves by several MB from run to run (how
     * much of the display's shared pixel buffers the run happened to touch), so the table shows the run with the
     * median resident set, all its figures together, and the lowest and highest beside it.
     */
    private void memory(int runs) throws IOException, InterruptedException {
        List<Map<String, String>> results = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            step(runs == 1 ? "memory" : "memory " + i + "/" + runs, "com.clearpath.ui.ConsultationMemoryBenchmark",
                    List.of("-Dtestfx.robot=glass"));
            if (parse(lastStep.get("rss_mb")) != null) {
                results.add(new LinkedHashMap<>(lastStep));
            }
        }
        if (results.isEmpty()) {
            return;
        }
        results.sort(Comparator.comparing(r -> parse(r.get("rss_mb"))));
        figures.putAll(results.get(results.size() / 2));
        figures.put("rss_min_mb", results.get(0).get("rss_mb"));
        figures.put("rss_max_mb", results.get(results.size() - 1).get("rss_mb"));
        figures.put("rss_runs", Integer.toString(results.size()));
    }

    private static Double parse(String value) {
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void step(String name, String mainClass, String... args) throws IOException, InterruptedException {
        step(name, mainClass, List.of(), args);
    }

    private void step(String name, String mainClass, List<String> extraFlags, String... args)
            throws IOException, InterruptedException {
        System.out.println("== " + name);
        lastStep.clear();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmFlags);
        command.addAll(extraFlags);
        command.addAll(List.of("-cp", classPath, mainClass));
        Arrays.stream(args).filter(a -> !a.isEmpty()).forEach(command::add);
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        // As the desktop entry starts the installed app: GTK leaves OpenGL unloaded.
        builder.environment().putIfAbsent("GDK_GL", "disable");
        Process p = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = FIGURE.matcher(line);
                if (m.matches()) {
                    figures.put(m.group(1), m.group(2));
                    lastStep.put(m.group(1), m.group(2));
                } else {
                    System.out.println("   " + line);
                }
            }
        }
        if (!p.waitFor(STEP_TIMEOUT_MIN, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        int exit = p.isAlive() ? -1 : p.exitValue();
        System.out.printf(Locale.ROOT, "   (%s: %.0f s, exit %d)%n", name, (System.nanoTime() - t0) / 1e9, exit);
        if (exit != 0) {
            failed.add(name);
        }
    }

    private String table(double seconds) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "Clearpath Consult performance, %s, Java %s, %d cores%s%n%n",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                quick ? " (--quick: a check that the suite runs, not figures)" : ""));
        t.append("| Measure | Result | Spread | Target | Met |\n|---|---|---|---|---|\n");
        row(t, "Start-up, `java -jar` (process start to first page ready for typing; the JVM's defaults)",
                ms("startup_app_ms"), range("startup_app_min_ms", "startup_app_max_ms", "ms"), "", null);
        row(t, "Empty JavaFX stage, same command and measure", ms("startup_empty_ms"),
                range("startup_empty_min_ms", "startup_empty_max_ms", "ms"), "", null);
        row(t, "Start-up ratio, `java -jar` app / empty stage", ratio("startup_ratio"), "", "", null);
        row(t, "Start-up as installed (launcher's JVM options and " + figures.getOrDefault("startup_archive", "archive")
                .replace('-', ' ') + ")", ms("startup_installed_ms"),
                range("startup_installed_min_ms", "startup_installed_max_ms", "ms"), "", null);
        row(t, "Empty stage with the same options, choice of renderer and its own archive", ms("startup_empty_installed_ms"),
                range("startup_empty_installed_min_ms", "startup_empty_installed_max_ms", "ms"), "", null);
        row(t, "Start-up ratio, installed app / empty stage with the same options", ratio("startup_ratio_installed"),
                "", "≤ 1.3×", atMost("startup_ratio_installed", 1.3));
        row(t, "Reference: a page of plain JavaFX controls (7 labelled fields, 2 buttons, the theme), installed the same "
                + "way", ms("startup_form_installed_ms"), range("startup_form_installed_min_ms",
                "startup_form_installed_max_ms", "ms") + "; " + ratio("startup_ratio_form") + " the empty stage", "",
                null);
        row(t, "Start-up ratio, installed app / plain empty stage", ratio("startup_ratio_installed_to_plain"), "",
                "≤ 1.3×", atMost("startup_ratio_installed_to_plain", 1.3));
        row(t, "Plan computation, median", us("plan_median_us"), range("plan_round_min_us", "plan_round_max_us", "µs")
                + " (round medians)", "≤ 1 ms", atMost("plan_median_us", 1000));
        row(t, "Plan computation, p99", us("plan_p99_us"), "", "≤ 1 ms", atMost("plan_p99_us", 1000));
        String scale = figures.containsKey("records_clients") ? String.format(Locale.ROOT, " (%,d clients, %,d consultations)",
                Long.parseLong(figures.get("records_clients")), Long.parseLong(figures.get("records_consultations"))) : "";
        row(t, "Client search as you type, p50" + scale, ms("search_p50_ms"), "", "", null);
        row(t, "Client search as you type, p95", ms("search_p95_ms"), "max " + ms("search_max_ms"), "≤ 10 ms",
                atMost("search_p95_ms", 10));
        row(t, "Durable save of a consultation, median", ms("save_median_ms"), range("save_min_ms", "save_p95_ms", "ms")
                + " (min–p95)", "≤ 5 ms", atMost("save_median_ms", 5));
        row(t, "Discarding a draft, median", ms("discard_median_ms"), "p95 " + ms("discard_p95_ms"), "", null);
        row(t, "Handout PDF, first in a fresh JVM", ms("handout_first_ms"), "", "", null);
        row(t, "Handout PDF, warm median", ms("handout_warm_ms"), range("handout_warm_min_ms", "handout_warm_p90_ms",
                "ms") + " (min–p90)", "≤ 100 ms", atMost("handout_warm_ms", 100));
        row(t, "Handout PDF, single concern trying every layout (case 05)", ms("handout_every_level_ms"), "", "", null);
        row(t, "Photo added (" + value("photo_megapixels") + " MP JPEG) until its thumbnail is decoded, median",
                ms("photo_add_ms"), "", "≤ 300 ms",
                atMost("photo_add_ms", 300));
        row(t, "Gallery of " + value("photo_gallery_count") + " photos read and decoded, median", ms("photo_gallery_ms"),
                "", "≤ 200 ms", atMost("photo_gallery_ms", 200));
        row(t, "Heap after browsing the gallery's full photos in the viewer, at screen size", mb("photo_browse_heap_mb"), "",
                "≤ 100 MB", atMost("photo_browse_heap_mb", 100));
        row(t, "Import of " + value("import_consultations") + " consultations (" + mb("import_file_mb")
                + " export file), check and import, heap limit " + mb("import_heap_max_mb"), figures.containsKey("import_s")
                ? value("import_s") + " s" : "—", "check " + value("import_check_s") + " s; heap peak "
                + mb("import_heap_peak_mb"), "≤ 256 MB heap", atMost("import_heap_peak_mb", 256));
        row(t, "Resident memory after a full consultation" + (figures.containsKey("rss_runs")
                        && !"1".equals(value("rss_runs")) ? ", median of " + value("rss_runs") + " walks" : ""),
                mb("rss_mb"), (figures.containsKey("rss_runs") && !"1".equals(value("rss_runs"))
                        ? range("rss_min_mb", "rss_max_mb", "MB") + "; " : "") + "peak " + mb("rss_peak_mb"),
                "≤ 200 MB", atMost("rss_mb", 200));
        row(t, "Heap used after a full consultation (after GC)", mb("heap_used_mb"), "committed "
                + mb("heap_committed_mb"), "", null);
        row(t, "Empty JavaFX stage, peak resident at its first frame (installed options)", mb("empty_rss_peak_mb"),
                "", "", null);
        t.append(String.format(Locale.ROOT, "%nSuite time %.0f s.%s%n", seconds,
                failed.isEmpty() ? "" : " Failed parts: " + failed + "."));
        return t.toString();
    }

    private static void row(StringBuilder t, String measure, String result, String spread, String target, Boolean met) {
        t.append("| ").append(measure).append(" | ").append(result).append(" | ").append(spread).append(" | ")
                .append(target).append(" | ").append(met == null ? "" : met ? "yes" : "**no**").append(" |\n");
    }

    private String value(String key) {
        return figures.getOrDefault(key, "—");
    }

    private String ms(String key) {
        return figures.containsKey(key) ? value(key) + " ms" : "—";
    }

    private String us(String key) {
        return figures.containsKey(key) ? value(key) + " µs" : "—";
    }

    private String mb(String key) {
        return figures.containsKey(key) ? value(key) + " MB" : "—";
    }

    private String ratio(String key) {
        return figures.containsKey(key) ? value(key) + "×" : "—";
    }

    private String range(String min, String max, String unit) {
        return figures.containsKey(min) && figures.containsKey(max) ? value(min) + "–" + value(max) + " " + unit : "";
    }

    private Boolean atMost(String key, double limit) {
        try {
            return figures.containsKey(key) ? Double.parseDouble(figures.get(key)) <= limit : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
