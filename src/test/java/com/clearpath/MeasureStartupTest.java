package com.clearpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clearpath --measure-startup} in its own JVM, through the real launcher: the window opens (on the headless
 * Monocle platform here), one {@code startup_ms=N} line is printed once the first page is ready, and it exits 0; asked
 * for details, a {@code launch=} line before it says how the JVM was started.
 */
class MeasureStartupTest {
    @TempDir
    Path temp;

    @Test
    void printsTheStartupTimeOnceAndExitsZero() throws Exception {
        measure(temp.resolve("data"));
    }

    /** Runs the measured start; returns its output. */
    private List<String> measure(Path data) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true"));
        if (Runtime.version().feature() >= 24) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--data-dir", data.toString(), "--measure-startup"));
        Path out = temp.resolve("out.txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(temp.resolve("err.txt")
                .toFile()).start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "exits by itself");
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        String err = Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);

        List<String> all = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> lines = all;
        assertEquals(1, lines.size(), "one line: " + all);
        assertTrue(lines.get(0).matches("startup_ms=\\d+"), lines.get(0));
        long ms = Long.parseLong(lines.get(0).substring("startup_ms=".length()));
        assertTrue(ms > 0 && ms <= wallMs + 50, ms + " ms reported, " + wallMs + " ms from spawn to exit");

        String log = Files.readString(data.resolve("logs").resolve("clearpath.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("First page ready for typing " + ms + " ms"), log);
        assertTrue(Files.exists(data.resolve("clearpath.db")) || Files.list(data).anyMatch(f -> f.toString()
                .endsWith(".db")), "it ran on the given folder: " + String.join(File.pathSeparator,
                data.toFile().list()));
        return all;
    }
}
