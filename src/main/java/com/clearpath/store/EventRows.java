package com.clearpath.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** The one way a record's history gets a row: clients and consultations keep their events alike. */
final class EventRows {
    private EventRows() {
    }

    /** {@code table} and {@code owner} are the code's own names, never input. */
    static void insert(Connection c, String table, String owner, UUID id, String kind, String actor, String detail,
                       Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + owner
                + ", kind, actor, detail, at) VALUES (?,?,?,?,?)")) {
            ps.setString(1, id.toString());
            ps.setString(2, kind);
            ps.setString(3, actor);
            ps.setString(4, detail);
            ps.setString(5, at.toString());
            ps.executeUpdate();
        }
    }
}
