package com.clearpath.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where signed consent documents live in the data folder: {@code consents/<id>.pdf}, named by id, never by the
 * client, owner-only, written whole or not at all and never replaced.
 */
public final class ConsentFiles {
    private final Path folder;

    public ConsentFiles(DataFolder data) {
        this.folder = data.consents();
    }

    public Path document(UUID id) {
        return folder.resolve(id + ".pdf");
    }

    /** Keeps the document; an existing one is never replaced. */
    public void keep(UUID id, byte[] pdf) throws IOException {
        PrivateFiles.ensureFolder(folder);
        AtomicFile.write(document(id), false, out -> out.write(pdf));
    }

    /** Removes a document whose record could not be kept; one already gone is no matter. */
    public void remove(UUID id) throws IOException {
        Files.deleteIfExists(document(id));
    }
}
