package com.clearpath.bench;

import com.clearpath.DesktopJvmOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options the installed app runs with, read from the launcher's option file
 * ({@code packaging/launcher.opts}), so benchmarks measure what a clinic gets. Options that name files inside the
 * installed app, like its class-data archive, are left out; the options the packaging script adds by JDK version
 * are added the same way ({@link DesktopJvmOptions}).
 */
final class ShippedFlags {
    private ShippedFlags() {
    }

    static List<String> read() throws IOException {
        Path opts = Path.of("packaging", "launcher.opts");
        if (!Files.isRegularFile(opts)) {
            throw new IOException(opts.toAbsolutePath() + " is missing: run the benchmarks from the project folder");
        }
        return DesktopJvmOptions.of(Files.readAllLines(opts, StandardCharsets.UTF_8), Runtime.version().feature(),
                System.getProperty("os.name", ""));
    }
}
