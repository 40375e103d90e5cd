package com.clearpath.store;

import com.clearpath.domain.Client;
import com.clearpath.domain.ClientMatch;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Clients: create, update, find as you type (accent- and case-insensitive), and spot duplicates. */
public final class ClientRepository {
    private static final List<DateTimeFormatter> DATE_INPUTS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"));
    private final Database db;
    private final Clock clock;

    public ClientRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public StoredClient create(Client client) throws RecordsFailure {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        return db.write(Doing.SAVE_CLIENT, c -> {
            insert(c, id, client, now, now);
            return new StoredClient(id, client, now, now);
        });
    }

    void insert(Connection c, UUID id, Client client, Instant created, Instant updated) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO clients (id, first_name, last_name, date_of_birth, "
                + "phone, email, first_key, last_key, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, id.toString());
            bindClient(ps, 2, client);
            ps.setString(9, created.toString());
            ps.setString(10, updated.toString());
            ps.executeUpdate();
        }
        writeTokens(c, id, client);
    }

    public StoredClient update(UUID id, Client client) throws RecordsFailure {
        Instant now = clock.instant();
        return db.write(Doing.UPDATE_CLIENT, c -> rewrite(c, id, client, now));
    }

    private StoredClient rewrite(Connection c, UUID id, Client client, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE clients SET first_name=?, last_name=?, "
                + "date_of_birth=?, phone=?, email=?, first_key=?, last_key=?, updated_at=? WHERE id=?")) {
            bindClient(ps, 1, client);
            ps.setString(8, now.toString());
            ps.setString(9, id.toString());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no client " + id);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM client_tokens WHERE client_id=?")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
        writeTokens(c, id, client);
        return find(c, id).orElseThrow();
    }

    /** The kinds of change kept in a client's trail. */
    public enum ChangeKind { EDITED, MERGED, DELETED }

    /** A change to a client record, for the trail. */
    public record Change(UUID clientId, ChangeKind kind, String actor, String detail, Instant at) {
    }

    /** Corrects a client's details (name, date of birth, contacts); their consultations stay filed under them. */
    public StoredClient edit(UUID id, Client client, String actor) throws RecordsFailure {
        Instant now = clock.instant();
        return db.write(Doing.UPDATE_CLIENT, c -> {
            StoredClient before = find(c, id).orElseThrow(() -> new SQLException("no client " + id));
            StoredClient after = rewrite(c, id, client, now);
            change(c, id, ChangeKind.EDITED, actor, describe(before.client()) + " -> " + describe(client), now);
            return after;
        });
    }

    /**
     * Merges {@code gone} into {@code kept}: every consultation of {@code gone} (final ones too) is filed under
     * {@code kept}, with their photo consent, and {@code gone} is removed. Both trails say so.
     */
    public StoredClient merge(UUID kept, UUID gone, String actor) throws RecordsFailure {
        if (kept.equals(gone)) {
            throw new RecordsFailure(Code.MERGE_WITH_ITSELF, Doing.MERGE_CLIENTS, null);
        }
        Instant now = clock.instant();
        return db.write(Doing.MERGE_CLIENTS, c -> {
            StoredClient keep = find(c, kept).orElseThrow(() -> new SQLException("no client " + kept));
            StoredClient drop = find(c, gone).orElseThrow(() -> new SQLException("no client " + gone));
            int moved;
            try (PreparedStatement ps = c.prepareStatement("UPDATE consultations SET client_id=? WHERE client_id=?")) {
                ps.setString(1, kept.toString());
                ps.setString(2, gone.toString());
                moved = ps.executeUpdate();
            }
            // One person: the photo consent they gave under either record is theirs, the latest answer counting.
            try (PreparedStatement ps = c.prepareStatement("UPDATE photo_consent_events SET client_id=? WHERE client_id=?")) {
                ps.setString(1, kept.toString());
                ps.setString(2, gone.toString());
                ps.executeUpdate();
            }
            remove(c, gone);
            String detail = describe(drop.client()) + " (" + gone + ") merged into " + describe(keep.client())
                    + " (" + kept + "); " + moved + " consultation(s) moved";
            change(c, kept, ChangeKind.MERGED, actor, detail, now);
            change(c, gone, ChangeKind.MERGED, actor, detail, now);
            return keep;
        });
    }

    /**
     * Deletes a client who has no final consultation (e.g. one typed by mistake). Their unfinished drafts are kept,
     * no longer filed under anyone: the names typed in them stay. Refused while a final consultation names them.
     */
    public void delete(UUID id, String actor) throws RecordsFailure {
        Instant now = clock.instant();
        boolean deleted = db.write(Doing.DELETE_CLIENT, c -> {
            StoredClient client = find(c, id).orElseThrow(() -> new SQLException("no client " + id));
            if (finalConsultations(c, id) > 0) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE consultations SET client_id=NULL WHERE client_id=? "
                    + "AND status='DRAFT'")) {
                ps.setString(1, id.toString());
                ps.executeUpdate();
            }
            remove(c, id);
            change(c, id, ChangeKind.DELETED, actor, describe(client.client()), now);
            return true;
        });
        if (!deleted) {
            throw new RecordsFailure(Code.CLIENT_HAS_FINAL_CONSULTATIONS, Doing.DELETE_CLIENT, null);
        }
    }

    /** How many final consultations are filed under the client (a client with any cannot be deleted). */
    public int finalConsultations(UUID id) throws RecordsFailure {
        return db.read(Doing.COUNT_CLIENT_CONSULTATIONS, c -> finalConsultations(c, id));
    }

    public List<Change> changes(UUID id) throws RecordsFailure {
        return db.read(Doing.READ_CLIENT_HISTORY, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM client_events WHERE client_id=? ORDER BY at, id")) {
                ps.setString(1, id.toString());
                List<Change> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Change(id, ChangeKind.valueOf(rs.getString("kind")), rs.getString("actor"),
                                rs.getString("detail"), Instant.parse(rs.getString("at"))));
                    }
                }
                return out;
            }
        });
    }

    private static int finalConsultations(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM consultations WHERE client_id=? "
                + "AND status='FINAL'")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    private static void remove(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM client_tokens WHERE client_id=?")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM clients WHERE id=?")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
    }

    private static void change(Connection c, UUID id, ChangeKind kind, String actor, String detail, Instant at)
            throws SQLException {
        EventRows.insert(c, "client_events", "client_id", id, kind.name(), actor, detail, at);
    }

    private static String describe(Client client) {
        return client.firstName() + " " + client.lastName() + ", born " + client.dateOfBirth();
    }

    private static void bindClient(PreparedStatement ps, int at, Client client) throws SQLException {
        ps.setString(at, client.firstName().strip());
        ps.setString(at + 1, client.lastName().strip());
        ps.setString(at + 2, client.dateOfBirth().toString());
        ps.setString(at + 3, blankToNull(client.phone()));
        ps.setString(at + 4, blankToNull(client.email()));
        ps.setString(at + 5, SearchKeys.fold(client.firstName()));
        ps.setString(at + 6, SearchKeys.fold(client.lastName()));
    }

    private static void writeTokens(Connection c, UUID id, Client client) throws SQLException {
        String sortKey = SearchKeys.fold(client.lastName()) + "\u0001" + SearchKeys.fold(client.firstName()) + "\u0001"
                + client.dateOfBirth();
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO client_tokens (token, sort_key, client_id) "
                + "VALUES (?, ?, ?)")) {
            for (String token : SearchKeys.tokens(client.firstName(), client.lastName(), client.phone())) {
                ps.setString(1, token);
                ps.setString(2, sortKey);
                ps.setString(3, id.toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public Optional<StoredClient> find(UUID id) throws RecordsFailure {
        return db.read(Doing.OPEN_CLIENT, c -> find(c, id));
    }

    static Optional<StoredClient> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM clients WHERE id=?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(client(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Finds clients as the user types: name word prefixes in any order ("ana re", "reyes"), a date of birth
     * (2026-04-12, 4/12/1996, 12.4.1996), phone digits (from the start, the local number or the last four), or the
     * consultation number printed on a handout ("B23A1881").
     */
    public List<ClientMatch> search(String query, int limit) throws RecordsFailure {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        Optional<String> number = q.length() == 8 ? StoredConsultation.numberPrefix(q) : Optional.empty();
        if (number.isPresent()) {
            List<ClientMatch> byNumber = db.read(Doing.SEARCH_CLIENTS, c -> matches(c, "c.id IN (SELECT client_id FROM "
                    + "consultations WHERE id >= ? AND id < ?)", List.of(number.get(), number.get() + "."), limit, ""));
            if (!byNumber.isEmpty()) {
                // The number on a handout: whose consultation it is, ahead of any phone that shares the digits.
                List<ClientMatch> all = new ArrayList<>(byNumber);
                for (ClientMatch m : searchWords(q, limit)) {
                    if (all.size() < limit && all.stream().noneMatch(a -> a.id().equals(m.id()))) {
                        all.add(m);
                    }
                }
                return all;
            }
        }
        return searchWords(q, limit);
    }

    private List<ClientMatch> searchWords(String q, int limit) throws RecordsFailure {
        Optional<LocalDate> date = parseDate(q);
        String digits = SearchKeys.digits(q);
        List<String> words;
        if (date.isPresent()) {
            return db.read(Doing.SEARCH_CLIENTS, c -> matches(c, "c.date_of_birth = ?", List.of(date.get().toString()), limit, ""));
        } else if (digits.length() >= 3 && q.replaceAll("[\\d\\s+().-]", "").isEmpty()) {
            words = List.of("#" + digits);
        } else {
            words = SearchKeys.words(q);
            if (words.isEmpty()) {
                return List.of();
            }
        }
        return db.read(Doing.SEARCH_CLIENTS, c -> byWords(c, words, limit));
    }

    /** Up to this many distinct words under a prefix, their name-ordered index runs are merged; beyond, walk clients. */
    static final int MERGE_LIMIT = 128;

    /** Index entries counted per word prefix to pick the rarest word; {@link #WIDE_HITS} when every word reaches it. */
    static final int HITS = 2_000;
    static final int WIDE_HITS = 20_000;
    /** Another word's clients are read into a set when it has at most this many times the driving word's entries. */
    static final int SET_FACTOR = 10;
    /** ...and when the driving prefix covers at most this many distinct words (each a query of its own). */
    static final int SET_RUNS = 8;

    /**
     * The rarest word drives. Each distinct token under its prefix is a run already in name order in the index
     * (token, sort_key), so the first {@code limit} clients in name order are a merge of the runs' heads. When a
     * prefix spans very many tokens (phone digits), matches are dense and spread, so walking all clients in name
     * order stops early instead. Other words must match the same client: either looked up for each candidate (an
     * index seek, cheap while matches are dense: "amara a"), or, when the other word's entries are not many more
     * than the driver's, read once into a set (one range scan: "amara y", where a first name in common use meets a
     * rare last name, went from a seek for each of 3,000 clients, 60-150 ms with a cold cache, to 7 ms).
     */
    private static List<ClientMatch> byWords(Connection c, List<String> words, int limit) throws SQLException {
        int[] hits = new int[words.size()];
        int cap = HITS;
        int driverAt = 0;
        if (words.size() > 1) {
            for (int i = 0; i < hits.length; i++) {
                hits[i] = hits(c, words.get(i), cap);
            }
            if (Arrays.stream(hits).allMatch(h -> h >= HITS)) {
                cap = WIDE_HITS; // every word is common: count further, so the choices below are made on real sizes
                for (int i = 0; i < hits.length; i++) {
                    hits[i] = hits(c, words.get(i), cap);
                }
            }
            for (int i = 1; i < hits.length; i++) {
                if (hits[i] < hits[driverAt]) {
                    driverAt = i;
                }
            }
        }
        String driver = words.get(driverAt);
        List<String> tokens = distinctTokens(c, driver, MERGE_LIMIT + 1);
        // A set is read again each time the query runs: once per distinct word under the driver's prefix when they
        // are merged, once in all when clients are walked.
        boolean setsAllowed = tokens.size() <= SET_RUNS || tokens.size() > MERGE_LIMIT;
        StringBuilder others = new StringBuilder();
        List<String> otherArgs = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i == driverAt || w.equals(driver)) {
                continue;
            }
            if (setsAllowed && readAsSet(hits[i], hits[driverAt], cap)) {
                others.append(" AND d.client_id IN (SELECT t.client_id FROM client_tokens t WHERE t.token >= ? AND t.token < ?)");
            } else {
                others.append(" AND EXISTS (SELECT 1 FROM client_tokens t INDEXED BY client_tokens_by_client WHERE t.client_id = d.client_id "
                        + "AND t.token >= ? AND t.token < ?)");
            }
            otherArgs.add(w);
            otherArgs.add(w + SearchKeys.MAX);
        }
        TreeMap<String, String> merged = new TreeMap<>();
        if (tokens.size() <= MERGE_LIMIT) {
            String sql = "SELECT d.sort_key, d.client_id FROM client_tokens d WHERE d.token = ?" + others
                    + " ORDER BY d.sort_key, d.client_id LIMIT " + limit;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (String token : tokens) {
                    ps.setString(1, token);
                    for (int i = 0; i < otherArgs.size(); i++) {
                        ps.setString(i + 2, otherArgs.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            merged.putIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(2));
                        }
                    }
                }
            }
        } else {
            String sql = "SELECT c.last_key || char(1) || c.first_key || char(1) || c.date_of_birth, c.id "
                    + "FROM clients c INDEXED BY clients_by_name WHERE EXISTS (SELECT 1 FROM client_tokens d INDEXED BY client_tokens_by_client "
                    + "WHERE d.client_id = c.id AND d.token >= ? AND d.token < ?" + others + ") "
                    + "ORDER BY c.last_key, c.first_key, c.date_of_birth LIMIT " + limit;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, driver);
                ps.setString(2, driver + SearchKeys.MAX);
                for (int i = 0; i < otherArgs.size(); i++) {
                    ps.setString(i + 3, otherArgs.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        merged.putIfAbsent(rs.getString(1) + "\u0000" + rs.getString(2), rs.getString(2));
                    }
                }
            }
        }
        List<String> ids = merged.values().stream().distinct().limit(limit).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        return matches(c, "c.id IN (" + in + ")", ids, limit, "");
    }

    /** The distinct tokens under a prefix, found by index seeks (one per token), up to {@code max}. */
    private static List<String> distinctTokens(Connection c, String prefix, int max) throws SQLException {
        List<String> out = new ArrayList<>();
        String upper = prefix + SearchKeys.MAX;
        try (PreparedStatement first = c.prepareStatement("SELECT MIN(token) FROM client_tokens WHERE token >= ? AND token < ?");
             PreparedStatement next = c.prepareStatement("SELECT MIN(token) FROM client_tokens WHERE token > ? AND token < ?")) {
            first.setString(1, prefix);
            first.setString(2, upper);
            String t;
            try (ResultSet rs = first.executeQuery()) {
                t = rs.next() ? rs.getString(1) : null;
            }
            while (t != null && out.size() < max) {
                out.add(t);
                next.setString(1, t);
                next.setString(2, upper);
                try (ResultSet rs = next.executeQuery()) {
                    t = rs.next() ? rs.getString(1) : null;
                }
            }
        }
        return out;
    }

    /**
     * Whether a word other than the driving one is read once into a set of clients rather than looked up for each
     * candidate: only when its count is known (under {@code cap}) and at most {@link #SET_FACTOR} times the driver's.
     * A range scan costs about a twentieth of a seek per entry with a cold cache, but a set is read whole, while
     * seeks stop at the first {@code limit} matches.
     */
    static boolean readAsSet(int otherHits, int driverHits, int cap) {
        return otherHits < cap && otherHits <= (long) SET_FACTOR * Math.max(driverHits, 1);
    }

    /** How many index entries a word prefix hits, counted up to {@code cap} (enough to pick the rarest word). */
    private static int hits(Connection c, String word, int cap) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT 1 FROM client_tokens "
                + "WHERE token >= ? AND token < ? LIMIT " + cap + ")")) {
            ps.setString(1, word);
            ps.setString(2, word + SearchKeys.MAX);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        }
    }

    private static List<ClientMatch> matches(Connection c, String where, List<String> args, int limit, String indexHint)
            throws SQLException {
        String sql = "SELECT c.id, c.first_name, c.last_name, c.date_of_birth, c.phone, "
                + "(SELECT COUNT(*) FROM consultations k WHERE k.client_id = c.id) AS n, "
                + "(SELECT MAX(consulted_on) FROM consultations k WHERE k.client_id = c.id) AS last_on "
                + "FROM clients c " + indexHint + " WHERE " + where + " ORDER BY c.last_key, c.first_key, c.date_of_birth LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String a : args) {
                ps.setString(i++, a);
            }
            ps.setInt(i, limit);
            List<ClientMatch> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String last = rs.getString("last_on");
                    out.add(new ClientMatch(UUID.fromString(rs.getString("id")), rs.getString("first_name"),
                            rs.getString("last_name"), LocalDate.parse(rs.getString("date_of_birth")),
                            rs.getString("phone"), rs.getInt("n"), last == null ? null : LocalDate.parse(last)));
                }
            }
            return out;
        }
    }

    /** Clients with the same name (ignoring accents and case) and date of birth: probably the same person. */
    public List<StoredClient> duplicatesOf(Client client) throws RecordsFailure {
        return db.read(Doing.FIND_DUPLICATE_CLIENTS, c -> duplicates(c, client));
    }

    static List<StoredClient> duplicates(Connection c, Client client) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM clients WHERE last_key=? AND first_key=? "
                + "AND date_of_birth=? ORDER BY created_at")) {
            ps.setString(1, SearchKeys.fold(client.lastName()));
            ps.setString(2, SearchKeys.fold(client.firstName()));
            ps.setString(3, client.dateOfBirth().toString());
            List<StoredClient> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(client(rs));
                }
            }
            return out;
        }
    }

    /** The existing client with this name and birth date, or a new one (import keeps one client's visits together). */
    StoredClient findOrCreate(Connection c, Client client, Instant now) throws SQLException {
        List<StoredClient> same = duplicates(c, client);
        if (!same.isEmpty()) {
            return same.get(0);
        }
        UUID id = UUID.randomUUID();
        insert(c, id, client, now, now);
        return new StoredClient(id, client, now, now);
    }

    public int count() throws RecordsFailure {
        return db.read(Doing.COUNT_CLIENTS, c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM clients")) {
                return rs.getInt(1);
            }
        });
    }

    static StoredClient client(ResultSet rs) throws SQLException {
        return new StoredClient(UUID.fromString(rs.getString("id")), new Client(rs.getString("first_name"),
                rs.getString("last_name"), LocalDate.parse(rs.getString("date_of_birth")), rs.getString("phone"),
                rs.getString("email")), Instant.parse(rs.getString("created_at")), Instant.parse(rs.getString("updated_at")));
    }

    static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter f : DATE_INPUTS) {
            try {
                return Optional.of(LocalDate.parse(text, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
