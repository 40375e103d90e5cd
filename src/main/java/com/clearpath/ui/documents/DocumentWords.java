package com.clearpath.ui.documents;

import com.clearpath.app.ConsultationDocuments;
import com.clearpath.document.DocumentKind;
import com.clearpath.document.PrintFailure;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import java.awt.print.PrinterException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

    /** "Ana Ruiz · consultation of 20 Nov 2026 · no. B23A1881", under the preview's title. */
    static String subtitle(Messages text, ConsultationDocuments.Source s) {
        var input = s.input();
        LocalDate on = input.intake().consultedOn();
        String date = on == null ? "" : on.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(text.locale()));
        return input.consultationNumber().isEmpty() ? text.format("print.subtitle.unnumbered", input.clientName(), date)
                : text.format("print.subtitle", input.clientName(), date, input.consultationNumber());
    }

    /** Where Print sends the document, under it. */
    static String destination(Messages text, DocumentPreviewModel.Destination d) {
        return d.printer().map(p -> text.format("print.destination", p, d.copies())).orElse(d.lookedUp()
                ? text.get("print.destination.none")
                : text.format("print.destination", text.get("print.defaultPrinter"), d.copies()));
    }

    /** What is going out, beside the spinner. */
    static String sending(Messages text, DocumentPreviewModel.Sending s) {
        return s instanceof DocumentPreviewModel.Printing p
                ? p.printer().map(n -> text.format("print.sending", n)).orElse(text.get("print.sendingDefault"))
                : text.get("print.saving");
    }

    /** "Handout sent to Front desk (2 copies)." */
    static String sent(Messages text, DocumentKind kind, ConsultationDocuments.Printed printed) {
        return text.format("print.sent", text.get(kind == DocumentKind.HANDOUT ? "print.name.handout"
                : "print.name.summary"), printed.printer(), printed.copies());
    }

    /** The line under the document after Print or Save. */
    static String outcome(Messages text, DocumentKind kind, DocumentPreviewModel.Outcome outcome) {
        if (outcome instanceof DocumentPreviewModel.Printed p) {
            return p.printed().notRecorded().map(e -> text.format("print.sentNotRecorded", sent(text, kind, p.printed()),
                    describe(text, e))).orElse(sent(text, kind, p.printed()));
        }
        if (outcome instanceof DocumentPreviewModel.PrintFailed f) {
            return printProblem(text, f.error());
        }
        if (outcome instanceof DocumentPreviewModel.Saved s) {
            String name = s.saved().file().getFileName().toString();
            return s.saved().notRecorded().map(e -> text.format("print.savedNotRecorded", name, describe(text, e)))
                    .orElse(text.format("print.saved", name));
        }
        if (outcome instanceof DocumentPreviewModel.SaveFailed f) {
            return text.format("print.saveFailed", describe(text, f.error()));
        }
        return text.get("print.whenReady");
    }

    /** Whether that line tells of something that went wrong. */
    static boolean problem(DocumentPreviewModel.Outcome outcome) {
        return outcome instanceof DocumentPreviewModel.PrintFailed || outcome instanceof DocumentPreviewModel.SaveFailed
                || outcome instanceof DocumentPreviewModel.Printed p && p.printed().notRecorded().isPresent()
                || outcome instanceof DocumentPreviewModel.Saved s && s.saved().notRecorded().isPresent();
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
        if (error instanceof RecordsFailure failure) {
            return RecordWords.failure(text, failure);
        }
        if (error instanceof PrinterException) {
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
