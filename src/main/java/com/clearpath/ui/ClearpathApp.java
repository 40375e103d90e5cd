package com.clearpath.ui;

import atlantafx.base.theme.PrimerLight;
import com.clearpath.AppLogging;
import com.clearpath.AppVersion;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.ui.clients.ClientsView;
import com.clearpath.ui.common.ErrorDialog;
import com.clearpath.ui.common.ExecutorBackgroundTasks;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.UncaughtErrorHandler;
import com.clearpath.ui.settings.SettingsView;
import com.clearpath.ui.shell.MainWindow;
import com.clearpath.ui.shell.NavigationBar;
import com.clearpath.ui.shell.StageIcons;
import com.clearpath.ui.shell.StatusBar;
import com.clearpath.ui.shell.WindowPlacement;
import com.clearpath.ui.shell.WindowPlacementStore;
import com.clearpath.ui.shell.WindowPlacementTracker;
import com.clearpath.engine.Planner;
import com.clearpath.store.ClientRepository;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.ui.wizard.ConsultationView;
import com.clearpath.ui.wizard.DraftExtras;
import com.clearpath.ui.wizard.WizardFrame;
import com.clearpath.ui.wizard.WizardServices;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app and its composition root: every part of the window is created and wired here, once.
 * {@link #init()} runs off the FX thread and starts opening the database straight away, so that overlaps with
 * building the window.
 */
public final class ClearpathApp extends Application {
    /** How the launcher passes the data folder: a JavaFX named parameter. */
    public static final String DATA_DIR_ARG = "--data-dir=";
    static final String DATA_DIR_PARAMETER = "data-dir";
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 680;
    public static final double PREFERRED_WIDTH = 1280;
    public static final double PREFERRED_HEIGHT = 800;
    static final String STYLESHEET = "/com/clearpath/ui/app.css";
    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(ClearpathApp.class.getName());

    private final Optional<DataFolder> chosenFolder;
    /** Set on the worker thread as soon as it is open, so {@link #stop()} can close it whatever the FX queue holds. */
    private final AtomicReference<Database> database = new AtomicReference<>();
    private final ReadOnlyObjectWrapper<DatabaseStatus> databaseStatus = new ReadOnlyObjectWrapper<>();
    private DataFolder folder;
    private Messages text;
    private ExecutorBackgroundTasks tasks;
    private WindowPlacementStore placementStore;
    private Optional<WindowPlacement> savedPlacement = Optional.empty();
    private StageIcons icons;
    private MainWindow mainWindow;
    private Planner planner;

    /** Used by {@link Application#launch}: the folder comes from the {@code --data-dir} parameter. */
    public ClearpathApp() {
        this.chosenFolder = Optional.empty();
    }

    /** For starting the app on a given folder without going through the launcher. */
    public ClearpathApp(DataFolder folder) {
        this.chosenFolder = Optional.of(Objects.requireNonNull(folder));
    }

    @Override
    public void init() {
        folder = chosenFolder.orElseGet(this::folderFromParameters);
        Optional<IOException> folderProblem = createFolder();
        if (!AppLogging.isConfiguredFor(folder.logs())) {
            AppLogging.configure(folder.logs());
        }
        LOG.info("Starting Clearpath Consult " + AppVersion.get() + " on Java " + System.getProperty("java.version"));
        folderProblem.ifPresent(e -> LOG.log(Level.SEVERE, "Could not create the data folder", e));

        text = Messages.load(Locale.getDefault());
        tasks = ExecutorBackgroundTasks.onFxThread(2);
        openDatabase();
        placementStore = new WindowPlacementStore(folder.root().resolve(WindowPlacementStore.FILE_NAME));
        savedPlacement = placementStore.load();
        icons = StageIcons.load();
        planner = WizardServices.plannerFor(folder.catalogOverride());
    }

    @Override
    public void start(Stage stage) {
        String stylesheet = Objects.requireNonNull(getClass().getResource(STYLESHEET), STYLESHEET).toExternalForm();
        UncaughtErrorHandler errors = new UncaughtErrorHandler(new ErrorDialog(text, () -> stage, stylesheet),
                Platform::runLater, Platform::isFxApplicationThread);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        StatusBar status = new StatusBar(text, databaseStatus);
        WizardFrame wizard = new WizardFrame(text);
        Clock clock = Clock.systemDefaultZone();
        ConsultationView consultation = new ConsultationView(text, wizard, new WizardServices(tasks,
                () -> database().map(db -> new WizardServices.Records(new ClientRepository(db, clock),
                        new ConsultationRepository(db, clock))),
                Bindings.createBooleanBinding(() -> databaseStatus.get() instanceof DatabaseStatus.Ready, databaseStatus),
                planner, new DraftExtras.Store(folder.root().resolve("drafts")), LocalDate::now, clock,
                status::showNotice, () -> stage));
        mainWindow = new MainWindow(
                new NavigationBar(text, icons.atLeast(64), AppVersion.get()),
                consultation,
                new ClientsView(text, () -> mainWindow.startNewConsultation()),
                new SettingsView(text, AppVersion.get(), folder, databaseStatus.getReadOnlyProperty(), this::openFolder),
                status);

        Scene scene = new Scene(mainWindow.root(), PREFERRED_WIDTH, PREFERRED_HEIGHT);
        scene.getStylesheets().add(stylesheet);
        mainWindow.installShortcuts(scene);

        stage.setTitle(text.get("app.name"));
        stage.getIcons().setAll(icons.all());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        WindowPlacementTracker placement = new WindowPlacementTracker(stage, PREFERRED_WIDTH, PREFERRED_HEIGHT);
        placement.restore(savedPlacement);
        stage.setOnHidden(e -> savePlacement(placement.current()));
        stage.show();
        mainWindow.focusCurrentView();
        logStartTime();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.finish(EXIT_WAIT);
        }
        Database db = database.getAndSet(null);
        if (db != null) {
            try {
                db.close();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Could not close the database cleanly", e);
            }
        }
        LOG.info("Clearpath Consult closed");
    }

    /** The open database, once it is ready; empty while opening or if it could not be opened. */
    public Optional<Database> database() {
        return databaseStatus.get() instanceof DatabaseStatus.Ready ? Optional.ofNullable(database.get())
                : Optional.empty();
    }

    public ReadOnlyObjectProperty<DatabaseStatus> databaseStatusProperty() {
        return databaseStatus.getReadOnlyProperty();
    }

    public DataFolder dataFolder() {
        return folder;
    }

    MainWindow mainWindow() {
        return mainWindow;
    }

    private DataFolder folderFromParameters() {
        Parameters parameters = getParameters();
        String named = parameters == null ? null : parameters.getNamed().get(DATA_DIR_PARAMETER);
        return DataFolder.resolve(Optional.ofNullable(named).filter(s -> !s.isBlank()).map(Path::of));
    }

    private Optional<IOException> createFolder() {
        try {
            folder.ensureExists();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e);
        }
    }

    private void openDatabase() {
        Path file = folder.database();
        databaseStatus.set(new DatabaseStatus.Opening(file));
        tasks.run(() -> {
            Database db = Database.open(file);
            database.set(db);
            return db.schemaVersion();
        }, version -> {
            LOG.info("Database ready at schema version " + version);
            databaseStatus.set(new DatabaseStatus.Ready(file, version));
        }, error -> {
            LOG.log(Level.SEVERE, "Could not open the database", error);
            databaseStatus.set(new DatabaseStatus.Unavailable(file, reason(error)));
        });
    }

    private static String reason(Exception error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    private void savePlacement(WindowPlacement placement) {
        tasks.run(() -> {
            placementStore.save(placement);
            return placement;
        }, saved -> {
        }, error -> LOG.log(Level.WARNING, "Could not remember the window placement", error));
    }

    private void openFolder(Path path) {
        tasks.run(() -> {
            getHostServices().showDocument(path.toUri().toString());
            return path;
        }, opened -> {
        }, error -> LOG.log(Level.WARNING, "Could not open the data folder", error));
    }

    private static void logStartTime() {
        ProcessHandle.current().info().startInstant().ifPresent(started -> LOG.info("Main window shown "
                + Duration.between(started, Instant.now()).toMillis() + " ms after the process started"));
    }
}
