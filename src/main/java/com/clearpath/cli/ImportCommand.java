package com.clearpath.cli;

import com.clearpath.engine.Planner;
import com.clearpath.exchange.ExportJson;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.Database;
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
 * {@code import FILE.json}: a {@code clearpath.export/1} file or a single intake. All or nothing: every intake is
 * validated first; importing the same file twice adds nothing the second time.
 */
@Command(name = "import", description = "Import a clearpath.export/1 file or a single intake, all or nothing.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    ClearpathCommand root;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "The file to import.")
    Path file;

    @Override
    public Integer call() throws Exception {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            root.err().println(file + ": file not found");
            return ClearpathCommand.INVALID;
        }
        Clock clock = Clock.systemUTC();
        ExportJson.Read read = ExportJson.read(bytes, LocalDate.now(), clock.instant());
        CommandInput input = new CommandInput(root);
        if (!read.valid()) {
            return input.reportProblems(read.problems());
        }
        var catalog = input.catalog();
        if (catalog.isEmpty()) {
            return ClearpathCommand.INVALID;
        }
        Planner planner = new Planner(catalog.get());
        try (Database db = Records.open(root.dataFolder())) {
            var result = new ConsultationRepository(db, clock).importAll(read.entries(), planner::plan, Records.actor());
            root.out().println("Imported " + result.added() + " consultation" + (result.added() == 1 ? "" : "s")
                    + " (" + result.alreadyPresent() + " already present, " + result.clientsCreated() + " new client" + (result.clientsCreated() == 1 ? "" : "s") + ")");
        }
        return 0;
    }
}
