package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.Zone;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The next visit booked at a session is kept with it, on a real SQLite file, sessions kept before it included. */
class SessionNextVisitTest {
    private static final String CLIENT = "7d3c8a6e-1f0b-4a51-9d3e-2b8f6c1a9e47";
    private static final String CONSULTATION = "b23a1881-5c7d-4e2f-8a90-1d2c3b4a5f60";
    private static final String OLD_SESSION = "0c6f2a9d-3b1e-4f7a-8d2c-5e9b1a7f3c40";

    @TempDir
    Path temp;

    private static TreatmentSession session(LocalDate on) {
        return new TreatmentSession(on, Treatment.MICRONEEDLING, "J. Park", List.of(Zone.CHEEK_LEFT), "Dermapen 4",
                Map.of("needle depth", "1.5 mm"), null, null, null, null, null);
    }

    @Test
    void aBookedNextVisitIsKeptWithItsSessionAndACorrectionCarriesItsOwn() throws Exception {
        Path file = temp.resolve("clearpath.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String migration : Database.MIGRATIONS.subList(0, 6)) {
                String sql = new String(Database.class.getResourceAsStream("migrations/" + migration).readAllBytes(),
                        StandardCharsets.UTF_8);
                for (String statement : Database.splitStatements(sql)) {
                    s.execute(statement);
                }
            }
            s.execute("INSERT INTO consultations (id, client_id, consulted_on, status, intake_json, plan_json, "
                    + "created_at, updated_at) VALUES ('" + CONSULTATION + "', '" + CLIENT + "', '2026-01-05', 'FINAL', "
                    + "'{}', '{}', '2026-01-05T10:00:00Z', '2026-01-05T10:00:00Z')");
            s.execute("INSERT INTO treatment_sessions (id, consultation_id, performed_on, treatment, practitioner, "
                    + "zones, device, settings_json, filler_product, filler_lot, anaesthetic, immediate_reaction, "
                    + "notes, recorded_at, recorded_by) VALUES ('" + OLD_SESSION + "', '" + CONSULTATION
                    + "', '2026-01-20', 'MICRONEEDLING', 'J. Park', 'CHEEK_LEFT', '', '{}', '', '', '', '', '', "
                    + "'2026-01-20T10:00:00Z', 'J. Park')");
            s.execute("PRAGMA user_version = 6");
        }

        UUID consultation = UUID.fromString(CONSULTATION);
        LocalDate booked = LocalDate.of(2026, 3, 12);
        LocalDate rebooked = LocalDate.of(2026, 3, 19);
        RecordedSession kept;
        RecordedSession correction;
        try (Database db = Database.open(file)) {
            assertEquals(9, db.schemaVersion());
            SessionRepository sessions = new SessionRepository(db, RecordsTest.CLOCK);
            assertEquals(Optional.empty(), sessions.find(UUID.fromString(OLD_SESSION)).orElseThrow().session()
                    .nextVisit(), "a session kept before has no next visit booked");
            kept = sessions.record(consultation, session(LocalDate.of(2026, 2, 12)).withNextVisit(booked),
                    Optional.empty(), "J. Park");
            correction = sessions.record(consultation, session(LocalDate.of(2026, 2, 12)).withNextVisit(rebooked),
                    Optional.of(kept.id()), "J. Park");
        }
        try (Database db = Database.open(file)) {
            SessionRepository sessions = new SessionRepository(db, RecordsTest.CLOCK);
            assertEquals(Optional.of(booked), sessions.find(kept.id()).orElseThrow().session().nextVisit());
            assertEquals(Optional.of(rebooked), sessions.find(correction.id()).orElseThrow().session().nextVisit());
            assertEquals(kept, sessions.find(kept.id()).orElseThrow(), "read back whole");
        }
    }
}
