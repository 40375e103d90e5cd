package com.clearpath.ui;

import com.clearpath.GraphicsChoice;
import com.clearpath.bench.ProcStatus;
import com.clearpath.store.DataFolder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How much memory the app holds after one whole consultation: the real app on a fresh data folder, walked by mouse
 * and keyboard from a new client to the final save, both PDFs and the preview window (the walk of
 * {@link WizardRobot#walkFullConsultation}); then, after the background work has settled, a few garbage
 * collections and one period of the shipped JVM's native heap trim (2.5 s, {@code -Dclearpath.bench.settle.ms}),
 * the resident set and the heap. The target is at most 200 MB resident.
 *
 * <p>Prints one {@code @ key=value} line per figure (the form {@code bench/run} gathers): {@code walk_ms}, {@code rss_mb}, {@code rss_peak_mb},
 * {@code rss_anon_mb}, {@code rss_file_mb} (Linux; {@code NA} elsewhere), {@code heap_used_mb},
 * {@code heap_committed_mb}, {@code nonheap_used_mb}, {@code nonheap_committed_mb}, plus {@code rss_start_mb} (right
 * after the window first showed) and {@code java_version}/{@code glass} for the record. Exits 0, or 1 with the stack
 * trace on stderr when anything fails or the walk takes longer than {@value #WALK_TIMEOUT_SECONDS} s. With
 * {@code -Dclearpath.bench.histogram=N} it also prints the heap's N biggest classes to stderr, and with
 * {@code -Dclearpath.bench.heapdump=FILE.hprof} it writes a heap dump of the live objects there; with
 * {@code -Dclearpath.bench.smaps=FILE} it copies {@code /proc/self/smaps} there and prints the JVM's native memory
 * summary as it changed since the window first showed (add {@code -XX:NativeMemoryTracking=summary}); the map at
 * that moment goes to {@code FILE.start}.
 *
 * <p>Run it in a JVM of its own, as Maven's JVM would distort the figures:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
 * # headless, as the tests run
 * java -Djava.awt.headless=true -Dtestfx.headless=true -Dtestfx.robot=glass -Dprism.order=sw -Dprism.text=t2k \
 *      -Dglass.platform=Monocle -Dmonocle.platform=Headless \
 *      -cp target/test-classes:target/classes:$(cat target/bench-classpath.txt) com.clearpath.ui.ConsultationMemoryBenchmark
 * # on a real (virtual) display, with the GTK glass the app ships with
 * xvfb-run -a -s "-screen 0 1280x1024x24" java -Dtestfx.robot=glass \
 *      -cp target/test-classes:target/classes:$(cat target/bench-classpath.txt) com.clearpath.ui.ConsultationMemoryBenchmark
 * </pre>
 * On JDK 24 and later add {@code --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow}, and build
 * the class path with that JDK (the Monocle version follows the JDK). Quick look through Maven (figures include
 * Maven itself): {@code ./mvnw -q -Pbench test-compile exec:java -Dbench.main=com.clearpath.ui.ConsultationMemoryBenchmark}
 * (with the headless flags in {@code MAVEN_OPTS}, or under {@code xvfb-run}).
 *
 * <p>Without a GPU (Monocle, or Xvfb) Prism draws in software, and the software pipeline keeps its textures in
 * {@code int[]} on the Java heap; on a machine with a graphics card they live in the driver instead, so heap figures
 * from here are on the high side. Run-to-run spread of the resident set is a few tens of MB: take the median of three.
 */
public final class ConsultationMemoryBenchmark {
    static final int WALK_TIMEOUT_SECONDS = 180;
    /** Whatever happens, the process ends by then (a stuck toolkit or exit hook included). */
    private static final int OVERALL_TIMEOUT_SECONDS = WALK_TIMEOUT_SECONDS + 120;
    private static final double MB = 1024.0 * 1024.0;

    private ConsultationMemoryBenchmark() {
    }

    public static void main(String[] args) {
        startWatchdog();
        int status = 1;
        Path temp = null;
        try {
            temp = Files.createTempDirectory("clearpath-memory-");
            run(temp);
            status = 0;
        } catch (Throwable t) {
            t.printStackTrace();
        } finally {
            deleteQuietly(temp);
        }
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    private static void run(Path temp) throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("clinic-data"));
        GraphicsChoice.Outcome graphics = GraphicsChoice.apply(); // as the launcher does, before the toolkit
        FxToolkit.registerPrimaryStage();
        RunningApp running = RunningApp.init(folder);
        FxToolkit.setupFixture(running::start);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitForFxEvents();
        Double rssAtStart = ProcStatus.mb("VmRSS").orElse(null);
        String smapsFile = System.getProperty("clearpath.bench.smaps", "");
        if (!smapsFile.isEmpty()) { // the same, once the window has shown, to compare with the end
            Files.copy(Path.of("/proc/self/smaps"), Path.of(smapsFile + ".start"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            diagnostic("vmNativeMemory", "baseline");
        }

        Path handout = temp.resolve("out/handout.pdf");
        Path summary = temp.resolve("out/summary.pdf");
        ExecutorService walker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "consultation-walk");
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        Future<?> walk = walker.submit(() -> {
            new WizardRobot(robot, running).walkFullConsultation(handout, summary, WizardRobot.Checkpoint.NONE);
            return null;
        });
        try {
            walk.get(WALK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            walk.cancel(true);
            throw new IllegalStateException("The walk took longer than " + WALK_TIMEOUT_SECONDS + " s", e);
        } finally {
            walker.shutdownNow();
        }
        long walkMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

        // Let the background work that follows a consultation (autosave, document writers) finish, then collect.
        Thread.sleep(2000);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        // The shipped JVM hands native memory that was freed back to the system every 2 s (TrimNativeHeapInterval):
        // read the figures once that has happened after the collections, as they stand a few seconds after the walk.
        Thread.sleep(Long.getLong("clearpath.bench.settle.ms", 2500));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        MemoryUsage heap = memory.getHeapMemoryUsage();
        MemoryUsage nonHeap = memory.getNonHeapMemoryUsage();
        print("java_version", System.getProperty("java.version"));
        print("glass", glass());
        print("graphics", graphics.name());
        print("walk_ms", Long.toString(walkMs));
        print("rss_start_mb", mb(rssAtStart));
        print("rss_mb", mb(ProcStatus.mb("VmRSS").orElse(null)));
        print("rss_peak_mb", mb(ProcStatus.mb("VmHWM").orElse(null)));
        print("rss_anon_mb", mb(ProcStatus.mb("RssAnon").orElse(null)));
        print("rss_file_mb", mb(ProcStatus.mb("RssFile").orElse(null)));
        print("heap_used_mb", mb(heap.getUsed() / MB));
        print("heap_committed_mb", mb(heap.getCommitted() / MB));
        print("nonheap_used_mb", mb(nonHeap.getUsed() / MB));
        print("nonheap_committed_mb", mb(nonHeap.getCommitted() / MB));
        int histogram = Integer.getInteger("clearpath.bench.histogram", 0);
        if (histogram > 0) {
            printHistogram(histogram);
        }
        String heapDump = System.getProperty("clearpath.bench.heapdump", "");
        if (!heapDump.isEmpty()) {
            ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
                    .dumpHeap(heapDump, true);
            System.err.println("heap dump: " + heapDump);
        }
        String smaps = System.getProperty("clearpath.bench.smaps", "");
        if (!smaps.isEmpty()) {
            Files.copy(Path.of("/proc/self/smaps"), Path.of(smaps), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            diagnostic("vmNativeMemory", "summary.diff").lines().forEach(System.err::println);
        }

        WaitForAsyncUtils.asyncFx(running::stop).get(30, TimeUnit.SECONDS);
        Platform.exit();
    }

    /** The heap's biggest classes, to stderr, as {@code jcmd <pid> GC.class_histogram} shows them. */
    private static void printHistogram(int lines) {
        diagnostic("gcClassHistogram").lines().limit(lines + 2L).forEach(System.err::println);
    }

    /** What a {@code jcmd} command prints, run in this JVM (for example {@code vmNativeMemory summary}). */
    private static String diagnostic(String operation, String... arguments) {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                    new Object[] {arguments}, new String[] {String[].class.getName()});
            return text.toString();
        } catch (Exception e) {
            return "no " + operation + ": " + e;
        }
    }

    private static String glass() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> com.sun.glass.ui.Application.GetApplication().getClass()
                    .getSimpleName()).get(5, TimeUnit.SECONDS);
        } catch (Exception | LinkageError e) {
            return System.getProperty("glass.platform", "default");
        }
    }

    private static String mb(Double value) {
        return value == null ? "NA" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static void print(String key, String value) {
        System.out.println("@ " + key + "=" + value);
    }

    private static void startWatchdog() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(OVERALL_TIMEOUT_SECONDS));
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("ConsultationMemoryBenchmark: still running after " + OVERALL_TIMEOUT_SECONDS
                    + " s, stopping");
            Thread.getAllStackTraces().forEach((t, stack) -> {
                System.err.println("\"" + t.getName() + "\"");
                for (StackTraceElement e : stack) {
                    System.err.println("    at " + e);
                }
            });
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }, "benchmark-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover in the temp folder is harmless
                }
            });
        } catch (IOException e) {
            // likewise
        }
    }
}
