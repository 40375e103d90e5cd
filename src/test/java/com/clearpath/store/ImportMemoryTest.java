package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.bench.ImportBenchmark;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import streams: a file of thousands of consultations with their plans is checked and imported in a child JVM
 * whose heap is 256 MB. Holding the whole file as trees (as import once did) needed about 200 KB of heap per
 * consultation, so this many would not fit; the full 20,000 run is {@code bench/run}'s "import" step.
 */
class ImportMemoryTest {
    @TempDir
    Path temp;

    @Test
    void fiveThousandConsultationsImportInA256MegabyteHeap() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), ImportBenchmark.class.getName(), "5000",
                temp.toString()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "finished");
        assertEquals(0, child.exitValue(), out);
        assertTrue(out.contains("@ import_consultations=5000"), out);
        double peak = Double.parseDouble(out.replaceAll("(?s).*@ import_heap_peak_mb=(\\d+).*", "$1"));
        assertTrue(peak <= 256, out);
    }
}
