package com.clearpath.ui.wizard;

import com.clearpath.document.ClinicianSummaryRenderer;
import com.clearpath.document.DocumentInput;
import com.clearpath.document.HandoutRenderer;
import com.clearpath.document.PaperSize;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.store.DataFolder;
import com.clearpath.store.PrivateFiles;
import com.clearpath.ui.documents.Documents;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The patient handout and the clinician summary of the consultation on screen, on the clinic's letterhead and
 * paper, rendered on a worker thread and written atomically where the practitioner chooses. The file chooser is only asked for a path; {@link #save} does
 * the rest and can be called directly.
 */
final class ConsultationDocuments {
    enum Kind { HANDOUT, CLINICIAN_SUMMARY }


    private final ConsultationDraft draft;
    private final WizardServices services;
    private final WizardText text;

    ConsultationDocuments(ConsultationDraft draft, WizardServices services, WizardText text) {
        this.draft = draft;
        this.services = services;
        this.text = text;
    }

    /** Asks where to save, then saves there; nothing happens if the chooser is cancelled. */
    void chooseAndSave(Kind kind, Language language, Window owner, Consumer<Path> done, Consumer<Exception> failed) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get(kind == Kind.HANDOUT ? "wizard.summary.handout.title" : "wizard.summary.clinician.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("wizard.summary.pdfFiles"), "*.pdf"));
        chooser.setInitialFileName(suggestedName(kind, language));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            save(kind, language, file.toPath(), done, failed);
        }
    }

    String suggestedName(Kind kind, Language language) {
        String date = String.valueOf(draft.consultedOnProperty().get());
        return kind == Kind.HANDOUT ? "handout-" + date + "-" + language.code() + ".pdf" : "clinician-summary-" + date + ".pdf";
    }

    /** Renders in the background and writes {@code target} (a temporary file moved into place when complete). */
    void save(Kind kind, Language language, Path target, Consumer<Path> done, Consumer<Exception> failed) {
        Plan plan = draft.planProperty().get();
        if (plan == null) {
            failed.accept(new IllegalStateException(text.get("wizard.summary.noPlan")));
            return;
        }
        DocumentInput base = input(draft.intakeProperty().get(), plan);
        services.tasks().run(() -> {
            // The clinic's letterhead and paper, as on every other printout.
            ClinicSettings clinic = services.clinic().get();
            DocumentInput input = base.withClinic(Documents.profile(clinic));
            PaperSize paper = Documents.paper(clinic.paper());
            // The file chooser asked before replacing a file; the records' own files are never replaced.
            DataFolder.refuseProtected(target, services.records().folder());
            Files.createDirectories(target.toAbsolutePath().getParent());
            PrivateFiles.writeAtomically(target, true, out -> {
                if (kind == Kind.HANDOUT) {
                    new HandoutRenderer().render(input, language, paper, out);
                } else {
                    new ClinicianSummaryRenderer().render(input, paper, out);
                }
            });
            return target;
        }, done, failed);
    }

    private DocumentInput input(Intake intake, Plan plan) {
        return DocumentInput.of(intake, plan, services.catalog())
                .withIssuedOn(services.today().get())
                .withConsultationNumber(number(draft))
                .withOverrides(List.copyOf(draft.overrides()))
                .withFitzpatrickScore(draft.scoreProperty().get());
    }

    /** A short reference for the printed page: the start of the consultation's id. */
    static String number(ConsultationDraft draft) {
        return draft.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
