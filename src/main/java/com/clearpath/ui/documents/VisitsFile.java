package com.clearpath.ui.documents;

import com.clearpath.document.VisitCalendar;
import com.clearpath.domain.Client;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.store.DataFolder;
import com.clearpath.store.PrivateFiles;
import com.clearpath.store.StoreException;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.Records;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Visits (.ics)…" at the front desk: a final consultation's agreed visits written as an iCalendar file to book them,
 * owner-only and whole (never one of the data folder's files), and noted in the consultation's history. The same file
 * the command line's {@code schedule --ics} writes.
 */
public final class VisitsFile {
    private static final Logger LOG = Logger.getLogger(VisitsFile.class.getName());

    /** Why there is nothing to book; the screens make the words. */
    public enum Reason { GONE, NOT_FINAL, NO_VISITS }

    /** Nothing was written, for {@link #reason()}. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        Refused(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** A file written with {@code visits} events; {@code notRecorded} says why the history could not note it. */
    public record Written(Path file, int visits, Optional<Exception> notRecorded) {
    }

    private final Records records;

    public VisitsFile(Records records) {
        this.records = records;
    }

    /**
     * "Lastname-Firstname-visits.ics", in the letters Save PDF uses, so the file sorts beside the client's PDFs.
     */
    public static String suggestedName(Client client) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {client == null ? null : client.lastName(),
                client == null ? null : client.firstName()}) {
            String safe = DocumentPreview.fileNameSafe(part);
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
        Path folder = DocumentPreview.defaultSaveFolder(Path.of(System.getProperty("user.home")));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("print.visits.fileType"), "*.ics"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** Writes the kept consultation's visits to {@code target} and notes it. Blocking: call in background work. */
    public Written write(UUID consultationId, Path target) throws Refused, StoreException, IOException {
        StoredConsultation k = records.with(s -> s.consultations().find(consultationId))
                .orElseThrow(() -> new Refused(Reason.GONE));
        if (k.status() != ConsultationStatus.FINAL) {
            // A draft's plan can still change; the desk books what was agreed.
            throw new Refused(Reason.NOT_FINAL);
        }
        Protocol protocol = k.plan() == null ? null : k.plan().protocol();
        if (protocol == null || protocol.visits().isEmpty()) {
            throw new Refused(Reason.NO_VISITS);
        }
        Path absolute = target.toAbsolutePath();
        // The file chooser asked before replacing a file; the records' own files are never replaced.
        DataFolder.refuseProtected(absolute, records.folder());
        String calendar = VisitCalendar.write(k.intake(), protocol, records.catalog(), records.clock().instant());
        PrivateFiles.writeAtomically(absolute, calendar.getBytes(StandardCharsets.UTF_8));
        int visits = protocol.visits().size();
        LOG.info(() -> "Wrote " + visits + " visits as an iCalendar file");
        Optional<Exception> notRecorded = Optional.empty();
        try {
            records.with(s -> {
                s.consultations().record(k.id(), ConsultationEvent.Kind.VISITS_EXPORTED, records.actor(),
                        visits + (visits == 1 ? " visit" : " visits") + " saved as " + absolute.getFileName());
                return null;
            });
        } catch (StoreException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not note the visits file in the history", e);
            notRecorded = Optional.of(e);
        }
        return new Written(absolute, visits, notRecorded);
    }

    /** The refusal or failure in the screen's words. */
    public static String describe(Messages text, Exception error) {
        if (error instanceof Refused r) {
            return switch (r.reason()) {
                case GONE -> text.get("print.visits.gone");
                case NOT_FINAL -> text.get("print.visits.notFinal");
                case NO_VISITS -> text.get("print.visits.none");
            };
        }
        if (error instanceof StoreException || error instanceof IOException) {
            return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        }
        LOG.log(Level.WARNING, "The visits file could not be written", error);
        return text.get("settings.unexpected");
    }
}
