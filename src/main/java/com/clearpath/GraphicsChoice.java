package com.clearpath;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How the window will be drawn, decided before JavaFX starts. On a Linux machine without a graphics device (a virtual
 * machine, a remote desktop, Xvfb) JavaFX would first try OpenGL through Mesa's software driver, refuse it and draw in
 * software anyway; so there it asks for the software renderer straight away, without the region-background atlas
 * that only pays off on a graphics card. A renderer chosen by the user ({@code -Dprism.order=...}) is left as it is;
 * machines with a graphics device are not touched. Decision note 0006 has the figures.
 */
public final class GraphicsChoice {
    static final String PRISM_ORDER = "prism.order";
    static final String GDK_GL = "GDK_GL";
    /** The value of {@link #GDK_GL} with which GTK leaves OpenGL unloaded. */
    static final String OPENGL_OFF = "disable";
    /** JavaFX's atlas of drawn region backgrounds: a texture on a graphics card, 8.4 MB of Java heap in software. */
    static final String REGION_CACHING = "prism.disableRegionCaching";

    /** What {@link #apply()} did. */
    public enum Outcome {
        /** Not Linux, a graphics device present, or the user chose: JavaFX decides as usual. */
        LEFT_TO_JAVAFX("JavaFX chooses the renderer"),
        /** Software rendering chosen up front; GDK_GL was not set, so GTK may still load OpenGL. */
        SOFTWARE("no graphics device: drawing in software, GTK free to load OpenGL"),
        /** Software rendering chosen up front, and GTK's OpenGL turned off by GDK_GL=disable from the launcher. */
        SOFTWARE_WITHOUT_OPENGL("no graphics device: drawing in software, OpenGL not loaded");

        private final String description;

        Outcome(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static volatile Outcome last = Outcome.LEFT_TO_JAVAFX;

    private GraphicsChoice() {
    }

    /** Decides for this process; call before the JavaFX toolkit starts. */
    public static Outcome apply() {
        last = apply(System.getProperty("os.name", ""), Path.of("/dev"), System.getenv());
        return last;
    }

    /** What the last {@link #apply()} in this process did, for the log. */
    public static Outcome last() {
        return last;
    }

    static Outcome apply(String osName, Path dev, Map<String, String> environment) {
        if (!drawsInSoftware(osName, dev)) {
            return Outcome.LEFT_TO_JAVAFX;
        }
        System.setProperty(PRISM_ORDER, "sw");
        if (System.getProperty(REGION_CACHING) == null) {
            System.setProperty(REGION_CACHING, "true");
        }
        // GTK reads GDK_GL from the environment the process was started with (the installed launcher's script sets it).
        return OPENGL_OFF.equals(environment.get(GDK_GL)) ? Outcome.SOFTWARE_WITHOUT_OPENGL : Outcome.SOFTWARE;
    }

    /** Whether {@link #apply()} would choose software drawing on this machine, without choosing it. */
    static boolean drawsInSoftware(String osName, Path dev) {
        return osName.toLowerCase(Locale.ROOT).startsWith("linux") && System.getProperty(PRISM_ORDER) == null
                && !hasGraphicsDevice(dev);
    }

    /** A DRM device ({@code /dev/dri/card*}, {@code renderD*}) or NVIDIA's driver device. */
    static boolean hasGraphicsDevice(Path dev) {
        if (Files.exists(dev.resolve("nvidia0")) || Files.exists(dev.resolve("nvidiactl"))) {
            return true;
        }
        Path dri = dev.resolve("dri");
        if (!Files.isDirectory(dri)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dri)) {
            return entries.map(p -> p.getFileName().toString())
                    .anyMatch(name -> name.startsWith("card") || name.startsWith("renderD"));
        } catch (IOException | SecurityException e) {
            return true; // cannot tell: leave it to JavaFX
        }
    }
}
