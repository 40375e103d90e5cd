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
 * app, plus what the packaging adds by Java version. A relaunched {@code java -jar} ({@link Relaunch}) and the
 * benchmarks use these; {@code packaging/package.sh} adds the same version-dependent options for the installers.
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
     * then those Java {@code feature} on {@code osName} gets from the packaging: native access from 22 (and on Linux
     * the native heap trim), compact object headers from 25, and from 24 the permission JavaFX 21 still needs for
     * {@code sun.misc.Unsafe}.
     */
    public static List<String> of(List<String> launcherOpts, int feature, String osName) {
        List<String> options = new ArrayList<>();
        for (String line : launcherOpts) {
            String l = line.strip();
            if (l.startsWith(JAVA_OPTIONS) && !l.contains("$APPDIR")) {
                options.add(l.substring(JAVA_OPTIONS.length()).strip().replace("\"", ""));
            }
        }
        if (feature >= 22) {
            options.add("--enable-native-access=ALL-UNNAMED");
            if (osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
                options.add("-XX:TrimNativeHeapInterval=2000");
            }
        }
        if (feature >= 25) {
            options.add("-XX:+UseCompactObjectHeaders");
        }
        if (feature >= 24) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }
}
