package com.clearpath.cli;

import com.clearpath.AppLogging;
import com.clearpath.AppVersion;
import com.clearpath.store.DataFolder;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The top of the command line. With no command it opens the desktop app (through the launcher's callback, so
 * this package never touches the UI); each command of the exchange format is a subcommand.
 */
@Command(name = "clearpath", mixinStandardHelpOptions = true, versionProvider = ClearpathCommand.Version.class,
        description = "Clearpath Consult: acne scar and PIH consultations.%n"
                + "With no command, opens the desktop app.",
        subcommands = {PlanCommand.class, HandoutCommand.class, ImportCommand.class, ExportCommand.class})
public final class ClearpathCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Folder for the database, settings and logs (default: the per-user data folder).")
    Path dataDir;

    /** Exit status for invalid input (and usage errors, as picocli reports them). */
    public static final int INVALID = 2;

    private final Consumer<Optional<Path>> openApp;
    private PrintWriter out;
    private PrintWriter err;

    public ClearpathCommand(Consumer<Optional<Path>> openApp) {
        this.openApp = openApp;
    }

    /** Command output, always UTF-8 whatever the terminal's locale. */
    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    DataFolder dataFolder() {
        return DataFolder.resolve(dataDir());
    }

    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    @Override
    public Integer call() {
        openApp.accept(dataDir());
        return 0;
    }

    /** Runs the command line and returns the exit status: 0 ok, 2 invalid input or usage, 1 anything else. */
    public static int run(String[] args, Consumer<Optional<Path>> openApp) {
        return run(args, openApp, new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true), new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
    }

    /** Runs with the given output streams (tests capture them). */
    public static int run(String[] args, Consumer<Optional<Path>> openApp, PrintWriter out, PrintWriter err) {
        ClearpathCommand root = new ClearpathCommand(openApp);
        root.out = out;
        root.err = err;
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setExecutionStrategy(parsed -> {
            // Create the data folder (owner-only) before logging into it, so the log directory does not create it first.
            DataFolder folder = DataFolder.resolve(root.dataDir());
            try {
                folder.ensureExists();
            } catch (java.io.IOException e) {
                // logging stays off; the command reports the folder problem itself if it needs the folder
            }
            AppLogging.configure(folder.logs());
            return new CommandLine.RunLast().execute(parsed);
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"clearpath " + AppVersion.get()};
        }
    }
}
