package com.clearpath.ui.documents;

import com.clearpath.app.ConsultationDocuments;
import com.clearpath.document.PrintFailure;
import com.clearpath.store.StoreException;
import com.clearpath.ui.common.Messages;
import java.awt.print.PrinterException;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A document's refusals and failures in the screen's words: never the print system's own text, which is logged. */
public final class DocumentWords {
    private static final Logger LOG = Logger.getLogger(DocumentWords.class.getName());

    private DocumentWords() {
    }

    /** Why a consultation's document was not made. */
    public static String words(Messages text, ConsultationDocuments.Reason reason) {
        return text.get(switch (reason) {
            case GONE -> "print.gone";
            case NO_PLAN -> "print.noPlan";
            case NOT_FINAL -> "print.notFinal";
            case NO_PROTOCOL -> "print.noProtocol";
            case EMPTY_PROTOCOL -> "print.emptyProtocol";
            case NO_VISITS -> "print.visits.none";
        });
    }

    /** Why there is no document to show. */
    static String failure(Messages text, Exception error) {
        return error instanceof ConsultationDocuments.Refused r ? words(text, r.reason())
                : text.format("print.failed", describe(text, error));
    }

    /** What went wrong with a print. */
    static String printProblem(Messages text, Exception error) {
        if (error instanceof ConsultationDocuments.NoPrinter none) {
            return text.get(none.noPrintSystem() ? "print.noPrintSystem" : "print.noPrinter");
        }
        if (error instanceof PrintFailure failure) {
            LOG.log(Level.WARNING, "Nothing was printed (" + failure.reason() + ")", failure);
            return switch (failure.reason()) {
                case NO_PRINTING_SYSTEM -> text.get("print.noPrintSystem");
                case NO_DEFAULT_PRINTER -> text.get("print.noPrinter");
                case NO_SUCH_PRINTER -> text.get("print.noSuchPrinter");
                case REFUSED -> text.get("print.refused");
            };
        }
        return text.format("print.printFailed", describe(text, error));
    }

    static String describe(Messages text, Exception error) {
        if (error instanceof ConsultationDocuments.Refused r) {
            return words(text, r.reason());
        }
        if (error instanceof StoreException || error instanceof PrinterException) {
            return error.getMessage();
        }
        if (error instanceof IOException) {
            LOG.warning("A document could not be written or read: " + error.getClass().getSimpleName());
            return error.getMessage();
        }
        LOG.log(Level.WARNING, "Preparing, printing or saving a document failed", error);
        return text.get("print.unexpected");
    }
}
