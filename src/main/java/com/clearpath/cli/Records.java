package com.clearpath.cli;

import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditEvent;
import com.clearpath.domain.AuditSubject;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.store.AuditRepository;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.InstanceLock;
import com.clearpath.store.SqliteFailures;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/** Opening the clinic's database for a command, with failures turned into a message a user can act on. */
final class Records {
    private static final Logger LOG = Logger.getLogger(Records.class.getName());

    private Records() {
    }

    static Database open(DataFolder folder) throws RecordsFailure {
        try {
            folder.ensureExists();
            return Database.open(folder.database());
        } catch (SQLException e) {
            throw SqliteFailures.from(e, Doing.OPEN_DATABASE);
        } catch (Database.NotADatabaseFile e) {
            throw new RecordsFailure(Code.NOT_A_DATABASE_FILE, Doing.OPEN_DATABASE, e, folder.database().toString());
        } catch (IOException e) {
            throw new RecordsFailure(Code.FOLDER_NOT_WRITABLE, Doing.OPEN_DATABASE, e, folder.root().toString(),
                    String.valueOf(e.getMessage()));
        }
    }

    /**
     * Notes what the command did in the audit trail, as the desktop does; the command stands whether or not the
     * trail could take it, and a note that could not be kept is logged by its code.
     */
    static void audit(Database db, Clock clock, AuditAction action, AuditSubject subject, String... detail) {
        try {
            new AuditRepository(db).append(new AuditEvent(0, clock.instant(), actor(), InstanceLock.thisHost(), action,
                    subject, "", List.of(detail)));
        } catch (RecordsFailure e) {
            LOG.warning(
                    "Could not note " + action + " in the audit trail (" + e.code() + ")");
        }
    }

    /** Who did it, for the consultation's event trail. */
    static String actor() {
        return "command line (" + System.getProperty("user.name", "unknown") + ")";
    }
}
