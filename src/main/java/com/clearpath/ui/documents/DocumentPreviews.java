package com.clearpath.ui.documents;

import com.clearpath.app.ConsultationDocuments.Source;
import com.clearpath.document.DocumentKind;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.Messages;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** Opens document previews over the main window; one app-wide instance, made in the composition root. */
public final class DocumentPreviews {
    /** The preview's and the clinic card's own styles, kept beside them. */
    public static final String STYLESHEET = Objects.requireNonNull(
            DocumentPreviews.class.getResource("documents.css"), "documents.css").toExternalForm();

    private final Messages text;
    private final BackgroundTasks tasks;
    private final Documents documents;
    private final Supplier<Window> owner;
    private final String stylesheet;
    private final Consumer<String> notice;
    private DocumentPreview current;

    public DocumentPreviews(Messages text, BackgroundTasks tasks, Documents documents, Supplier<Window> owner,
                            String stylesheet, Consumer<String> notice) {
        this.text = text;
        this.tasks = tasks;
        this.documents = documents;
        this.owner = owner;
        this.stylesheet = stylesheet;
        this.notice = notice;
    }

    /** The document of a kept consultation, in the clinic's default language and paper. */
    public DocumentPreview open(UUID consultationId, DocumentKind kind) {
        DocumentPreview preview = create(kind);
        preview.open(consultationId);
        return preview;
    }

    /** A document that is not a kept consultation's (nothing is noted in the records when it is printed). */
    public DocumentPreview open(Source source, DocumentKind kind) {
        DocumentPreview preview = create(kind);
        preview.open(source);
        return preview;
    }

    /** The preview on screen, if any. */
    public Optional<DocumentPreview> current() {
        return Optional.ofNullable(current).filter(p -> p.stage().isShowing());
    }

    private DocumentPreview create(DocumentKind kind) {
        current().ifPresent(p -> p.stage().hide());
        DocumentPreview made = new DocumentPreview(text, tasks, documents, kind, owner.get(), stylesheet, notice);
        // Let go of a closed preview: its rendered pages are tens of MB that would otherwise stay until the next one.
        made.stage().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            if (current == made) {
                current = null;
            }
        });
        current = made;
        return made;
    }
}
