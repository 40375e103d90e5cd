package com.clearpath.cli;

import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.SqliteFailures;
import java.io.IOException;
import java.sql.SQLException;

/** Opening the clinic's database for a command, with failures turned into a message a user can act on. */
final class Records {
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

    /** Who did it, for the consultation's event trail. */
    static String actor() {
        return "command line (" + System.getProperty("user.name", "unknown") + ")";
    }
}
