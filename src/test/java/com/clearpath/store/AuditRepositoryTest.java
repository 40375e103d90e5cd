package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditCheck;
import com.clearpath.domain.AuditEvent;
import com.clearpath.domain.AuditFilter;
import com.clearpath.domain.AuditSubject;
import com.clearpath.domain.RecordsFailure;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail on a real SQLite file: appended in a chain, refused changes, and tampering found by its sequence. */
class AuditRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-12-04T09:00:00Z");

    @TempDir
    Path temp;

    private static AuditEvent event(int minute, String actor, AuditAction action, String id) {
        return new AuditEvent(0, T0.plusSeconds(60L * minute), actor, "desk-1", action, AuditSubject.CONSULTATION, id,
                List.of("MICRONEEDLING", "2"));
    }

    private Path trailOfFive() throws Exception {
        Path file = temp.resolve("clearpath.db");
        try (Database db = Database.open(file)) {
            AuditRepository audit = new AuditRepository(db);
            for (int i = 1; i <= 5; i++) {
                AuditEvent kept = audit.append(event(i, i % 2 == 0 ? "jpark" : "mlopez",
                        i == 3 ? AuditAction.CONSULTATION_PRINTED : AuditAction.CONSULTATION_OPENED, "c-" + i));
                assertEquals(i, kept.seq());
            }
        }
        return file;
    }

    @Test
    void eventsAreChainedInOrderAndListedNewestFirstWithFilters() throws Exception {
        Path file = trailOfFive();
        try (Database db = Database.open(file)) {
            AuditRepository audit = new AuditRepository(db);
            assertEquals(AuditCheck.intact(5), audit.verify());
            List<AuditEvent> all = audit.find(AuditFilter.all(10));
            assertEquals(List.of(5L, 4L, 3L, 2L, 1L), all.stream().map(AuditEvent::seq).toList());
            assertEquals(List.of("MICRONEEDLING", "2"), all.get(0).detail());
            assertEquals(T0.plusSeconds(300), all.get(0).at());
            assertEquals(List.of(3L, 2L), audit.find(AuditFilter.all(2).page(2)).stream().map(AuditEvent::seq).toList());
            AuditFilter printed = new AuditFilter(Optional.of(AuditAction.CONSULTATION_PRINTED), Optional.empty(),
                    Optional.empty(), Optional.empty(), 0, 10);
            assertEquals(List.of(3L), audit.find(printed).stream().map(AuditEvent::seq).toList());
            AuditFilter byJpark = new AuditFilter(Optional.empty(), Optional.of("jpark"), Optional.empty(),
                    Optional.empty(), 0, 10);
            assertEquals(List.of(4L, 2L), audit.find(byJpark).stream().map(AuditEvent::seq).toList());
            AuditFilter window = new AuditFilter(Optional.empty(), Optional.empty(), Optional.of(T0.plusSeconds(120)),
                    Optional.of(T0.plusSeconds(240)), 0, 10);
            assertEquals(List.of(3L, 2L), audit.find(window).stream().map(AuditEvent::seq).toList());
            assertEquals(List.of("jpark", "mlopez"), audit.actors());
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEvent() throws Exception {
        Path file = trailOfFive();
        try (Database db = Database.open(file)) {
            assertThrows(RecordsFailure.class, () -> db.write(RecordsFailure.Doing.RECORD_AUDIT, c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE audit_events SET actor = 'someone' WHERE seq = 2");
                }
            }));
            assertThrows(RecordsFailure.class, () -> db.write(RecordsFailure.Doing.RECORD_AUDIT, c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("DELETE FROM audit_events WHERE seq = 2");
                }
            }));
            assertEquals(AuditCheck.intact(5), new AuditRepository(db).verify());
        }
    }

    @Test
    void anEventEditedWithTheTriggersDroppedIsFoundBySequence() throws Exception {
        Path file = trailOfFive();
        tamper(file, "UPDATE audit_events SET actor = 'someone' WHERE seq = 3");
        try (Database db = Database.open(file)) {
            AuditCheck check = new AuditRepository(db).verify();
            assertEquals(AuditCheck.broken(2, 3, AuditCheck.Break.CHANGED), check);
        }
    }

    @Test
    void anEventRewrittenWithAFreshHashIsFoundAtTheNextEntry() throws Exception {
        Path file = trailOfFive();
        tamper(file, "UPDATE audit_events SET hash = '" + "a".repeat(64) + "' WHERE seq = 2");
        try (Database db = Database.open(file)) {
            AuditCheck check = new AuditRepository(db).verify();
            assertEquals(2, check.brokenAt().getAsLong(), "the changed hash no longer matches its own entry");
        }
    }

    @Test
    void aDeletedEventIsFoundBySequence() throws Exception {
        Path file = trailOfFive();
        tamper(file, "DELETE FROM audit_events WHERE seq = 4");
        try (Database db = Database.open(file)) {
            assertEquals(AuditCheck.broken(3, 4, AuditCheck.Break.MISSING), new AuditRepository(db).verify());
        }
    }

    @Test
    void anEmptyTrailIsIntactAndItsFirstEventFollowsTheStart() throws Exception {
        try (Database db = Database.open(temp.resolve("clearpath.db"))) {
            AuditRepository audit = new AuditRepository(db);
            assertEquals(AuditCheck.intact(0), audit.verify());
            audit.append(new AuditEvent(0, T0, "jpark", "desk-1", AuditAction.SETTING_CHANGED, AuditSubject.SETTING,
                    "PLAN_CALENDAR", List.of()));
            assertEquals(List.of(), audit.find(AuditFilter.all(1)).get(0).detail());
            assertEquals(AuditCheck.intact(1), audit.verify());
        }
    }

    /** Someone with the file and a plain SQLite tool: drops the guards and changes the trail. */
    private static void tamper(Path file, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_is_read_only");
            s.execute("DROP TRIGGER audit_event_is_kept");
            s.executeUpdate(sql);
        }
    }
}
