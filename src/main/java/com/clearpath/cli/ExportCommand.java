package com.clearpath.cli;

import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditSubject;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.RecordsArchive;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export -o FILE}: every consultation in the database with its sessions and photo consent, as
 * {@code clearpath.export/1}; once photos are kept, a records archive (a zip of that JSON and the photos).
 */
@Command(name = "export", description = "Write every consultation in the database to a clearpath.export/1 file "
        + "(a zip records archive with the photos once there are any).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    ClearpathCommand root;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.json", description = "Where to write the export.")
    Path output;

    @Option(names = "--force", description = "Replace FILE.json if it exists (the data folder's own files never).")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Clock clock = Clock.systemUTC();
        Path target = output.toAbsolutePath();
        DataFolder folder = root.dataFolder();
        Optional<String> refused = OutputFile.refusal(target, force, folder);
        if (refused.isPresent()) {
            root.err().println(refused.get());
            return ClearpathCommand.INVALID;
        }
        RecordsArchive.Exported done;
        try (Database db = Records.open(folder)) {
            ConsultationRepository consultations = new ConsultationRepository(db, clock);
            RecordsArchive archive = new RecordsArchive(folder, clock);
            try {
                done = archive.exportTo(target, force, consultations);
            } catch (FileAlreadyExistsException e) {
                root.err().println(OutputFile.appeared(target));
                return ClearpathCommand.INVALID;
            }
            // After the file is complete; a database that cannot take the note does not undo the export.
            consultations.noteExport(done.consultations(), target.getFileName().toString(), Records.actor());
            Records.audit(db, clock, AuditAction.RECORDS_EXPORTED, AuditSubject.EXPORT_FILE,
                    Integer.toString(done.consultations()), Integer.toString(done.photos()),
                    Integer.toString(done.consents()));
        }
        int n = done.consultations();
        int photos = done.photos();
        root.out().println("Exported " + n + " consultation" + (n == 1 ? "" : "s")
                + (done.archive() ? " and " + photos + " photo" + (photos == 1 ? "" : "s") + " (a records archive)"
                : "") + " to " + target);
        return 0;
    }

}
