package com.clearpath.app;

import com.clearpath.store.DataFolder;
import java.nio.file.Path;

/** Where the clinic's files are, for Settings to show and the person to find: the folder, its database, its logs. */
public record DataPaths(Path folder, Path database, Path logs) {

    public static DataPaths of(DataFolder data) {
        return new DataPaths(data.root(), data.database(), data.logs());
    }
}
