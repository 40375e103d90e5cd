package com.clearpath.app;

import com.clearpath.document.Printing;
import java.util.List;
import java.util.Optional;

/**
 * The printers the app can send a document to. The app uses the system's ({@link #system()}); tests put in one that
 * keeps the jobs, so printing can be tested without a print server.
 */
public interface Printers {

    /** Names of the printers the system knows. Blocking (may ask the print server). */
    List<String> names();

    /** The system's default printer, if one is set up. Blocking. */
    Optional<String> defaultPrinter();

    /** Prints {@code copies} copies of the PDF on the named printer, or on the default one. Blocking. */
    void print(byte[] pdf, Optional<String> printer, int copies) throws Exception;

    static Printers system() {
        return new Printers() {
            @Override
            public List<String> names() {
                return Printing.printerNames();
            }

            @Override
            public Optional<String> defaultPrinter() {
                return Printing.defaultPrinter();
            }

            @Override
            public void print(byte[] pdf, Optional<String> printer, int copies) throws Exception {
                Printing.print(pdf, printer, copies);
            }
        };
    }
}
