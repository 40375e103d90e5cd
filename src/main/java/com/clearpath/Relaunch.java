package com.clearpath;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar clearpath.jar} started the way the installed app starts.
 *
 * <p>A {@code java} command cannot take JVM options from the jar, so {@code java -jar} ran the window with the JVM's
 * defaults for a server (a collector sized for all of the machine's memory, two compilers racing the window for two
 * cores, no class cache): about 1,340 ms to the first page where the installed app takes 570 ms, and a larger heap.
 * So when {@code java -jar} opens the window, this JVM replaces itself, in the same process, with one started with
 * the installed app's options ({@link DesktopJvmOptions}) and a class cache of the user's own: Java's ahead-of-time
 * cache from Java 25, a class-data archive before. The first start records the cache (the JVM writes it on exit, a few
 * seconds, once the window is gone); it lives under {@code $XDG_CACHE_HOME/clearpath} (else {@code ~/.cache/clearpath},
 * about 50 MB), one per Java and build of the app, older ones deleted.
 *
 * <p>The replacement is {@code execve}, called through a small native library built beside the jar
 * ({@code lib/libclearpath-launch.so}, from {@code src/main/native}): the process keeps its id, its start time (so the
 * measured start counts from the first JVM's start), its standard streams and its exit status. Loading the library
 * and the call take a few milliseconds; the first JVM gets no further than the top of {@code main}.
 *
 * <p>It relaunches only on Linux, when the window is being opened (not for the command line's commands), when the
 * class path is this jar alone, when the command gives no JVM options of its own beyond system properties and native
 * access (a debugger or a tuned JVM is left as started), with none in {@code JDK_JAVA_OPTIONS},
 * {@code JAVA_TOOL_OPTIONS} or {@code _JAVA_OPTIONS}, and when the library is there. {@code -Dclearpath.relaunch=false}
 * turns it off. Anything unexpected on the way leaves the app starting in the JVM it was started in.
 */
public final class Relaunch {
    /** The native library, in the {@code lib} folder beside the jar. */
    static final String LIBRARY = "libclearpath-launch.so";
    /** {@code -Dclearpath.relaunch=false}: stay in the JVM as started. */
    static final String SWITCH = "clearpath.relaunch";
    /** With {@code -Dclearpath.startup.details=true}, {@code --measure-startup} also says how the JVM was started. */
    public static final String DETAILS = "clearpath.startup.details";
    /** On the new JVM's command line, saying how it was started; a JVM with it never relaunches. */
    static final String MARK = "clearpath.relaunched";
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");
    private static final String PREFIX = "clearpath-";

    /** Why this JVM did not relaunch, when it tried and could not. */
    private static volatile String failure;

    private Relaunch() {
    }

    /**
     * Replaces this JVM as described above when that applies; returns only when it does not apply or could not be
     * done, and the app then starts here. Call first thing in {@code main}, and only for opening the window.
     */
    public static void ifWorthwhile() {
        // Other systems, the installed app (many jars on its class path) and a relaunched JVM stop here, before
        // reading anything.
        String classPath = System.getProperty("java.class.path", "");
        if (!System.getProperty("os.name", "").startsWith("Linux") || System.getProperty(MARK) != null
                || !classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            return;
        }
        try {
            Optional<Command> command = plan(Start.current(), DesktopJvmOptions.forThisJava(), Path.of("/dev"));
            if (command.isEmpty()) {
                return;
            }
            failure = "execve failed with error " + replace(command.get());
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            failure = e.toString();
        }
    }

    /** How this JVM was started, for the log and the start-up report. */
    public static String description() {
        String mark = System.getProperty(MARK);
        if (mark != null) {
            return switch (mark) {
                case "cache" -> "relaunched with the installed options and the class cache";
                case "recording" -> "relaunched with the installed options, recording the class cache";
                default -> "relaunched with the installed options";
            };
        }
        String why = failure;
        return why == null ? "as started" : "as started (could not relaunch: " + why + ")";
    }

    /** The short form of {@link #description()}: cache, recording, options or none. */
    public static String mode() {
        return Optional.ofNullable(System.getProperty(MARK)).orElse("none");
    }

    /** The new JVM: its command line (the program first), its environment, and the library that starts it. */
    record Command(List<String> arguments, Map<String, String> environment, Path library, String mode) {
    }

    /**
     * How this JVM was started, as far as relaunching needs to know.
     *
     * @param commandLine the process's arguments as the operating system has them, the program first
     * @param jar where this class was loaded from, if from a file
     * @param cacheHome the folder the class cache goes under
     */
    record Start(String osName, int feature, String javaHome, String vmVersion, String classPath,
                 Optional<Path> jar, List<String> commandLine, Map<String, String> environment,
                 Optional<String> relaunchSwitch, boolean relaunched, long pid, Path cacheHome) {

        static Start current() throws IOException {
            Map<String, String> environment = System.getenv();
            String xdg = environment.get("XDG_CACHE_HOME");
            Path cacheHome = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                    : Path.of(System.getProperty("user.home", "."), ".cache");
            return new Start(System.getProperty("os.name", ""), Runtime.version().feature(),
                    System.getProperty("java.home", ""), System.getProperty("java.vm.version", ""),
                    System.getProperty("java.class.path", ""), codeSource(), readCommandLine(), environment,
                    Optional.ofNullable(System.getProperty(SWITCH)), System.getProperty(MARK) != null,
                    ProcessHandle.current().pid(), cacheHome.resolve("clearpath"));
        }

        private static Optional<Path> codeSource() {
            CodeSource source = Relaunch.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(Path.of(source.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /** {@code /proc/self/cmdline}: the arguments, each ended by a NUL. Empty where there is no such file. */
        private static List<String> readCommandLine() throws IOException {
            Path file = Path.of("/proc/self/cmdline");
            if (!Files.isReadable(file)) {
                return List.of();
            }
            byte[] raw = Files.readAllBytes(file);
            Charset charset = nativeCharset();
            List<String> arguments = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    arguments.add(new String(raw, from, i - from, charset));
                    from = i + 1;
                }
            }
            return arguments;
        }
    }

    /**
     * The new JVM for {@code start}, or empty when this JVM should stay (see the class comment). Makes the cache
     * folder, and puts a finished recording of the cache in place, as it goes.
     */
    static Optional<Command> plan(Start start, List<String> desktopOptions, Path dev) {
        // Plain loops and no lambdas on this path: in the first JVM each costs time that the new one then waits for.
        if (!start.osName().toLowerCase(Locale.ROOT).startsWith("linux") || start.relaunched()
                || "false".equalsIgnoreCase(start.relaunchSwitch().orElse("")) || start.jar().isEmpty()) {
            return Optional.empty();
        }
        for (String variable : OPTION_VARIABLES) {
            if (start.environment().containsKey(variable)) {
                return Optional.empty();
            }
        }
        Path jar = start.jar().get();
        // java -jar puts the jar, as given, alone on the class path.
        if (!jar.getFileName().toString().endsWith(".jar") || !sameFile(Path.of(start.classPath()), jar)) {
            return Optional.empty();
        }
        Path library = jar.resolveSibling("lib").resolve(LIBRARY);
        if (!Files.isRegularFile(library)) {
            return Optional.empty();
        }
        // java [options] -jar JAR [arguments]: options are tokens before -jar, and only ones that cannot take a value
        // as a separate token are let through, so the first -jar is the real one.
        List<String> line = start.commandLine();
        int j = line.indexOf("-jar");
        if (j < 1 || j + 1 >= line.size() || !sameFile(Path.of(line.get(j + 1)), jar)) {
            return Optional.empty();
        }
        List<String> ownOptions = line.subList(1, j);
        for (String option : ownOptions) {
            if (!passesThrough(option)) {
                return Optional.empty();
            }
        }

        List<String> arguments = new ArrayList<>();
        arguments.add(Path.of(start.javaHome(), "bin", "java").toString());
        arguments.addAll(desktopOptions);
        arguments.addAll(ownOptions); // after the app's: a property given on the command line still wins
        String mode = "options";
        Optional<String[]> cache = cache(start, desktopOptions, jar);
        if (cache.isPresent()) {
            arguments.add(cache.get()[0]);
            mode = cache.get()[1];
        }
        // The JVM's own messages (a cache from another build, say, or the recording's progress on exit) go to
        // standard error: standard output stays the app's.
        arguments.add("-XX:+DisplayVMOutputToStderr");
        arguments.add("-Xlog:disable");
        arguments.add("-Xlog:all=warning:stderr");
        arguments.add("-D" + MARK + "=" + mode);
        arguments.addAll(line.subList(j, line.size()));

        Map<String, String> environment = new LinkedHashMap<>(start.environment());
        // What GraphicsChoice would set with a native call in the new JVM, given to it from the start instead.
        if (!environment.containsKey(GraphicsChoice.GDK_GL) && GraphicsChoice.drawsInSoftware(start.osName(), dev)) {
            environment.put(GraphicsChoice.GDK_GL, GraphicsChoice.OPENGL_OFF);
        }
        return Optional.of(new Command(List.copyOf(arguments), environment, library, mode));
    }

    /** A JVM option of the user's that is kept as it is: a system property or native access. */
    static boolean passesThrough(String option) {
        return option.startsWith("-D") || option.startsWith("--enable-native-access=");
    }

    /**
     * The class cache option for the new JVM and what it does ("cache": use it; "recording": record it on exit), or
     * empty when there is no folder for it. One file per Java and build of the app: its name holds a hash of the Java,
     * the options and every jar's size and time.
     */
    static Optional<String[]> cache(Start start, List<String> desktopOptions, Path jar) {
        boolean aot = start.feature() >= 25;
        String extension = aot ? ".aot" : ".jsa";
        String use = aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        String record = aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=";
        Path folder = start.cacheHome();
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        String family = PREFIX + start.feature() + "-";
        String name = family + key(start, desktopOptions, jar);
        Path ready = folder.resolve(name + extension);
        String[] listed = folder.toFile().list();
        List<String> names = listed == null ? List.of() : Arrays.asList(listed);
        for (String other : names) {
            // Caches of other builds of the app on this Java, and their leftovers, are of no more use.
            if (other.startsWith(family) && !other.startsWith(name + ".")) {
                folder.resolve(other).toFile().delete();
            }
        }
        if (ready.toFile().length() > 0) {
            return Optional.of(new String[] {use + ready, "cache"});
        }
        // A recording is done once the JVM has written it and removed its ".config" working file.
        for (String other : names) {
            if (other.startsWith(name + ".") && other.endsWith(extension) && !other.equals(ready.getFileName().toString())
                    && !names.contains(other + ".config") && folder.resolve(other).toFile().length() > 0) {
                try {
                    Files.move(folder.resolve(other), ready, StandardCopyOption.ATOMIC_MOVE);
                    return Optional.of(new String[] {use + ready, "cache"});
                } catch (IOException | SecurityException e) {
                    break; // another start took it, or the folder is read-only: record a new one
                }
            }
        }
        return Optional.of(new String[] {record + folder.resolve(name + "." + start.pid() + extension), "recording"});
    }

    /** A 64-bit FNV-1a hash of what makes a cache valid, as 16 hex digits. */
    static String key(Start start, List<String> desktopOptions, Path jar) {
        StringBuilder text = new StringBuilder();
        text.append(start.javaHome()).append('\n').append(start.vmVersion()).append('\n');
        for (String option : desktopOptions) {
            text.append(option).append('\n');
        }
        List<File> jars = new ArrayList<>();
        jars.add(jar.toFile());
        File lib = jar.resolveSibling("lib").toFile();
        String[] libs = lib.list();
        if (libs != null) {
            Arrays.sort(libs);
            for (String n : libs) {
                if (n.endsWith(".jar")) {
                    jars.add(new File(lib, n));
                }
            }
        }
        for (File f : jars) {
            text.append(f.getAbsolutePath()).append(' ').append(f.length()).append(' ').append(f.lastModified())
                    .append('\n');
        }
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.toString().getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        String hex = Long.toHexString(hash);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static Charset nativeCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static byte[][] bytes(List<String> strings, Charset charset) {
        byte[][] out = new byte[strings.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = strings.get(i).getBytes(charset);
        }
        return out;
    }

    /**
     * Loads the library and replaces this process's program with {@code command}; returns only when that failed,
     * with the error number.
     */
    static int replace(Command command) {
        System.load(command.library().toAbsolutePath().toString());
        Charset charset = nativeCharset();
        List<String> environment = new ArrayList<>();
        for (Map.Entry<String, String> e : command.environment().entrySet()) {
            environment.add(e.getKey() + "=" + e.getValue());
        }
        return execve(bytes(command.arguments(), charset), bytes(environment, charset));
    }

    /** Replaces the process's program ({@code launch.c}); returns only on failure, with the error number. */
    private static native int execve(byte[][] arguments, byte[][] environment);
}
