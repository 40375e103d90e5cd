package com.clearpath;

import com.clearpath.store.PrivateFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.logging.ErrorManager;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Sends java.util.logging to {@code logs/clearpath.log} in the data folder, rotating at 1 MiB and keeping five
 * older files ({@code clearpath.1.log} newest). Nothing goes to the console, so command output stays clean.
 * Code that logs must never pass client names, birth dates or notes: log ids and codes only.
 */
public final class AppLogging {
    static final long LIMIT_BYTES = 1024 * 1024;
    static final int KEEP = 5;

    private AppLogging() {
    }

    /** Configures logging into {@code logsDir}; failures leave logging off rather than stopping the app. */
    public static void configure(Path logsDir) {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
            h.close();
        }
        try {
            PrivateFiles.ensureFolder(logsDir);
            root.addHandler(new RollingFileHandler(logsDir.resolve("clearpath.log")));
            root.setLevel(Level.INFO);
        } catch (IOException | RuntimeException e) {
            root.setLevel(Level.OFF);
        }
    }

    /** True if log records already go to a file in {@code logsDir} (the launcher configures it before the app starts). */
    public static boolean isConfiguredFor(Path logsDir) {
        Path wanted = logsDir.toAbsolutePath().normalize();
        for (Handler h : LogManager.getLogManager().getLogger("").getHandlers()) {
            if (h instanceof RollingFileHandler rolling
                    && rolling.file.toAbsolutePath().normalize().getParent().equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    static final class RollingFileHandler extends StreamHandler {
        private final Path file;
        private long written;

        RollingFileHandler(Path file) throws IOException {
            this.file = file;
            // A log that cannot be written (disk full) stays silent: the default prints a stack trace on stderr, in
            // the middle of a command's one-line message.
            setErrorManager(new ErrorManager() {
                @Override
                public void error(String msg, Exception ex, int code) {
                    // the failure that filled the disk is reported by whoever hit it
                }
            });
            setFormatter(new LineFormatter());
            setEncoding("UTF-8");
            open();
        }

        private void open() throws IOException {
            // A log names consultations and files; owner-only like the rest of the data folder, whatever the umask.
            if (!Files.exists(file)) {
                try {
                    PrivateFiles.createFile(file);
                } catch (FileAlreadyExistsException e) {
                    // another process of the app created it meanwhile
                }
            }
            PrivateFiles.restrict(file);
            OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            written = Files.size(file);
            setOutputStream(out);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String line = getFormatter().format(record);
            if (written + line.length() > LIMIT_BYTES && written > 0) {
                rotate();
            }
            super.publish(record);
            flush();
            written += line.getBytes(StandardCharsets.UTF_8).length;
        }

        private void rotate() {
            try {
                super.close();
                String base = file.getFileName().toString().replace(".log", "");
                Path dir = file.getParent();
                Files.deleteIfExists(dir.resolve(base + "." + KEEP + ".log"));
                for (int i = KEEP - 1; i >= 1; i--) {
                    Path from = dir.resolve(base + "." + i + ".log");
                    if (Files.exists(from)) {
                        Files.move(from, dir.resolve(base + "." + (i + 1) + ".log"), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Files.move(file, dir.resolve(base + ".1.log"), StandardCopyOption.REPLACE_EXISTING);
                open();
            } catch (IOException e) {
                reportError("Log rotation failed", e, 0);
            }
        }
    }

    static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder(160);
            sb.append(Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter sw = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(sw));
                sb.append(sw);
            }
            return sb.toString();
        }
    }
}
