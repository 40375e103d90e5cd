package com.clearpath.app;

import com.clearpath.store.AtomicFile;
import com.clearpath.store.DataFolder;
import com.clearpath.store.InstanceLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * This computer's own files in the data folder (where the window was, the screens' language), apart from the
 * clinic's records: owner-only and written whole or not at all, as any file there may sit beside client data.
 * Blocking: call off the FX thread.
 */
public final class Workstation {
    private final Path folder;
    private final String name;

    public Workstation(Path folder, String name) {
        this.folder = Objects.requireNonNull(folder);
        this.name = name == null ? "" : name;
    }

    /** This computer, with its files in {@code data}. */
    public static Workstation of(DataFolder data) {
        return new Workstation(data.root(), InstanceLock.thisHost());
    }

    /** The computer's name, under which a data folder shared between computers keeps each one's choices. */
    public String name() {
        return name;
    }

    /** Where this computer's file {@code fileName} is (it may not exist yet). */
    public Path file(String fileName) {
        return folder.resolve(fileName);
    }

    /** Replaces the file {@code fileName} with {@code bytes}, making the folder first if it is missing. */
    public void write(String fileName, byte[] bytes) throws IOException {
        Path file = file(fileName);
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, bytes);
    }
}
