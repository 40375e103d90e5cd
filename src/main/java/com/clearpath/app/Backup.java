package com.clearpath.app;

import com.clearpath.store.Backups;
import java.nio.file.Path;
import java.time.LocalDateTime;

/** One copy of the database in the backups folder, as Settings lists it and a restore names it. */
public record Backup(Path file, LocalDateTime madeAt, long bytes) {
    /** How many backups are kept; older ones go as new ones are made. */
    public static final int KEPT = Backups.KEEP;
}
