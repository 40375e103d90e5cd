package com.clearpath.cli;

import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.StoreException;
import java.io.IOException;
import java.sql.SQLException;

/** Opening the clinic's database for a command, with failures turned into a message a user can act on. */
final class Records {
    private Records() {
    }

    static Database open(DataFolder folder) throws StoreException {
        try {
            folder.ensureExists();
            return Database.open(folder.database());
        } catch (SQLException e) {
            throw StoreException.from(e, "open the database " + folder.database());
        } catch (Database.NotADatabaseFile e) {
            throw new StoreException(StoreException.Kind.FAILED, e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.NOT_WRITABLE, "The data folder " + folder.root()
                    + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** Who did it, for the consultation's event trail. */
    static String actor() {
        return "command line (" + System.getProperty("user.name", "unknown") + ")";
    }
}
