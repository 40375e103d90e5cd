package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.Zone;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database kept before photos and sessions existed (schema 5) is brought up to date with its records intact. */
class PhotosMigrationTest {
    private static final String CLIENT = "7d3c8a6e-1f0b-4a51-9d3e-2b8f6c1a9e47";
    private static final String CONSULTATION = "b23a1881-5c7d-4e2f-8a90-1d2c3b4a5f60";

    @TempDir
    Path temp;

    @Test
    void aSchemaFiveDatabaseGainsPhotosAndSessionsAndKeepsItsRecords() throws Exception {
        Path file = temp.resolve("clearpath.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String migration : Database.MIGRATIONS.subList(0, 5)) {
                String sql = new String(Database.class.getResourceAsStream("migrations/" + migration).readAllBytes(),
                        StandardCharsets.UTF_8);
                for (String statement : Database.splitStatements(sql)) {
                    s.execute(statement);
                }
            }
            s.execute("INSERT INTO clients (id, first_name, last_name, date_of_birth, first_key, last_key, created_at, "
                    + "updated_at) VALUES ('" + CLIENT + "', 'Ana', 'Reyes', '1990-03-04', 'ana', 'reyes', "
                    + "'2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z')");
            s.execute("INSERT INTO consultations (id, client_id, consulted_on, status, intake_json, plan_json, "
                    + "created_at, updated_at) VALUES ('" + CONSULTATION + "', '" + CLIENT + "', '2026-01-05', 'FINAL', "
                    + "'{}', '{}', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z')");
            s.execute("INSERT INTO consultation_events (consultation_id, kind, actor, at) VALUES ('" + CONSULTATION
                    + "', 'FINALISED', 'J. Park', '2026-01-05T10:00:00Z')");
            s.execute("PRAGMA user_version = 5");
        }

        try (Database db = Database.open(file)) {
            // Through 6 (photos and sessions), 7 (next visit) and 8 (signed consents).
            assertEquals(9, db.schemaVersion());
            assertEquals(Database.latestVersion(), db.schemaVersion());
            try (Statement s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM clients), (SELECT COUNT(*) FROM "
                         + "consultations WHERE status = 'FINAL'), (SELECT COUNT(*) FROM consultation_events)")) {
                assertEquals(1, rs.getInt(1));
                assertEquals(1, rs.getInt(2));
                assertEquals(1, rs.getInt(3));
            }
            UUID client = UUID.fromString(CLIENT);
            assertEquals(List.of(), new ConsentRepository(db, RecordsTest.CLOCK).forClient(client),
                    "an old client has no signed consent yet");
            UUID consultation = UUID.fromString(CONSULTATION);
            PhotoRepository photos = new PhotoRepository(db, RecordsTest.CLOCK);
            assertEquals(PhotoConsent.none(client), photos.consent(client));
            assertTrue(photos.recordConsent(client, List.of(PhotoConsent.Kind.CLINICAL_GIVEN), "J. Park", null).clinical());
            Photo p = new Photo(UUID.randomUUID(), consultation, client, PhotoView.FRONT, Optional.of(Zone.FOREHEAD),
                    LocalDate.of(2026, 1, 5), Instant.parse("2026-01-05T10:05:00Z"), "jpg", 1234, "ab".repeat(32),
                    400, 300, 1);
            photos.add(p, "J. Park");
            assertEquals(List.of(p), photos.forClient(client), "the old consultation takes photos");

            SessionRepository sessions = new SessionRepository(db, RecordsTest.CLOCK);
            RecordedSession kept = sessions.record(consultation, new TreatmentSession(LocalDate.of(2026, 2, 1),
                    Treatment.SUBCISION, "J. Park", List.of(Zone.CHEEK_LEFT), "Nokor 18G", Map.of("passes", "2"),
                    null, null, "Lidocaine 1%", null, null), Optional.empty(), "J. Park");
            assertEquals(List.of(kept), sessions.forConsultation(consultation));
        }
    }
}
