package com.clearpath.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Language;
import java.awt.print.PrinterException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void anUnknownPrinterIsAnError() throws IOException {
        PrintFailure failure = assertThrows(PrintFailure.class, () -> Printing.print(handout(PaperSize.LETTER, "X1"),
                Optional.of("no-such-printer-4711"), 1));
        assertTrue(failure.reason() == PrintFailure.Reason.NO_SUCH_PRINTER
                || failure.reason() == PrintFailure.Reason.NO_PRINTING_SYSTEM, failure.reason().name());
    }

    @Test
    void anA4HandoutPrintsOnA4PaperWithItsFooter() throws Exception {
        Assumptions.assumeTrue(PrintedCopies.defaultDestination(), "no default CUPS destination (lpstat -d)");
        assertPrintsOnItsOwnPaper(PaperSize.A4, Printing.Spoolers.system());
    }

    @Test
    void aLetterHandoutPrintsOnLetterPaperWithItsFooter() throws Exception {
        Assumptions.assumeTrue(PrintedCopies.defaultDestination(), "no default CUPS destination (lpstat -d)");
        assertPrintsOnItsOwnPaper(PaperSize.LETTER, Printing.Spoolers.system());
    }

    @Test
    void withoutLprTheJobGoesToCupsLpOnItsOwnPaper(@TempDir Path temp) throws Exception {
        Assumptions.assumeTrue(PrintedCopies.defaultDestination(), "no default CUPS destination (lpstat -d)");
        Printing.Spoolers system = Printing.Spoolers.system();
        Printing.Spoolers noLpr = new Printing.Spoolers(temp.resolve("no-lpr"), system.searchPath(), false);
        assertPrintsOnItsOwnPaper(PaperSize.A4, noLpr);
    }

    /**
     * A stock CUPS machine, for real: the app in a JVM whose /usr/bin/lpr is hidden (a private mount namespace,
     * so only where unshare may mount, as root in CI), prints an A4 handout through the default queue.
     */
    @Test
    void onAMachineWithoutLprTheAppStillPrintsOnA4(@TempDir Path temp) throws Exception {
        Assumptions.assumeTrue(PrintedCopies.defaultDestination(), "no default CUPS destination (lpstat -d)");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/lpr")) && canHideLpr(), "cannot hide /usr/bin/lpr here");
        String number = "N" + Long.toHexString(System.nanoTime()).toUpperCase(Locale.ROOT);
        Path pdf = temp.resolve("handout.pdf");
        Files.write(pdf, handout(PaperSize.A4, number));
        Set<Path> before = PrintedCopies.snapshot();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount --bind /dev/null /usr/bin/lpr && exec \"$0\" -Djava.awt.headless=true -cp \"$1\" "
                        + PrintOnce.class.getName() + " \"$2\"", java, System.getProperty("java.class.path"), pdf.toString())
                .redirectErrorStream(true).start();
        String said = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the printing JVM finished");
        assertEquals(0, child.exitValue(), said);
        Pdf printed = PrintedCopies.awaitNew(before, number);
        assertNotNull(printed, "no printed PDF with " + number + " within 30 s");
        assertEquals(PaperSize.A4.rectangle().getHeight(), printed.sizes().get(0).getHeight(), 1.5f);
    }

    private static boolean canHideLpr() {
        try {
            Process p = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c",
                    "mount --bind /dev/null /usr/bin/lpr && ! test -x /usr/bin/lpr").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void withNoPrintProgramAtAllTheFailureSaysThereIsNoPrintSystem(@TempDir Path temp) throws IOException {
        Printing.Spoolers none = new Printing.Spoolers(temp.resolve("no-lpr"), List.of(temp), false);
        PrintFailure failure = assertThrows(PrintFailure.class,
                () -> Printing.print(handout(PaperSize.A4, "X2"), Optional.empty(), 1, none));
        assertEquals(PrintFailure.Reason.NO_PRINTING_SYSTEM, failure.reason());
    }

    private static void assertPrintsOnItsOwnPaper(PaperSize paper, Printing.Spoolers spoolers) throws Exception {
        String number = "T" + Long.toHexString(System.nanoTime()).toUpperCase(Locale.ROOT);
        Set<Path> before = PrintedCopies.snapshot();
        Printing.print(handout(paper, number), Optional.empty(), 1, spoolers);

        Pdf printed = PrintedCopies.awaitNew(before, number);
        assertNotNull(printed, "no printed PDF with " + number + " appeared in " + PrintedCopies.OUTBOX + " within 30 s");
        PDRectangle want = paper.rectangle();
        for (int i = 0; i < printed.pageCount(); i++) {
            PDRectangle got = printed.sizes().get(i);
            assertEquals(want.getWidth(), got.getWidth(), 1.5f, "page " + (i + 1) + " width on " + paper);
            assertEquals(want.getHeight(), got.getHeight(), 1.5f, "page " + (i + 1) + " height on " + paper);
            String footer = "Page " + (i + 1) + " of " + printed.pageCount();
            assertTrue(printed.pages().get(i).contains(footer), "the footer \"" + footer + "\" on the printed page");
        }
    }

    private static byte[] handout(PaperSize paper, String number) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HandoutRenderer().render(Samples.input(Samples.zoe()).withConsultationNumber(number), Language.EN, paper, out);
        return out.toByteArray();
    }
}
