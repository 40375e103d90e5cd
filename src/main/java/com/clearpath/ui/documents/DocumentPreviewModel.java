package com.clearpath.ui.documents;

import com.clearpath.app.ConsultationDocuments;
import com.clearpath.app.ConsultationDocuments.Rendered;
import com.clearpath.app.ConsultationDocuments.Source;
import com.clearpath.document.DocumentKind;
import com.clearpath.document.PaperSize;
import com.clearpath.domain.Language;
import com.clearpath.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the document preview shows and does, without a window: the document being made or shown in the chosen
 * language and paper, printing and saving it, and where Print sends it. All work runs through
 * {@link BackgroundTasks}; results from a document that was replaced meanwhile (the paper was changed) are dropped.
 */
public final class DocumentPreviewModel {
    private static final Logger LOG = Logger.getLogger(DocumentPreviewModel.class.getName());

    /** Where the document stands. */
    public sealed interface State {
    }

    /** Nothing asked yet, or the preview was closed. */
    public record Idle() implements State {
    }

    /** The PDF is being made; {@code printWhenReady} when Print was pressed meanwhile. */
    public record Rendering(boolean printWhenReady) implements State {
    }

    /** The PDF is made and its pages can be shown. */
    public record Shown(Rendered document) implements State {
    }

    /** No document: a refusal ({@link #refusal()}) or a failure. */
    public record Failed(Exception error) implements State {
        public Optional<ConsultationDocuments.Reason> refusal() {
            return error instanceof ConsultationDocuments.Refused r ? Optional.of(r.reason()) : Optional.empty();
        }
    }

    /** Work sending the document out. */
    public sealed interface Sending {
    }

    /** Printing on {@code printer}, or on the default one when empty. */
    public record Printing(Optional<String> printer) implements Sending {
    }

    public record Saving() implements Sending {
    }

    /** What the last Print or Save came to. */
    public sealed interface Outcome {
    }

    /** Print was pressed before the PDF was ready: it prints as soon as it is. */
    public record WillPrint() implements Outcome {
    }

    public record Printed(ConsultationDocuments.Printed printed) implements Outcome {
    }

    public record PrintFailed(Exception error) implements Outcome {
    }

    public record Saved(ConsultationDocuments.Saved saved) implements Outcome {
    }

    public record SaveFailed(Exception error) implements Outcome {
    }

    /** Where Print sends the document: a printer, or (until looked up, or when there is none) the default one. */
    public record Destination(Optional<String> printer, boolean lookedUp, int copies) {
    }

