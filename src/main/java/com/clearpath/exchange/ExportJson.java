package com.clearpath.exchange;

import com.clearpath.domain.ConsentRecord;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.OverrideRules;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.SignedConsent;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The export file ({@code clearpath.export/1}): every consultation with its intake and plan, and the app's own
 * additions ({@link RecordsJson}: photos as listed, treatment sessions, the client's photo consent). Writing and reading
 * both stream, so exports of years of records stay small in memory; reading checks every consultation as it goes.
 * A single intake file is accepted too; its id is derived from its content, so importing it twice adds it once.
 */
public final class ExportJson {
    public static final String FORMAT = "clearpath.export/1";
    private static final ObjectMapper MAPPER = Json.mapper();

    private ExportJson() {
    }

    /** One consultation in an export file. {@code plan} is null when the file had none (the engine computes it). */
    public record Entry(UUID id, ConsultationStatus status, Intake intake, Plan plan, List<PlanOverride> overrides,
                        UUID correctsId, Instant createdAt, Instant updatedAt, List<Photo> photos,
                        List<RecordedSession> sessions, List<PhotoConsent.Event> photoConsent,
                        List<ConsentRecord> consents) {
        public Entry {
            consents = consents == null ? List.of() : List.copyOf(consents);
            overrides = overrides == null ? List.of() : List.copyOf(overrides);
            photos = photos == null ? List.of() : List.copyOf(photos);
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
            photoConsent = photoConsent == null ? List.of() : List.copyOf(photoConsent);
        }

        /** A consultation without signed treatment consents. */
        public Entry(UUID id, ConsultationStatus status, Intake intake, Plan plan, List<PlanOverride> overrides,
                     UUID correctsId, Instant createdAt, Instant updatedAt, List<Photo> photos,
                     List<RecordedSession> sessions, List<PhotoConsent.Event> photoConsent) {
            this(id, status, intake, plan, overrides, correctsId, createdAt, updatedAt, photos, sessions, photoConsent,
                    List.of());
        }

        /** A consultation without photos, sessions or photo consent. */
        public Entry(UUID id, ConsultationStatus status, Intake intake, Plan plan, List<PlanOverride> overrides,
                     UUID correctsId, Instant createdAt, Instant updatedAt) {
            this(id, status, intake, plan, overrides, correctsId, createdAt, updatedAt, List.of(), List.of(),
                    List.of(), List.of());
        }
    }

    /** Reading outcome: the entries if every one is valid, otherwise every problem with its path. */
    public record Read(List<Entry> entries, List<Problem> problems) {
        public Read {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Streams an export: call {@link Writer#write} per consultation, then {@link Writer#close}. */
    public static final class Writer implements AutoCloseable {
        private final JsonGenerator gen;
        private final Consumer<Photo> photos;
        private final Consumer<SignedConsent> consents;

        public Writer(OutputStream out, Instant exportedAt) throws IOException {
            this(out, exportedAt, p -> { }, c -> { });
        }

        /** {@code photos} is told of each photo listed, so an archive can add its file after the JSON. */
        public Writer(OutputStream out, Instant exportedAt, Consumer<Photo> photos) throws IOException {
            this(out, exportedAt, photos, c -> { });
        }

        /** {@code consents} is told of each signed consent listed, so an archive can add its document too. */
        public Writer(OutputStream out, Instant exportedAt, Consumer<Photo> photos, Consumer<SignedConsent> consents)
                throws IOException {
            this.photos = photos;
            this.consents = consents;
            gen = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
            gen.useDefaultPrettyPrinter();
            gen.writeStartObject();
            gen.writeStringField("format", FORMAT);
            gen.writeStringField("exportedAt", exportedAt.toString());
            gen.writeArrayFieldStart("consultations");
        }

        public void write(Entry e) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("id", e.id().toString());
            gen.writeStringField("status", e.status().name());
            gen.writeFieldName("intake");
            MAPPER.writeTree(gen, IntakeJson.toNode(e.intake()));
            if (e.plan() != null) {
                gen.writeFieldName("plan");
                MAPPER.writeTree(gen, PlanJson.toNode(e.plan()));
            }
            gen.writeFieldName("overrides");
            MAPPER.writeTree(gen, OverrideJson.toNode(e.overrides()));
            if (e.correctsId() != null) {
                gen.writeStringField("correctsId", e.correctsId().toString());
            }
            if (e.createdAt() != null) {
                gen.writeStringField("createdAt", e.createdAt().toString());
            }
            if (e.updatedAt() != null) {
                gen.writeStringField("updatedAt", e.updatedAt().toString());
            }
            if (!e.photos().isEmpty()) {
                gen.writeFieldName("photos");
                MAPPER.writeTree(gen, RecordsJson.photos(e.photos()));
                e.photos().forEach(photos);
            }
            if (!e.sessions().isEmpty()) {
                gen.writeFieldName("sessions");
                MAPPER.writeTree(gen, RecordsJson.sessions(e.sessions()));
            }
            if (!e.photoConsent().isEmpty()) {
                gen.writeFieldName("photoConsent");
                MAPPER.writeTree(gen, RecordsJson.consent(e.photoConsent()));
            }
            if (!e.consents().isEmpty()) {
                gen.writeFieldName("consents");
                MAPPER.writeTree(gen, RecordsJson.consents(e.consents()));
                e.consents().forEach(r -> consents.accept(r.consent()));
            }
            gen.writeEndObject();
        }

        @Override
        public void close() throws IOException {
            gen.writeEndArray();
            gen.writeEndObject();
            gen.close();
        }
    }

    /** What checking a whole file found: how many consultations it holds, and every problem (capped). */
    public record Checked(int count, List<Problem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Takes each consultation of a file as it is read. */
    @FunctionalInterface
    public interface Sink<X extends Exception> {
        void accept(Entry entry) throws X;
    }

    /** Reads an export file or a single intake held in memory; {@code now} fills missing timestamps. */
    public static Read read(byte[] bytes, LocalDate today, Instant now) {
        List<Entry> entries = new ArrayList<>();
        try {
            Checked c = read(new ByteArrayInputStream(bytes), today, now, entries::add);
            return c.valid() ? new Read(entries, List.of()) : new Read(List.of(), c.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an export file or a single intake as a stream, in memory that does not grow with the file: each
     * consultation is read, checked and handed to {@code sink} before the next is read. Every problem in the file is
     * found (up to {@value #MAX_PROBLEMS}), but once one is found no further consultation reaches the sink, and some
     * may have reached it before; a caller that must import all or nothing undoes what the sink did when the result
     * is not {@link Checked#valid() valid}.
     *
     * @throws IOException only when the stream itself fails; bad content is a problem in the result
     */
    public static <X extends Exception> Checked read(InputStream in, LocalDate today, Instant now, Sink<X> sink)
            throws IOException, X {
        return new StreamRead<>(today, now, sink).run(in);
    }

    /** At most this many problems are listed; a file with more says how many more there were. */
    public static final int MAX_PROBLEMS = 500;
    /** The most one consultation (intake, plan, overrides) may take as JSON, checked while it is read. */
    public static final int CONSULTATION_MAX_BYTES = 1024 * 1024;

    private static final class StreamRead<X extends Exception> {
        private final LocalDate today;
        private final Instant now;
        private final Sink<X> sink;
        private final List<Problem> problems = new ArrayList<>();
        private final Set<UUID> seen = new HashSet<>();
        private int more;
        private int count;

        StreamRead(LocalDate today, Instant now, Sink<X> sink) {
            this.today = today;
            this.now = now;
            this.sink = sink;
        }

        private void problem(Problem p) {
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(p);
            } else {
                more++;
            }
        }

        private boolean clean() {
            return problems.isEmpty() && more == 0;
        }

        Checked run(InputStream in) throws IOException, X {
            JsonParser p = null;
            try (JsonParser parser = JsonInput.FACTORY.createParser(in)) {
                p = parser;
                body(parser);
            } catch (JsonProcessingException e) {
                problem(JsonInput.syntaxProblem(e, p));
            }
            List<Problem> all = new ArrayList<>(problems);
            if (more > 0) {
                all.add(Problem.of("", more == 1 ? ProblemCode.MORE_PROBLEM : ProblemCode.MORE_PROBLEMS, more,
                        MAX_PROBLEMS));
            }
            return new Checked(count, all);
        }

        private void body(JsonParser p) throws IOException, X {
            JsonToken t = p.nextToken();
            if (t == null) {
                problem(Problem.of("", ProblemCode.FILE_EMPTY));
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                problem(Problem.of("", ProblemCode.MUST_BE_EXPORT_OBJECT));
                return;
            }
            // Everything but the consultations list is small and kept; for a single intake it is the intake.
            ObjectNode rest = JsonNodeFactory.instance.objectNode();
            long restBytes = 0;
            String format = null;
            boolean listed = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                t = p.nextToken();
                if (name.equals("consultations") && !Intake.FORMAT.equals(format)) {
                    listed = true;
                    if (t != JsonToken.START_ARRAY) {
                        problem(Problem.of("consultations", ProblemCode.MUST_BE_LIST));
                        p.skipChildren();
                        continue;
                    }
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        entry(p, i);
                    }
                    continue;
                }
                long start = JsonInput.offset(p.currentTokenLocation());
                JsonNode value = JsonInput.read(p, IntakeValidator.INTAKE_MAX_BYTES - restBytes);
                if (value == null) {
                    problem(IntakeJson.tooLarge("(json)"));
                    return;
                }
                restBytes += JsonInput.offset(p.currentLocation()) - start;
                rest.set(name, value);
                if (name.equals("format")) {
                    format = value.isTextual() ? value.textValue() : "";
                }
            }
            if (p.nextToken() != null) {
                problem(JsonInput.trailing(p));
                return;
            }
            if (Intake.FORMAT.equals(format)) {
                if (listed) {
                    problem(Problem.of("consultations", ProblemCode.SINGLE_INTAKE_LISTED, Intake.FORMAT, FORMAT));
                    return;
                }
                IntakeJson.Read r = IntakeJson.read(rest, "", today);
                if (!r.valid()) {
                    r.problems().forEach(this::problem);
                    return;
                }
                UUID id = UUID.nameUUIDFromBytes(Json.pretty(IntakeJson.toNode(r.intake())).getBytes(StandardCharsets.UTF_8));
                count++;
                sink.accept(new Entry(id, ConsultationStatus.FINAL, r.intake(), null, List.of(), null, now, now));
                return;
            }
            if (!FORMAT.equals(format)) {
                problem(Problem.of("format", ProblemCode.EXPORT_FORMAT_WRONG, FORMAT, Intake.FORMAT,
                        format == null ? "" : format));
                return;
            }
            if (!listed) {
                problem(Problem.of("consultations", ProblemCode.MUST_BE_LIST));
            }
        }

        /** One consultation: read within its size limit, checked, and handed on while the file is clean. */
        private void entry(JsonParser p, int i) throws IOException, X {
            String at = "consultations[" + i + "]";
            count++;
            if (p.currentToken() != JsonToken.START_OBJECT) {
                problem(Problem.of(at, ProblemCode.CONSULTATION_NOT_AN_OBJECT));
                p.skipChildren();
                return;
            }
            long start = JsonInput.offset(p.currentTokenLocation());
            ObjectNode n = JsonNodeFactory.instance.objectNode();
            boolean tooLarge = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (tooLarge) {
                    p.skipChildren();
                    continue;
                }
                long left = CONSULTATION_MAX_BYTES - (JsonInput.offset(p.currentTokenLocation()) - start);
                boolean intake = name.equals("intake");
                long limit = intake ? Math.min(left, IntakeValidator.INTAKE_MAX_BYTES) : left;
                JsonNode value = JsonInput.read(p, limit);
                if (value == null) {
                    tooLarge = true;
                    problem(intake && limit == IntakeValidator.INTAKE_MAX_BYTES ? IntakeJson.tooLarge(at + ".intake")
                            : Problem.of(at, ProblemCode.CONSULTATION_TOO_LARGE, CONSULTATION_MAX_BYTES / 1024));
                } else {
                    n.set(name, value);
                }
            }
            if (!tooLarge) {
                check(n, at);
            }
        }

        private void check(JsonNode n, String at) throws X {
            int before = problems.size() + more;
            List<Problem> found = new ArrayList<>();
            UUID id = null;
            try {
                id = UUID.fromString(n.path("id").asText(""));
                if (!seen.add(id)) {
                    found.add(Problem.of(at + ".id", ProblemCode.APPEARS_TWICE_IN_FILE));
                }
            } catch (IllegalArgumentException e) {
                found.add(Problem.of(at + ".id", ProblemCode.UUID_REQUIRED));
            }
            ConsultationStatus status = ConsultationStatus.FINAL;
            if (n.hasNonNull("status")) {
                try {
                    status = ConsultationStatus.valueOf(n.get("status").asText());
                } catch (IllegalArgumentException e) {
                    found.add(Problem.of(at + ".status", ProblemCode.STATUS_WRONG));
                }
            }
            Intake intake = null;
            if (!n.has("intake") || !n.get("intake").isObject()) {
                found.add(Problem.of(at + ".intake", ProblemCode.REQUIRED));
            } else {
                IntakeJson.Read r = IntakeJson.read(n.get("intake"), at + ".intake", today);
                found.addAll(r.problems());
                intake = r.intake();
            }
            Plan plan = null;
            if (n.hasNonNull("plan")) {
                try {
                    plan = PlanJson.fromNode(n.get("plan"));
                } catch (IllegalArgumentException | NullPointerException e) {
                    found.add(Problem.of(at + ".plan", ProblemCode.PLAN_NOT_VALID));
                }
            }
            List<PlanOverride> overrides = OverrideJson.fromNode(n.get("overrides"), at + ".overrides", found);
            if (plan != null && found.isEmpty()) {
                // The overrides were agreed on the plan filed with them; the same rules as in the wizard.
                found.addAll(OverrideRules.problems(plan, overrides, at + ".overrides"));
            }
            UUID corrects = uuidOrNull(n, "correctsId", at, found);
            Instant created = instantOr(n, "createdAt", now, at, found);
            Instant updated = instantOr(n, "updatedAt", created, at, found);
            List<Photo> photos = RecordsJson.photos(n.get("photos"), at + ".photos", id, found);
            List<RecordedSession> sessions = RecordsJson.sessions(n.get("sessions"), at + ".sessions", id, found);
            List<PhotoConsent.Event> consent = RecordsJson.consent(n.get("photoConsent"), at + ".photoConsent", found);
            List<ConsentRecord> signed = RecordsJson.consents(n.get("consents"), at + ".consents", id, found);
            found.forEach(this::problem);
            if (before == 0 && found.isEmpty() && id != null && intake != null) {
                sink.accept(new Entry(id, status, intake, plan, overrides, corrects, created, updated, photos,
                        sessions, consent, signed));
            }
        }
    }

    private static UUID uuidOrNull(JsonNode n, String field, String at, List<Problem> problems) {
        if (!n.hasNonNull(field)) {
            return null;
        }
        try {
            return UUID.fromString(n.get(field).asText());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(at + "." + field, ProblemCode.MUST_BE_UUID));
            return null;
        }
    }

    private static Instant instantOr(JsonNode n, String field, Instant fallback, String at, List<Problem> problems) {
        if (!n.hasNonNull(field)) {
            return fallback;
        }
        try {
            return Instant.parse(n.get(field).asText());
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(at + "." + field, ProblemCode.MUST_BE_TIMESTAMP));
            return fallback;
        }
    }
}
