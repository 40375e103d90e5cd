package com.clearpath.cli;

import com.clearpath.exchange.ExportJson;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.Database;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code export -o FILE.json}: every consultation in the database, as {@code clearpath.export/1}. */
@Command(name = "export", description = "Write every consultation in the database to a clearpath.export/1 file.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    ClearpathCommand root;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.json", description = "Where to write the export.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Clock clock = Clock.systemUTC();
        Path target = output.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        int n;
        try (Database db = Records.open(root.dataFolder())) {
            try (OutputStream out = Files.newOutputStream(tmp);
                 ExportJson.Writer writer = new ExportJson.Writer(out, clock.instant())) {
                n = new ConsultationRepository(db, clock).export(writer, Records.actor());
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        root.out().println("Exported " + n + " consultation" + (n == 1 ? "" : "s") + " to " + target);
        return 0;
    }
}
