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
        boolean[] measured = {false};
        int status = ClearpathCommand.run(args, start -> {
            openedApp[0] = true;
            DataFolder folder = DataFolder.resolve(start.dataDir());
            GraphicsChoice.apply(); // before the toolkit starts: how it draws without a graphics device
            start.startupReport().ifPresent(report -> {
                measured[0] = true;
                ClearpathApp.measureStartup(report);
            });
            Application.launch(ClearpathApp.class, ClearpathApp.DATA_DIR_ARG + folder.root());
        });
        // A measured start ends as soon as it has reported, whatever background work is still winding down.
        if (!openedApp[0] || status != 0 || measured[0]) {
            System.exit(status);
        }
    }
}
