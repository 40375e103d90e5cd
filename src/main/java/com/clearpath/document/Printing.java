package com.clearpath.document;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaPrintableArea;
import javax.print.attribute.standard.MediaSizeName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Sends a rendered PDF to a printer without a dialog: the named printer, or the system's default. A printer that
 * takes PDF itself (every CUPS queue) gets the file as it is, so text stays text and prints exactly as previewed;
 * any other goes through AWT's {@link PrinterJob} with PDFBox's {@link PDFPageable}, which draws each page. The job
 * asks for the document's paper (A4 or Letter), so a queue whose default is the other size does not cut the footer.
 *
 * <p>On Linux Java hands every job to {@code /usr/bin/lpr}, which a CUPS desktop need not have (package cups-bsd);
 * without it the job goes to CUPS's own {@code lp} (cups-client, which CUPS itself depends on). See decision 0014.
 * Failures are {@link PrintFailure}s with a reason the screen puts in words.
 */
public final class Printing {
    private static final Logger LOG = Logger.getLogger(Printing.class.getName());
    private static final String JOB_NAME = "Clearpath Consult";
    private static final float MATCH_POINTS = 2f;

    private Printing() {
    }

    /** The programs a print can be handed to: the lpr Java's print service runs, and where to look for lp. */
    record Spoolers(Path lpr, List<Path> searchPath, boolean windows) {
        static Spoolers system() {
            String path = System.getenv("PATH");
            List<Path> dirs = new ArrayList<>();
            for (String d : (path == null ? "/usr/bin:/bin" : path).split(File.pathSeparator)) {
                if (!d.isBlank()) {
                    dirs.add(Path.of(d));
                }
            }
            boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
            return new Spoolers(Path.of("/usr/bin/lpr"), dirs, windows);
        }

        /** Java's own print path works: Windows prints natively, macOS and Linux through lpr. */
        boolean javaCanSpool() {
            return windows || Files.isExecutable(lpr);
        }

        Optional<Path> lp() {
            return searchPath.stream().map(d -> d.resolve("lp")).filter(Files::isExecutable).findFirst();
        }
    }

