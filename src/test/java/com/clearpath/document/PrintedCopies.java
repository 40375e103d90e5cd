package com.clearpath.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a real print queue printed: cups-pdf (set up by .ci/setup-printer) writes each job as a PDF into ~/PDF.
 * Take a {@link #snapshot} before printing, then {@link #awaitNewText} reads the new copy back.
 */
public final class PrintedCopies {
    public static final Path OUTBOX = Path.of(System.getProperty("user.home"), "PDF");

    private PrintedCopies() {
    }

    /** True when CUPS has a default destination to print to. */
    public static boolean defaultDestination() {
        try {
            Process p = new ProcessBuilder("lpstat", "-d").redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes());
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && said.contains("system default destination:");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static Set<Path> snapshot() throws IOException {
        if (!Files.isDirectory(OUTBOX)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(OUTBOX)) {
            return new HashSet<>(s.filter(p -> p.toString().endsWith(".pdf")).toList());
        }
    }

    /** The text of the first PDF printed after {@code before}, or null if none arrives within 30 s. */
    public static String awaitNewText(Set<Path> before) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (Path p : snapshot()) {
                if (!before.contains(p)) {
                    String text = readWhenComplete(p);
                    if (text != null) {
                        return text;
                    }
                }
            }
            Thread.sleep(250);
        }
        return null;
    }

    /**
     * The first PDF printed after {@code before} whose text has {@code marker} (other builds may print to the same
     * queue at the same time), or null if none arrives within 30 s.
     */
    public static Pdf awaitNew(Set<Path> before, String marker) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Set<Path> seen = new HashSet<>(before);
        while (System.nanoTime() < deadline) {
            for (Path p : snapshot()) {
                if (!seen.contains(p)) {
                    Pdf pdf = readPdfWhenComplete(p);
                    if (pdf != null) {
                        seen.add(p);
                        if (pdf.flat().contains(marker)) {
                            return pdf;
                        }
                    }
                }
            }
            Thread.sleep(250);
        }
        return null;
    }

    private static Pdf readPdfWhenComplete(Path p) {
        try {
            return Pdf.read(Files.readAllBytes(p));
        } catch (IOException e) {
            return null;
        }
    }

    /** cups-pdf writes the file in steps; one that does not parse yet is tried again on the next round. */
    private static String readWhenComplete(Path p) {
        try {
            return Pdf.read(Files.readAllBytes(p)).flat();
        } catch (IOException e) {
            return null;
        }
    }
}
