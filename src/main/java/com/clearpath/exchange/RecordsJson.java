package com.clearpath.exchange;

import com.clearpath.domain.ConsentRecord;
import com.clearpath.domain.ConsentVersion;
import com.clearpath.domain.ConsentWithdrawal;
import com.clearpath.domain.Language;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.SignedConsent;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.Zone;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a consultation carries in an export besides its intake and plan (the app's own fields): its photos as
 * listed in the records (each naming its file in a records archive, with its SHA-256), its treatment sessions, the
 * photo consent trail of its client, and its signed treatment consents (each naming its document, with its SHA-256).
 */
public final class RecordsJson {
    /** Where a photo's original is in a records archive. */
    public static String file(Photo p) {
        return "photos/" + p.id() + "." + p.format();
    }

    private RecordsJson() {
    }

    // ---------------------------------------------------------------- writing

    /** Signed consents with their withdrawals; each names its document's entry in a records archive and its hash. */
    public static ArrayNode consents(List<ConsentRecord> consents) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (ConsentRecord r : consents) {
            SignedConsent c = r.consent();
            ObjectNode n = a.addObject();
            n.put("id", c.id().toString());
            n.put("clientId", c.clientId().toString());
            ObjectNode versions = n.putObject("versions");
            new EnumMap<>(c.versions()).forEach((t, v) -> versions.put(t.name(), v.code()));
            n.put("language", c.language().code());
            n.put("signedAt", c.signedAt().toString());
            n.put("clientName", c.clientName());
            n.put("practitionerName", c.practitionerName());
            n.put("practitionerSigned", c.practitionerSigned());
            n.put("file", c.file());
            n.put("bytes", c.bytes());
            n.put("sha256", c.sha256());
            if (c.recordedBy() != null) {
                n.put("recordedBy", c.recordedBy());
            }
            r.withdrawal().ifPresent(w -> {
                ObjectNode o = n.putObject("withdrawn");
                o.put("reason", w.reason());
                if (w.actor() != null) {
                    o.put("actor", w.actor());
                }
                o.put("at", w.at().toString());
            });
        }
        return a;
    }

    public static ArrayNode photos(List<Photo> photos) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (Photo p : photos) {
            ObjectNode n = a.addObject();
            n.put("id", p.id().toString());
            n.put("view", p.view().name());
            p.zone().ifPresent(z -> n.put("zone", z.name()));
            if (p.takenOn() != null) {
                n.put("takenOn", p.takenOn().toString());
            }
            n.put("addedAt", p.addedAt().toString());
            n.put("format", p.format());
            n.put("bytes", p.bytes());
            n.put("sha256", p.sha256());
            n.put("width", p.width());
            n.put("height", p.height());
            n.put("orientation", p.orientation());
            n.put("file", file(p));
        }
        return a;
    }

    public static ArrayNode sessions(List<RecordedSession> sessions) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (RecordedSession r : sessions) {
            TreatmentSession s = r.session();
            ObjectNode n = a.addObject();
            n.put("id", r.id().toString());
            n.put("performedOn", s.performedOn().toString());
            n.put("treatment", s.treatment().name());
            n.put("practitioner", s.practitioner());
            ArrayNode zones = n.putArray("zones");
            s.zones().forEach(z -> zones.add(z.name()));
            n.put("device", s.device());
            ObjectNode settings = n.putObject("settings");
            s.settings().forEach(settings::put);
            n.put("fillerProduct", s.fillerProduct());
            n.put("fillerLot", s.fillerLot());
            n.put("anaesthetic", s.anaesthetic());
            n.put("immediateReaction", s.immediateReaction());
            n.put("notes", s.notes());
            s.nextVisit().ifPresent(d -> n.put("nextVisit", d.toString()));
            r.correctsId().ifPresent(id -> n.put("correctsId", id.toString()));
            n.put("recordedAt", r.recordedAt().toString());
            n.put("recordedBy", r.recordedBy());
        }
        return a;
    }

    public static ArrayNode consent(List<PhotoConsent.Event> events) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (PhotoConsent.Event e : events) {
            ObjectNode n = a.addObject();
            n.put("kind", e.kind().name());
            n.put("actor", e.actor());
            if (e.detail() != null) {
                n.put("detail", e.detail());
            }
            n.put("at", e.at().toString());
        }
        return a;
    }

    // ---------------------------------------------------------------- reading

    /** The photos listed at {@code at}, of consultation {@code consultationId}; problems are added to {@code found}. */
    public static List<Photo> photos(JsonNode list, String at, UUID consultationId, List<Problem> found) {
        List<Photo> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : items(list, at, found)) {
            Fields f = new Fields(n, at + "[" + i++ + "]", found);
            UUID id = f.uuid("id");
            PhotoView view = f.code("view", PhotoView.class);
            Optional<Zone> zone = n.hasNonNull("zone") ? Optional.ofNullable(f.code("zone", Zone.class)) : Optional.empty();
            LocalDate takenOn = n.hasNonNull("takenOn") ? f.date("takenOn") : null;
            Instant added = f.instant("addedAt");
            String format = f.text("format");
            if (format != null && !format.equals("jpg") && !format.equals("png")) {
                f.problem("format", ProblemCode.UNKNOWN_CODE_EXPECTED, format, "jpg, png");
                format = null;
            }
            long bytes = f.number("bytes");
            String sha = f.text("sha256");
            if (sha != null && !sha.matches("[0-9a-f]{64}")) {
                f.problem("sha256", ProblemCode.SHA256_WRONG);
                sha = null;
            }
            long width = f.number("width");
            long height = f.number("height");
            long orientation = n.has("orientation") ? f.number("orientation") : 1;
            if (f.clean() && consultationId != null) {
                Photo p = new Photo(id, consultationId, null, view, zone, takenOn, added, format, bytes, sha,
                        (int) width, (int) height, (int) orientation);
                if (n.hasNonNull("file") && !file(p).equals(n.get("file").asText())) {
                    f.problem("file", ProblemCode.PHOTO_FILE_NAME_WRONG, file(p));
                } else {
                    out.add(p);
                }
            }
        }
        return out;
    }

    public static List<RecordedSession> sessions(JsonNode list, String at, UUID consultationId, List<Problem> found) {
        List<RecordedSession> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : items(list, at, found)) {
            Fields f = new Fields(n, at + "[" + i++ + "]", found);
            UUID id = f.uuid("id");
            LocalDate on = f.date("performedOn");
            Treatment treatment = f.code("treatment", Treatment.class);
            List<Zone> zones = new ArrayList<>();
            for (JsonNode z : items(n.get("zones"), f.at + ".zones", found, false)) {
                try {
                    zones.add(Zone.valueOf(z.asText()));
                } catch (IllegalArgumentException e) {
                    f.problem("zones", ProblemCode.UNKNOWN_CODE, z.asText());
                }
            }
            Map<String, String> settings = new LinkedHashMap<>();
            JsonNode s = n.get("settings");
            if (s != null && !s.isNull()) {
                if (s.isObject()) {
                    s.fields().forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
                } else {
                    f.problem("settings", ProblemCode.MUST_BE_OBJECT);
                }
            }
            UUID corrects = n.hasNonNull("correctsId") ? f.uuid("correctsId") : null;
            // Archives written before a next visit could be booked have none.
            LocalDate nextVisit = n.hasNonNull("nextVisit") ? f.date("nextVisit") : null;
            Instant recorded = f.instant("recordedAt");
            if (f.clean() && consultationId != null) {
                TreatmentSession ts = new TreatmentSession(on, treatment, f.optional("practitioner"), zones,
                        f.optional("device"), settings, f.optional("fillerProduct"), f.optional("fillerLot"),
                        f.optional("anaesthetic"), f.optional("immediateReaction"), f.optional("notes"),
                        Optional.ofNullable(nextVisit));
                out.add(new RecordedSession(id, consultationId, ts, Optional.ofNullable(corrects), recorded,
                        f.optional("recordedBy")));
            }
        }
        return out;
    }

    /** The consents of the consultation {@code consultationId}; each document must be {@code consents/<id>.pdf}. */
    public static List<ConsentRecord> consents(JsonNode list, String at, UUID consultationId, List<Problem> found) {
        List<ConsentRecord> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : items(list, at, found)) {
            Fields f = new Fields(n, at + "[" + i++ + "]", found);
            UUID id = f.uuid("id");
            UUID client = f.uuid("clientId");
            Map<Treatment, ConsentVersion> versions = new EnumMap<>(Treatment.class);
            JsonNode v = n.get("versions");
            if (v == null || !v.isObject() || v.isEmpty()) {
                f.problem("versions", ProblemCode.MUST_BE_OBJECT);
            } else {
                v.fields().forEachRemaining(e -> {
                    try {
                        versions.put(Treatment.valueOf(e.getKey()), ConsentVersion.parse(e.getValue().asText()));
                    } catch (IllegalArgumentException x) {
                        f.problem("versions." + e.getKey(), ProblemCode.UNKNOWN_CODE, e.getKey() + "="
                                + e.getValue().asText());
                    }
                });
            }
            Language language = null;
            String code = f.text("language");
            try {
                language = code == null ? null : Language.fromCode(code);
            } catch (IllegalArgumentException e) {
                f.problem("language", ProblemCode.UNKNOWN_CODE, code);
            }
            Instant signed = f.instant("signedAt");
            String clientName = f.text("clientName");
            String practitioner = f.text("practitionerName");
            String file = f.text("file");
            long bytes = f.number("bytes");
            String sha = f.text("sha256");
            if (sha != null && !sha.matches("[0-9a-f]{64}")) {
                f.problem("sha256", ProblemCode.SHA256_WRONG);
            }
            if (id != null && file != null && !file.equals(SignedConsent.fileFor(id))) {
                f.problem("file", ProblemCode.PHOTO_FILE_NAME_WRONG, SignedConsent.fileFor(id));
            }
            Optional<ConsentWithdrawal> withdrawal = Optional.empty();
            JsonNode w = n.get("withdrawn");
            if (w != null && !w.isNull()) {
                Fields wf = new Fields(w, f.at + ".withdrawn", found);
                String reason = wf.text("reason");
                Instant when = wf.instant("at");
                if (wf.clean() && id != null) {
                    withdrawal = Optional.of(new ConsentWithdrawal(id, reason, w.hasNonNull("actor")
                            ? w.get("actor").asText() : null, when));
                }
            }
            if (f.clean() && consultationId != null) {
                out.add(new ConsentRecord(new SignedConsent(id, consultationId, client, versions, language, signed,
                        clientName, practitioner, n.path("practitionerSigned").asBoolean(false), file, sha, bytes,
                        n.hasNonNull("recordedBy") ? n.get("recordedBy").asText() : null), withdrawal));
            }
        }
        return out;
    }

    public static List<PhotoConsent.Event> consent(JsonNode list, String at, List<Problem> found) {
        List<PhotoConsent.Event> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : items(list, at, found)) {
            Fields f = new Fields(n, at + "[" + i++ + "]", found);
            PhotoConsent.Kind kind = f.code("kind", PhotoConsent.Kind.class);
            Instant when = f.instant("at");
            if (f.clean()) {
                out.add(new PhotoConsent.Event(null, kind, f.optional("actor"),
                        n.hasNonNull("detail") ? n.get("detail").asText() : null, when));
            }
        }
        return out;
    }

    private static List<JsonNode> items(JsonNode list, String at, List<Problem> found) {
        return items(list, at, found, true);
    }

    /** The list's items; with {@code objects}, those that are not objects are problems instead. */
    private static List<JsonNode> items(JsonNode list, String at, List<Problem> found, boolean objects) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            found.add(Problem.of(at, ProblemCode.MUST_BE_LIST));
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : list) {
            if (n.isObject() || !objects) {
                out.add(n);
            } else {
                found.add(Problem.of(at + "[" + i + "]", ProblemCode.MUST_BE_OBJECT));
            }
            i++;
        }
        return out;
    }

    /** One object's fields, each read with its own problem at its own path. */
    private static final class Fields {
        private final JsonNode n;
        private final String at;
        private final List<Problem> found;
        private final int before;

        Fields(JsonNode n, String at, List<Problem> found) {
            this.n = n;
            this.at = at;
            this.found = found;
            this.before = found.size();
        }

        boolean clean() {
            return found.size() == before;
        }

        void problem(String field, ProblemCode code, Object... args) {
            found.add(Problem.of(at + "." + field, code, args));
        }

        private JsonNode required(String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                problem(field, ProblemCode.REQUIRED);
                return null;
            }
            return v;
        }

        String text(String field) {
            JsonNode v = required(field);
            if (v != null && !v.isTextual()) {
                problem(field, ProblemCode.MUST_BE_TEXT);
                return null;
            }
            return v == null ? null : v.textValue();
        }

        String optional(String field) {
            JsonNode v = n.get(field);
            return v == null || v.isNull() ? "" : v.asText();
        }

        UUID uuid(String field) {
            String s = text(field);
            try {
                return s == null ? null : UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                problem(field, ProblemCode.MUST_BE_UUID);
                return null;
            }
        }

        Instant instant(String field) {
            String s = text(field);
            try {
                return s == null ? null : Instant.parse(s);
            } catch (DateTimeParseException e) {
                problem(field, ProblemCode.MUST_BE_TIMESTAMP);
                return null;
            }
        }

        LocalDate date(String field) {
            String s = text(field);
            try {
                return s == null ? null : LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                problem(field, ProblemCode.NOT_A_DATE, s);
                return null;
            }
        }

        long number(String field) {
            JsonNode v = required(field);
            if (v != null && (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0)) {
                problem(field, ProblemCode.MUST_BE_WHOLE_NUMBER_GOT, v.toString());
                return 0;
            }
            return v == null ? 0 : v.asLong();
        }

        <E extends Enum<E>> E code(String field, Class<E> type) {
            String s = text(field);
            try {
                return s == null ? null : Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                problem(field, ProblemCode.UNKNOWN_CODE, s);
                return null;
            }
        }
    }
}
