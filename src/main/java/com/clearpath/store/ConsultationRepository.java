package com.clearpath.store;

import com.clearpath.domain.Client;
import com.clearpath.domain.ConsentRecord;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.domain.SignedConsent;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.exchange.ExportJson;
import com.clearpath.exchange.IntakeJson;
import com.clearpath.exchange.Json;
import com.clearpath.exchange.OverrideJson;
import com.clearpath.exchange.PlanJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Consultations: drafts saved as they are typed, finalised (then read-only; a correction is a new consultation
 * linked to it), listed per client and by recency, exported and imported, with an event trail.
 */
public final class ConsultationRepository {
    /** When the newer copy was saved, as the failure names it. */
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Logger LOG = Logger.getLogger(ConsultationRepository.class.getName());
    /** A follow-up's creation note, before the id of the consultation it was started from: its link to that visit. */
    private static final String FOLLOW_UP_OF = "follow-up of ";
    private static final String SUMMARY_COLUMNS = "k.id, k.client_id, k.consulted_on, k.status, k.main_concerns, "
            + "k.top_recommendation, k.goodman_grade, k.corrects_id, k.updated_at, c.first_name, c.last_name";

    private final Database db;
    private final Clock clock;
    private final ClientRepository clients;

    public ConsultationRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.clients = new ClientRepository(db, clock);
    }

    /**
     * Saves a draft (insert or update). Refused for a consultation that is already final, and for a copy older than
     * the one in the records (saved meanwhile from another window or computer): the newer answers are never replaced.
     * The result carries the new row version, which the next save of this draft must name.
     */
    public StoredConsultation saveDraft(StoredConsultation draft, String actor) throws RecordsFailure {
        if (draft.status() != ConsultationStatus.DRAFT) {
            throw new RecordsFailure(Code.ONLY_DRAFTS_SAVED, Doing.SAVE_CONSULTATION, null);
        }
        Instant now = clock.instant();
        Object outcome = db.write(Doing.SAVE_CONSULTATION, c -> {
            Optional<StoredConsultation> existing = find(c, draft.id());
            if (existing.isPresent() && existing.get().status() == ConsultationStatus.FINAL) {
                throw new SQLException("a final consultation is read-only");
            }
            if (existing.isPresent() && existing.get().version() != draft.version()) {
                return existing.get();
            }
            return store(c, draft, existing, actor, now);
        });
        return saved(draft, outcome);
    }

    private static StoredConsultation saved(StoredConsultation draft, Object outcome) throws RecordsFailure {
        if (outcome instanceof Saved s) {
            return s.consultation();
        }
        throw changedElsewhere((StoredConsultation) outcome, draft);
    }

    /** What {@link #store} wrote, told apart from the newer row a refused save found. */
    private record Saved(StoredConsultation consultation) {
    }

    private Saved store(Connection c, StoredConsultation draft, Optional<StoredConsultation> existing, String actor,
                        Instant now) throws SQLException {
        Instant created = existing.map(StoredConsultation::createdAt).orElse(now);
        StoredConsultation saved = new StoredConsultation(draft.id(), draft.clientId(), ConsultationStatus.DRAFT,
                draft.intake(), draft.plan(), draft.overrides(), draft.correctsId(), created, now,
                existing.map(StoredConsultation::version).orElse(0L) + 1, draft.step());
        if (existing.isEmpty()) {
            insert(c, saved);
            event(c, saved.id(), ConsultationEvent.Kind.CREATED, actor, null, now);
        } else {
            update(c, saved);
        }
        return new Saved(saved);
    }

    static RecordsFailure changedElsewhere(StoredConsultation newer, StoredConsultation mine) {
        return new RecordsFailure(Code.CHANGED_ELSEWHERE, Doing.SAVE_CONSULTATION, null,
                SAVED_AT.format(newer.updatedAt().atZone(ZoneId.systemDefault())));
    }

    /**
     * Saves the draft's latest answers and makes it final, in one transaction: the client is the one chosen from the
     * records, else one with the same name and date of birth, else a new record made now from the intake. So a
     * name corrected while the consultation was a draft files it under the corrected name, and an abandoned draft
     * leaves no client behind.
     */
    public StoredConsultation finalise(StoredConsultation draft, String actor) throws RecordsFailure {
        Instant now = clock.instant();
        Object outcome = db.write(Doing.FINALISE_CONSULTATION, c -> {
            Optional<StoredConsultation> existing = find(c, draft.id());
            if (existing.isPresent() && existing.get().status() == ConsultationStatus.FINAL) {
                return new Saved(existing.get());
            }
            if (existing.isPresent() && existing.get().version() != draft.version()) {
                return existing.get();
            }
            UUID clientId = draft.clientId();
            if (clientId == null || ClientRepository.find(c, clientId).isEmpty()) {
                if (draft.intake().client() == null) {
                    throw new SQLException("a consultation needs a client and a plan before it is final");
                }
                clientId = clients.findOrCreate(c, draft.intake().client(), now).id();
            }
            StoredConsultation filed = draft.with(clientId, draft.intake(), draft.plan(), draft.overrides());
            store(c, filed, existing, actor, now);
            return new Saved(finaliseRow(c, draft.id(), actor, now));
        });
        return saved(draft, outcome);
    }

    /** Makes a draft final as it is in the records: it needs a client and a plan, and is read-only afterwards. */
    public StoredConsultation finalise(UUID id, String actor) throws RecordsFailure {
        Instant now = clock.instant();
        return db.write(Doing.FINALISE_CONSULTATION, c -> finaliseRow(c, id, actor, now));
    }

    private static StoredConsultation finaliseRow(Connection c, UUID id, String actor, Instant now) throws SQLException {
        StoredConsultation k = find(c, id).orElseThrow(() -> new SQLException("no consultation " + id));
        if (k.status() == ConsultationStatus.FINAL) {
            return k;
        }
        if (k.clientId() == null || k.plan() == null) {
            throw new SQLException("a consultation needs a client and a plan before it is final");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE consultations SET status='FINAL', updated_at=? WHERE id=?")) {
            ps.setString(1, now.toString());
            ps.setString(2, id.toString());
            ps.executeUpdate();
        }
        event(c, id, ConsultationEvent.Kind.FINALISED, actor, null, now);
        return find(c, id).orElseThrow();
    }

    /** A correction of a final consultation: a new draft with the same answers, linked to the original. */
    public StoredConsultation startCorrection(UUID finalId, String actor) throws RecordsFailure {
        Instant now = clock.instant();
        return db.write(Doing.START_CORRECTION, c -> {
            StoredConsultation original = find(c, finalId).orElseThrow(() -> new SQLException("no consultation " + finalId));
            StoredConsultation draft = new StoredConsultation(UUID.randomUUID(), original.clientId(),
                    ConsultationStatus.DRAFT, original.intake(), original.plan(), original.overrides(), finalId, now, now);
            insert(c, draft);
            event(c, draft.id(), ConsultationEvent.Kind.CREATED, actor, "correction of " + finalId, now);
            event(c, finalId, ConsultationEvent.Kind.CORRECTED, actor, "by " + draft.id(), now);
            return draft;
        });
    }

    /** A follow-up visit: a new draft pre-filled from the client's latest consultation (see {@link Intake#followUp}). */
    public StoredConsultation startFollowUp(UUID clientId, LocalDate today, String actor) throws RecordsFailure {
        Instant now = clock.instant();
        return db.write(Doing.START_FOLLOW_UP, c -> {
            StoredClient client = ClientRepository.find(c, clientId).orElseThrow(() -> new SQLException("no client " + clientId));
            Optional<StoredConsultation> last = latestFor(c, clientId);
            Intake intake = Intake.followUp(client.client(), last.map(StoredConsultation::intake), today);
            StoredConsultation draft = new StoredConsultation(UUID.randomUUID(), clientId, ConsultationStatus.DRAFT,
                    intake, null, List.of(), null, now, now);
            insert(c, draft);
            event(c, draft.id(), ConsultationEvent.Kind.CREATED, actor,
                    last.map(l -> FOLLOW_UP_OF + l.id()).orElse("follow-up"), now);
            return draft;
        });
    }

    /**
     * The visit a consultation follows: the one its follow-up was started from (as its creation was recorded), reached
     * through the consultation a correction corrects, and as its newest final correction says when it was corrected.
     * Empty for a first consultation, or when that visit is no longer in the records.
     */
    public Optional<StoredConsultation> followedVisit(UUID id) throws RecordsFailure {
        return db.read(Doing.OPEN_CONSULTATION, c -> {
            Optional<StoredConsultation> k = find(c, id);
            // A few hops at most: a correction of a correction of a follow-up; the bound guards against a loop.
            for (int hop = 0; hop < 16 && k.isPresent(); hop++) {
                Optional<UUID> from = followUpOf(c, k.get().id());
                if (from.isPresent()) {
                    Optional<StoredConsultation> visit = find(c, from.get());
                    return visit.isPresent() ? Optional.of(newestCorrection(c, visit.get())) : visit;
                }
                k = k.get().correctsId() == null ? Optional.empty() : find(c, k.get().correctsId());
            }
            return Optional.empty();
        });
    }

    private static Optional<UUID> followUpOf(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT detail FROM consultation_events WHERE consultation_id=? "
                + "AND kind=? ORDER BY at, id LIMIT 1")) {
            ps.setString(1, id.toString());
            ps.setString(2, ConsultationEvent.Kind.CREATED.name());
            try (ResultSet rs = ps.executeQuery()) {
                String detail = rs.next() ? rs.getString(1) : null;
                if (detail == null || !detail.startsWith(FOLLOW_UP_OF)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(UUID.fromString(detail.substring(FOLLOW_UP_OF.length()).strip()));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
    }

    private static StoredConsultation newestCorrection(Connection c, StoredConsultation visit) throws SQLException {
        StoredConsultation at = visit;
        for (int hop = 0; hop < 16; hop++) {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM consultations WHERE corrects_id=? "
                    + "AND status='FINAL' ORDER BY updated_at DESC LIMIT 1")) {
                ps.setString(1, at.id().toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return at;
                    }
                    at = consultation(rs);
                }
            }
        }
        return at;
    }

    /** Discards a draft the user abandoned. Final consultations are never deleted. */
    public void discardDraft(UUID id) throws RecordsFailure {
        db.write(Doing.DISCARD_DRAFT, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM consultation_events WHERE consultation_id=? "
                    + "AND EXISTS (SELECT 1 FROM consultations WHERE id=? AND status='DRAFT')")) {
                ps.setString(1, id.toString());
                ps.setString(2, id.toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM consultations WHERE id=? AND status='DRAFT'")) {
                ps.setString(1, id.toString());
                return ps.executeUpdate();
            }
        });
    }

    public Optional<StoredConsultation> find(UUID id) throws RecordsFailure {
        return db.read(Doing.OPEN_CONSULTATION, c -> find(c, id));
    }

    /**
     * The consultations a number printed on a handout ("B23A1881", see {@link StoredConsultation#number()}) or a full
     * id stands for: usually one; more only if two ids share their first 8 digits.
     */
    public List<UUID> idsFor(String numberOrId) throws RecordsFailure {
        Optional<String> prefix = StoredConsultation.numberPrefix(numberOrId);
        if (prefix.isEmpty()) {
            return List.of();
        }
        return db.read(Doing.FIND_CONSULTATION, c -> {
            // A range on the primary key: every id with these first 8 digits sorts between "prefix" and "prefix.".
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM consultations WHERE id >= ? AND id < ? "
                    + "ORDER BY id LIMIT 10")) {
                ps.setString(1, prefix.get());
                ps.setString(2, prefix.get() + ".");
                List<UUID> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = UUID.fromString(rs.getString(1));
                        if (numberOrId.strip().length() == 8 || id.toString().equalsIgnoreCase(numberOrId.strip())) {
                            out.add(id);
                        }
                    }
                }
                return out;
            }
        });
    }

    /** A client's consultations, newest first. */
    public List<ConsultationSummary> forClient(UUID clientId) throws RecordsFailure {
        return db.read(Doing.LIST_CLIENT_CONSULTATIONS, c -> summaries(c, "WHERE k.client_id = ? "
                + "ORDER BY k.consulted_on DESC, k.updated_at DESC", List.of(clientId.toString()), -1));
    }

    public List<ConsultationSummary> recent(int limit) throws RecordsFailure {
        return db.read(Doing.LIST_RECENT_CONSULTATIONS, c -> summaries(c, "ORDER BY k.updated_at DESC", List.of(), limit));
    }

    /** Unfinished consultations, to offer resuming them after a close or a crash. */
    public List<ConsultationSummary> drafts() throws RecordsFailure {
        return db.read(Doing.LIST_UNFINISHED_CONSULTATIONS, c -> summaries(c, "WHERE k.status = 'DRAFT' "
                + "ORDER BY k.updated_at DESC", List.of(), -1));
    }

    public void record(UUID id, ConsultationEvent.Kind kind, String actor, String detail) throws RecordsFailure {
        Instant now = clock.instant();
        db.write(Doing.RECORD_EVENT, c -> {
            event(c, id, kind, actor, detail, now);
            return null;
        });
    }

    public List<ConsultationEvent> events(UUID id) throws RecordsFailure {
        return db.read(Doing.READ_CONSULTATION_HISTORY, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM consultation_events WHERE consultation_id=? "
                    + "ORDER BY at, id")) {
                ps.setString(1, id.toString());
                List<ConsultationEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ConsultationEvent(id, ConsultationEvent.Kind.valueOf(rs.getString("kind")),
                                rs.getString("actor"), rs.getString("detail"), Instant.parse(rs.getString("at"))));
                    }
                }
                return out;
            }
        });
    }

    public int count() throws RecordsFailure {
        return db.read(Doing.COUNT_CONSULTATIONS, c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM consultations")) {
                return rs.getInt(1);
            }
        });
    }

    /**
     * Streams every consultation (for export), oldest first, without holding them all in memory. Only reads, in one
     * read transaction: the export is one consistent state of the records and works when they cannot be written.
     * The caller notes the finished export with {@link #noteExport}.
     */
    public int export(ExportJson.Writer writer) throws RecordsFailure {
        return export(photos -> writer);
    }

    /** A consultation's signed consents with their withdrawals, inside the caller's transaction. */
    private static List<ConsentRecord> consents(Connection c, UUID consultationId) throws SQLException {
        List<ConsentRecord> out = new ArrayList<>();
        for (SignedConsent k : ConsentRepository.forConsultation(c, consultationId)) {
            out.add(new ConsentRecord(k, ConsentRepository.withdrawal(c, k.id())));
        }
        return out;
    }

    /**
     * Opens the writer of an export once it is known how many files (photos and signed consent documents) go with
     * it.
     */
    @FunctionalInterface
    public interface ExportTarget {
        ExportJson.Writer open(int photos) throws IOException;
    }

    /**
     * {@link #export(ExportJson.Writer)} with each consultation's photos (not deleted), sessions and its client's
     * photo consent; {@code target} learns how many photos there are first, in the same read transaction, so the
     * caller can choose the file's form before anything is written. The caller closes the writer.
     */
    public int export(ExportTarget target) throws RecordsFailure {
        return db.readTransaction(Doing.EXPORT, c -> {
            int n = 0;
            ExportJson.Writer writer;
            try {
                writer = target.open(PhotoRepository.countKept(c) + ConsentRepository.count(c));
            } catch (IOException e) {
                throw new SQLException("could not write the export file: " + e.getMessage(), e);
            }
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM consultations ORDER BY created_at, id")) {
                while (rs.next()) {
                    StoredConsultation k = consultation(rs);
                    var consent = k.clientId() == null ? List.<PhotoConsent.Event>of()
                            : PhotoRepository.consentEvents(c, k.clientId());
                    try {
                        writer.write(new ExportJson.Entry(k.id(), k.status(), k.intake(), k.plan(), k.overrides(),
                                k.correctsId(), k.createdAt(), k.updatedAt(), PhotoRepository.forConsultation(c, k.id()),
                                SessionRepository.forConsultation(c, k.id()), consent, consents(c, k.id())));
                    } catch (IOException e) {
                        throw new SQLException("could not write the export file: " + e.getMessage(), e);
                    }
                    n++;
                }
            }
            return n;
        });
    }

    /** {@link #export(ExportJson.Writer)}, then {@link #noteExport} once the reading is done. */
    public int export(ExportJson.Writer writer, String actor) throws RecordsFailure {
        int n = export(writer);
        noteExport(n, "a stream", actor);
        return n;
    }

    /**
     * One event for a whole finished export. Best effort: the export file is already complete, so a database that
     * cannot be written (read-only, locked, full) costs the note, never the export; the log says so.
     */
    public boolean noteExport(int count, String file, String actor) {
        Instant now = clock.instant();
        try {
            db.write(Doing.NOTE_EXPORT, c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO records_events (kind, actor, detail, at) "
                        + "VALUES (?,?,?,?)")) {
                    ps.setString(1, ConsultationEvent.Kind.EXPORTED.name());
                    ps.setString(2, actor);
                    ps.setString(3, count + " consultation" + (count == 1 ? "" : "s") + " to " + file);
                    ps.setString(4, now.toString());
                    ps.executeUpdate();
                }
                return null;
            });
            return true;
        } catch (RecordsFailure e) {
            LOG.warning("The export of " + count + " consultations is complete but could not be noted in the records ("
                    + e.kind() + ")");
            return false;
        }
    }

    /**
     * What an import did. {@code plansRecomputed} counts consultations whose file carried a plan other than the one
     * the engine makes from their intake today: the engine's plan is stored, the file's is kept as a record.
     */
    public record ImportResult(int added, int alreadyPresent, int clientsCreated, int plansRecomputed, int photosAdded,
                               int sessionsAdded) {
        public ImportResult(int added, int alreadyPresent, int clientsCreated, int plansRecomputed) {
            this(added, alreadyPresent, clientsCreated, plansRecomputed, 0, 0);
        }
    }

    /**
     * Keeps the files of a photo being imported (a records archive's entry) in the data folder, before its row is
     * written; a plain JSON file has none to give.
     */
    @FunctionalInterface
    public interface PhotoSource {
        void keep(Photo photo) throws IOException;

        /** Keeps a signed consent's document being imported, before its row is written. */
        default void keep(SignedConsent consent) throws IOException {
            throw new IOException("a plain export file carries no consent documents");
        }
    }

    /** Opens the file being imported; called once per pass over it. */
    @FunctionalInterface
    public interface ImportFile {
        InputStream open() throws IOException;
    }

    /**
     * Imports consultations all-or-nothing: ids already present are skipped (importing a file twice adds nothing),
     * clients are matched by name and date of birth, and every plan is made by {@code planner} from its intake.
     */
    public ImportResult importAll(List<ExportJson.Entry> entries, Function<Intake, Plan> planner, String actor)
            throws RecordsFailure {
        Instant now = clock.instant();
        return db.write(Doing.IMPORT, c -> {
            Importing run = new Importing(c, planner, actor, now, p -> {
                throw new IOException("entries in memory carry no photo files");
            });
            for (ExportJson.Entry e : entries) {
                run.add(e);
            }
            return run.result();
        });
    }

    /**
     * Imports a file as it is read, in one transaction, holding one consultation in memory at a time: all of it or,
     * if any problem turns up on the way (the file changed since it was checked), none of it.
     *
     * @throws IOException if the file cannot be read
     */
    public ImportResult importFile(ImportFile file, LocalDate today, Function<Intake, Plan> planner, String actor)
            throws RecordsFailure, IOException {
        return importFile(file, p -> {
            throw new IOException("a plain export file carries no photo files");
        }, today, planner, actor);
    }

    /** {@link #importFile(ImportFile, LocalDate, Function, String)} whose photos' files come from {@code photos}. */
    public ImportResult importFile(ImportFile file, PhotoSource photos, LocalDate today, Function<Intake, Plan> planner,
                                   String actor) throws RecordsFailure, IOException {
        Instant now = clock.instant();
        try {
            return db.write(Doing.IMPORT, c -> {
                Importing run = new Importing(c, planner, actor, now, photos);
                ExportJson.Checked checked;
                try (InputStream in = new BufferedInputStream(file.open(), 1 << 16)) {
                    checked = ExportJson.read(in, today, now, run::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (!checked.valid()) {
                    throw new ChangedFile(checked.problems());
                }
                return run.result();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ChangedFile e) {
            throw new RecordsFailure(Code.IMPORT_FILE_CHANGED, Doing.IMPORT, null, String.valueOf(e.problems.size()),
                    String.valueOf(e.problems.get(0)));
        }
    }

    /** Ends the transaction of an import whose file turned out to have problems, so nothing of it is kept. */
    private static final class ChangedFile extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        ChangedFile(List<Problem> problems) {
            super(null, null, false, false);
            this.problems = problems;
        }
    }

    /** One import inside its transaction. */
    private final class Importing {
        private final Connection c;
        private final Function<Intake, Plan> planner;
        private final String actor;
        private final Instant now;
        private final PhotoSource photoSource;
        private final int clientsBefore;
        private int added;
        private int present;
        private int recomputed;
        private int photos;
        private int sessions;

        Importing(Connection c, Function<Intake, Plan> planner, String actor, Instant now, PhotoSource photoSource)
                throws SQLException {
            this.c = c;
            this.planner = planner;
            this.actor = actor;
            this.now = now;
            this.photoSource = photoSource;
            this.clientsBefore = countClients(c);
        }

        void add(ExportJson.Entry e) throws SQLException {
            if (exists(c, e.id())) {
                present++;
                extras(e, clientOf(c, e.id()));
            } else {
                UUID client = addConsultation(e);
                extras(e, client);
            }
        }

        /**
         * Photos, sessions and signed consents new by id, and consent changes and withdrawals not yet recorded; what
         * is kept already is skipped.
         */
        private void extras(ExportJson.Entry e, UUID clientId) throws SQLException {
            if (clientId != null) {
                for (var event : e.photoConsent()) {
                    PhotoRepository.insertConsentOnce(c, clientId, event);
                }
            }
            for (Photo p : e.photos()) {
                if (PhotoRepository.listed(c, p.id())) {
                    continue;
                }
                try {
                    photoSource.keep(p);
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
                PhotoRepository.insert(c, p, actor);
                photos++;
            }
            for (var s : e.sessions()) {
                if (SessionRepository.insertOnce(c, s)) {
                    sessions++;
                }
            }
            for (ConsentRecord r : e.consents()) {
                if (clientId == null) {
                    break;
                }
                SignedConsent k = r.consent().ofClient(clientId);
                if (!ConsentRepository.listed(c, k.id())) {
                    try {
                        photoSource.keep(k);
                    } catch (IOException x) {
                        throw new UncheckedIOException(x);
                    }
                    ConsentRepository.insert(c, k);
                }
                if (r.withdrawal().isPresent()) {
                    ConsentRepository.insertWithdrawal(c, r.withdrawal().get(), k.consultationId());
                }
            }
        }

        private UUID addConsultation(ExportJson.Entry e) throws SQLException {
            StoredClient stored = clients.findOrCreate(c, e.intake().client(), now);
            // Today's advice comes from the intake and this clinic's catalog, never from the file: a plan made for
            // another intake, or by an older catalog, must not be printed as if it were current.
            Plan plan = planner.apply(e.intake());
            String filed = e.plan() == null ? null : Json.compact(PlanJson.toNode(e.plan()));
            boolean differs = filed != null && !filed.equals(Json.compact(PlanJson.toNode(plan)));
            insert(c, new StoredConsultation(e.id(), stored.id(), e.status(), e.intake(), plan, e.overrides(),
                    e.correctsId() != null && exists(c, e.correctsId()) ? e.correctsId() : null,
                    e.createdAt(), e.updatedAt()));
            event(c, e.id(), ConsultationEvent.Kind.IMPORTED, actor, differs ? PLAN_RECOMPUTED : null, now);
            if (differs) {
                event(c, e.id(), ConsultationEvent.Kind.IMPORTED_PLAN, actor, filed, now);
                recomputed++;
            }
            added++;
            return stored.id();
        }

        ImportResult result() throws SQLException {
            ImportResult r = new ImportResult(added, present, countClients(c) - clientsBefore, recomputed, photos,
                    sessions);
            LOG.info("Imported " + r.added() + " consultations (" + r.alreadyPresent() + " already present, "
                    + r.plansRecomputed() + " plans recomputed)");
            return r;
        }
    }

    /** The IMPORTED event's detail when the file's plan differed from the recomputed one. */
    static final String PLAN_RECOMPUTED = "plan recomputed from the intake; the plan in the file is kept as a record";

    /**
     * The plan an imported file carried for this consultation when it differed from the one made on import: the
     * record of what was agreed elsewhere, for the practitioner to open; never the current advice.
     */
    public Optional<Plan> importedPlan(UUID id) throws RecordsFailure {
        return db.read(Doing.OPEN_IMPORTED_PLAN, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT detail FROM consultation_events WHERE "
                    + "consultation_id=? AND kind=? ORDER BY at DESC, id DESC LIMIT 1")) {
                ps.setString(1, id.toString());
                ps.setString(2, ConsultationEvent.Kind.IMPORTED_PLAN.name());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(PlanJson.fromNode(Json.mapper().readTree(rs.getString(1))));
                } catch (JsonProcessingException e) {
                    throw new SQLException("the imported plan could not be read: " + e.getOriginalMessage(), e);
                }
            }
        });
    }

    private static boolean exists(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM consultations WHERE id=?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static UUID clientOf(Connection c, UUID consultationId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT client_id FROM consultations WHERE id=?")) {
            ps.setString(1, consultationId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                String id = rs.next() ? rs.getString(1) : null;
                return id == null ? null : UUID.fromString(id);
            }
        }
    }

    private static int countClients(Connection c) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM clients")) {
            return rs.getInt(1);
        }
    }

    private static Optional<StoredConsultation> latestFor(Connection c, UUID clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM consultations WHERE client_id=? "
                + "ORDER BY consulted_on DESC, updated_at DESC LIMIT 1")) {
            ps.setString(1, clientId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(consultation(rs)) : Optional.empty();
            }
        }
    }

    static Optional<StoredConsultation> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM consultations WHERE id=?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(consultation(rs)) : Optional.empty();
            }
        }
    }

    static void insert(Connection c, StoredConsultation k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consultations (client_id, consulted_on, practitioner, "
                + "status, intake_json, plan_json, overrides_json, catalog_version, engine_version, corrects_id, "
                + "goodman_grade, main_concerns, top_recommendation, created_at, updated_at, version, wizard_step, id) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            bind(ps, k);
            ps.executeUpdate();
        }
    }

    private static void update(Connection c, StoredConsultation k) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE consultations SET client_id=?, consulted_on=?, "
                + "practitioner=?, status=?, intake_json=?, plan_json=?, overrides_json=?, catalog_version=?, "
                + "engine_version=?, corrects_id=?, goodman_grade=?, main_concerns=?, top_recommendation=?, "
                + "created_at=?, updated_at=?, version=?, wizard_step=? WHERE id=?")) {
            bind(ps, k);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, StoredConsultation k) throws SQLException {
        Intake in = k.intake();
        Plan plan = k.plan();
        ps.setString(1, k.clientId() == null ? null : k.clientId().toString());
        ps.setString(2, in.consultedOn() == null ? null : in.consultedOn().toString());
        ps.setString(3, in.practitioner());
        ps.setString(4, k.status().name());
        ps.setString(5, Json.compact(IntakeJson.toNode(in)));
        ps.setString(6, plan == null ? null : Json.compact(PlanJson.toNode(plan)));
        ps.setString(7, Json.compact(OverrideJson.toNode(k.overrides())));
        ps.setString(8, plan == null ? null : plan.catalogVersion());
        ps.setString(9, plan == null ? null : plan.engineVersion());
        ps.setString(10, k.correctsId() == null ? null : k.correctsId().toString());
        if (in.goodmanBaronGrade() == null) {
            ps.setNull(11, Types.INTEGER);
        } else {
            ps.setInt(11, in.goodmanBaronGrade());
        }
        ps.setString(12, in.concernKinds().stream().map(Enum::name).collect(Collectors.joining(",")));
        ps.setString(13, plan == null ? null : topRecommendation(plan));
        ps.setString(14, k.createdAt().toString());
        ps.setString(15, k.updatedAt().toString());
        ps.setLong(16, k.version());
        if (k.step() == null) {
            ps.setNull(17, Types.INTEGER);
        } else {
            ps.setInt(17, k.step());
        }
        ps.setString(18, k.id().toString());
    }

    /** The first procedure recommended (or deferred), else the first home-care item: what the visit was about. */
    static String topRecommendation(Plan plan) {
        return plan.recommendations().stream().filter(r -> r.treatment().procedure()).findFirst()
                .or(() -> plan.deferred().stream().findFirst())
                .or(() -> plan.recommendations().stream().findFirst())
                .map(Recommendation::treatment).map(Enum::name).orElse(null);
    }

    private static void event(Connection c, UUID id, ConsultationEvent.Kind kind, String actor, String detail, Instant at)
            throws SQLException {
        EventRows.insert(c, "consultation_events", "consultation_id", id, kind.name(), actor, detail, at);
    }

    private static List<ConsultationSummary> summaries(Connection c, String tail, List<String> args, int limit)
            throws SQLException {
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM consultations k LEFT JOIN clients c ON c.id = k.client_id "
                + tail + (limit > 0 ? " LIMIT " + limit : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setString(i + 1, args.get(i));
            }
            List<ConsultationSummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String clientId = rs.getString("client_id");
                    String on = rs.getString("consulted_on");
                    String corrects = rs.getString("corrects_id");
                    int grade = rs.getInt("goodman_grade");
                    Integer goodman = rs.wasNull() ? null : grade;
                    String name = rs.getString("first_name") == null ? null
                            : rs.getString("first_name") + " " + rs.getString("last_name");
                    out.add(new ConsultationSummary(UUID.fromString(rs.getString("id")),
                            clientId == null ? null : UUID.fromString(clientId), name,
                            on == null ? null : LocalDate.parse(on), ConsultationStatus.valueOf(rs.getString("status")),
                            rs.getString("main_concerns"), rs.getString("top_recommendation"), goodman,
                            corrects == null ? null : UUID.fromString(corrects), Instant.parse(rs.getString("updated_at"))));
                }
            }
            return out;
        }
    }

    private static Integer step(ResultSet rs) throws SQLException {
        int step = rs.getInt("wizard_step");
        return rs.wasNull() ? null : step;
    }

    static StoredConsultation consultation(ResultSet rs) throws SQLException {
        try {
            var mapper = Json.mapper();
            Intake intake = IntakeJson.readStored(mapper.readTree(rs.getString("intake_json")));
            String planJson = rs.getString("plan_json");
            Plan plan = planJson == null ? null : PlanJson.fromNode(mapper.readTree(planJson));
            List<Problem> ignored = new ArrayList<>();
            List<PlanOverride> overrides = OverrideJson.fromNode(mapper.readTree(rs.getString("overrides_json")),
                    "overrides", ignored);
            String clientId = rs.getString("client_id");
            String corrects = rs.getString("corrects_id");
            return new StoredConsultation(UUID.fromString(rs.getString("id")),
                    clientId == null ? null : UUID.fromString(clientId),
                    ConsultationStatus.valueOf(rs.getString("status")), intake, plan, overrides,
                    corrects == null ? null : UUID.fromString(corrects), Instant.parse(rs.getString("created_at")),
                    Instant.parse(rs.getString("updated_at")), rs.getLong("version"), step(rs));
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored consultation could not be read: " + e.getOriginalMessage(), e);
        }
    }
}
