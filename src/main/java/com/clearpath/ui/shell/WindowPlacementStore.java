package com.clearpath.ui.shell;

import com.clearpath.app.Workstation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Reads and writes {@code window.json} in the data folder. Call off the FX thread. */
public final class WindowPlacementStore {
    public static final String FILE_NAME = "window.json";
    private static final Logger LOG = Logger.getLogger(WindowPlacementStore.class.getName());

    private final Workstation workstation;
    private final Path file;

    public WindowPlacementStore(Workstation workstation) {
        this.workstation = workstation;
        this.file = workstation.file(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The saved placement; empty when there is none yet or the file cannot be read (the window then opens centred). */
    public Optional<WindowPlacement> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(file.toFile(), WindowPlacement.class));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable window placement " + file.getFileName(), e);
            return Optional.empty();
        }
    }

    /** Writes a temporary file next to the real one and moves it over, so a crash never leaves half a file. */
    public void save(WindowPlacement placement) throws IOException {
        workstation.write(FILE_NAME, Json.MAPPER.writeValueAsBytes(placement));
    }

    /** Made the first time a file is read or written (off the FX thread), not when the store is created. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
