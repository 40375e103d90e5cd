package com.clearpath.store;

/**
 * A storage failure with a sentence a clinic user can act on. {@link Kind} lets the UI offer the right way out
 * (restore a backup, close the other copy, free disk space) without parsing messages.
 */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The database file is damaged or not a database. */
        CORRUPT,
        /** Another copy of the app (or another program) holds the database. */
        LOCKED,
        /** No space left, or the folder cannot be written. */
        NOT_WRITABLE,
        /** A rule of the records was broken (e.g. changing a final consultation). */
        REFUSED,
        /** The row was saved meanwhile from another copy; the newer version was kept, this save was not made. */
        CHANGED_ELSEWHERE,
        /** Anything else. */
        FAILED
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Classifies a SQLite failure by its result code into something a person can act on. */
    public static StoreException from(java.sql.SQLException e, String doing) {
        String m = String.valueOf(e.getMessage());
        int code = e.getErrorCode() & 0xff;
        if (code == 5 || code == 6 || m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
            return new StoreException(Kind.LOCKED, "The database is in use by another copy of Clearpath or another "
                    + "program; close it and try again (" + doing + ")", e);
        }
        if (code == 11 || code == 26 || m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB")
                || m.contains("not a database") || m.contains("malformed")) {
            return new StoreException(Kind.CORRUPT, "The database file is damaged and cannot be read (" + doing + ")", e);
        }
        if (code == 13 || code == 8 || code == 10 || code == 14 || m.contains("SQLITE_FULL")
                || m.contains("SQLITE_READONLY") || m.contains("SQLITE_CANTOPEN") || m.contains("SQLITE_IOERR")) {
            return new StoreException(Kind.NOT_WRITABLE, "The data folder cannot be written: the disk may be full or "
                    + "the folder read-only (" + doing + "). Nothing you entered was lost.", e);
        }
        if (m.contains("read-only") && m.contains("final consultation") || m.contains("cannot be deleted")) {
            return new StoreException(Kind.REFUSED, "A final consultation cannot be changed; start a correction "
                    + "instead (" + doing + ")", e);
        }
        return new StoreException(Kind.FAILED, "Could not " + doing + ": " + m, e);
    }
}
