package com.clearpath.store;

import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.KeptDraft;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Problem;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.exchange.IntakeJson;
import com.clearpath.exchange.Json;
import com.clearpath.exchange.OverrideJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drafts kept as files when the database could not take them (read-only, locked, disk full) and the app was closed
 * anyway: {@code unsaved/<id>.json} in the data folder, owner-only, offered again at the next start. Blocking: call
 * off the FX thread.
 */
public final class KeptDrafts {
    static final String FORMAT = "clearpath.kept-draft/1";
    private static final Logger LOG = Logger.getLogger(KeptDrafts.class.getName());

    private final Path folder;

    public KeptDrafts(DataFolder data) {
        this.folder = data.root().resolve("unsaved");
    }

    public Path folder() {
        return folder;
    }

    /** Writes the draft to its file (replacing an older one of the same draft), on disk before this returns. */
    public Path keep(StoredConsultation k, List<Integer> answers, Instant at) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            DataFolder.restrictToOwner(folder, true);
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.put("id", k.id().toString());
        put(root, "clientId", k.clientId());
        put(root, "correctsId", k.correctsId());
        root.put("version", k.version());
        if (k.step() != null) {
            root.put("step", k.step());
        }
        root.put("keptAt", at.toString());
        root.put("createdAt", (k.createdAt() == null ? at : k.createdAt()).toString());
        root.set("intake", IntakeJson.toNode(k.intake()));
        root.set("overrides", OverrideJson.toNode(k.overrides()));
        ArrayNode list = root.putArray("answers");
        for (Integer a : answers) {
            if (a == null) {
                list.addNull();
            } else {
                list.add(a);
            }
        }
        Path target = file(k.id());
        AtomicFile.write(target, Json.pretty(root).getBytes(StandardCharsets.UTF_8));
        LOG.info("A draft that could not be saved in the database was kept as " + target.getFileName());
        return target;
    }

    /** Every kept draft that can be read, newest first; a file that cannot be read is left where it is. */
    public List<KeptDraft> list() {
        List<KeptDraft> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : files) {
                try {
                    out.add(read(f));
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "A kept draft cannot be read and is left as it is: " + f.getFileName(), e);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The kept drafts cannot be listed", e);
        }
        out.sort(Comparator.comparing(KeptDraft::keptAt).reversed());
        return out;
    }

    /** Removes the file once its draft is safely in the database again (or discarded). */
    public void forget(UUID id) throws IOException {
        Files.deleteIfExists(file(id));
    }

    Path file(UUID id) {
        return folder.resolve(id + ".json");
    }

    private static KeptDraft read(Path f) throws IOException {
        JsonNode root = Json.mapper().readTree(f.toFile());
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException("not a kept draft");
        }
        Intake intake = IntakeJson.readStored(root.path("intake"));
        List<PlanOverride> overrides = OverrideJson.fromNode(root.path("overrides"), "overrides", new ArrayList<Problem>());
        List<Integer> answers = new ArrayList<>();
        for (JsonNode a : root.path("answers")) {
            answers.add(a.isInt() ? a.asInt() : null);
        }
        Instant kept = Instant.parse(root.path("keptAt").asText());
        StoredConsultation k = new StoredConsultation(UUID.fromString(root.path("id").asText()), uuid(root, "clientId"),
                ConsultationStatus.DRAFT, intake, null, overrides, uuid(root, "correctsId"),
                Instant.parse(root.path("createdAt").asText(kept.toString())), kept, root.path("version").asLong(0),
                root.path("step").isInt() ? root.path("step").asInt() : null);
        return new KeptDraft(k, answers, kept, f);
    }

    private static UUID uuid(JsonNode root, String field) {
        JsonNode n = root.path(field);
        return n.isTextual() ? UUID.fromString(n.asText()) : null;
    }

    private static void put(ObjectNode root, String field, UUID value) {
        if (value != null) {
            root.put(field, value.toString());
        }
    }
}
