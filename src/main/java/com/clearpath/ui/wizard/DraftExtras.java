package com.clearpath.ui.wizard;

import com.clearpath.store.PrivateFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a draft needs beyond its intake to come back exactly as it was left: the ten questionnaire answers (the
 * intake keeps only their total) and the step reached. Kept beside the database, one small file per unfinished
 * consultation, and removed when the consultation is final or discarded.
 */
public record DraftExtras(List<Integer> answers, int step) {
    static final String FORMAT = "clearpath.wizard-draft/1";

    public DraftExtras {
        answers = Collections.unmodifiableList(new ArrayList<>(answers));
    }

    /** The folder of these files; reads and writes happen on a worker thread. */
    public static final class Store {
        private final Path folder;
        private final ObjectMapper mapper = new ObjectMapper();

        public Store(Path folder) {
            this.folder = folder;
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
            PrivateFiles.writeAtomically(file(id), mapper.writeValueAsBytes(root));
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
}
