package com.clearpath.ui.shell;

import com.clearpath.app.Workstation;
import com.clearpath.domain.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What one workstation prefers for itself, not for the clinic: the language of the screens. Kept in
 * {@code workstation.json} in the data folder, beside the window layout, under this computer's name, so a data folder
 * moved or shared between computers keeps each one's choice. Call off the FX thread.
 */
public final class WorkstationPreferences {
    public static final String FILE_NAME = "workstation.json";
    private static final Logger LOG = Logger.getLogger(WorkstationPreferences.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Workstation workstation;
    private final Path file;
    private final String host;

    public WorkstationPreferences(Workstation workstation) {
        this.workstation = Objects.requireNonNull(workstation);
        this.file = workstation.file(FILE_NAME);
        this.host = workstation.name().isBlank() ? "this-computer" : workstation.name();
    }

    public Path file() {
        return file;
    }

    /** The screens' language chosen on this computer; English when none was chosen or the file cannot be read. */
    public Language language() {
        JsonNode mine = read().path("workstations").path(host).path("language");
        if (mine.isTextual()) {
            for (Language l : Language.values()) {
                if (l.code().equals(mine.asText())) {
                    return l;
                }
            }
            LOG.warning("Ignoring unknown screen language \"" + mine.asText() + "\" in " + FILE_NAME);
        }
        return Language.EN;
    }

    /** Remembers {@code language} for this computer, keeping what other computers chose. */
    public void saveLanguage(Language language) throws IOException {
        ObjectNode root = read();
        JsonNode stations = root.get("workstations");
        ObjectNode all = stations instanceof ObjectNode o ? o : root.putObject("workstations");
        JsonNode entry = all.get(host);
        ObjectNode mine = entry instanceof ObjectNode o ? o : all.putObject(host);
        mine.put("language", language.code());
        root.put("format", "clearpath.workstation/1");
        workstation.write(FILE_NAME, MAPPER.writeValueAsBytes(root));
    }

    private ObjectNode read() {
        if (!Files.isRegularFile(file)) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(file.toFile());
            if (node instanceof ObjectNode o) {
                return o;
            }
            LOG.warning("Ignoring " + FILE_NAME + ": not a JSON object");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable " + FILE_NAME, e);
        }
        return MAPPER.createObjectNode();
    }
}