    /** Names of the printers the system knows, for a settings list. */
    public static List<String> printerNames() {
        List<String> names = new ArrayList<>();
        for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
            names.add(s.getName());
        }
        return names;
    }

    /** The default printer's name, if there is one. */
    public static Optional<String> defaultPrinter() {
        PrintService s = PrintServiceLookup.lookupDefaultPrintService();
        return s == null ? Optional.empty() : Optional.of(s.getName());
    }

    /**
     * Prints {@code copies} copies of the PDF on its own paper size. Throws {@link PrintFailure} when there is no
     * print system, the named printer does not exist, there is no default printer, or the system refuses the job.
     */
    public static void print(byte[] pdf, Optional<String> printerName, int copies) throws IOException, PrinterException {
        print(pdf, printerName, copies, Spoolers.system());
    }

    static void print(byte[] pdf, Optional<String> printerName, int copies, Spoolers spoolers)
            throws IOException, PrinterException {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1 (got " + copies + ")");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Optional<PaperSize> paper = paperOf(doc);
            if (!spoolers.javaCanSpool()) {
                Optional<Path> lp = spoolers.lp();
                if (lp.isEmpty()) {
                    throw new PrintFailure(PrintFailure.Reason.NO_PRINTING_SYSTEM,
                            "Neither " + spoolers.lpr() + " nor lp is installed", null);
                }
                PrintService service = find(printerName);
                viaLp(lp.get(), pdf, service.getName(), copies, paper);
                LOG.info(() -> "Sent " + doc.getNumberOfPages() + " page(s) x " + copies + " with lp to " + service.getName());
                return;
            }
            PrintService service = find(printerName);
            PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
            attributes.add(new JobName(JOB_NAME, Locale.ROOT));
            paper.ifPresent(p -> {
                attributes.add(media(p));
                attributes.add(wholeSheet(p));
            });
            if (service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF)) {
                attributes.add(new Copies(copies));
                try {
                    service.createPrintJob().print(new SimpleDoc(pdf, DocFlavor.BYTE_ARRAY.PDF, null), attributes);
                } catch (PrintException e) {
                    throw new PrintFailure(PrintFailure.Reason.REFUSED, e.getMessage(), e);
                }
                LOG.info(() -> "Sent " + doc.getNumberOfPages() + " page(s) x " + copies + " as PDF to " + service.getName());
                return;
            }
            PdfDrawing.withoutTextMaps(doc); // this printer gets drawn pages, not the PDF
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(JOB_NAME);
            job.setPageable(new PDFPageable(doc));
            job.setCopies(copies);
            try {
                job.print(attributes);
            } catch (PrinterException e) {
                throw new PrintFailure(PrintFailure.Reason.REFUSED, e.getMessage(), e);
            }
            LOG.info(() -> "Printed " + doc.getNumberOfPages() + " page(s) x " + copies + " on " + service.getName());
        }
    }

    /** The paper the document was laid out for, from its first page; empty for a size that is neither. */
    static Optional<PaperSize> paperOf(PDDocument doc) {
        if (doc.getNumberOfPages() == 0) {
            return Optional.empty();
        }
        PDRectangle box = doc.getPage(0).getMediaBox();
        for (PaperSize p : PaperSize.values()) {
            PDRectangle r = p.rectangle();
            if (Math.abs(r.getWidth() - box.getWidth()) < MATCH_POINTS && Math.abs(r.getHeight() - box.getHeight()) < MATCH_POINTS) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static MediaSizeName media(PaperSize paper) {
        return paper == PaperSize.A4 ? MediaSizeName.ISO_A4 : MediaSizeName.NA_LETTER;
    }

    /** The documents draw their own margins, so the whole sheet is theirs to place. */
    private static MediaPrintableArea wholeSheet(PaperSize paper) {
        return paper == PaperSize.A4 ? new MediaPrintableArea(0, 0, 210, 297, MediaPrintableArea.MM)
                : new MediaPrintableArea(0, 0, 8.5f, 11, MediaPrintableArea.INCH);
    }

    /** CUPS's own command: the PDF on standard input, CUPS's names for the two paper sizes. */
    private static void viaLp(Path lp, byte[] pdf, String printer, int copies, Optional<PaperSize> paper)
            throws IOException, PrintFailure {
        List<String> command = new ArrayList<>(List.of(lp.toString(), "-d", printer, "-n", Integer.toString(copies),
                "-t", JOB_NAME));
        paper.ifPresent(p -> command.addAll(List.of("-o", "media=" + (p == PaperSize.A4 ? "A4" : "Letter"))));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said;
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(pdf);
            } catch (IOException e) {
                // lp stopped reading (it refused the job): what it said is read below.
                LOG.fine(() -> "lp stopped reading the job: " + e.getMessage());
            }
            said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new PrintFailure(PrintFailure.Reason.REFUSED, "lp did not finish within 30 s", null);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new PrintFailure(PrintFailure.Reason.REFUSED, "interrupted while lp ran", e);
        }
        if (process.exitValue() != 0) {
            throw new PrintFailure(PrintFailure.Reason.REFUSED, "lp exited with " + process.exitValue() + ": " + said, null);
        }
        LOG.fine(() -> "lp: " + said);
    }

    private static PrintService find(Optional<String> printerName) throws PrintFailure {
        PrintService[] all = PrintServiceLookup.lookupPrintServices(null, null);
        if (printerName.isPresent()) {
            String wanted = printerName.get();
            for (PrintService s : all) {
                if (s.getName().equals(wanted)) {
                    return s;
                }
            }
            throw all.length == 0 ? noSystem() : new PrintFailure(PrintFailure.Reason.NO_SUCH_PRINTER,
                    "No printer named \"" + wanted + "\"", null);
        }
        PrintService s = PrintServiceLookup.lookupDefaultPrintService();
        if (s == null) {
            throw all.length == 0 ? noSystem() : new PrintFailure(PrintFailure.Reason.NO_DEFAULT_PRINTER,
                    "No default printer is set up", null);
        }
        return s;
    }

    private static PrintFailure noSystem() {
        return new PrintFailure(PrintFailure.Reason.NO_PRINTING_SYSTEM, "The print system knows no printers "
                + "(CUPS not installed or not running)", null);
    }
}
