package com.clearpath;

import com.clearpath.cli.ClearpathCommand;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.ClearpathApp;
import javafx.application.Application;

/**
 * The program's entry point: with no command it opens the desktop app, otherwise it runs the command line.
 * A plain class (not an {@link Application}) so JavaFX can start from the class path and from a jpackage image.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        boolean[] openedApp = {false};
        int status = ClearpathCommand.run(args, dataDir -> {
            openedApp[0] = true;
            DataFolder folder = DataFolder.resolve(dataDir);
            Application.launch(ClearpathApp.class, ClearpathApp.DATA_DIR_ARG + folder.root());
        });
        if (!openedApp[0] || status != 0) {
            System.exit(status);
        }
    }
}
