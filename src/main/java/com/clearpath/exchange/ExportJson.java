package com.clearpath.exchange;

import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Problem;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The export file ({@code clearpath.export/1}): every consultation with its intake and plan. Writing streams, so
 * exports of years of records stay small in memory. Reading validates every intake before anything is imported.
 * A single intake file is accepted too; its id is derived from its content, so importing it twice adds it once.
 */
public final class ExportJson {
    public static final String FORMAT = "clearpath.export/1";
    private static final ObjectMapper MAPPER = Json.mapper();

    private ExportJson() {
    }

    /** One consultation in an export file. {@code plan} is null when the file had none (the engine computes it). */
    public record Entry(UUID id, ConsultationStatus status, Intake intake, Plan plan, List<PlanOverride> overrides,
                        UUID correctsId, Instant createdAt, Instant updatedAt) {
        public Entry {
            overrides = overrides == null ? List.of() : List.copyOf(overrides);
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

        public Writer(OutputStream out, Instant exportedAt) throws IOException {
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
            gen.writeEndObject();
        }

        @Override
        public void close() throws IOException {
            gen.writeEndArray();
            gen.writeEndObject();
            gen.close();
        }
    }

    /** Reads an export file or a single intake; {@code now} fills missing timestamps. */
    public static Read read(byte[] bytes, LocalDate today, Instant now) {
        JsonNode root;
        try {
            root = MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return new Read(List.of(), List.of(IntakeJson.syntaxProblem("", e)));
        }
        if (root == null || !root.isObject()) {
            return new Read(List.of(), List.of(new Problem("", "must be a JSON object (clearpath.export/1 or clearpath.intake/1)")));
        }
        String format = root.path("format").asText("");
        if (Intake.FORMAT.equals(format)) {
            IntakeJson.Read r = IntakeJson.read(root, "", today);
            if (!r.valid()) {
                return new Read(List.of(), r.problems());
            }
            UUID id = UUID.nameUUIDFromBytes(Json.pretty(IntakeJson.toNode(r.intake())).getBytes(StandardCharsets.UTF_8));
            return new Read(List.of(new Entry(id, ConsultationStatus.FINAL, r.intake(), null, List.of(), null, now, now)),
                    List.of());
        }
        if (!FORMAT.equals(format)) {
            return new Read(List.of(), List.of(new Problem("format", "must be \"" + FORMAT + "\" or \"" + Intake.FORMAT
                    + "\" (got \"" + format + "\")")));
        }
        JsonNode list = root.path("consultations");
        if (!list.isArray()) {
            return new Read(List.of(), List.of(new Problem("consultations", "must be a list")));
        }
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "consultations[" + i + "]";
            JsonNode n = list.get(i);
            if (!n.isObject()) {
                problems.add(new Problem(at, "must be an object with an id and an intake"));
                continue;
            }
            UUID id = null;
            try {
                id = UUID.fromString(n.path("id").asText(""));
                if (!seen.add(id)) {
                    problems.add(new Problem(at + ".id", "appears twice in the file"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(at + ".id", "is required and must be a UUID"));
            }
            ConsultationStatus status = ConsultationStatus.FINAL;
            if (n.hasNonNull("status")) {
                try {
                    status = ConsultationStatus.valueOf(n.get("status").asText());
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(at + ".status", "must be DRAFT or FINAL"));
                }
            }
            Intake intake = null;
            if (!n.has("intake") || !n.get("intake").isObject()) {
                problems.add(new Problem(at + ".intake", "is required"));
            } else {
                IntakeJson.Read r = IntakeJson.read(n.get("intake"), at + ".intake", today);
                problems.addAll(r.problems());
                intake = r.intake();
            }
            Plan plan = null;
            if (n.hasNonNull("plan")) {
                try {
                    plan = PlanJson.fromNode(n.get("plan"));
                } catch (IllegalArgumentException | NullPointerException e) {
                    problems.add(new Problem(at + ".plan", "is not a valid clearpath.plan/1 plan"));
                }
            }
            List<PlanOverride> overrides = OverrideJson.fromNode(n.get("overrides"), at + ".overrides", problems);
            UUID corrects = uuidOrNull(n, "correctsId", at, problems);
            Instant created = instantOr(n, "createdAt", now, at, problems);
            Instant updated = instantOr(n, "updatedAt", created, at, problems);
            if (id != null && intake != null) {
                entries.add(new Entry(id, status, intake, plan, overrides, corrects, created, updated));
            }
        }
        return problems.isEmpty() ? new Read(entries, List.of()) : new Read(List.of(), problems);
    }

    private static UUID uuidOrNull(JsonNode n, String field, String at, List<Problem> problems) {
        if (!n.hasNonNull(field)) {
            return null;
        }
        try {
            return UUID.fromString(n.get(field).asText());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(at + "." + field, "must be a UUID"));
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
            problems.add(new Problem(at + "." + field, "must be a timestamp like 2026-11-22T15:04:05Z"));
            return fallback;
        }
    }
}
