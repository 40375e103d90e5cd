package com.clearpath.ui.documents;

import com.clearpath.app.ConsultationDocuments;
import com.clearpath.domain.Client;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Visits (.ics)…" at the front desk: the file chooser and the words around {@link ConsultationDocuments#writeVisits},
 * which writes a final consultation's agreed visits as an iCalendar file and notes it in its history. The same file
 * the command line's {@code schedule --ics} writes.
 */
public final class VisitsFile {
    private static final Logger LOG = Logger.getLogger(VisitsFile.class.getName());

    private final ConsultationDocuments documents;

    public VisitsFile(ConsultationDocuments documents) {
        this.documents = documents;
    }

    /**
     * "Lastname-Firstname-visits.ics", in the letters Save PDF uses, so the file sorts beside the client's PDFs.
     */
    public static String suggestedName(Client client) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {client == null ? null : client.lastName(),
                client == null ? null : client.firstName()}) {
            String safe = DocumentFiles.fileNameSafe(part);
            if (!safe.isEmpty()) {
                name.append(safe).append('-');
            }
        }
        return name + "visits.ics";
    }

    /** Asks where to write, starting where Save PDF starts; empty when the chooser is cancelled. */
    public static Optional<Path> choose(Messages text, Window owner, Client client) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("print.visits.chooser"));
        chooser.setInitialFileName(suggestedName(client));
        Path folder = DocumentFiles.defaultSaveFolder(Path.of(System.getProperty("user.home")));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("print.visits.fileType"), "*.ics"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Writes the kept consultation's visits to {@code target} and notes it. Blocking: call in background work. */
    public ConsultationDocuments.VisitsWritten write(UUID consultationId, Path target)
            throws ConsultationDocuments.Refused, RecordsFailure, IOException {
        return documents.writeVisits(consultationId, target);
    }

    /** The refusal or failure in the screen's words. */
    public static String describe(Messages text, Exception error) {
        if (error instanceof ConsultationDocuments.Refused r) {
            return switch (r.reason()) {
                case GONE -> text.get("print.visits.gone");
                case NOT_FINAL -> text.get("print.visits.notFinal");
                default -> text.get("print.visits.none");
            };
        }
        if (error instanceof RecordsFailure failure) {
            return RecordWords.failure(text, failure);
        }
        if (error instanceof IOException) {
            return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        }
        LOG.log(Level.WARNING, "The visits file could not be written", error);
        return text.get("settings.unexpected");
    }
}
