package com.clearpath.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Start-up: process start to the first consultation page ready for typing ({@code clearpath --measure-startup}),
 * next to an empty JavaFX window of the same size timed the same way ({@link EmptyStage}), each in a fresh JVM.
 * The variants are run in turns so that whatever else the machine is doing weighs on all alike: both as a plain
 * {@code java} command, and both as the installed app runs (its JVM options, and an ahead-of-time cache on JDK 25
 * or a class-data archive before, recorded from one of its own starts, as {@code packaging/package.sh} makes them).
 * A plain {@code java -jar} runs in the JVM as started, with the JVM's defaults.
 *
 * <p>Needs a display (the suite runs it under Xvfb). Arguments: {@code [runs] [path to clearpath.jar]}.
 * Prints a line per variant and {@code @ key=value} lines for the suite.
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_S = 90;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path jar = Path.of(args.length > 1 ? args[1] : "target/clearpath.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it with ./mvnw package -DskipTests");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path work = Files.createDirectories(Path.of("target", "bench", "startup")).toAbsolutePath();
        Path data = work.resolve("data");
        // "app" and "empty" are plain java commands, as a developer starts them; "installed" and "empty_installed"
        // run with the installed app's JVM options and each with an archive recorded from one of its own starts.
        List<String> plain = plainFlags();
        List<String> installed = ShippedFlags.read();

        List<String> app = new ArrayList<>(List.of("-jar", jar.toString(), "--data-dir", data.toString(),
                "--measure-startup"));
        // Class-data archives take only jars, so the empty window goes in one, beside the app's jar (whose manifest
        // brings in the same JavaFX jars).
        List<String> empty = List.of("-cp", emptyStageJar(work) + File.pathSeparator + jar,
                EmptyStage.class.getName());
        // As installed, the empty window also makes the app's choice of renderer (GraphicsChoice), which on a
        // machine without a graphics device skips loading OpenGL: the plain one is JavaFX as it comes.
        List<String> emptyAsInstalled = new ArrayList<>(empty);
        emptyAsInstalled.add(EmptyStage.AS_INSTALLED);
        // The same window with a page of plain JavaFX controls in the app's theme, as installed: see ReferenceForm.
        List<String> formAsInstalled = List.of("-cp", empty.get(1), ReferenceForm.class.getName(),
                EmptyStage.AS_INSTALLED);

        // As packaging/package.sh does: an ahead-of-time cache from JDK 25 on, a class-data archive before.
        boolean aot = Runtime.version().feature() >= 25;
        String suffix = aot ? ".aot" : ".jsa";
        String record = aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=";
        String use = aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        Path appArchive = work.resolve("app" + suffix);
        Path emptyArchive = work.resolve("empty" + suffix);
        Path formArchive = work.resolve("form" + suffix);
        Files.deleteIfExists(appArchive);
        Files.deleteIfExists(emptyArchive);
        Files.deleteIfExists(formArchive);
        // A first start makes the data folder and today's backup; the next ones record each one's archive.
        once(java, installed, List.of(), app);
        once(java, installed, List.of(record + appArchive), app);
        once(java, installed, List.of(record + emptyArchive), emptyAsInstalled);
        once(java, installed, List.of(record + formArchive), formAsInstalled);

        Map<String, Variant> variants = new LinkedHashMap<>();
        variants.put("app", new Variant(plain, app));
        variants.put("empty", new Variant(plain, empty));
        variants.put("installed", new Variant(with(installed, use + appArchive), app));
        variants.put("empty_installed", new Variant(with(installed, use + emptyArchive), emptyAsInstalled));
        variants.put("form_installed", new Variant(with(installed, use + formArchive), formAsInstalled));
        for (Variant v : variants.values()) {
            once(java, v.flags, List.of(), v.args); // warm the file cache
        }
        for (int r = 0; r < runs; r++) {
            for (Variant v : variants.values()) {
                v.add(once(java, v.flags, List.of(), v.args));
            }
        }

        System.out.printf(Locale.ROOT, "start-up, process start to first page ready (%d runs each, %s)%n", runs,
                System.getProperty("java.version"));
        System.out.println("  installed options: " + String.join(" ", installed) + ", with "
                + (aot ? "an ahead-of-time cache" : "a class-data archive") + " each");
        System.out.println("@ startup_archive=" + (aot ? "AOT-cache" : "CDS-archive"));
        for (Map.Entry<String, Variant> e : variants.entrySet()) {
            Variant v = e.getValue();
            System.out.printf(Locale.ROOT, "  %-16s median %5d ms   min %5d   max %5d   (wall to the report: median %d ms)%n",
                    e.getKey(), v.median(), v.min(), v.max(), v.wallMedian());
            System.out.printf(Locale.ROOT, "@ startup_%s_ms=%d%n@ startup_%s_min_ms=%d%n@ startup_%s_max_ms=%d%n",
                    e.getKey(), v.median(), e.getKey(), v.min(), e.getKey(), v.max());
        }
        Variant floor = variants.get("empty_installed");
        if (!floor.peakKb.isEmpty()) {
            // The memory floor: an empty window with the installed options, at its first frame.
            System.out.printf(Locale.ROOT, "  empty stage with the installed options: peak resident %.1f MB%n",
                    Variant.median(floor.peakKb) / 1024.0);
            System.out.printf(Locale.ROOT, "@ empty_rss_peak_mb=%.1f%n", Variant.median(floor.peakKb) / 1024.0);
        }
        double likeForLike = (double) variants.get("app").median() / variants.get("empty").median();
        double installedToPlain = (double) variants.get("installed").median() / variants.get("empty").median();
        double installedLikeForLike = (double) variants.get("installed").median()
                / variants.get("empty_installed").median();
        System.out.printf(Locale.ROOT, "  ratio app / empty: %.2f   installed / empty: %.2f   "
                + "installed / empty_installed: %.2f%n", likeForLike, installedToPlain, installedLikeForLike);
        System.out.printf(Locale.ROOT, "@ startup_ratio=%.2f%n@ startup_ratio_installed_to_plain=%.2f%n"
                + "@ startup_ratio_installed=%.2f%n", likeForLike, installedToPlain, installedLikeForLike);
        double form = (double) variants.get("form_installed").median() / variants.get("empty_installed").median();
        System.out.printf(Locale.ROOT, "  ratio reference form / empty, both installed: %.2f%n@ startup_ratio_form=%.2f%n",
                form, form);
    }

    private static Path emptyStageJar(Path work) throws IOException {
        Path jar = work.resolve("empty-stage.jar");
        // EmptyStage, its inner class and what it calls from the test classes.
        List<String> prefixes = List.of(EmptyStage.class.getName().replace('.', '/'),
                ProcStatus.class.getName().replace('.', '/'), ReferenceForm.class.getName().replace('.', '/'));
        Path classes;
        try {
            classes = Path.of(EmptyStage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             java.util.stream.Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                if (prefixes.stream().anyMatch(name::startsWith)) {
                    out.putNextEntry(new java.util.jar.JarEntry(name));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    /** What a plain {@code java -jar} needs: nothing, but for quieting JDK 22+'s native-access warning. */
    private static List<String> plainFlags() {
        return Runtime.version().feature() >= 22 ? List.of("--enable-native-access=ALL-UNNAMED") : List.of();
    }

    private static List<String> with(List<String> flags, String more) {
        List<String> all = new ArrayList<>(flags);
        all.add(more);
        return all;
    }

    /** Starts one process and returns its own start-up figure and the wall time until it printed it. */
    private static long[] once(String java, List<String> jvm, List<String> flags, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvm);
        command.addAll(flags);
        command.addAll(args);
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = builder.start();
        // A start that hangs (an exception on the FX thread before it reports) is ended, so reading its output stops.
        CompletableFuture.delayedExecutor(TIMEOUT_S, TimeUnit.SECONDS).execute(p::destroyForcibly);
        long reported = -1;
        long wall = -1;
        long peakKb = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("startup_ms=")) {
                    wall = (System.nanoTime() - t0) / 1_000_000;
                    reported = Long.parseLong(line.substring("startup_ms=".length()).trim());
                } else if (line.startsWith("rss_peak_kb=")) {
                    peakKb = Long.parseLong(line.substring("rss_peak_kb=".length()).trim());
                }
            }
        }
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("no exit within " + TIMEOUT_S + " s: " + command);
        }
        if (p.exitValue() != 0 || reported < 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ", reported " + reported + ": " + command);
        }
        return new long[] {reported, wall, peakKb};
    }

    private static final class Variant {
        final List<String> flags;
        final List<String> args;
        final List<Long> reported = new ArrayList<>();
        final List<Long> wall = new ArrayList<>();
        final List<Long> peakKb = new ArrayList<>();

        Variant(List<String> flags, List<String> args) {
            this.flags = flags;
            this.args = args;
        }

        void add(long[] run) {
            reported.add(run[0]);
            wall.add(run[1]);
            if (run[2] > 0) {
                peakKb.add(run[2]);
            }
        }

        long median() {
            return median(reported);
        }

        long wallMedian() {
            return median(wall);
        }

        long min() {
            return reported.stream().mapToLong(Long::longValue).min().orElse(-1);
        }

        long max() {
            return reported.stream().mapToLong(Long::longValue).max().orElse(-1);
        }

        static long median(List<Long> values) {
            long[] a = values.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(a);
            return a.length == 0 ? -1 : a[a.length / 2];
        }
    }
}