    private final Documents documents;
    private final BackgroundTasks tasks;
    private final DocumentKind kind;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(new Idle());
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<Sending>> sending = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Outcome>> outcome = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Destination> destination;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.EN);
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.LETTER);
    /** Each document made gets a number; what arrives for an older one is dropped. */
    private long generation;

    public DocumentPreviewModel(Documents documents, BackgroundTasks tasks, DocumentKind kind) {
        this.documents = documents;
        this.tasks = tasks;
        this.kind = kind;
        this.destination = new ReadOnlyObjectWrapper<>(new Destination(documents.chosenPrinter(),
                documents.chosenPrinter().isPresent(), documents.chosenCopies()));
        language.addListener((o, was, now) -> render());
        paper.addListener((o, was, now) -> render());
    }

    /** There is no document: see {@link Failed}. */
    public BooleanBinding failed() {
        return Bindings.createBooleanBinding(() -> state.get() instanceof Failed, state);
    }

    /** The PDF is being made. */
    public BooleanBinding rendering() {
        return Bindings.createBooleanBinding(() -> state.get() instanceof Rendering, state);
    }

    /** The PDF is made. */
    public BooleanBinding shown() {
        return Bindings.createBooleanBinding(() -> state.get() instanceof Shown, state);
    }

    /** The document is being printed or saved. */
    public BooleanBinding busy() {
        return Bindings.createBooleanBinding(() -> sending.get().isPresent(), sending);
    }

    public DocumentKind kind() {
        return kind;
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    /** What the document is made from, once known. */
    public ReadOnlyObjectProperty<Source> source() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Sending>> sending() {
        return sending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Outcome>> outcome() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Destination> destination() {
        return destination.getReadOnlyProperty();
    }

    /** The handout's language (the clinician summary is in English whatever this says). */
    public ObjectProperty<Language> language() {
        return language;
    }

    public ObjectProperty<PaperSize> paper() {
        return paper;
    }

    /** The document shown, once made. */
    public Optional<Rendered> rendered() {
        return state.get() instanceof Shown shown ? Optional.of(shown.document()) : Optional.empty();
    }

    // ---------------------------------------------------------------- opening

    /** Makes the document of a kept consultation. */
    public void open(UUID consultationId) {
        state.set(new Rendering(false));
        long mine = ++generation;
        tasks.run(() -> documents.app().kept(consultationId), s -> {
            if (mine == generation) {
                start(s);
            }
        }, failedFor(mine));
    }

    /** Makes a document that is not (or not yet) a kept consultation's. */
    public void open(Source given) {
        state.set(new Rendering(false));
        start(given);
    }

    private void start(Source s) {
        long mine = generation;
        // The clinic's defaults were read with the consultation, so this does not touch the disk.
        tasks.run(documents::clinicSettings, settings -> {
            if (mine != generation) {
                return;
            }
            // Set while there is no source yet: the defaults are not a change asking for a document of their own.
            language.set(kind.translated() ? settings.language() : Language.EN);
            paper.set(ConsultationDocuments.paper(settings.paper()));
            source.set(s);
            render();
        }, failedFor(mine));
        lookUpDestination();
    }

    /** The preview was closed: nothing still under way is shown. */
    public void close() {
        generation++;
        state.set(new Idle());
    }

    // ---------------------------------------------------------------- making the PDF

    private void render() {
        Source s = source.get();
        if (s == null) {
            return;
        }
        long mine = ++generation;
        boolean printWhenReady = state.get() instanceof Rendering r && r.printWhenReady();
        state.set(new Rendering(printWhenReady));
        Language lang = language.get();
        PaperSize size = paper.get();
        tasks.run(() -> documents.app().render(s, kind, lang, size), doc -> {
            if (mine != generation) {
                return;
            }
            boolean print = state.get() instanceof Rendering r && r.printWhenReady();
            state.set(new Shown(doc));
            if (print) {
                printNow();
            }
        }, failedFor(mine));
    }

    /** Showing a page failed: the document cannot be shown. */
    public void pageFailed(Exception error) {
        state.set(new Failed(error));
    }

    private Consumer<Exception> failedFor(long mine) {
        return error -> {
            if (mine == generation) {
                state.set(new Failed(error));
            }
        };
    }

    // ---------------------------------------------------------------- printing and saving

    /** Print: straight away on the chosen printer, or as soon as the PDF is ready. */
    public void print() {
        if (sending.get().isPresent() || state.get() instanceof Failed || state.get() instanceof Idle) {
            return;
        }
        if (state.get() instanceof Rendering) {
            // Pressed while the PDF is still being made (a fresh start takes about half a second): print when ready.
            state.set(new Rendering(true));
            outcome.set(Optional.of(new WillPrint()));
            return;
        }
        printNow();
    }

    /** "Printer…" chose a printer, copies and paper: print with them, laying the document out again for other paper. */
    public void printWith(Optional<String> printer, int copies, PaperSize chosenPaper) {
        documents.choose(printer, copies);
        lookUpDestination();
        if (chosenPaper != paper.get()) {
            state.set(new Rendering(true));
            paper.set(chosenPaper);
        } else {
            print();
        }
    }

    private void printNow() {
        if (!(state.get() instanceof Shown shown)) {
            return;
        }
        Optional<String> on = documents.chosenPrinter();
        int copies = documents.chosenCopies();
        Source s = source.get();
        sending.set(Optional.of(new Printing(on)));
        outcome.set(Optional.empty());
        tasks.run(() -> documents.app().print(s, shown.document(), on, copies), printed -> {
            sending.set(Optional.empty());
            outcome.set(Optional.of(new Printed(printed)));
        }, error -> {
            sending.set(Optional.empty());
            outcome.set(Optional.of(new PrintFailed(error)));
        });
    }

    /** Saves what is shown as a PDF at {@code file} (the file chooser asked before replacing one). */
    public void saveTo(Path file) {
        if (!(state.get() instanceof Shown shown) || sending.get().isPresent()) {
            return;
        }
        Source s = source.get();
        sending.set(Optional.of(new Saving()));
        outcome.set(Optional.empty());
        tasks.run(() -> documents.app().save(s, shown.document(), file, true), saved -> {
            sending.set(Optional.empty());
            outcome.set(Optional.of(new Saved(saved)));
        }, error -> {
            sending.set(Optional.empty());
            outcome.set(Optional.of(new SaveFailed(error)));
        });
    }

    /** Where Print sends the document: the printer chosen this session, or the system's default, named once known. */
    private void lookUpDestination() {
        int copies = documents.chosenCopies();
        Optional<String> chosen = documents.chosenPrinter();
        if (chosen.isPresent()) {
            destination.set(new Destination(chosen, true, copies));
            return;
        }
        destination.set(new Destination(Optional.empty(), false, copies));
        tasks.run(() -> documents.printers().defaultPrinter(), name -> {
            if (documents.chosenPrinter().isEmpty()) {
                destination.set(new Destination(name, true, copies));
            }
        }, error -> LOG.log(Level.FINE, "Could not look up the default printer", error));
    }

    /** "Garcia-Jose-2026-11-20-handout-es.pdf" or "…-summary.pdf", for Save PDF; see {@link DocumentFiles}. */
    public String fileName() {
        Source s = source.get();
        return s == null ? "" : DocumentFiles.fileName(s.input().intake(), kind, language.get());
    }
}
