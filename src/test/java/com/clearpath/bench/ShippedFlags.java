package com.clearpath.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the installed app runs with, read from the launcher's option file
 * ({@code packaging/launcher.opts}), so benchmarks measure what a clinic gets. Options that name files inside the
 * installed app, like its class-data archive, are left out; the options the packaging script adds by JDK version
 * (native access from 22, and on Linux the native heap trim, unsafe memory access from 24, compact object
 * headers from 25) are added the same way.
 */
final class ShippedFlags {
    private ShippedFlags() {
    }

    static List<String> read() throws IOException {
        List<String> flags = new ArrayList<>();
        Path opts = Path.of("packaging", "launcher.opts");
        if (!Files.isRegularFile(opts)) {
            throw new IOException(opts.toAbsolutePath() + " is missing: run the benchmarks from the project folder");
        }
        for (String line : Files.readAllLines(opts, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith("--java-options ") && !l.contains("$APPDIR")) {
                flags.add(l.substring("--java-options ".length()).strip().replace("\"", ""));
            }
        }
        if (Runtime.version().feature() >= 22) {
            flags.add("--enable-native-access=ALL-UNNAMED");
            if (System.getProperty("os.name", "").startsWith("Linux")) {
                flags.add("-XX:TrimNativeHeapInterval=2000");
            }
        }
        if (Runtime.version().feature() >= 25) {
            flags.add("-XX:+UseCompactObjectHeaders");
        }
        if (Runtime.version().feature() >= 24) {
            flags.add("--sun-misc-unsafe-memory-access=allow");
        }
        return flags;
    }
}
