package com.clearpath.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line never destroys the records: protected files, --force, locked and damaged databases, permissions. */
class DataSafetyCommandTest {
    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    /** A data folder with one imported consultation (so a database, its WAL and settings exist). */
    private Path intakeImported() throws Exception {
        Path intake = temp.resolve("intake.json");
        Files.writeString(intake, ImportExportCommandTest.intake("Zoë", "ROLLING"), StandardCharsets.UTF_8);
        CommandRun run = CommandRun.run(data(), "import", intake.toString());
        assertEquals(0, run.exit(), run.err());
        Files.writeString(data().resolve("settings.json"), "{\"format\": \"clearpath.settings/1\"}");
        return intake;
    }

    @Test
    void handoutAndExportRefuseToWriteOverTheDatabaseItsJournalABackupOrTheSettings() throws Exception {
        Path intake = intakeImported();
        Files.createDirectories(data().resolve("backups"));
        Files.write(data().resolve("backups/clearpath-2026-11-01-080000.db"), Files.readAllBytes(data().resolve("clearpath.db")));
        Files.createSymbolicLink(temp.resolve("looks-harmless.pdf"), data().resolve("clearpath.db"));
        List<String> targets = List.of(
                data().resolve("clearpath.db").toString(),
                data().resolve("clearpath.db-wal").toString(),
                data().resolve("CLEARPATH.DB").toString(),
                data().resolve("backups/clearpath-2026-11-01-080000.db").toString(),
                data().resolve("settings.json").toString(),
                data().resolve("backups/../clearpath.db-shm").toString(),
                temp.resolve("looks-harmless.pdf").toString());
        List<byte[]> before = new ArrayList<>();
        for (String f : List.of("clearpath.db", "settings.json", "backups/clearpath-2026-11-01-080000.db")) {
            before.add(Files.readAllBytes(data().resolve(f)));
        }
        for (String target : targets) {
            for (String[] args : List.of(new String[] {"handout", intake.toString(), "-o", target, "--force"},
                    new String[] {"export", "-o", target, "--force"})) {
                CommandRun run = CommandRun.run(data(), args);
                assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.out() + run.err());
                assertEquals(1, run.err().strip().lines().count(), run.err());
                assertTrue(run.err().contains("never written over"), run.err());
            }
        }
        int i = 0;
        for (String f : List.of("clearpath.db", "settings.json", "backups/clearpath-2026-11-01-080000.db")) {
            assertArrayEquals(before.get(i++), Files.readAllBytes(data().resolve(f)), f + " was not touched");
        }
        assertTrue(Files.isSymbolicLink(temp.resolve("looks-harmless.pdf")));
        CommandRun still = CommandRun.run(data(), "export", "-o", temp.resolve("after.json").toString());
        assertEquals(0, still.exit(), still.err());
        assertTrue(still.out().contains("Exported 1 consultation "), still.out());
    }

    @Test
    void writingOverAnExistingFileNeedsForce() throws Exception {
        Path intake = intakeImported();
        Path pdf = temp.resolve("handout.pdf");
        Path json = temp.resolve("export.json");
        Files.writeString(pdf, "keep me");
        Files.writeString(json, "keep me too");
        CommandRun handout = CommandRun.run(data(), "handout", intake.toString(), "-o", pdf.toString());
        assertEquals(2, handout.exit(), handout.err());
        assertTrue(handout.err().contains("already exists; give --force"), handout.err());
        CommandRun export = CommandRun.run(data(), "export", "-o", json.toString());
        assertEquals(2, export.exit(), export.err());
        assertEquals("keep me", Files.readString(pdf));
        assertEquals("keep me too", Files.readString(json));

        assertEquals(0, CommandRun.run(data(), "handout", intake.toString(), "-o", pdf.toString(), "--force").exit());
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals(0, CommandRun.run(data(), "export", "-o", json.toString(), "--force").exit());
        assertTrue(Files.readString(json).contains("clearpath.export/1"));
    }

    @Test
    void helpAndVersionDoNotCreateTheDataFolder() {
        for (String option : new String[] {"--help", "--version"}) {
            Path folder = temp.resolve("never-" + option.substring(2));
            CommandRun run = CommandRun.run(folder, option);
            assertEquals(0, run.exit(), run.err());
            assertFalse(Files.exists(folder), option + " created " + folder);
        }
    }

    @Test
    void aFolderInPlaceOfTheDatabaseIsReportedAsSuch() throws Exception {
        Files.createDirectories(data().resolve("clearpath.db"));
        CommandRun run = CommandRun.run(data(), "export", "-o", temp.resolve("x.json").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("clearpath.db is a folder, not a database"), run.err());
        assertFalse(run.err().contains("disk may be full"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void exportReadsOnlyWhileAnotherProgramHoldsTheWriteLockAndNotesOneEvent() throws Exception {
        Path intake = intakeImported();
        Path second = temp.resolve("second.json");
        Files.writeString(second, ImportExportCommandTest.intake("Ana", "PIH"), StandardCharsets.UTF_8);
        assertEquals(0, CommandRun.run(data(), "import", second.toString()).exit());
        Path out = temp.resolve("locked.json");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + data().resolve("clearpath.db"));
             Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO metadata (key, value) VALUES ('held', 'by another program')");
            CommandRun run = CommandRun.run(data(), "export", "-o", out.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("Exported 2 consultations"), run.out());
            s.execute("ROLLBACK");
        }
        assertTrue(Files.readString(out).contains("clearpath.export/1"));
        CommandRun free = CommandRun.run(data(), "export", "-o", temp.resolve("free.json").toString());
        assertEquals(0, free.exit(), free.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data().resolve("clearpath.db"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM consultation_events WHERE kind = 'EXPORTED'")) {
                assertEquals(0, rs.getInt(1), "no event per consultation");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(detail) FROM records_events WHERE kind = 'EXPORTED'")) {
                assertEquals(1, rs.getInt(1), "one event for the export that could be noted");
                assertEquals("2 consultations to free.json", rs.getString(2));
            }
        }
    }

    @Test
    void importIntoADatabaseDamagedInTheMiddleIsRefused() throws Exception {
        intakeImported();
        Path db = data().resolve("clearpath.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("BEGIN");
            for (int i = 0; i < 3000; i++) {
                s.execute("INSERT INTO metadata (key, value) VALUES ('filler-" + i + "', '" + "x".repeat(400) + "')");
            }
            s.execute("COMMIT");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        damageTheMiddle(db);
        Path other = temp.resolve("other.json");
        Files.writeString(other, ImportExportCommandTest.intake("Ana", "PIH"), StandardCharsets.UTF_8);
        CommandRun run = CommandRun.run(data(), "import", other.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("damaged"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    /** Overwrites a few pages halfway through the file, leaving the header and the schema readable. */
    static void damageTheMiddle(Path db) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            long pages = f.length() / 4096;
            byte[] garbage = new byte[4096 * 4];
            java.util.Arrays.fill(garbage, (byte) 0x5A);
            f.seek(pages / 2 * 4096);
            f.write(garbage);
        }
    }

    @Test
    void everyFileTheCommandsWriteIsOwnerOnlyEvenUnderUmask000() throws Exception {
        Path folder = data();
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path intake = temp.resolve("intake.json");
        Files.writeString(intake, ImportExportCommandTest.intake("Zoë", "ROLLING"), StandardCharsets.UTF_8);
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        child("import", intake.toString());
        child("export", "-o", out.resolve("export.json").toString());
        child("handout", intake.toString(), "-o", out.resolve("handout.pdf").toString());
        assertEquals("rwx------", perms(folder), "an existing data folder is made owner-only");
        assertEquals("rwx------", perms(folder.resolve("logs")));
        for (Path f : List.of(folder.resolve("clearpath.db"), folder.resolve("clearpath.db-wal"),
                folder.resolve("clearpath.db-shm"), folder.resolve("logs/clearpath.log"), out.resolve("export.json"),
                out.resolve("handout.pdf"))) {
            if (Files.exists(f)) {
                assertEquals("rw-------", perms(f), f.toString());
            } else {
                assertFalse(f.endsWith("clearpath.db") || f.endsWith("clearpath.log"), f + " missing");
            }
        }
    }

    /** Runs a command in a child JVM started under umask 000, as a shell with a careless profile would. */
    private void child(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.clearpath.Launcher", "--data-dir", data().toString()));
        cmd.addAll(List.of(args));
        StringBuilder line = new StringBuilder("umask 000; exec");
        for (String c : cmd) {
            line.append(" '").append(c.replace("'", "'\\''")).append('\'');
        }
        Process p = new ProcessBuilder("sh", "-c", line.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
