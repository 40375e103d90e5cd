package com.clearpath.ui.documents;

import com.clearpath.document.ClinicProfile;
import com.clearpath.document.ClinicianSummaryRenderer;
import com.clearpath.document.DocumentInput;
import com.clearpath.document.HandoutRenderer;
import com.clearpath.document.PaperSize;
import com.clearpath.document.PdfDrawing;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Language;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.store.DataFolder;
import com.clearpath.store.PrivateFiles;
import com.clearpath.store.SettingsStore;
import com.clearpath.store.StoreException;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.ui.records.Records;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The app's documents: the clinic's settings they are made with, a kept consultation made into a handout or
 * clinician summary, its pages as pictures for the preview, and printing and saving it, each noted in the
 * consultation's events. Every method except the small getters blocks: call them inside background work.
 */
public final class Documents {
    /** Pages are shown at the size a 96 dpi screen shows paper: a Letter page is 816 pixels wide. */
    public static final float SCREEN_DPI = 96f;
    private static final Logger LOG = Logger.getLogger(Documents.class.getName());

    /** What a document is made from, and the kept consultation it belongs to (empty for one not saved). */
    public record Source(Optional<UUID> consultationId, DocumentInput input) {
        public Source {
            Objects.requireNonNull(consultationId, "consultationId");
            Objects.requireNonNull(input, "input");
        }
    }

    /** A rendered document: the PDF and what it was made as. */
    public record Rendered(DocumentKind kind, Language language, PaperSize paper, byte[] pdf, int pages) {
        /** "handout (es, a4)", for the event trail. */
        String describe() {
            return kind.recordName() + " (" + (kind.translated() ? language.code() + ", " : "") + paper.code() + ")";
        }
    }

    /** A print that was sent; {@code notRecorded} says why the consultation's events could not note it. */
    public record Printed(String printer, int copies, Optional<Exception> notRecorded) {
    }

    /** A saved PDF; {@code notRecorded} as for {@link Printed}. */
    public record Saved(Path file, Optional<Exception> notRecorded) {
    }

    /** Why a kept consultation has no documents. */
    public static final class NotPrintable extends Exception {
        private static final long serialVersionUID = 1L;

        NotPrintable(String message) {
            super(message);
        }
    }

    private final Records records;
    private final SettingsStore settingsStore;
    private final Printers printers;
    private volatile ClinicSettings settings;
    private volatile Optional<String> chosenPrinter = Optional.empty();
    private volatile int chosenCopies = 1;

    public Documents(Records records, SettingsStore settingsStore, Printers printers) {
        this.records = records;
        this.settingsStore = settingsStore;
        this.printers = printers;
    }

    public Printers printers() {
        return printers;
    }

    // ---------------------------------------------------------------- settings

    /** The clinic's settings, read from the data folder the first time. */
    public ClinicSettings clinicSettings() {
        ClinicSettings s = settings;
        if (s == null) {
            s = settingsStore.load();
            settings = s;
        }
        return s;
    }

    public ClinicSettings saveClinicSettings(ClinicSettings changed) throws IOException {
        settingsStore.save(changed);
        settings = changed;
        return changed;
    }

    /** The clinic as its documents show it. */
    public static ClinicProfile profile(ClinicSettings s) {
        return new ClinicProfile(s.name(), s.address(), s.phone(), s.logoPng());
    }

    public static PaperSize paper(ClinicSettings.Paper paper) {
        return paper == ClinicSettings.Paper.A4 ? PaperSize.A4 : PaperSize.LETTER;
    }

    // ---------------------------------------------------------------- the printer chosen in this session

    /** The printer picked with "Printer…" this session; empty means the system's default. */
    public Optional<String> chosenPrinter() {
        return chosenPrinter;
    }

    public int chosenCopies() {
        return chosenCopies;
    }

    /** Later prints in this session go to {@code printer} ({@code copies} each) until another is chosen. */
    public void choose(Optional<String> printer, int copies) {
        chosenPrinter = printer;
        chosenCopies = Math.max(1, copies);
    }

    // ---------------------------------------------------------------- making documents

    /** A kept consultation, ready to be made into documents with the clinic's current settings. */
    public Source source(UUID consultationId) throws StoreException, NotPrintable {
        StoredConsultation k = records.with(s -> s.consultations().find(consultationId))
                .orElseThrow(() -> new NotPrintable("This consultation is no longer in the records."));
        if (k.plan() == null) {
            throw new NotPrintable("This consultation has no plan yet, so there is nothing to print.");
        }
        if (k.status() != ConsultationStatus.FINAL) {
            // A draft's plan can still change; the client takes home what was agreed.
            throw new NotPrintable("This consultation is still a draft; finish it before printing its documents.");
        }
        DocumentInput input = DocumentInput.forConsultation(k.intake(), k.plan(), k.overrides(), records.catalog(),
                profile(clinicSettings()), k.number(), records.today());
        return new Source(Optional.of(k.id()), input);
    }

