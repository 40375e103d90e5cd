package com.clearpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the app straight away, which go to the full command line, and what each one gets. */
class AppStartArgumentsTest {
    @TempDir
    Path temp;

    private record Outcome(int exit, List<AppStart> opened, String out, String err) {
    }

    private Outcome run(String... args) {
        List<AppStart> opened = new ArrayList<>();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ClearpathCommand.run(args, opened::add, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(exit, opened, out.toString(), err.toString());
    }

    @Test
    void noArgumentsOpensTheAppOnTheDefaultFolder() {
        // The default folder, moved here so the test does not write into the real one.
        System.setProperty("clearpath.dataDir", temp.toString());
        try {
            Outcome o = run();
            assertEquals(0, o.exit());
            assertEquals(1, o.opened.size());
            assertEquals(Optional.empty(), o.opened.get(0).dataDir());
        } finally {
            System.clearProperty("clearpath.dataDir");
        }
    }

    @Test
    void dataDirInEitherSpellingOpensTheAppThereAndCreatesTheFolder() {
        Path dir = temp.resolve("clinic data");
        for (String[] args : List.of(new String[] {"--data-dir", dir.toString()},
                new String[] {"--data-dir=" + dir})) {
            Outcome o = run(args);
            assertEquals(0, o.exit());
            assertEquals(1, o.opened.size());
            assertEquals(Optional.of(dir), o.opened.get(0).dataDir());
            assertTrue(o.opened.get(0).startupReport().isEmpty(), "the app stays open");
            assertTrue(Files.isDirectory(dir.resolve("logs")), "the folder and its log are ready before the window");
        }
    }

    @Test
    void measureStartupReportsOneMachineReadableLine() {
        Outcome o = run("--measure-startup", "--data-dir", temp.toString());
        assertEquals(0, o.exit());
        assertEquals(1, o.opened.size());
        assertTrue(o.opened.get(0).startupReport().isPresent());
        assertEquals("", o.out(), "nothing is printed before the app reports");
    }

    @Test
    void theReportIsPrintedAsStartupMs() {
        StringWriter out = new StringWriter();
        List<AppStart> opened = new ArrayList<>();
        ClearpathCommand.run(new String[] {"--data-dir", temp.toString(), "--measure-startup"}, opened::add,
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        opened.get(0).startupReport().orElseThrow().accept(812);
        assertEquals("startup_ms=812", out.toString().strip());
    }

    @Test
    void mistakesAreStillReportedByTheCommandLineAndOpenNothing() {
        Outcome missing = run("--data-dir");
        assertEquals(2, missing.exit());
        assertTrue(missing.opened.isEmpty());
        assertTrue(missing.err().contains("--data-dir"), missing.err());

        Outcome twice = run("--measure-startup", "--measure-startup", "--data-dir", temp.toString());
        assertEquals(2, twice.exit(), twice.err());
        assertTrue(twice.opened.isEmpty());
    }

    @Test
    void helpListsTheMeasureOption() {
        Outcome help = run("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--measure-startup"), help.out());
        assertTrue(help.opened.isEmpty());
    }
}
