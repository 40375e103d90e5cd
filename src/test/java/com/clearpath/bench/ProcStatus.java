package com.clearpath.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Memory figures of this process from {@code /proc/self/status} (Linux); empty elsewhere. */
public final class ProcStatus {
    private ProcStatus() {
    }

    /** A figure such as {@code VmRSS}, {@code VmHWM} or {@code RssAnon}, in MB. */
    public static Optional<Double> mb(String key) {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(key + ":")) {
                    String[] parts = line.substring(key.length() + 1).trim().split("\\s+");
                    return Optional.of(Long.parseLong(parts[0]) / 1024.0); // kB
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
