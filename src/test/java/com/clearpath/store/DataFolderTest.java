package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {
    @TempDir
    Path temp;

    @Test
    void eachOperatingSystemHasItsConventionalFolder() {
        assertEquals(Path.of("/home/ana/.local/share/clearpath"),
                DataFolder.osDefault("Linux", "/home/ana", Map.of()));
        assertEquals(Path.of("/xdg/clearpath"), DataFolder.osDefault("Linux", "/home/ana", Map.of("XDG_DATA_HOME", "/xdg")));
        assertEquals(Path.of("/Users/ana/Library/Application Support/Clearpath"),
                DataFolder.osDefault("Mac OS X", "/Users/ana", Map.of()));
        assertEquals(Path.of("C:/Users/ana/AppData/Roaming/Clearpath").toString().replace('\\', '/'),
                DataFolder.osDefault("Windows 11", "C:/Users/ana", Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"))
                        .toString().replace('\\', '/'));
    }

    @Test
    void anExplicitFolderWinsOverThePropertyWhichWinsOverTheDefault() {
        assertEquals(temp.resolve("a"), DataFolder.resolve(Optional.of(temp.resolve("a")), "/p", "Linux", "/h", Map.of()).root());
        assertEquals(Path.of("/p"), DataFolder.resolve(Optional.empty(), "/p", "Linux", "/h", Map.of()).root());
        assertEquals(Path.of("/h/.local/share/clearpath"), DataFolder.resolve(Optional.empty(), null, "Linux", "/h", Map.of()).root());
    }

    @Test
    void firstStartCreatesAnOwnerOnlyDatabaseWithMigrationOneApplied() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("new")).ensureExists();
        try (Database db = Database.open(folder.database())) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
            try (Statement s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT value FROM metadata WHERE key = 'created_at'")) {
                assertTrue(rs.next());
            }
            try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                assertEquals("wal", rs.getString(1));
            }
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.database())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.root())));
    }

    @Test
    void reopeningDoesNotReapplyMigrations() throws Exception {
        Path file = temp.resolve("c.db");
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
        }
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestVersion(), db.schemaVersion());
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws Exception {
        Path file = temp.resolve("future.db");
        try (Database db = Database.open(file); Statement s = db.connection().createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        SQLException e = assertThrows(SQLException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path file = temp.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
            s.execute("INSERT INTO notes (text) VALUES ('keep me')");
        }
        byte[] before = Files.readAllBytes(file);
        SQLException e = assertThrows(SQLException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("not a Clearpath database"), e.getMessage());
        assertTrue(e.getMessage().contains("notes"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
