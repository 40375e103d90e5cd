package com.clearpath.ui.wizard;

import com.clearpath.app.ConsultationDocuments;
import com.clearpath.app.ConsultationDocuments.Refused;
import com.clearpath.app.ConsultationDocuments.Source;
import com.clearpath.document.DocumentKind;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.ui.documents.DocumentWords;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The Summary step's "save handout / clinician summary" for the consultation on screen: asks where, then has
 * {@link ConsultationDocuments} make and write it in the background on the clinic's paper.
 */
final class SummaryDocuments {
    private final ConsultationDraft draft;
    private final WizardServices services;
    private final WizardText text;

    SummaryDocuments(ConsultationDraft draft, WizardServices services, WizardText text) {
        this.draft = draft;
        this.services = services;
        this.text = text;
    }

    /** Asks where to save, then saves there; nothing happens if the chooser is cancelled. */
    void chooseAndSave(DocumentKind kind, Language language, Window owner, Consumer<Path> done, Consumer<Exception> failed) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get(kind == DocumentKind.HANDOUT ? "wizard.summary.handout.title" : "wizard.summary.clinician.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("wizard.summary.pdfFiles"), "*.pdf"));
        chooser.setInitialFileName(suggestedName(kind, language));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            save(kind, language, file.toPath(), done, failed);
        }
    }

    String suggestedName(DocumentKind kind, Language language) {
        String date = String.valueOf(draft.consultedOnProperty().get());
        return kind == DocumentKind.HANDOUT ? "handout-" + date + "-" + language.code() + ".pdf" : "clinician-summary-" + date + ".pdf";
    }

    /** Renders in the background and writes {@code target} (a temporary file moved into place when complete). */
    void save(DocumentKind kind, Language language, Path target, Consumer<Path> done, Consumer<Exception> failed) {
        Plan plan = draft.planProperty().get();
        if (plan == null) {
            failed.accept(new IllegalStateException(text.get("wizard.summary.noPlan")));
            return;
        }
        ConsultationDocuments documents = services.documents();
        Source source = documents.unsaved(draft.intakeProperty().get(), plan, services.catalog(),
                List.copyOf(draft.overrides()), draft.scoreProperty().get(), number(draft))
                .withChanges(draft.changesProperty().get());
        // On the clinic's paper, as every other printout; the file chooser asked before replacing a file.
        services.tasks().run(() -> documents.save(source,
                documents.render(source, kind, language, documents.clinicPaper()), target, true).file(), done,
                error -> failed.accept(error instanceof Refused r
                        ? new IllegalStateException(DocumentWords.words(text.messages(), r.reason())) : error));
    }

    /** A short reference for the printed page: the start of the consultation's id. */
    static String number(ConsultationDraft draft) {
        return draft.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
