package com.clearpath.cli;

import com.clearpath.AppLogging;
import com.clearpath.AppVersion;
import com.clearpath.store.DataFolder;
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
        subcommands = {})
public final class ClearpathCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Folder for the database, settings and logs (default: the per-user data folder).")
    Path dataDir;

    private final Consumer<Optional<Path>> openApp;

    public ClearpathCommand(Consumer<Optional<Path>> openApp) {
        this.openApp = openApp;
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
        ClearpathCommand root = new ClearpathCommand(openApp);
        CommandLine cl = new CommandLine(root);
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setExecutionStrategy(parsed -> {
            // Log into the chosen data folder before any command runs.
            AppLogging.configure(DataFolder.resolve(root.dataDir()).logs());
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"clearpath " + AppVersion.get()};
        }
    }
}
