package com.clearpath.document;

import java.awt.print.PrinterException;

/**
 * Printing did not happen, and why, as a code the screen turns into words. The message is for the log only: it may
 * carry the print system's own text, which a user should never have to read.
 */
public final class PrintFailure extends PrinterException {
    private static final long serialVersionUID = 1L;

    /** Why nothing was printed. */
    public enum Reason {
        /** No print system on this computer: no CUPS (or it is not running) and no program to hand a job to. */
        NO_PRINTING_SYSTEM,
        /** The printer asked for is not known to the print system (any more). */
        NO_SUCH_PRINTER,
        /** Printers exist but none is the default, and none was named. */
        NO_DEFAULT_PRINTER,
        /** The print system was reached and refused or failed the job. */
        REFUSED
    }

    private final Reason reason;

    public PrintFailure(Reason reason, String detail, Throwable cause) {
        super(detail);
        this.reason = reason;
        if (cause != null) {
            initCause(cause);
        }
    }

    public Reason reason() {
        return reason;
    }
}
