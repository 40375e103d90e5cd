package com.clearpath.app;

import com.clearpath.domain.RecordsFailure;
import com.clearpath.store.Database;
import java.nio.file.Path;

/** Where the clinic's database stands, shown in the status bar and in Settings. */
public sealed interface DatabaseStatus {

    Path file();

    /** The schema this version of the app writes; a ready database at another version was made by another one. */
    static int latestSchemaVersion() {
        return Database.latestVersion();
    }

    /** Being opened (and migrated), restored or recovered in the background. */
    record Opening(Path file) implements DatabaseStatus {
    }

    record Ready(Path file, int schemaVersion) implements DatabaseStatus {
    }

    /**
     * Could not be opened; {@code failure} says why in codes the screens put in words, details are in the log.
     * Its kind decides which way out is offered (restore a backup, try again, fix the folder).
     */
    record Unavailable(Path file, RecordsFailure failure) implements DatabaseStatus {

        public RecordsFailure.Kind kind() {
            return failure.kind();
        }
    }
}
