package com.clearpath.cli;

import com.clearpath.AppLogging;
import com.clearpath.AppVersion;
import com.clearpath.store.DataFolder;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
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
        subcommands = {PlanCommand.class, HandoutCommand.class, ImportCommand.class, ExportCommand.class,
                ScheduleCommand.class})
public final class ClearpathCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Folder for the database, settings and logs (default: the per-user data folder).")
    Path dataDir;

    @Option(names = "--measure-startup",
            description = "Open the app, print startup_ms=N (process start to the first consultation page ready "
                    + "for typing) and close it again.")
    boolean measureStartup;

    /** Exit status for invalid input (and usage errors, as picocli reports them). */
    public static final int INVALID = 2;

    private final Consumer<AppStart> openApp;
    private PrintWriter out;
    private PrintWriter err;

    public ClearpathCommand(Consumer<AppStart> openApp) {
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
        openApp.accept(appStart(dataDir(), measureStartup, out));
        return 0;
    }

    private static AppStart appStart(Optional<Path> dataDir, boolean measureStartup, PrintWriter out) {
        return new AppStart(dataDir, measureStartup ? Optional.of(ms -> {
            out.println("startup_ms=" + ms);
            out.flush();
        }) : Optional.empty());
    }

    /** Runs the command line and returns the exit status: 0 ok, 2 invalid input or usage, 1 anything else. */
    public static int run(String[] args, Consumer<AppStart> openApp) {
        return run(args, openApp, new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true), new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
    }

    /** Runs with the given output streams (tests capture them). */
    public static int run(String[] args, Consumer<AppStart> openApp, PrintWriter out, PrintWriter err) {
        ClearpathCommand root = new ClearpathCommand(openApp);
        root.out = out;
        root.err = err;
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setExecutionStrategy(parsed -> {
            // Help and version only print: they must not create a data folder (or a log in it).
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            prepare(root.dataDir());
            return new CommandLine.RunLast().execute(parsed);
        });
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Creates the data folder (owner-only) before logging into it, so the log directory does not create it first. */
    private static void prepare(Optional<Path> dataDir) {
        DataFolder folder = DataFolder.resolve(dataDir);
        try {
            folder.ensureExists();
        } catch (IOException e) {
            // logging stays off; the command reports the folder problem itself if it needs the folder
        }
        AppLogging.configure(folder.logs());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"clearpath " + AppVersion.get()};
        }
    }
}
