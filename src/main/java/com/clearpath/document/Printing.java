package com.clearpath.document;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.Locale;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Sends a rendered PDF to a printer without a dialog: the named printer, or the system's default. A printer that
 * takes PDF itself (every CUPS queue) gets the file as it is, so text stays text and prints exactly as previewed;
 * any other goes through AWT's {@link PrinterJob} with PDFBox's {@link PDFPageable}, which draws each page. Page
 * sizes come from the PDF, so a Letter handout prints as Letter even where the queue defaults to A4.
 */
public final class Printing {
    private static final Logger LOG = Logger.getLogger(Printing.class.getName());

    private Printing() {
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
     * Prints {@code copies} copies of the PDF. Throws {@link PrinterException} when the named printer does not
     * exist, when there is no default printer, or when the system refuses the job.
     */
    public static void print(byte[] pdf, Optional<String> printerName, int copies) throws IOException, PrinterException {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1 (got " + copies + ")");
        }
        PrintService service = find(printerName);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF)) {
                PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
                attributes.add(new Copies(copies));
                attributes.add(new JobName("Clearpath Consult", Locale.ROOT));
                try {
                    service.createPrintJob().print(new SimpleDoc(pdf, DocFlavor.BYTE_ARRAY.PDF, null), attributes);
                } catch (PrintException e) {
                    PrinterException failure = new PrinterException(e.getMessage());
                    failure.initCause(e);
                    throw failure;
                }
                LOG.info(() -> "Sent " + doc.getNumberOfPages() + " page(s) x " + copies + " as PDF to " + service.getName());
                return;
            }
            PdfDrawing.withoutTextMaps(doc); // this printer gets drawn pages, not the PDF
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName("Clearpath Consult");
            job.setPageable(new PDFPageable(doc));
            job.setCopies(copies);
            job.print();
            LOG.info(() -> "Printed " + doc.getNumberOfPages() + " page(s) x " + copies + " on " + service.getName());
        }
    }

    private static PrintService find(Optional<String> printerName) throws PrinterException {
        if (printerName.isPresent()) {
            String wanted = printerName.get();
            for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
                if (s.getName().equals(wanted)) {
                    return s;
                }
            }
            throw new PrinterException("No printer named \"" + wanted + "\"");
        }
        PrintService s = PrintServiceLookup.lookupDefaultPrintService();
        if (s == null) {
            throw new PrinterException("No default printer is set up");
        }
        return s;
    }
}
