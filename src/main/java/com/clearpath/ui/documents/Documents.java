package com.clearpath.ui.documents;

import com.clearpath.app.ConsultationDocuments;
import com.clearpath.app.Printers;
import com.clearpath.document.PdfDrawing;
import com.clearpath.domain.ClinicSettings;
import java.io.IOException;
import java.util.Optional;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The desktop's handle on {@link ConsultationDocuments}: the printer chosen in this session, and a rendered page as a
 * picture for the preview. The documents themselves are made, saved and printed by {@link #app()}.
 */
public final class Documents {
    /** Pages are shown at the size a 96 dpi screen shows paper: a Letter page is 816 pixels wide. */
    public static final float SCREEN_DPI = 96f;

    private final ConsultationDocuments app;
    private volatile Optional<String> chosenPrinter = Optional.empty();
    private volatile int chosenCopies = 1;

    public Documents(ConsultationDocuments app) {
        this.app = app;
    }

    /** The blocking use cases: call them inside background work. */
    public ConsultationDocuments app() {
        return app;
    }

    public Printers printers() {
        return app.printers();
    }

    /** The clinic's settings, read from the data folder the first time. Blocking then. */
    public ClinicSettings clinicSettings() {
        return app.clinicSettings();
    }

    /** Blocking. */
    public ClinicSettings saveClinicSettings(ClinicSettings changed) throws IOException {
        return app.saveClinicSettings(changed);
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

    // ---------------------------------------------------------------- pages on screen

    /** How many pixels a length in points (1/72 inch) is in a page drawn by {@link #page}, as PDFBox rounds it. */
    public static int screenPixels(float points) {
        return (int) Math.max(Math.floor(points * SCREEN_DPI / 72f), 1);
    }

    /** How many pages a PDF has; blocking. */
    public static int pages(byte[] pdf) throws IOException {
        return PdfDrawing.pages(pdf);
    }

    /** One page as a picture at {@link #SCREEN_DPI}; blocking, so pages are drawn one at a time in background work. */
    public static WritableImage page(byte[] pdf, int index) throws IOException {
        PdfDrawing.Picture drawn = PdfDrawing.page(pdf, index, SCREEN_DPI);
        int w = drawn.width();
        int h = drawn.height();
        // javafx-swing is not on the class path, so the pixels are copied across by hand.
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), drawn.argb(), 0, w);
        return image;
    }
}
