package com.clearpath.store;

import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditCheck;
import com.clearpath.domain.AuditCheck.Break;
import com.clearpath.domain.AuditEvent;
import com.clearpath.domain.AuditFilter;
import com.clearpath.domain.AuditSubject;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Doing;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The audit trail in the database: appended to, never changed (the database refuses updates and deletes), each entry
 * chained to the one before by its hash so that an entry changed or removed behind the app's back is found.
 */
public final class AuditRepository {
    /** The hash the first entry follows. */
    static final String GENESIS = "0".repeat(64);
    /** Between detail arguments: a character no code or number holds. */
    private static final String SEPARATOR = "\u001f";
    /** Fixed width, so times sort as text and hash the same however they were written. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String COLUMNS = "seq, at, actor, workstation, action, subject_kind, subject_id, detail, "
            + "prev_hash, hash";

    private final Database db;

    public AuditRepository(Database db) {
        this.db = db;
    }

    /** Appends the event after the last one; its {@code seq} is given here, the one passed is ignored. */
    public AuditEvent append(AuditEvent event) throws RecordsFailure {
        return db.write(Doing.RECORD_AUDIT, c -> {
            long lastSeq = 0;
            String prev = GENESIS;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")) {
                if (rs.next()) {
                    lastSeq = rs.getLong(1);
                    prev = rs.getString(2);
                }
            }
            Row row = new Row(lastSeq + 1, AT.format(event.at().truncatedTo(ChronoUnit.MILLIS)), event.actor(),
                    event.workstation(), event.action().name(), event.subject().name(), event.subjectId(),
                    String.join(SEPARATOR, event.detail()), prev);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_events (" + COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                String[] f = row.fields();
                for (int i = 0; i < f.length; i++) {
                    ps.setString(i + 1, f[i]);
                }
                ps.setString(10, row.hash());
                ps.executeUpdate();
            }
            return row.event();
        });
    }

    /** A page of the events the filter picks, newest first. */
    public List<AuditEvent> find(AuditFilter filter) throws RecordsFailure {
        return db.read(Doing.READ_AUDIT, c -> {
            StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_events WHERE 1 = 1");
            List<String> args = new ArrayList<>();
            filter.action().ifPresent(a -> {
                sql.append(" AND action = ?");
                args.add(a.name());
            });
            filter.actor().ifPresent(a -> {
                sql.append(" AND actor = ?");
                args.add(a);
            });
            filter.from().ifPresent(t -> {
                sql.append(" AND at >= ?");
                args.add(AT.format(t));
            });
            filter.until().ifPresent(t -> {
                sql.append(" AND at < ?");
                args.add(AT.format(t));
            });
            sql.append(" ORDER BY seq DESC LIMIT ? OFFSET ?");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (String a : args) {
                    ps.setString(i++, a);
                }
                ps.setInt(i++, filter.limit());
                ps.setInt(i, filter.offset());
                List<AuditEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs).event());
                    }
                }
                return out;
            }
        });
    }

    /** Everyone the trail names as actor, for the filter's choices. */
    public List<String> actors() throws RecordsFailure {
        return db.read(Doing.READ_AUDIT, c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT DISTINCT actor FROM audit_events ORDER BY actor")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * Walks the chain from the first entry: each must follow the one before (no sequence missing, its previous hash
     * that entry's hash) and hash to what it holds. Names the first entry where that fails.
     */
    public AuditCheck verify() throws RecordsFailure {
        return db.readTransaction(Doing.READ_AUDIT, c -> {
            long checked = 0;
            long expected = 1;
            String prev = GENESIS;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM audit_events ORDER BY seq")) {
                while (rs.next()) {
                    Row row = row(rs);
                    String stored = rs.getString("hash");
                    if (row.seq() != expected) {
                        return AuditCheck.broken(checked, expected, Break.MISSING);
                    }
                    if (!row.hash().equals(stored)) {
                        return AuditCheck.broken(checked, row.seq(), Break.CHANGED);
                    }
                    if (!row.prevHash().equals(prev)) {
                        return AuditCheck.broken(checked, row.seq(), Break.UNLINKED);
                    }
                    prev = stored;
                    expected++;
                    checked++;
                }
            }
            return AuditCheck.intact(checked);
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("seq"), rs.getString("at"), rs.getString("actor"), rs.getString("workstation"),
                rs.getString("action"), rs.getString("subject_kind"), rs.getString("subject_id"),
                rs.getString("detail"), rs.getString("prev_hash"));
    }

    /** An entry as stored: the text of every field is what is hashed, so nothing is reformatted on the way. */
    private record Row(long seq, String at, String actor, String workstation, String action, String subjectKind,
                       String subjectId, String detail, String prevHash) {
        String[] fields() {
            return new String[] {Long.toString(seq), at, actor, workstation, action, subjectKind, subjectId, detail,
                    prevHash};
        }

        /** SHA-256 over each field with its length before it, so no two different entries give the same text. */
        String hash() {
            StringBuilder canonical = new StringBuilder();
            for (String f : fields()) {
                String v = f == null ? "" : f;
                canonical.append(v.length()).append(':').append(v).append(';');
            }
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java has SHA-256", e);
            }
        }

        AuditEvent event() {
            return new AuditEvent(seq, Instant.parse(at), actor, workstation, actionOf(action), subjectOf(subjectKind),
                    subjectId, detail.isEmpty() ? List.of() : Arrays.asList(detail.split(SEPARATOR, -1)));
        }
    }

    private static AuditAction actionOf(String code) {
        return AuditAction.valueOf(code);
    }

    private static AuditSubject subjectOf(String code) {
        return AuditSubject.valueOf(code);
    }
}
