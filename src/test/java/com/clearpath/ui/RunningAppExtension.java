package com.clearpath.ui;

import com.clearpath.app.Printers;
import com.clearpath.store.DataFolder;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationAdapter;
import org.testfx.framework.junit5.ApplicationFixture;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Gives each test a fresh {@link RunningApp} on a {@code clinic-data} folder in a new temporary folder, started and
 * torn down the way TestFX's {@code ApplicationExtension} does it: {@code init()} off the FX thread, {@code start()}
 * on it, and after the test (passed or failed) the app stopped, every window closed and the input released.
 *
 * <p>Register it on an instance field, shaped with the options below:
 * <pre>{@code
 * @RegisterExtension
 * final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed).printers(printers);
 * }</pre>
 * The running app is handed to test methods asking for a {@link RunningApp} parameter and put into the test's
 * {@link RunningApp} fields; {@link FxRobot} parameters get a robot.
 */
final class RunningAppExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    /** What is in the data folder before the app first starts on it (runs off the FX thread, before init). */
    @FunctionalInterface
    interface Seed {
        void into(DataFolder folder) throws Exception;
    }

    /** Something the test holds besides the app, let go once the app has stopped. */
    @FunctionalInterface
    interface Release {
        void run() throws Exception;
    }

    private final Seed seed;
    private final Printers printers;
    private final List<Consumer<RunningApp>> beforeStart;
    private final List<Release> afterStop;

    private final FxRobot robot = new FxRobot();
    private Object test;
    private Path temp;
    private DataFolder folder;
    private RunningApp running;
    /** Started and cleaned up as one: TestFX drops it from JavaFX's static parameters map only by equality. */
    private Application application;

    private RunningAppExtension(Seed seed, Printers printers, List<Consumer<RunningApp>> beforeStart,
                                List<Release> afterStop) {
        this.seed = seed;
        this.printers = printers;
        this.beforeStart = List.copyOf(beforeStart);
        this.afterStop = List.copyOf(afterStop);
    }

    /** The app on an empty data folder, printing on the system's printers. */
    static RunningAppExtension fresh() {
        return new RunningAppExtension(folder -> { }, Printers.system(), List.of(), List.of());
    }

    /** The data folder prepared by {@code seed} before the app starts. */
    RunningAppExtension seeded(Seed seed) {
        return new RunningAppExtension(Objects.requireNonNull(seed), printers, beforeStart, afterStop);
    }

    /** The app printing on {@code printers} (a fake that keeps the jobs, or one that fails). */
    RunningAppExtension printers(Printers printers) {
        return new RunningAppExtension(seed, Objects.requireNonNull(printers), beforeStart, afterStop);
    }

    /** Done to each app after its {@code init()} and before its {@code start()}, restarts included. */
    RunningAppExtension beforeStart(Consumer<RunningApp> step) {
        List<Consumer<RunningApp>> steps = new ArrayList<>(beforeStart);
        steps.add(Objects.requireNonNull(step));
        return new RunningAppExtension(seed, printers, steps, afterStop);
    }

    /** Done after the app has stopped at the end of the test, even a failed one. */
    RunningAppExtension afterStop(Release release) {
        List<Release> releases = new ArrayList<>(afterStop);
        releases.add(Objects.requireNonNull(release));
        return new RunningAppExtension(seed, printers, beforeStart, releases);
    }

    /** The app running now (the latest after a restart). */
    RunningApp running() {
        return running;
    }

    /** The data folder the test's app first started on. */
    DataFolder folder() {
        return folder;
    }

    /** The test's temporary folder, holding the data folder; deleted after the test. */
    Path temp() {
        return temp;
    }

    /** Closes the app's window and starts the app again on the same data folder, as the next day's start would. */
    RunningApp restart() {
        return restartOn(running.folder);
    }

    /**
     * Closes the app's window and starts the app on {@code other}, as on another computer; the new app is the one
     * handed out, put into the test's fields and torn down after.
     */
    RunningApp restartOn(DataFolder other) {
        robot.interact(running::stop);
        running = launch(other);
        robot.interact(running::start);
        inject();
        return running;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        temp = Files.createTempDirectory("clearpath-ui-");
        folder = new DataFolder(temp.resolve("clinic-data"));
        FxToolkit.registerPrimaryStage();
        application = new ApplicationAdapter(new ApplicationFixture() {
            @Override
            public void init() throws Exception {
                seed.into(folder);
                running = launch(folder);
            }

            @Override
            public void start(Stage ignored) {
                running.start();
            }

            @Override
            public void stop() {
                if (running != null) {
                    running.stop();
                }
            }
        });
        FxToolkit.setupApplication(() -> application);
        test = context.getRequiredTestInstance();
        inject();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (application != null) {
                FxToolkit.cleanupAfterTest(robot, application);
            }
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            try {
                for (Release release : afterStop) {
                    release.run();
                }
            } finally {
                application = null;
                running = null;
                if (temp != null) {
                    delete(temp);
                }
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningApp.class || type == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningApp.class ? running : robot;
    }

    private RunningApp launch(DataFolder on) {
        RunningApp app = RunningApp.init(on, printers);
        beforeStart.forEach(step -> step.accept(app));
        return app;
    }

    /** Fills the test's {@link RunningApp} fields, so a test reads {@code running} as it did with its own fixture. */
    private void inject() {
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType() == RunningApp.class && !Modifier.isStatic(field.getModifiers())
                        && !Modifier.isFinal(field.getModifiers())) {
                    field.setAccessible(true);
                    try {
                        field.set(test, running);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("Cannot fill " + field, e);
                    }
                }
            }
        }
    }

    private static void delete(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
