package com.clearpath.store;

import com.clearpath.domain.ConsentVersion;
import com.clearpath.domain.ConsentWithdrawal;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.Language;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.domain.SignedConsent;
import com.clearpath.domain.Treatment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signed informed consents as listed in the records (their documents are {@link ConsentFiles}) and their
 * withdrawals. A signed consent's row is never changed or deleted (the database refuses it); signing and
 * withdrawing are also events of the consultation's history.
 */
public final class ConsentRepository {
    private final Database db;
    private final Clock clock;

    public ConsentRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Keeps a consent whose document is already kept, with its event in the consultation's history. */
    public void add(SignedConsent consent) throws RecordsFailure {
        db.write(Doing.SIGN_CONSENT, c -> {
            insert(c, consent);
            return null;
        });
    }

    /** Records the withdrawal, with its event; false when the consent was withdrawn already. */
    public boolean withdraw(SignedConsent consent, String reason, String actor) throws RecordsFailure {
        Instant now = clock.instant();
        return db.write(Doing.WITHDRAW_CONSENT, c -> insertWithdrawal(c,
                new ConsentWithdrawal(consent.id(), reason, actor, now), consent.consultationId()));
    }

    public Optional<SignedConsent> find(UUID id) throws RecordsFailure {
        return db.read(Doing.READ_CONSENTS, c -> consents(c, "id = ?", id).stream().findFirst());
    }

    public List<SignedConsent> forConsultation(UUID consultationId) throws RecordsFailure {
        return db.read(Doing.READ_CONSENTS, c -> consents(c, "consultation_id = ?", consultationId));
    }

    /** Every consent the client signed, oldest first. */
    public List<SignedConsent> forClient(UUID clientId) throws RecordsFailure {
        return db.read(Doing.READ_CONSENTS, c -> consents(c, "client_id = ?", clientId));
    }

    public Optional<ConsentWithdrawal> withdrawal(UUID consentId) throws RecordsFailure {
        return db.read(Doing.READ_CONSENTS, c -> withdrawal(c, consentId));
    }

    // ---------------------------------------------------------------- inside a transaction (export, import)

    static void insert(Connection c, SignedConsent k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO signed_consents (id, consultation_id, client_id, "
                + "treatments, text_versions, language, signed_at, client_name, practitioner_name, "
                + "practitioner_signed, file, sha256, bytes, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, k.id().toString());
            ps.setString(2, k.consultationId().toString());
            ps.setString(3, k.clientId().toString());
            ps.setString(4, k.treatments().stream().map(Treatment::name).collect(Collectors.joining(",")));
            ps.setString(5, versions(k.versions()));
            ps.setString(6, k.language().code());
            ps.setString(7, k.signedAt().toString());
            ps.setString(8, k.clientName());
            ps.setString(9, k.practitionerName());
            ps.setInt(10, k.practitionerSigned() ? 1 : 0);
            ps.setString(11, k.file());
            ps.setString(12, k.sha256());
            ps.setLong(13, k.bytes());
            ps.setString(14, k.recordedBy());
            ps.executeUpdate();
        }
        EventRows.insert(c, "consultation_events", "consultation_id", k.consultationId(),
                ConsultationEvent.Kind.CONSENT_SIGNED.name(), k.recordedBy(), k.id().toString(), k.signedAt());
    }

    /** Adds the withdrawal unless the consent has one; true if added. */
    static boolean insertWithdrawal(Connection c, ConsentWithdrawal w, UUID consultationId) throws SQLException {
        if (withdrawal(c, w.consentId()).isPresent()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consent_withdrawals (consent_id, reason, actor, at) "
                + "VALUES (?,?,?,?)")) {
            ps.setString(1, w.consentId().toString());
            ps.setString(2, w.reason());
            ps.setString(3, w.actor());
            ps.setString(4, w.at().toString());
            ps.executeUpdate();
        }
        EventRows.insert(c, "consultation_events", "consultation_id", consultationId,
                ConsultationEvent.Kind.CONSENT_WITHDRAWN.name(), w.actor(), w.consentId() + ": " + w.reason(), w.at());
        return true;
    }

    static boolean listed(Connection c, UUID id) throws SQLException {
        return !consents(c, "id = ?", id).isEmpty();
    }

    static List<SignedConsent> forConsultation(Connection c, UUID consultationId) throws SQLException {
        return consents(c, "consultation_id = ?", consultationId);
    }

    static int count(Connection c) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM signed_consents")) {
            return rs.getInt(1);
        }
    }

    static Optional<ConsentWithdrawal> withdrawal(Connection c, UUID consentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM consent_withdrawals WHERE consent_id=?")) {
            ps.setString(1, consentId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ConsentWithdrawal(consentId, rs.getString("reason"), rs.getString("actor"),
                        Instant.parse(rs.getString("at"))));
            }
        }
    }

    /** "MICRONEEDLING=built-in/1,SUBCISION=clinic/3". */
    static String versions(Map<Treatment, ConsentVersion> versions) {
        return new EnumMap<>(versions).entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue().code())
                .collect(Collectors.joining(","));
    }

    static Map<Treatment, ConsentVersion> versions(String text) {
        Map<Treatment, ConsentVersion> out = new EnumMap<>(Treatment.class);
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            out.put(Treatment.valueOf(part.substring(0, eq)), ConsentVersion.parse(part.substring(eq + 1)));
        }
        return out;
    }

    private static List<SignedConsent> consents(Connection c, String where, UUID arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM signed_consents WHERE " + where
                + " ORDER BY signed_at, rowid")) {
            ps.setString(1, arg.toString());
            List<SignedConsent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.add(new SignedConsent(UUID.fromString(rs.getString("id")),
                                UUID.fromString(rs.getString("consultation_id")),
                                UUID.fromString(rs.getString("client_id")), versions(rs.getString("text_versions")),
                                Language.fromCode(rs.getString("language")), Instant.parse(rs.getString("signed_at")),
                                rs.getString("client_name"), rs.getString("practitioner_name"),
                                rs.getInt("practitioner_signed") != 0, rs.getString("file"), rs.getString("sha256"),
                                rs.getLong("bytes"), rs.getString("recorded_by")));
                    } catch (RuntimeException e) {
                        throw new SQLException("a stored signed consent could not be read: " + e.getMessage(), e);
                    }
                }
            }
            return out;
        }
    }
}
