package com.clearpath.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The clinic's SQLite database: opening it with safe settings and bringing its schema up to date.
 * Migrations are numbered SQL files applied in order; {@code PRAGMA user_version} records the last one applied.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** Migration files, in order; the position (1-based) is the schema version each produces. */
    static final List<String> MIGRATIONS = List.of("001-metadata.sql", "002-consultations.sql");

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static int latestVersion() {
        return MIGRATIONS.size();
    }

    /** Opens (creating if needed) the database file and applies any pending migrations. */
    public static Database open(Path file) throws SQLException, IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!Files.exists(file)) {
            Files.createFile(file);
            DataFolder.restrictToOwner(file, false);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            Database db = new Database(file, c);
            db.migrate();
            return db;
        } catch (SQLException | IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private void migrate() throws SQLException, IOException {
        int current = schemaVersion();
        if (current > MIGRATIONS.size()) {
            throw new SQLException("The database was written by a newer version of Clearpath (schema "
                    + current + ", this version knows up to " + MIGRATIONS.size() + ")");
        }
        for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
            String sql = readMigration(MIGRATIONS.get(v - 1));
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement s = connection.createStatement()) {
                for (String statement : splitStatements(sql)) {
                    s.execute(statement);
                }
                s.execute("PRAGMA user_version = " + v);
                connection.commit();
                LOG.info("Applied database migration to version " + v);
            } catch (SQLException e) {
                connection.rollback();
                throw new SQLException("Migration " + v + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    private static String readMigration(String name) throws IOException {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IOException("Missing migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Splits a migration into statements at semicolons that end a line; comments start with "--". A trigger body
     * (CREATE TRIGGER … BEGIN … END;) stays one statement.
     */
    static List<String> splitStatements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (current.length() == 0 && trimmed.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            current.append(line).append('\n');
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
