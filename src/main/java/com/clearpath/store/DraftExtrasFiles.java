package com.clearpath.store;

import com.clearpath.domain.DraftExtras;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link DraftExtras} of unfinished consultations, kept beside the database, one small file per draft, and
 * removed when the consultation is final or discarded. Blocking: call off the FX thread.
 */
public final class DraftExtrasFiles {
    static final String FORMAT = "clearpath.wizard-draft/1";

    private final Path folder;
    private final ObjectMapper mapper = new ObjectMapper();

    public DraftExtrasFiles(Path folder) {
        this.folder = folder;
    }

    /** The usual place in the data folder. */
    public DraftExtrasFiles(DataFolder data) {
        this(data.root().resolve("drafts"));
    }

    Path file(UUID id) {
        return folder.resolve(id + ".json");
    }

    /** Writes atomically: a crash leaves the old file or the new one, never half of one. */
    public void write(UUID id, DraftExtras extras) throws IOException {
        PrivateFiles.ensureFolder(folder);
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("answers");
        for (Integer a : extras.answers()) {
            if (a == null) {
                list.addNull();
            } else {
                list.add(a);
            }
        }
        root.put("step", extras.step());
        // Owner-only like the database: the answers are about the client.
        AtomicFile.write(file(id), mapper.writeValueAsBytes(root));
    }

    /** The saved extras, or empty when there are none or they cannot be read (the intake still has the rest). */
    public Optional<DraftExtras> read(UUID id) {
        Path f = file(id);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            JsonNode root = mapper.readTree(f.toFile());
            if (!FORMAT.equals(root.path("format").asText())) {
                return Optional.empty();
            }
            List<Integer> answers = new ArrayList<>();
            for (JsonNode a : root.path("answers")) {
                answers.add(a.isInt() ? a.asInt() : null);
            }
            return Optional.of(new DraftExtras(answers, Math.max(0, root.path("step").asInt(0))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void delete(UUID id) throws IOException {
        Files.deleteIfExists(file(id));
    }
}
