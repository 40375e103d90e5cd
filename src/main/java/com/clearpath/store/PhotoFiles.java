package com.clearpath.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where photos live in the data folder: {@code photos/<id>.<format>}, the original byte for byte, and
 * {@code photos/<id>.thumb.jpg} beside it; named by id, never by the client, and owner-only like every file that
 * holds client data.
 */
public final class PhotoFiles {
    private final Path folder;

    public PhotoFiles(DataFolder data) {
        this.folder = data.photos();
    }

    public Path original(UUID id, String format) {
        return folder.resolve(id + "." + format);
    }

    public Path thumbnail(UUID id) {
        return folder.resolve(id + ".thumb.jpg");
    }

    /** Keeps both files, whole or not at all; a failure leaves neither behind. */
    public void keep(UUID id, String format, byte[] original, byte[] thumbnail) throws IOException {
        PrivateFiles.ensureFolder(folder);
        Path o = original(id, format);
        Path t = thumbnail(id);
        try {
            AtomicFile.write(o, false, out -> out.write(original));
            AtomicFile.write(t, false, out -> out.write(thumbnail));
        } catch (IOException | RuntimeException e) {
            remove(id, format);
            throw e;
        }
    }

    /** Removes both files; those already gone are no matter. */
    public void remove(UUID id, String format) throws IOException {
        Files.deleteIfExists(original(id, format));
        Files.deleteIfExists(thumbnail(id));
    }
}
