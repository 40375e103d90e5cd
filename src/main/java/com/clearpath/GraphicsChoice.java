package com.clearpath;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How the window will be drawn, decided before JavaFX starts.
 *
 * <p>On a Linux machine without a graphics device (no {@code /dev/dri} render node, no NVIDIA device: a virtual
 * machine, a remote desktop, a display server like Xvfb) JavaFX first tries OpenGL, which loads Mesa's software
 * OpenGL (its LLVM compiler alone is some 40 MB resident), finds it is not a graphics card, refuses it and draws in
 * software anyway. GTK separately loads the same libraries when it opens the display, to list OpenGL visuals that
 * JavaFX never uses. Measured with an empty JavaFX window under Xvfb: 165 → 105 MB peak resident and about 50 ms
 * sooner when both are skipped; setting the variable from Java (the linker and one downcall, 30–40 ms) takes about
 * that much time back, so the start is as quick as before and about 55 MB smaller.
 *
 * <p>So on such a machine this asks JavaFX for its software renderer straight away ({@code prism.order=sw}), without
 * the atlas in which it keeps drawn backgrounds of rounded boxes for reuse ({@code prism.disableRegionCaching}: with
 * a graphics card a texture, in software 8.4 MB of the Java heap for backgrounds it redraws quickly anyway), and
 * tells GTK to leave OpenGL alone ({@code GDK_GL=disable} in the process's environment, set through the foreign
 * function interface on Java 22 and later; before that only the first half applies). A renderer chosen by the
 * user ({@code -Dprism.order=...}) or a {@code GDK_GL} already in the environment is left as it is. Machines with
 * a graphics device are not touched.
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
        /** Software rendering chosen up front; GTK could not be told to skip OpenGL (Java before 22). */
        SOFTWARE("no graphics device: drawing in software"),
        /** Software rendering chosen up front and GTK's OpenGL turned off. */
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
        if (environment.containsKey(GDK_GL)) {
            // Set by the user, or by a relaunch (Relaunch), which puts it in the new process's environment itself.
            return OPENGL_OFF.equals(environment.get(GDK_GL)) ? Outcome.SOFTWARE_WITHOUT_OPENGL : Outcome.SOFTWARE;
        }
        return NativeEnvironment.set(GDK_GL, OPENGL_OFF) ? Outcome.SOFTWARE_WITHOUT_OPENGL : Outcome.SOFTWARE;
    }

    /**
     * Whether {@link #apply()} would choose software drawing on this machine, without choosing it: no side effects,
     * so a relaunch can decide the new process's environment before it exists.
     */
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

    /**
     * The C library's {@code setenv}/{@code getenv}, through the foreign function interface (final in Java 22). Called
     * by reflection so the app still builds and runs on Java 17, where these report "not available". Meant for the
     * start of {@code main}, before other threads read the environment.
     */
    static final class NativeEnvironment {
        private NativeEnvironment() {
        }

        /** Sets a variable in the process's own environment, as native libraries see it; false when not possible. */
        static boolean set(String name, String value) {
            try {
                Ffm ffm = Ffm.load();
                if (ffm == null) {
                    return false;
                }
                MethodHandle setenv = ffm.downcall("setenv", ffm.intLayout, ffm.addressLayout, ffm.addressLayout,
                        ffm.intLayout);
                Object arena = ffm.arenaOfConfined.invoke(null);
                try {
                    Object n = ffm.allocateFrom.invoke(arena, name);
                    Object v = ffm.allocateFrom.invoke(arena, value);
                    return (int) setenv.invoke(n, v, 1) == 0;
                } finally {
                    ((AutoCloseable) arena).close();
                }
            } catch (Throwable e) {
                return false;
            }
        }

        /** The variable as native libraries see it; empty when unset or when it cannot be read. */
        static Optional<String> get(String name) {
            try {
                Ffm ffm = Ffm.load();
                if (ffm == null) {
                    return Optional.empty();
                }
                MethodHandle getenv = ffm.downcall("getenv", ffm.addressLayout, ffm.addressLayout);
                Object arena = ffm.arenaOfConfined.invoke(null);
                try {
                    Object address = getenv.invoke(ffm.allocateFrom.invoke(arena, name));
                    if ((long) ffm.address.invoke(address) == 0L) {
                        return Optional.empty();
                    }
                    Object sized = ffm.reinterpret.invoke(address, Long.MAX_VALUE);
                    return Optional.of((String) ffm.getString.invoke(sized, 0L));
                } finally {
                    ((AutoCloseable) arena).close();
                }
            } catch (Throwable e) {
                return Optional.empty();
            }
        }
    }

    /** The handful of java.lang.foreign members used above, looked up once. */
    private static final class Ffm {
        private static volatile Ffm loaded;

        final Object linker;
        final Object lookup;
        final Object intLayout;
        final Object addressLayout;
        final Class<?> memoryLayout;
        final Class<?> linkerOption;
        final Method find;
        final Method downcallHandle;
        final Method functionOf;
        final Method arenaOfConfined;
        final Method allocateFrom;
        final Method address;
        final Method reinterpret;
        final Method getString;

        private Ffm() throws ReflectiveOperationException {
            Class<?> linkerType = Class.forName("java.lang.foreign.Linker");
            Class<?> lookupType = Class.forName("java.lang.foreign.SymbolLookup");
            Class<?> valueLayout = Class.forName("java.lang.foreign.ValueLayout");
            Class<?> segment = Class.forName("java.lang.foreign.MemorySegment");
            Class<?> descriptor = Class.forName("java.lang.foreign.FunctionDescriptor");
            Class<?> arena = Class.forName("java.lang.foreign.Arena");
            Class<?> allocator = Class.forName("java.lang.foreign.SegmentAllocator");
            memoryLayout = Class.forName("java.lang.foreign.MemoryLayout");
            linkerOption = Class.forName("java.lang.foreign.Linker$Option");
            linker = linkerType.getMethod("nativeLinker").invoke(null);
            lookup = linkerType.getMethod("defaultLookup").invoke(linker);
            intLayout = valueLayout.getField("JAVA_INT").get(null);
            addressLayout = valueLayout.getField("ADDRESS").get(null);
            find = lookupType.getMethod("find", String.class);
            downcallHandle = linkerType.getMethod("downcallHandle", segment, descriptor, linkerOption.arrayType());
            functionOf = descriptor.getMethod("of", memoryLayout, memoryLayout.arrayType());
            arenaOfConfined = arena.getMethod("ofConfined");
            allocateFrom = allocator.getMethod("allocateFrom", String.class);
            address = segment.getMethod("address");
            reinterpret = segment.getMethod("reinterpret", long.class);
            getString = segment.getMethod("getString", long.class);
        }

        /** Null before Java 22, where the interface was still a preview. */
        static Ffm load() throws ReflectiveOperationException {
            if (Runtime.version().feature() < 22) {
                return null;
            }
            Ffm f = loaded;
            if (f == null) {
                f = new Ffm();
                loaded = f;
            }
            return f;
        }

        MethodHandle downcall(String function, Object result, Object... arguments)
                throws ReflectiveOperationException {
            Object symbol = ((Optional<?>) find.invoke(lookup, function))
                    .orElseThrow(() -> new NoSuchMethodException(function));
            Object args = Array.newInstance(memoryLayout, arguments.length);
            for (int i = 0; i < arguments.length; i++) {
                Array.set(args, i, arguments[i]);
            }
            Object descriptor = functionOf.invoke(null, result, args);
            return (MethodHandle) downcallHandle.invoke(linker, symbol, descriptor,
                    Array.newInstance(linkerOption, 0));
        }
    }
}
