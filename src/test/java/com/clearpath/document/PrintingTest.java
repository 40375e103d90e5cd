package com.clearpath.document;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Language;
import java.awt.print.PrinterException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Prints through a real CUPS queue. Runs where {@code lpstat -d} shows a default destination (CI sets up the
 * cups-pdf printer with .ci/setup-printer); the printed job appears as a PDF in ~/PDF, which is read back.
 */
class PrintingTest {
    @Test
    void printsTheHandoutOnTheDefaultPrinter() throws Exception {
        Assumptions.assumeTrue(defaultDestination(), "no default CUPS destination (lpstat -d)");
        Path outbox = Path.of(System.getProperty("user.home"), "PDF");
        Set<Path> before = pdfs(outbox);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HandoutRenderer().render(Samples.input(Samples.zoe()), Language.EN, PaperSize.LETTER, out);

        Printing.print(out.toByteArray(), Optional.empty(), 1);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String text = null;
        while (System.nanoTime() < deadline && text == null) {
            for (Path p : pdfs(outbox)) {
                if (!before.contains(p)) {
                    text = readWhenComplete(p);
                }
            }
            if (text == null) {
                Thread.sleep(250);
            }
        }
        assertTrue(text != null, "no printed PDF appeared in " + outbox + " within 30 s");
        assertTrue(text.contains("Zoë Nguyễn"), "the printed copy has the client's name:\n" + text);
    }

    @Test
    void anUnknownPrinterIsAnError() {
        assertThrows(PrinterException.class, () -> Printing.print(new byte[] {'%'}, Optional.of("no-such-printer-4711"), 1));
    }

    private static boolean defaultDestination() {
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

    private static Set<Path> pdfs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return new HashSet<>(s.filter(p -> p.toString().endsWith(".pdf")).toList());
        }
    }

    /** cups-pdf writes the file in steps; a file that does not parse yet is tried again on the next round. */
    private static String readWhenComplete(Path p) {
        try {
            return Pdf.read(Files.readAllBytes(p)).flat();
        } catch (IOException e) {
            return null;
        }
    }

}
