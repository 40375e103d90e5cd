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
        Assumptions.assumeTrue(PrintedCopies.defaultDestination(), "no default CUPS destination (lpstat -d)");
        Set<Path> before = PrintedCopies.snapshot();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HandoutRenderer().render(Samples.input(Samples.zoe()), Language.EN, PaperSize.LETTER, out);

        Printing.print(out.toByteArray(), Optional.empty(), 1);

        String text = PrintedCopies.awaitNewText(before);
        assertTrue(text != null, "no printed PDF appeared in " + PrintedCopies.OUTBOX + " within 30 s");
        assertTrue(text.contains("Zoë Nguyễn"), "the printed copy has the client's name:\n" + text);
    }

    @Test
    void anUnknownPrinterIsAnError() {
        assertThrows(PrinterException.class, () -> Printing.print(new byte[] {'%'}, Optional.of("no-such-printer-4711"), 1));
    }
}
