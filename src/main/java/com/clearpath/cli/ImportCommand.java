package com.clearpath.cli;

import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditSubject;
import com.clearpath.engine.Planner;
import com.clearpath.exchange.ExportJson;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.Database;
import com.clearpath.store.RecordsArchive;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import FILE}: a {@code clearpath.export/1} file, a records archive (its zip with the photos) or a single
 * intake. All or nothing: the whole file, every photo's hash and image included, is checked in a first pass, then imported in a second, both streaming so a file of any size fits in little memory;
 * importing the same file twice adds nothing the second time.
 */
@Command(name = "import", description = "Import a clearpath.export/1 file, a records archive or a single intake, all or nothing.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    ClearpathCommand root;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "The file to import.")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            root.err().println(file + (Files.isDirectory(file) ? ": is a folder, not a file" : ": file not found"));
            return ClearpathCommand.INVALID;
        }
        Clock clock = Clock.systemUTC();
        LocalDate today = LocalDate.now();
        // First pass: check every consultation without touching the database; a file with problems imports nothing.
        ExportJson.Checked checked;
        try {
            checked = RecordsArchive.check(file, today, clock.instant());
        } catch (NoSuchFileException e) {
            root.err().println(file + ": file not found");
            return ClearpathCommand.INVALID;
        }
        CommandInput input = new CommandInput(root);
        if (!checked.valid()) {
            return input.reportProblems(checked.problems());
        }
        var catalog = input.catalog();
        if (catalog.isEmpty()) {
            return ClearpathCommand.INVALID;
        }
        Planner planner = input.planner(catalog.get());
        try (Database db = Records.open(root.dataFolder())) {
            var result = new RecordsArchive(root.dataFolder(), clock).importFile(new ConsultationRepository(db, clock), file, today, planner::plan,
                    Records.actor());
            Records.audit(db, clock, AuditAction.RECORDS_IMPORTED, AuditSubject.IMPORT_FILE,
                    Integer.toString(result.added()), Integer.toString(result.alreadyPresent()));
            root.out().println("Imported " + result.added() + " consultation" + (result.added() == 1 ? "" : "s")
                    + " (" + result.alreadyPresent() + " already present, " + result.clientsCreated() + " new client"
                    + (result.clientsCreated() == 1 ? "" : "s") + ")");
            if (result.photosAdded() > 0 || result.sessionsAdded() > 0) {
                root.out().println("with " + result.photosAdded() + " new photo" + (result.photosAdded() == 1 ? "" : "s")
                        + " and " + result.sessionsAdded() + " new treatment session"
                        + (result.sessionsAdded() == 1 ? "" : "s"));
            }
            if (result.plansRecomputed() > 0) {
                int n = result.plansRecomputed();
                root.out().println(n + " plan" + (n == 1 ? "" : "s") + " in the file differed from what the intake "
                        + "gives with this clinic's catalog today: the consultation" + (n == 1 ? " has" : "s have")
                        + " today's plan, and the file's plan is kept in " + (n == 1 ? "its" : "their")
                        + " history as a record");
            }
        }
        return 0;
    }
}
