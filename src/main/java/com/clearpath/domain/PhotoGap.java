package com.clearpath.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A photo the records list whose file a backup could not carry, or a restore could not bring back, and why; the
 * records themselves are not touched by it. The screens make the words.
 */
public record PhotoGap(UUID photo, Code code) {
    public enum Code {
        /** The file to take it from is not there (the data folder when backing up, the backups when restoring). */
        MISSING,
        /** The file is there but its SHA-256 is not the one the records list. */
        DAMAGED,
        /** It could be neither linked nor copied (a full disk, a folder that cannot be written). */
        NOT_COPIED
    }

    public PhotoGap {
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(code, "code");
    }
}
