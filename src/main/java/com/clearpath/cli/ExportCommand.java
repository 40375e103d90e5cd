package com.clearpath.cli;

import com.clearpath.domain.RecordsFailure;
import com.clearpath.store.AtomicFile;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.RecordsArchive;
import java.io.IOException;
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
        RecordsArchive.Exported[] done = {null};
        try (Database db = Records.open(folder)) {
            ConsultationRepository consultations = new ConsultationRepository(db, clock);
            RecordsArchive archive = new RecordsArchive(folder, clock);
            try {
                AtomicFile.write(target, force, out -> {
                    try {
                        done[0] = archive.export(consultations, out);
                    } catch (RecordsFailure e) {
                        throw new StoreFailure(e);
                    }
                });
            } catch (StoreFailure e) {
                throw e.store;
            } catch (FileAlreadyExistsException e) {
                root.err().println(OutputFile.appeared(target));
                return ClearpathCommand.INVALID;
            }
            // After the file is complete; a database that cannot take the note does not undo the export.
            consultations.noteExport(done[0].consultations(), target.getFileName().toString(), Records.actor());
        }
        int n = done[0].consultations();
        int photos = done[0].photos();
        root.out().println("Exported " + n + " consultation" + (n == 1 ? "" : "s")
                + (done[0].archive() ? " and " + photos + " photo" + (photos == 1 ? "" : "s") + " (a records archive)"
                : "") + " to " + target);
        return 0;
    }

    /** Carries a store failure through the file writer's callback. */
    private static final class StoreFailure extends IOException {
        private static final long serialVersionUID = 1L;
        final transient RecordsFailure store;

        StoreFailure(RecordsFailure store) {
            super(store.getMessage(), store);
            this.store = store;
        }
    }
}
