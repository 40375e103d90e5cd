package com.clearpath.store;

import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.Zone;
import com.clearpath.exchange.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Treatment sessions performed for a consultation's plan. Rows are never changed or deleted (the database refuses
 * it); a correction is a new row naming the one it corrects, and a row is corrected at most once.
 */
public final class SessionRepository {
    private static final TypeReference<LinkedHashMap<String, String>> SETTINGS = new TypeReference<>() {
    };

    private final Database db;
    private final Clock clock;

    public SessionRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Keeps a session (a correction when {@code correctsId} is given) and gives it as kept. */
    public RecordedSession record(UUID consultationId, TreatmentSession s, Optional<UUID> correctsId, String actor)
            throws RecordsFailure {
        RecordedSession kept = new RecordedSession(UUID.randomUUID(), consultationId, s, correctsId, clock.instant(),
                actor);
        String settings;
        try {
            settings = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(s.settings());
        } catch (JsonProcessingException e) {
            throw new RecordsFailure(RecordsFailure.Code.FAILED, Doing.RECORD_SESSION, e);
        }
        db.write(Doing.RECORD_SESSION, c -> {
            insert(c, kept, settings);
            return null;
        });
        return kept;
    }

    /** Keeps a session inside the caller's transaction (an import), unless one with its id is kept; true if added. */
    static boolean insertOnce(Connection c, RecordedSession kept) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM treatment_sessions WHERE id=?")) {
            ps.setString(1, kept.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try {
            insert(c, kept, Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(kept.session().settings()));
        } catch (JsonProcessingException e) {
            throw new SQLException("a treatment session's settings could not be written", e);
        }
        return true;
    }

    /** A consultation's sessions inside the caller's transaction (an export). */
    static List<RecordedSession> forConsultation(Connection c, UUID consultationId) throws SQLException {
        return sessions(c, "consultation_id = ?", consultationId);
    }

    private static void insert(Connection c, RecordedSession kept, String settings) throws SQLException {
        TreatmentSession s = kept.session();
        UUID consultationId = kept.consultationId();
        Optional<UUID> correctsId = kept.correctsId();
        String actor = kept.recordedBy();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO treatment_sessions (id, consultation_id, "
                + "performed_on, treatment, practitioner, zones, device, settings_json, filler_product, filler_lot, "
                + "anaesthetic, immediate_reaction, notes, corrects_id, recorded_at, recorded_by, next_visit) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, kept.id().toString());
            ps.setString(2, consultationId.toString());
            ps.setString(3, s.performedOn().toString());
            ps.setString(4, s.treatment().name());
            ps.setString(5, s.practitioner());
            ps.setString(6, s.zones().stream().map(Zone::name).collect(Collectors.joining(",")));
            ps.setString(7, s.device());
            ps.setString(8, settings);
            ps.setString(9, s.fillerProduct());
            ps.setString(10, s.fillerLot());
            ps.setString(11, s.anaesthetic());
            ps.setString(12, s.immediateReaction());
            ps.setString(13, s.notes());
            ps.setString(14, correctsId.map(UUID::toString).orElse(null));
            ps.setString(15, kept.recordedAt().toString());
            ps.setString(16, actor);
            ps.setString(17, s.nextVisit().map(LocalDate::toString).orElse(null));
            ps.executeUpdate();
        }
    }

    public Optional<RecordedSession> find(UUID id) throws RecordsFailure {
        return db.read(Doing.OPEN_SESSION, c -> sessions(c, "id = ?", id).stream().findFirst());
    }

    /** The entry that corrects {@code id}, if any. */
    public Optional<RecordedSession> correctionOf(UUID id) throws RecordsFailure {
        return db.read(Doing.OPEN_SESSION, c -> sessions(c, "corrects_id = ?", id).stream().findFirst());
    }

    /** Every entry of a consultation, corrected ones included, by date performed then as recorded. */
    public List<RecordedSession> forConsultation(UUID consultationId) throws RecordsFailure {
        return db.read(Doing.LIST_SESSIONS, c -> sessions(c, "consultation_id = ?", consultationId));
    }

    private static List<RecordedSession> sessions(Connection c, String where, UUID arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM treatment_sessions WHERE " + where
                + " ORDER BY performed_on, recorded_at, rowid")) {
            ps.setString(1, arg.toString());
            List<RecordedSession> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(session(rs));
                }
            }
            return out;
        }
    }

    private static RecordedSession session(ResultSet rs) throws SQLException {
        Map<String, String> settings;
        try {
            settings = Json.mapper().readValue(rs.getString("settings_json"), SETTINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored treatment session could not be read: " + e.getOriginalMessage(), e);
        }
        String zones = rs.getString("zones");
        List<Zone> zoneList = zones.isEmpty() ? List.of() : Arrays.stream(zones.split(",")).map(Zone::valueOf).toList();
        TreatmentSession s = new TreatmentSession(LocalDate.parse(rs.getString("performed_on")),
                Treatment.valueOf(rs.getString("treatment")), rs.getString("practitioner"), zoneList,
                rs.getString("device"), settings, rs.getString("filler_product"), rs.getString("filler_lot"),
                rs.getString("anaesthetic"), rs.getString("immediate_reaction"), rs.getString("notes"),
                Optional.ofNullable(rs.getString("next_visit")).map(LocalDate::parse));
        String corrects = rs.getString("corrects_id");
        return new RecordedSession(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("consultation_id")),
                s, Optional.ofNullable(corrects).map(UUID::fromString), Instant.parse(rs.getString("recorded_at")),
                rs.getString("recorded_by"));
    }
}
