package com.clearpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class AppLoggingTest {
    @Test
    void aLogOnAFullDiskPrintsNothingOnTheConsole() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs /dev/full (Linux)");
        PrintStream before = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            AppLogging.RollingFileHandler h = new AppLogging.RollingFileHandler(full);
            LogRecord r = new LogRecord(Level.SEVERE, "Command failed: import");
            r.setThrown(new java.io.IOException("No space left on device"));
            h.publish(r);
            h.close();
        } finally {
            System.setErr(before);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "a command's one-line message stays alone on stderr");
    }
}
