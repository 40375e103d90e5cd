package com.clearpath.store;

import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import java.sql.SQLException;

/** SQLite's failures as the records' codes: its result code (or, from older drivers, its words) says what happened. */
public final class SqliteFailures {
    private SqliteFailures() {
    }

    /** Classifies a SQLite failure by its result code into something a person can act on. */
    public static RecordsFailure from(SQLException e, Doing doing) {
        if (e instanceof Database.NewerSchema newer) {
            return new RecordsFailure(Code.NEWER_VERSION, doing, e, String.valueOf(newer.found()),
                    String.valueOf(newer.known()));
        }
        if (e instanceof Database.AnotherProgramsFile other) {
            return new RecordsFailure(Code.ANOTHER_PROGRAMS_FILE, doing, e, other.tables());
        }
        String m = String.valueOf(e.getMessage());
        int code = e.getErrorCode() & 0xff;
        if (code == 5 || code == 6 || m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
            return new RecordsFailure(Code.LOCKED, doing, e);
        }
        if (code == 11 || code == 26 || m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB")
                || m.contains("not a database") || m.contains("malformed")) {
            return new RecordsFailure(Code.DAMAGED, doing, e);
        }
        if (code == 13 || code == 8 || code == 10 || code == 14 || m.contains("SQLITE_FULL")
                || m.contains("SQLITE_READONLY") || m.contains("SQLITE_CANTOPEN") || m.contains("SQLITE_IOERR")) {
            return new RecordsFailure(Code.NOT_WRITABLE, doing, e);
        }
        if (m.contains("read-only") && m.contains("final consultation") || m.contains("cannot be deleted")) {
            return new RecordsFailure(Code.FINAL_READ_ONLY, doing, e);
        }
        return new RecordsFailure(Code.FAILED, doing, e, m);
    }
}
