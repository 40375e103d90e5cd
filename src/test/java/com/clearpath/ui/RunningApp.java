package com.clearpath.ui;

import com.clearpath.app.DatabaseStatus;
import com.clearpath.app.Printers;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.shell.Section;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app on a test data folder, started the way JavaFX starts it: {@code init()} off the FX thread, then
 * {@code start()} on it with a fresh stage, and {@code stop()} after the window has closed. Screen tests get one from
 * {@link RunningAppExtension}; a test starts a second copy beside it with {@link #init} itself.
 */
final class RunningApp {
    final ClearpathApp app;
    final DataFolder folder;
    Stage stage;

    private RunningApp(DataFolder folder, Printers printers) {
        this.folder = folder;
        this.app = new ClearpathApp(folder, printers);
    }

    /** Call off the FX thread, before {@link #start()}. */
    static RunningApp init(DataFolder folder) {
        return init(folder, Printers.system());
    }

    /** The app printing on {@code printers} (a fake that keeps the jobs, or the system's). */
    static RunningApp init(DataFolder folder, Printers printers) {
        // The tests close the app's window; the FX toolkit must outlive it for the next test.
        Platform.setImplicitExit(false);
        RunningApp running = new RunningApp(folder, printers);
        running.app.init();
        return running;
    }

    /** Call on the FX thread. */
    void start() {
        stage = new Stage();
        app.start(stage);
    }

    /** Call on the FX thread. */
    void stop() {
        if (stage != null && stage.isShowing()) {
            stage.hide();
        }
        app.stop();
    }

    /** Waits until the records are open (the database is opened in the background at start). */
    void awaitReady() {
        await("the database to be ready", () -> app.databaseStatusProperty().get() instanceof DatabaseStatus.Ready);
    }

    /** Waits for a condition read on the FX thread. */
    static void await(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }

    /**
     * Scrolls the view so {@code query}'s node is on screen, as a person would before clicking it; a click on a node
     * scrolled out of sight would land on whatever is there instead.
     */
    static void reveal(org.testfx.api.FxRobot robot, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane scroller && scroller.getContent() != null) {
                    javafx.geometry.Bounds inContent = scroller.getContent().sceneToLocal(
                            node.localToScene(node.getBoundsInLocal()));
                    double free = scroller.getContent().getBoundsInLocal().getHeight()
                            - scroller.getViewportBounds().getHeight();
                    if (free > 0) {
                        double wanted = inContent.getMaxY() - scroller.getViewportBounds().getHeight() + 24;
                        scroller.setVvalue(Math.max(0, Math.min(1, wanted / free)));
                    }
                    scroller.layout();
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    Section section() {
        return fx(() -> app.mainWindow().section());
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Could not read state on the FX thread", e);
        }
    }

    static boolean has(Node node, String pseudoClass) {
        return fx(() -> node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass)));
    }
}