    /** The PDF, with the clinic's current letterhead. */
    public Rendered render(Source source, DocumentKind kind, Language language, PaperSize paper) throws IOException, NotPrintable {
        DocumentInput input = source.input().withClinic(profile(clinicSettings()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int pages;
        try {
            pages = kind == DocumentKind.HANDOUT ? new HandoutRenderer().render(input, language, paper, out)
                    : new ClinicianSummaryRenderer().render(input, paper, out);
        } catch (com.clearpath.document.NothingToPrint e) {
            throw new NotPrintable(e.reason() == com.clearpath.document.NothingToPrint.Reason.NO_PROTOCOL
                    ? "This plan was kept before plans had a combined protocol, so there is no agreed plan to hand out; "
                    + "the clinician summary lists every option."
                    : "Every step of this plan was declined, so there is no agreed plan to hand out.");
        }
        return new Rendered(kind, kind.translated() ? language : Language.EN, paper, out.toByteArray(), pages);
    }

    /** How many pixels a length in points (1/72 inch) is in a page drawn by {@link #page}, as PDFBox rounds it. */
    public static int screenPixels(float points) {
        return (int) Math.max(Math.floor(points * SCREEN_DPI / 72f), 1);
    }

    /**
     * One page as a picture at {@link #SCREEN_DPI}. Each call opens the PDF afresh (a few milliseconds), so pages can
     * be drawn one at a time in separate background work, with nothing left open between them.
     */
    public static WritableImage page(byte[] pdf, int index) throws IOException {
        BufferedImage drawn;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PdfDrawing.withoutTextMaps(doc);
            drawn = new PDFRenderer(doc).renderImageWithDPI(index, SCREEN_DPI, ImageType.RGB);
        }
        int w = drawn.getWidth();
        int h = drawn.getHeight();
        int[] argb = drawn.getRGB(0, 0, w, h, null, 0, w);
        // javafx-swing is not on the class path, so the pixels are copied across by hand.
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }

    // ---------------------------------------------------------------- printing and saving

    /**
     * Prints the document and notes it in the consultation's events. A print that went out but could not be noted
     * still counts as printed; {@link Printed#notRecorded()} says so.
     */
    public Printed print(Source source, Rendered doc, Optional<String> printer, int copies) throws Exception {
        // Named before printing, so the record says where it went even when that was "the default".
        Optional<String> chosen = printer.or(printers::defaultPrinter);
        if (chosen.isEmpty()) {
            throw new NoPrinter(printers.names().isEmpty());
        }
        String name = chosen.get();
        printers.print(doc.pdf(), Optional.of(name), copies);
        LOG.info(() -> "Printed a " + doc.describe() + ", " + doc.pages() + " page(s) x " + copies);
        Optional<Exception> notRecorded = note(source, ConsultationEvent.Kind.PRINTED,
                doc.describe() + " on " + name + ", " + copies + (copies == 1 ? " copy" : " copies"));
        return new Printed(name, copies, notRecorded);
    }

    /** Writes the PDF to {@code target} through a temporary file beside it, then notes it in the events. */
    public Saved save(Source source, Rendered doc, Path target) throws IOException, StoreException {
        Path absolute = target.toAbsolutePath();
        // The file chooser asked before replacing a file; the records' own files are never replaced.
        DataFolder.refuseProtected(absolute, records.folder());
        PrivateFiles.writeAtomically(absolute, doc.pdf());
        // The file's name may say whose document it is: the log gets what was saved, not where.
        LOG.info(() -> "Saved a " + doc.describe() + " as PDF");
        return new Saved(absolute, note(source, ConsultationEvent.Kind.PDF_SAVED,
                doc.describe() + " saved as " + absolute.getFileName()));
    }

    private Optional<Exception> note(Source source, ConsultationEvent.Kind kind, String detail) {
        if (source.consultationId().isEmpty()) {
            return Optional.empty();
        }
        UUID id = source.consultationId().get();
        try {
            records.with(s -> {
                s.consultations().record(id, kind, records.actor(), detail);
                return null;
            });
            return Optional.empty();
        } catch (StoreException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not note " + kind.name().toLowerCase(Locale.ROOT) + " in the events", e);
            return Optional.of(e);
        }
    }

    /** Printing was asked for with no printer chosen and none set up as the default. */
    public static final class NoPrinter extends Exception {
        private static final long serialVersionUID = 1L;

        private final boolean noPrintSystem;

        NoPrinter(boolean noPrintSystem) {
            super(noPrintSystem ? "No printer is set up on this computer." : "No printer is set up as the default on this computer.");
            this.noPrintSystem = noPrintSystem;
        }

        /** Not a single printer is known: no print system, or one with no printers. */
        public boolean noPrintSystem() {
            return noPrintSystem;
        }
    }
}
