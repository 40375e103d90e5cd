package com.clearpath.store;

import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.domain.PhotoEvent;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.domain.Zone;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Photos of consultations as listed in the records (the files are {@link PhotoFiles}), their trail, and each
 * client's photo consent as a trail of its own. A deleted photo keeps its row, hash included, marked deleted.
 */
public final class PhotoRepository {
    private static final String COLUMNS = "p.id, p.consultation_id, k.client_id, p.view, p.zone, p.taken_on, "
            + "p.added_at, p.format, p.bytes, p.sha256, p.width, p.height, p.orientation";

    private final Database db;
    private final Clock clock;

    public PhotoRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- consent

    public PhotoConsent consent(UUID clientId) throws RecordsFailure {
        return PhotoConsent.of(clientId, consentEvents(clientId));
    }

    public List<PhotoConsent.Event> consentEvents(UUID clientId) throws RecordsFailure {
        return db.read(Doing.READ_PHOTO_CONSENT, c -> consentEvents(c, clientId));
    }

    /** Records the changes (oldest first), all together with {@code detail}, and gives the consent after them. */
    public PhotoConsent recordConsent(UUID clientId, List<PhotoConsent.Kind> changes, String actor, String detail)
            throws RecordsFailure {
        Instant now = clock.instant();
        db.write(Doing.RECORD_PHOTO_CONSENT, c -> {
            for (PhotoConsent.Kind kind : changes) {
                EventRows.insert(c, "photo_consent_events", "client_id", clientId, kind.name(), actor, detail, now);
            }
            return null;
        });
        return consent(clientId);
    }

    // ---------------------------------------------------------------- photos

    /** Lists a photo whose files are already kept, with its "added" event. */
    public void add(Photo p, String actor) throws RecordsFailure {
        db.write(Doing.SAVE_PHOTO, c -> {
            insert(c, p, actor);
            return null;
        });
    }

    /** Lists a photo inside the caller's transaction (an import), with its "added" event. */
    static void insert(Connection c, Photo p, String actor) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO photos (id, consultation_id, view, zone, "
                + "taken_on, added_at, format, bytes, sha256, width, height, orientation) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, p.id().toString());
            ps.setString(2, p.consultationId().toString());
            ps.setString(3, p.view().name());
            ps.setString(4, p.zone().map(Zone::name).orElse(null));
            ps.setString(5, p.takenOn() == null ? null : p.takenOn().toString());
            ps.setString(6, p.addedAt().toString());
            ps.setString(7, p.format());
            ps.setLong(8, p.bytes());
            ps.setString(9, p.sha256());
            ps.setInt(10, p.width());
            ps.setInt(11, p.height());
            ps.setInt(12, p.orientation());
            ps.executeUpdate();
        }
        EventRows.insert(c, "photo_events", "photo_id", p.id(), PhotoEvent.Kind.ADDED.name(), actor,
                p.view().name(), p.addedAt());
    }

    /** Whether a photo with this id is listed at all, deleted ones included. */
    static boolean listed(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM photos WHERE id=?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A consultation's photos not deleted, inside the caller's transaction (an export). */
    static List<Photo> forConsultation(Connection c, UUID consultationId) throws SQLException {
        return photos(c, "p.consultation_id = ? AND p.deleted_at IS NULL", consultationId);
    }

    static int countKept(Connection c) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM photos "
                + "WHERE deleted_at IS NULL")) {
            return rs.getInt(1);
        }
    }

    /** A client's consent trail inside the caller's transaction. */
    static List<PhotoConsent.Event> consentEvents(Connection c, UUID clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM photo_consent_events WHERE client_id=? "
                + "ORDER BY at, id")) {
            ps.setString(1, clientId.toString());
            List<PhotoConsent.Event> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PhotoConsent.Event(clientId, PhotoConsent.Kind.valueOf(rs.getString("kind")),
                            rs.getString("actor"), rs.getString("detail"), Instant.parse(rs.getString("at"))));
                }
            }
            return out;
        }
    }

    /** Adds a consent event unless the client already has the same change at the same moment; true if added. */
    static boolean insertConsentOnce(Connection c, UUID clientId, PhotoConsent.Event e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM photo_consent_events WHERE client_id=? "
                + "AND kind=? AND at=?")) {
            ps.setString(1, clientId.toString());
            ps.setString(2, e.kind().name());
            ps.setString(3, e.at().toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        EventRows.insert(c, "photo_consent_events", "client_id", clientId, e.kind().name(), e.actor(), e.detail(),
                e.at());
        return true;
    }

    /** A photo not deleted. */
    public Optional<Photo> find(UUID id) throws RecordsFailure {
        return db.read(Doing.OPEN_PHOTO, c -> {
            List<Photo> found = photos(c, "p.id = ? AND p.deleted_at IS NULL", id);
            return found.stream().findFirst();
        });
    }

    /** A consultation's photos, in the order they were added; deleted ones left out. */
    public List<Photo> forConsultation(UUID consultationId) throws RecordsFailure {
        return db.read(Doing.LIST_PHOTOS, c -> photos(c,
                "p.consultation_id = ? AND p.deleted_at IS NULL", consultationId));
    }

    /** Every photo of a client's consultations, oldest visit first. */
    public List<Photo> forClient(UUID clientId) throws RecordsFailure {
        return db.read(Doing.LIST_PHOTOS, c -> photos(c, "k.client_id = ? AND p.deleted_at IS NULL",
                clientId));
    }

    /** Marks a photo deleted with the reason, as an event; false when there was none to delete. */
    public boolean markDeleted(UUID id, String reason, String actor) throws RecordsFailure {
        Instant now = clock.instant();
        return db.write(Doing.DELETE_PHOTO, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE photos SET deleted_at=? WHERE id=? "
                    + "AND deleted_at IS NULL")) {
                ps.setString(1, now.toString());
                ps.setString(2, id.toString());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            EventRows.insert(c, "photo_events", "photo_id", id, PhotoEvent.Kind.DELETED.name(), actor, reason, now);
            return true;
        });
    }

    public List<PhotoEvent> events(UUID photoId) throws RecordsFailure {
        return db.read(Doing.READ_PHOTO_HISTORY, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM photo_events WHERE photo_id=? "
                    + "ORDER BY at, id")) {
                ps.setString(1, photoId.toString());
                List<PhotoEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PhotoEvent(photoId, PhotoEvent.Kind.valueOf(rs.getString("kind")),
                                rs.getString("actor"), rs.getString("detail"), Instant.parse(rs.getString("at"))));
                    }
                }
                return out;
            }
        });
    }

    private static List<Photo> photos(Connection c, String where, UUID arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM photos p JOIN consultations k "
                + "ON k.id = p.consultation_id WHERE " + where + " ORDER BY k.consulted_on, p.added_at, p.id")) {
            ps.setString(1, arg.toString());
            List<Photo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String client = rs.getString("client_id");
                    String zone = rs.getString("zone");
                    String on = rs.getString("taken_on");
                    out.add(new Photo(UUID.fromString(rs.getString("id")),
                            UUID.fromString(rs.getString("consultation_id")),
                            client == null ? null : UUID.fromString(client), PhotoView.valueOf(rs.getString("view")),
                            Optional.ofNullable(zone).map(Zone::valueOf), on == null ? null : LocalDate.parse(on),
                            Instant.parse(rs.getString("added_at")), rs.getString("format"), rs.getLong("bytes"),
                            rs.getString("sha256"), rs.getInt("width"), rs.getInt("height"),
                            rs.getInt("orientation")));
                }
            }
            return out;
        }
    }
}
