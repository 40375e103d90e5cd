package com.clearpath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long this process has been running, counted from when the operating system started it (before the JVM
 * loaded), which is what a person waiting for the window feels.
 *
 * <p>On Linux both ends are read from the same clock, ticks since boot: {@code /proc/self/stat} gives the start
 * and {@code /proc/uptime} the present, so the figure is good to about 10 ms. {@link ProcessHandle.Info#startInstant()}
 * is used elsewhere; on Linux it adds the boot time, which the kernel gives only in whole seconds, so its figure
 * can be off by up to a second.
 */
public final class ProcessUptime {
    /** Clock ticks per second of {@code /proc/self/stat}; the kernel's USER_HZ, 100 on every Linux we run on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessUptime() {
    }

    public static Optional<Duration> now() {
        Optional<Duration> linux = fromProc();
        if (linux.isPresent()) {
            return linux;
        }
        return ProcessHandle.current().info().startInstant().map(started -> Duration.between(started, Instant.now()));
    }

    private static Optional<Duration> fromProc() {
        Path stat = Path.of("/proc/self/stat");
        Path uptime = Path.of("/proc/uptime");
        if (!Files.isReadable(stat) || !Files.isReadable(uptime)) {
            return Optional.empty();
        }
        try {
            String s = Files.readString(stat, StandardCharsets.US_ASCII);
            double upSeconds = Double.parseDouble(Files.readString(uptime, StandardCharsets.US_ASCII).trim().split("\\s+")[0]);
            // The command name (field 2) is in parentheses and may hold spaces; the fields after the last ')' start at 3.
            String[] fields = s.substring(s.lastIndexOf(')') + 2).trim().split("\\s+");
            long startTicks = Long.parseLong(fields[22 - 3]);
            double elapsed = upSeconds - startTicks / TICKS_PER_SECOND;
            return elapsed < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(elapsed * 1000)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
