package com.clearpath;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JVM options the app runs with when installed, in one place: the launcher's option file
 * ({@code packaging/launcher.opts}, also in the jar as {@value #RESOURCE}), less what names files inside the installed
 * app, plus what each Java version adds ({@link #forJava}). The benchmarks use these; {@code packaging/package.sh} asks {@link #main} for the version-dependent ones.
 */
public final class DesktopJvmOptions {
    static final String RESOURCE = "/com/clearpath/launcher.opts";
    private static final String JAVA_OPTIONS = "--java-options ";

    private DesktopJvmOptions() {
    }

    /** For the Java running this code, from the copy of the option file in the jar. */
    public static List<String> forThisJava() throws IOException {
        return of(read(DesktopJvmOptions.class.getResourceAsStream(RESOURCE)), Runtime.version().feature(),
                System.getProperty("os.name", ""));
    }

    /** The option file's lines. */
    public static List<String> read(InputStream in) throws IOException {
        if (in == null) {
            throw new IOException(RESOURCE + " is missing from the class path");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * The JVM options in {@code launcherOpts} (its {@code --java-options} lines, except those naming {@code $APPDIR}),
     * then {@link #forJava(int, String)}.
     */
    public static List<String> of(List<String> launcherOpts, int feature, String osName) {
        List<String> options = new ArrayList<>();
        for (String line : launcherOpts) {
            String l = line.strip();
            if (l.startsWith(JAVA_OPTIONS) && !l.contains("$APPDIR")) {
                options.add(l.substring(JAVA_OPTIONS.length()).strip().replace("\"", ""));
            }
        }
        options.addAll(forJava(feature, osName));
        return options;
    }

    /** What Java {@code feature} on {@code osName} adds to the option file; the installers get these too. */
    public static List<String> forJava(int feature, String osName) {
        List<String> options = new ArrayList<>();
        if (feature >= 22) {
            // JavaFX and the SQLite driver load native code; say so up front instead of warning on every start.
            options.add("--enable-native-access=ALL-UNNAMED");
            if (osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
                // Hand memory freed by native code (fonts, PDF drawing, GTK) back to the system every 2 s: about
                // 8 MB resident after a consultation, for a call of under a millisecond. glibc only, hence Linux.
                options.add("-XX:TrimNativeHeapInterval=2000");
            }
        }
        if (feature >= 25) {
            // 8-byte object headers (JEP 519, a product option from 25): about 3 MB less heap after a consultation,
            // no change to start-up (7 interleaved starts each). A class cache is recorded with it, as it must be.
            options.add("-XX:+UseCompactObjectHeaders");
        }
        if (feature >= 24) {
            // JavaFX 21 still calls sun.misc.Unsafe's memory methods, which warn from 24 unless allowed.
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }

    /**
     * Prints {@link #forJava(int, String)} for the Java running it, one option a line: {@code packaging/package.sh}
     * passes them to jpackage, so the installers and the benchmarks cannot drift apart.
     */
    public static void main(String[] args) {
        for (String option : forJava(Runtime.version().feature(), System.getProperty("os.name", ""))) {
            System.out.println(option);
        }
    }
}
