package com.clearpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelaunchTest {
    private static final List<String> DESKTOP = List.of("-XX:+UseSerialGC", "-Xms40m", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path temp;
    private Path jar;
    private Path dev;
    private Path cache;
    private String prismOrder;

    @BeforeEach
    void anAppFolder() throws IOException {
        // The tests run with a renderer chosen (prism.order); the choice a relaunch hands over needs it unset.
        prismOrder = System.getProperty(GraphicsChoice.PRISM_ORDER);
        System.clearProperty(GraphicsChoice.PRISM_ORDER);
        Path app = Files.createDirectories(temp.resolve("app"));
        jar = Files.writeString(app.resolve("clearpath.jar"), "jar");
        Files.createDirectories(app.resolve("lib"));
        Files.writeString(app.resolve("lib").resolve("javafx-graphics.jar"), "fx");
        Files.writeString(app.resolve("lib").resolve(Relaunch.LIBRARY), "so");
        dev = Files.createDirectories(temp.resolve("dev")); // no graphics device
        cache = temp.resolve("cache").resolve("clearpath");
    }

    @AfterEach
    void restoreTheRenderer() {
        if (prismOrder != null) {
            System.setProperty(GraphicsChoice.PRISM_ORDER, prismOrder);
        }
    }

    private Relaunch.Start start(int feature, List<String> commandLine, Map<String, String> environment,
                                 Optional<String> relaunchSwitch, boolean relaunched, String classPath, long pid) {
        return new Relaunch.Start("Linux", feature, "/opt/jdk", "25.0.3+9", classPath, Optional.of(jar), commandLine,
                environment, relaunchSwitch, relaunched, pid, cache);
    }

    private Relaunch.Start javaDashJar(List<String> ownOptions, long pid) {
        List<String> line = new ArrayList<>(List.of("java"));
        line.addAll(ownOptions);
        line.addAll(List.of("-jar", jar.toString(), "--data-dir", "/tmp/a folder", "--measure-startup"));
        return start(25, line, Map.of("HOME", "/home/ana"), Optional.empty(), false, jar.toString(), pid);
    }

    @Test
    void javaDashJarBecomesTheInstalledJvmAndRecordsItsCacheAtTheFirstStart() {
        Relaunch.Command c = Relaunch.plan(javaDashJar(List.of("--enable-native-access=ALL-UNNAMED", "-Dx=1"), 41),
                DESKTOP, dev).orElseThrow();

        List<String> a = c.arguments();
        assertEquals("/opt/jdk/bin/java", a.get(0));
        assertEquals(DESKTOP, a.subList(1, 4), "the installed app's options first");
        assertEquals(List.of("--enable-native-access=ALL-UNNAMED", "-Dx=1"), a.subList(4, 6),
                "then the command's own, so its properties win");
        assertTrue(a.contains("-XX:AOTCacheOutput=" + cache.resolve(recording(41))), a.toString());
        assertTrue(a.contains("-Dclearpath.relaunched=recording"), a.toString());
        assertTrue(a.indexOf("-Xlog:disable") < a.indexOf("-Xlog:all=warning:stderr")
                && a.contains("-XX:+DisplayVMOutputToStderr"), "the JVM's messages go to standard error");
        assertEquals(List.of("-jar", jar.toString(), "--data-dir", "/tmp/a folder", "--measure-startup"),
                a.subList(a.size() - 5, a.size()), "the jar and the app's arguments as given");
        assertEquals("recording", c.mode());
        assertEquals(jar.resolveSibling("lib").resolve(Relaunch.LIBRARY), c.library());
        assertEquals("/home/ana", c.environment().get("HOME"));
        assertEquals("disable", c.environment().get("GDK_GL"), "no graphics device: GTK leaves OpenGL alone");
        assertTrue(Files.isDirectory(cache), "the cache folder is made");
    }

    private String recording(long pid) {
        return "clearpath-25-" + Relaunch.key(javaDashJar(List.of(), pid), DESKTOP, jar) + "." + pid + ".aot";
    }

    private String ready() {
        return "clearpath-25-" + Relaunch.key(javaDashJar(List.of(), 1), DESKTOP, jar) + ".aot";
    }

    @Test
    void aFinishedRecordingIsPutInPlaceAndUsedAndOtherBuildsCachesAreDeleted() throws IOException {
        Files.createDirectories(cache);
        Files.writeString(cache.resolve(recording(41)), "cache");
        Files.writeString(cache.resolve("clearpath-25-0123456789abcdef.aot"), "an older build's");
        Files.writeString(cache.resolve("clearpath-17-0123456789abcdef.jsa"), "Java 17's");

        Relaunch.Command c = Relaunch.plan(javaDashJar(List.of(), 42), DESKTOP, dev).orElseThrow();

        assertTrue(c.arguments().contains("-XX:AOTCache=" + cache.resolve(ready())), c.arguments().toString());
        assertTrue(c.arguments().contains("-Dclearpath.relaunched=cache"));
        assertEquals("cache", c.mode());
        assertTrue(Files.exists(cache.resolve(ready())));
        assertFalse(Files.exists(cache.resolve(recording(41))), "moved, not copied");
        assertFalse(Files.exists(cache.resolve("clearpath-25-0123456789abcdef.aot")));
        assertTrue(Files.exists(cache.resolve("clearpath-17-0123456789abcdef.jsa")), "another Java's is kept");

        Relaunch.Command again = Relaunch.plan(javaDashJar(List.of(), 43), DESKTOP, dev).orElseThrow();
        assertTrue(again.arguments().contains("-XX:AOTCache=" + cache.resolve(ready())));
    }

    @Test
    void aRecordingStillBeingWrittenIsLeftAloneAndAnotherIsRecorded() throws IOException {
        Files.createDirectories(cache);
        Files.writeString(cache.resolve(recording(41)), "half");
        Files.writeString(cache.resolve(recording(41) + ".config"), "working file");

        Relaunch.Command c = Relaunch.plan(javaDashJar(List.of(), 42), DESKTOP, dev).orElseThrow();

        assertEquals("recording", c.mode());
        assertTrue(c.arguments().contains("-XX:AOTCacheOutput=" + cache.resolve(recording(42))));
        assertTrue(Files.exists(cache.resolve(recording(41))), "the other start's recording is left to finish");
    }

    @Test
    void aRebuiltLibraryOrOtherOptionsMakeANewCache() throws IOException {
        String before = Relaunch.key(javaDashJar(List.of(), 1), DESKTOP, jar);
        Path fx = jar.resolveSibling("lib").resolve("javafx-graphics.jar");
        Files.writeString(fx, "fx, rebuilt");
        Files.setLastModifiedTime(fx, FileTime.fromMillis(1_000_000));
        String rebuilt = Relaunch.key(javaDashJar(List.of(), 1), DESKTOP, jar);
        assertNotEquals(before, rebuilt);
        assertNotEquals(rebuilt, Relaunch.key(javaDashJar(List.of(), 1), List.of("-Xms64m"), jar));
        assertEquals(rebuilt, Relaunch.key(javaDashJar(List.of(), 2), DESKTOP, jar), "the same build, the same key");
        assertTrue(rebuilt.matches("[0-9a-f]{16}"), rebuilt);
    }

    @Test
    void beforeJava25ItIsAClassDataArchive() {
        List<String> line = List.of("java", "-jar", jar.toString());
        Relaunch.Command c = Relaunch.plan(start(17, line, Map.of(), Optional.empty(), false, jar.toString(), 5),
                DESKTOP, dev).orElseThrow();
        assertTrue(c.arguments().stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + cache
                .resolve("clearpath-17-")) && a.endsWith(".5.jsa")), c.arguments().toString());
    }

    @Test
    void aGraphicsDeviceOrAGdkGlOfTheUsersIsLeftAsItIs() throws IOException {
        Map<String, String> own = Map.of("GDK_GL", "always");
        Relaunch.Command c = Relaunch.plan(start(25, List.of("java", "-jar", jar.toString()), own, Optional.empty(),
                false, jar.toString(), 5), DESKTOP, dev).orElseThrow();
        assertEquals("always", c.environment().get("GDK_GL"));

        Files.createDirectories(dev.resolve("dri"));
        Files.writeString(dev.resolve("dri").resolve("renderD128"), "");
        Relaunch.Command withDevice = Relaunch.plan(javaDashJar(List.of(), 5), DESKTOP, dev).orElseThrow();
        assertFalse(withDevice.environment().containsKey("GDK_GL"));
    }

    @Test
    void otherwiseTheJvmStaysAsStarted() throws IOException {
        List<String> plain = List.of("java", "-jar", jar.toString());
        String cp = jar.toString();
        Map<String, String> env = Map.of();
        assertTrue(Relaunch.plan(start(25, plain, env, Optional.empty(), false, cp, 1), DESKTOP, dev).isPresent(),
                "the case below differ from this one by one thing each");

        assertStays(new Relaunch.Start("Windows 11", 25, "/opt/jdk", "25", cp, Optional.of(jar), plain, env,
                Optional.empty(), false, 1, cache), "not Linux");
        assertStays(start(25, plain, env, Optional.empty(), true, cp, 1), "already relaunched");
        assertStays(start(25, plain, env, Optional.of("false"), false, cp, 1), "-Dclearpath.relaunch=false");
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            assertStays(start(25, plain, Map.of(variable, "-Xmx2g"), Optional.empty(), false, cp, 1), variable);
        }
        assertStays(start(25, List.of("java", "-cp", "target/classes", "com.clearpath.Launcher"), env,
                Optional.empty(), false, "target/classes", 1), "not from a jar");
        assertStays(start(25, plain, env, Optional.empty(), false, cp + ":other.jar", 1), "more on the class path");
        for (String own : List.of("-Xmx2g", "-XX:+UseG1GC", "-agentlib:jdwp=transport=dt_socket", "-javaagent:a.jar",
                "@options", "-verbose:gc")) {
            assertStays(javaDashJar(List.of(own), 1), "an option of the user's own: " + own);
        }
        assertStays(start(25, List.of("java", "-jar", temp.resolve("other.jar").toString()), env, Optional.empty(),
                false, cp, 1), "the command names another jar");
        assertStays(start(25, List.of(), env, Optional.empty(), false, cp, 1), "no command line to read");

        Files.delete(jar.resolveSibling("lib").resolve(Relaunch.LIBRARY));
        assertStays(start(25, plain, env, Optional.empty(), false, cp, 1), "no native library");
    }

    private void assertStays(Relaunch.Start start, String why) {
        assertEquals(Optional.empty(), Relaunch.plan(start, DESKTOP, dev), why);
    }

    @Test
    void theJvmOptionsAreTheInstalledAppsForEachJava() throws IOException {
        List<String> opts = DesktopJvmOptions.read(DesktopJvmOptions.class.getResourceAsStream(DesktopJvmOptions.RESOURCE));
        List<String> on17 = DesktopJvmOptions.of(opts, 17, "Linux");
        assertTrue(on17.contains("-XX:+UseSerialGC") && on17.contains("-XX:TieredStopAtLevel=1"), on17.toString());
        assertFalse(on17.stream().anyMatch(o -> o.contains("$APPDIR") || o.startsWith("--")), on17.toString());
        List<String> on25 = DesktopJvmOptions.of(opts, 25, "Linux");
        assertTrue(on25.containsAll(on17));
        assertTrue(on25.containsAll(List.of("--enable-native-access=ALL-UNNAMED", "-XX:TrimNativeHeapInterval=2000",
                "-XX:+UseCompactObjectHeaders", "--sun-misc-unsafe-memory-access=allow")), on25.toString());
        assertFalse(DesktopJvmOptions.of(opts, 25, "Windows 11").contains("-XX:TrimNativeHeapInterval=2000"));
        assertEquals(Files.readAllLines(Path.of("packaging", "launcher.opts"), StandardCharsets.UTF_8), opts,
                "the jar's copy is the packaging's file");
    }

    @Test
    void theProcessIsReplacedInPlaceKeepingItsIdOutputAndExitStatus() throws Exception {
        Path library = Path.of("target", "lib", Relaunch.LIBRARY).toAbsolutePath();
        Assumptions.assumeTrue(Files.isRegularFile(library), "the native library is built on Linux with gcc: "
                + library);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        if (Runtime.version().feature() >= 22) {
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), RelaunchProbe.class.getName(),
                library.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ends");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(7, p.exitValue(), "the new program's exit status: " + out);
        String[] lines = out.strip().split("\n");
        assertEquals(2, lines.length, out);
        String pid = lines[0].substring("before=".length());
        assertEquals("after=" + pid + " replaced an argument|--data-dir=/tmp/a folder", lines[1],
                "the same process, with the new environment and arguments");
        assertEquals(p.pid(), Long.parseLong(pid));
    }
}
