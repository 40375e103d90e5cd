package com.clearpath.ui;

import atlantafx.base.theme.PrimerLight;
import com.clearpath.AppLogging;
import com.clearpath.AppVersion;
import com.clearpath.GraphicsChoice;
import com.clearpath.ProcessUptime;
import com.clearpath.app.Audit;
import com.clearpath.app.ClientDirectory;
import com.clearpath.app.Clinic;
import com.clearpath.app.Consents;
import com.clearpath.app.ConsultationDocuments;
import com.clearpath.app.Consultations;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.app.Photos;
import com.clearpath.app.Printers;
import com.clearpath.app.Sessions;
import com.clearpath.app.SingleInstance;
import com.clearpath.app.Workstation;
import com.clearpath.domain.PhotoGap;
import com.clearpath.domain.PlanCalendar;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.engine.ConsentTexts;
import com.clearpath.engine.Planner;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.InstanceLock;
import com.clearpath.store.SettingsStore;
import com.clearpath.ui.clients.ClientsView;
import com.clearpath.ui.common.Dialogs;
import com.clearpath.ui.common.ErrorDialog;
import com.clearpath.ui.common.ExecutorBackgroundTasks;
import com.clearpath.ui.common.FirstFrame;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.UncaughtErrorHandler;
import com.clearpath.ui.compare.Outcomes;
import com.clearpath.ui.consent.ConsentsSection;
import com.clearpath.ui.documents.DocumentPreviews;
import com.clearpath.ui.documents.Documents;
import com.clearpath.ui.documents.VisitsFile;
import com.clearpath.ui.photos.PhotoPages;
import com.clearpath.ui.records.DatabaseProblems;
import com.clearpath.ui.records.RecordWords;
import com.clearpath.ui.records.Records;
import com.clearpath.ui.sessions.SessionsSection;
import com.clearpath.ui.settings.AuditCard;
import com.clearpath.ui.settings.AuditLog;
import com.clearpath.ui.settings.BackupsCard;
import com.clearpath.ui.settings.ClinicCard;
import com.clearpath.ui.settings.MoveRecordsCard;
import com.clearpath.ui.settings.PlanCalendarCard;
import com.clearpath.ui.settings.ScreenLanguageCard;
import com.clearpath.ui.settings.SettingsView;
import com.clearpath.ui.shell.AppMenu;
import com.clearpath.ui.shell.MainWindow;
import com.clearpath.ui.shell.NavigationBar;
import com.clearpath.ui.shell.Section;
import com.clearpath.ui.shell.StageIcons;
import com.clearpath.ui.shell.StatusLine;
import com.clearpath.ui.shell.WindowPlacement;
import com.clearpath.ui.shell.WindowPlacementStore;
import com.clearpath.ui.shell.WindowPlacementTracker;
import com.clearpath.ui.shell.WorkstationPreferences;
import com.clearpath.ui.wizard.ConsultationView;
import com.clearpath.ui.wizard.WizardFrame;
import com.clearpath.ui.wizard.WizardServices;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
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
    /** The records open when the first page is ready, and at the latest this long after the window was shown. */
    private static final Duration RECORDS_AT_LATEST = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(ClearpathApp.class.getName());
    /** Set by the launcher for {@code --measure-startup}: told the start-up time, after which the app closes. */
    private static volatile LongConsumer startupReport;

    private final Optional<DataFolder> chosenFolder;
    private final Printers printers;
    private DataFolder folder;
    private Messages text;
    private ExecutorBackgroundTasks tasks;
    private Records records;
    /** Whether {@link #openRecords()} ran (FX thread only). */
    private boolean recordsOpening;
    private WindowPlacementStore placementStore;
    private WorkstationPreferences workstation;
    private CompletableFuture<Optional<WindowPlacement>> savedPlacement;
    private CompletableFuture<StageIcons> icons;
    private MainWindow mainWindow;
    private Supplier<Planner> planner;
    /** The engine being made; started once the first page is drawn, or sooner if something plans first. */
    private CompletableFuture<Planner> engine;
    private StatusLine statusBar;
    private RecordWords words;
    private ConsultationView consultationView;
    private ClientsView clientsView;
    private BackupsCard backupsCard;
    private MoveRecordsCard moveRecordsCard;
    private DatabaseProblems databaseProblems;
    private Documents documents;
    /** The one set of consents: sessions, handouts and the consultation page see the same signed consents. */
    private Consents consents;
    /** The one audit trail every use case notes into. */
    private Audit audit;
    private DocumentPreviews documentPreviews;
    private ClinicCard clinicCard;
    /** This start's claim on the data folder; null when the folder could not be claimed at all. */
    private SingleInstance instance;
    /** Set when another process holds the data folder: this start only tells so and ends. */
    private SingleInstance.Second alreadyOpen;
    private volatile Stage window;
    private Runnable exit = Platform::exit;

    /**
     * Makes the next start report its start-up time (process start to the first consultation page ready for typing)
     * to {@code report} and then close, instead of staying open.
     */
    public static void measureStartup(LongConsumer report) {
        startupReport = Objects.requireNonNull(report);
    }

    /** Used by {@link Application#launch}: the folder comes from the {@code --data-dir} parameter. */
    public ClearpathApp() {
        this.chosenFolder = Optional.empty();
        this.printers = Printers.system();
    }

    /** For starting the app on a given folder without going through the launcher. */
    public ClearpathApp(DataFolder folder) {
        this(folder, Printers.system());
    }

    /** On a given folder, printing on {@code printers} (tests keep the jobs instead of sending them to a printer). */
    ClearpathApp(DataFolder folder, Printers printers) {
        this.chosenFolder = Optional.of(Objects.requireNonNull(folder));
        this.printers = Objects.requireNonNull(printers);
    }

    @Override
    public void init() {
        // The FX thread is idle until start(): meanwhile it loads the theme and the app's stylesheet, which the first
        // page needs before anything (together 60-75 ms, cold). runLater keeps this ahead of start().
        Platform.runLater(ClearpathApp::loadStylesheets);
        folder = chosenFolder.orElseGet(this::folderFromParameters);
        Optional<IOException> folderProblem = createFolder();
        if (!AppLogging.isConfiguredFor(folder.logs())) {
            AppLogging.configure(folder.logs());
        }
        LOG.info("Starting Clearpath Consult " + AppVersion.get() + " on Java " + System.getProperty("java.version")
                + "; " + GraphicsChoice.last().description());
        folderProblem.ifPresent(e -> LOG.log(Level.SEVERE, "Could not create the data folder", e));

        // The screens' language is this computer's choice, read before any view is made with its words.
        Workstation here = Workstation.of(folder);
        workstation = new WorkstationPreferences(here);
        text = Messages.load(workstation.language());
        if (!claimFolder()) {
            return;
        }
        tasks = ExecutorBackgroundTasks.onFxThread(2);
        // Opened once the first page is drawn (see openRecords): on two cores, opening it meanwhile (loading SQLite's
        // native library, checking the schema) slowed the first page by about 90 ms. It shows as "Opening" until then.
        records = new Records(folder, Clock.systemDefaultZone(), System.getProperty("user.name", "clearpath"), tasks);
        // The engine and the clinic's catalog (treatment names for the history too) are read in the background, so
        // the window does not wait for them; the wizard asks for the engine only once there is something to plan.
        // Made once the first page is on screen (or sooner, if asked for), so it does not compete with the start.
        planner = () -> engine().join();
        // Read while start() builds the window; joined just before the stage needs them.
        placementStore = new WindowPlacementStore(here);
        savedPlacement = inBackground("placement", placementStore::load);
        icons = inBackground("icons", StageIcons::load);
        audit = new Audit(records.clinic());
        consents = new Consents(records.clinic(), ConsentTexts::builtIn, audit);
        documents = new Documents(new ConsultationDocuments(records.clinic(), new SettingsStore(folder), printers,
                consents, audit));
    }

    /**
     * One window per data folder: two would each offer the other's open draft, and the last save would silently
     * win. False when another process holds the folder (it has been asked to come forward).
     */
    private boolean claimFolder() {
        try {
            SingleInstance.Claim claim = SingleInstance.claim(folder, () -> Platform.runLater(this::bringForward));
            if (claim instanceof SingleInstance.Owner owner) {
                instance = owner.instance();
                return true;
            }
            alreadyOpen = (SingleInstance.Second) claim;
            SingleInstance.Holder h = alreadyOpen.holder();
            LOG.info("The data folder is in use by process " + h.pid() + " on " + h.host() + " since " + h.since()
                    + (alreadyOpen.broughtForward() ? "; its window was brought forward" : "; it did not answer"));
            return false;
        } catch (IOException e) {
            // A folder that cannot be written is reported by the records as they open; the lock is no reason to stop.
            LOG.log(Level.WARNING, "Could not claim the data folder with its lock file", e);
            return true;
        }
    }

    private void bringForward() {
        Stage s = window;
        if (s != null) {
            s.setIconified(false);
            s.show();
            s.toFront();
            s.requestFocus();
        }
    }

    /** The second start: nothing is opened; it says which process holds the folder unless that window came forward. */
    private void endSecondStart() {
        if (alreadyOpen.broughtForward()) {
            exit.run();
            return;
        }
        SingleInstance.Holder h = alreadyOpen.holder();
        String since = h.since().atZone(ZoneId.systemDefault())
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                        FormatStyle.SHORT).withLocale(text.locale()));
        Alert alert = new Dialogs(text, () -> null, stylesheetUrl()).inform("already-open",
                text.get("app.instance.heading"), text.format("app.instance.body", String.valueOf(h.pid()), h.host(), since,
                        folder.root().toString()));
        alert.setOnHidden(e -> exit.run());
        alert.show();
    }

    /** What quitting (and a second start) does at the end instead of {@link Platform#exit} (tests keep the toolkit). */
    void onExit(Runnable exit) {
        this.exit = Objects.requireNonNull(exit);
    }

    /**
     * Quits once the consultation on screen is in the records. When it cannot be saved (read-only, locked, full,
     * changed elsewhere) the window stays and asks: keep the answers as a file to be offered at the next start,
     * stay, or quit without them.
     */
    private void quit(Stage stage, Dialogs dialogs) {
        consultationView.flushForQuit(() -> {
            stage.hide();
            exit.run();
        }, error -> askBeforeQuitting(stage, dialogs, error));
    }

    private void askBeforeQuitting(Stage stage, Dialogs dialogs, Exception error) {
        ButtonType keep = new ButtonType(text.get("app.quit.unsaved.keep"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(text.get("app.quit.unsaved.stay"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType drop = new ButtonType(text.get("app.quit.unsaved.drop"),
                ButtonBar.ButtonData.OTHER);
        Alert alert = dialogs.create(Alert.AlertType.WARNING,
                "unsaved-on-quit", text.get("app.quit.unsaved.heading"),
                text.format("app.quit.unsaved.body", reason(error), dataFolder().root().resolve("unsaved").toString()),
                List.of(keep, stay, drop));
        alert.setOnHidden(e -> {
            ButtonType chosen = alert.getResult();
            if (chosen == keep) {
                consultationView.keepAsFile(file -> {
                    LOG.info("The unsaved consultation was kept as " + file.getFileName() + " before quitting");
                    stage.hide();
                    exit.run();
                }, failed -> {
                    LOG.log(Level.WARNING, "Could not keep the unsaved consultation as a file", failed);
                    dialogs.inform("unsaved-not-kept", text.get("app.quit.unsaved.notKept.heading"),
                            text.format("app.quit.unsaved.notKept.body", reason(failed))).show();
                });
            } else if (chosen == drop) {
                LOG.warning("Quit without keeping a consultation that could not be saved");
                stage.hide();
                exit.run();
            }
        });
        alert.show();
    }

    /** The failure in a sentence, without the reassurance the records add: here the answers are about to go. */
    private String reason(Exception e) {
        return RecordWords.failureAlone(text, e);
    }

    @Override
    public void start(Stage stage) {
        if (alreadyOpen != null) {
            endSecondStart();
            return;
        }
        window = stage;
        String stylesheet = stylesheetUrl();
        UncaughtErrorHandler errors = new UncaughtErrorHandler(new ErrorDialog(text, () -> stage, stylesheet),
                Platform::runLater, Platform::isFxApplicationThread);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);

        statusBar = new StatusLine(text, records.status());
        StatusLine status = statusBar;
        Dialogs dialogs = new Dialogs(text, () -> stage, stylesheet);
        words = new RecordWords(text, records::catalog);
        WizardFrame wizard = new WizardFrame(text);
        ClientDirectory clients = new ClientDirectory(records.clinic());
        documentPreviews = new DocumentPreviews(text, tasks, documents, () -> stage, stylesheet, status::showNotice);
        Consultations consultations = new Consultations(records.clinic(), InstanceLock.thisHost(), audit);
        consultationView = new ConsultationView(text, wizard, new WizardServices(tasks, records,
                consultations, planner, LocalDate::now, records.clock(),
                status::showNotice, () -> stage, documents::clinicSettings, documents.app(), documentPreviews::open, clients));
        ConsultationView consultation = consultationView;
        Photos photos = new Photos(records.clinic(), audit);
        Sessions sessions = new Sessions(records.clinic(), consents);
        clientsView = new ClientsView(text, words, tasks, records, clients, consultations, () -> mainWindow.startNewConsultation(),
                (draftId, context) -> mainWindow.continueDraft(draftId, context), documentPreviews::open,
                new PhotoPages(words, tasks, photos, consents, records.clinic().actor()), new VisitsFile(documents.app()));
        clientsView.addClientSection(new Outcomes(words, tasks, photos, sessions, () -> stage, stylesheet)::section);
        // Above the sessions: a session is refused until the consent is signed, so signing comes first on the page.
        clientsView.addConsultationSection(new ConsentsSection(words, tasks, consents, documents,
                records.clock().getZone(), () -> stage, stylesheet, text::language, status::showNotice)::forConsultation);
        clientsView.addConsultationSection(new SessionsSection(words, tasks, sessions, records::today)::forConsultation);
        clinicCard = new ClinicCard(text, tasks, documents, dialogs, status::showNotice);
        Clinic clinic = records.clinic();
        PlanCalendarCard calendarCard = new PlanCalendarCard(text, tasks, clinic::planCalendar,
                clinic::savePlanCalendar, this::planCalendarChanged, status::showNotice);
        ScreenLanguageCard languageCard = new ScreenLanguageCard(text, tasks, text.language(),
                workstation::saveLanguage, status::showNotice);
        backupsCard = new BackupsCard(text, words, tasks, records, dialogs, status::showNotice);
        moveRecordsCard = new MoveRecordsCard(text, tasks, records, dialogs, status::showNotice);
        AuditCard auditCard = new AuditCard(text, words, new AuditLog(tasks, audit, records.clock().getZone()),
                records.clock().getZone(), dialogs, status::showNotice);
        mainWindow = new MainWindow(
                new NavigationBar(text, icons.join().atLeast(64), AppVersion.get()),
                consultation,
                clientsView,
                new SettingsView(text, AppVersion.get(), records.paths(), records.status(), this::openFolder,
                        List.of(languageCard, clinicCard, calendarCard, backupsCard, moveRecordsCard, auditCard)),
                status);
        mainWindow.setMenu(new AppMenu(text, new AppMenu.Actions(
                () -> {
                    mainWindow.show(Section.SETTINGS);
                    moveRecordsCard.chooseExportFile();
                },
                () -> {
                    mainWindow.show(Section.SETTINGS);
                    moveRecordsCard.chooseImportFile();
                },
                () -> {
                    mainWindow.show(Section.SETTINGS);
                    backupsCard.backUpNow();
                },
                () -> quit(stage, dialogs))));
        databaseProblems = new DatabaseProblems(text, words, records, tasks, dialogs, Platform::exit,
                status::showNotice);

        Scene scene = new Scene(mainWindow.root(), PREFERRED_WIDTH, PREFERRED_HEIGHT);
        scene.getStylesheets().add(stylesheet);
        mainWindow.installShortcuts(scene);

        stage.setTitle(text.get("app.name"));
        stage.getIcons().setAll(icons.join().all());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        WindowPlacementTracker placement = new WindowPlacementTracker(stage, PREFERRED_WIDTH, PREFERRED_HEIGHT);
        placement.restore(savedPlacement.join());
        stage.setOnHidden(e -> savePlacement(placement.current()));
        stage.setOnCloseRequest(e -> {
            // Closing waits for the last save: if it fails, the person is asked before anything is dropped.
            e.consume();
            quit(stage, dialogs);
        });
        stage.show();
        mainWindow.focusCurrentView();
        databaseProblems.watch();
        records.status().addListener((o, was, now) -> {
            if (now instanceof DatabaseStatus.Ready) {
                dailyBackup();
            }
        });
        if (records.ready()) {
            dailyBackup();
        }
        logStartTime("Main window shown");
        // Should the first frame not be reported (a window that never gets the focus), the records open regardless.
        PauseTransition recordsAtLatest =
                new PauseTransition(javafx.util.Duration.millis(RECORDS_AT_LATEST.toMillis()));
        recordsAtLatest.setOnFinished(e -> openRecords());
        recordsAtLatest.play();
        FirstFrame.whenReady(scene, () -> {
            long ms = logStartTime("First page ready for typing");
            openRecords();
            engine();
            LongConsumer report = startupReport;
            if (report != null) {
                report.accept(ms);
                stage.hide();
                Platform.exit();
            }
        });
    }

    private static String stylesheetUrl() {
        return Objects.requireNonNull(ClearpathApp.class.getResource(STYLESHEET), STYLESHEET).toExternalForm();
    }

    /**
     * Sets the theme (its precompiled form: the same rules without parsing 170 KB of CSS at every start) and has the
     * app's stylesheet read, through a scene that is never shown: JavaFX keeps a stylesheet once read, so the
     * window's scene finds it ready.
     */
    private static void loadStylesheets() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        Scene reader = new Scene(new Region());
        reader.getStylesheets().add(stylesheetUrl());
        reader.getRoot().applyCss();
    }

    /** Opens the records, once: when the first page is ready, or {@link #RECORDS_AT_LATEST} after start. */
    private void openRecords() {
        if (!recordsOpening) {
            recordsOpening = true;
            records.open(status -> {
            });
        }
    }

    @Override
    public void stop() {
        recordsOpening = true; // not (re)opened once closing
        if (tasks != null) {
            tasks.finish(EXIT_WAIT);
        }
        if (records != null) {
            records.close();
        }
        if (instance != null) {
            instance.close();
            instance = null;
        }
        LOG.info("Clearpath Consult closed");
    }

    /** The open database, once it is ready; empty while opening or if it could not be opened. */
    public Optional<Database> database() {
        if (!records.ready()) {
            return Optional.empty();
        }
        try {
            return Optional.of(records.with(Clinic.Store::database));
        } catch (RecordsFailure e) {
            return Optional.empty();
        }
    }

    public ReadOnlyObjectProperty<DatabaseStatus> databaseStatusProperty() {
        return records.status();
    }

    public DataFolder dataFolder() {
        return folder;
    }

    MainWindow mainWindow() {
        return mainWindow;
    }

    Records records() {
        return records;
    }

    ClientsView clientsView() {
        return clientsView;
    }

    ConsultationView consultationView() {
        return consultationView;
    }

    BackupsCard backupsCard() {
        return backupsCard;
    }

    MoveRecordsCard moveRecordsCard() {
        return moveRecordsCard;
    }

    DatabaseProblems databaseProblems() {
        return databaseProblems;
    }

    DocumentPreviews documentPreviews() {
        return documentPreviews;
    }

    ClinicCard clinicCard() {
        return clinicCard;
    }

    /** The engine the next plan is made with (waits for it the first time). */
    Planner planner() {
        return planner.get();
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

    /**
     * The first backup of the day, once the database is open (and again after a restore, which finds today's
     * and does nothing). The status bar says how it went; the log names only the file.
     */
    private void dailyBackup() {
        tasks.run(records::dailyBackup, made -> {
            if (made.isEmpty()) {
                statusBar.showBackup(text.get("status.backup.today"), false);
                return;
            }
            String at = made.get().backup().madeAt().format(DateTimeFormatter.ofPattern("HH:mm"));
            List<PhotoGap> left = made.get().photosNotCarried();
            // A backup without some photos is still a backup, but the person must know which part is missing.
            statusBar.showBackup(left.isEmpty() ? text.format("status.backup.made", at)
                    : text.format("status.backup.madeWithoutPhotos", at, left.size(),
                    words.photoGaps(left)), !left.isEmpty());
        }, error -> {
            LOG.log(Level.WARNING, "The daily backup failed", error);
            statusBar.showBackup(text.format("status.backup.failed", RecordWords.failure(text, error)), true);
        });
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

    private synchronized CompletableFuture<Planner> engine() {
        if (engine == null) {
            engine = inBackground("engine", () -> new Planner(records.catalog(), records.plannerOptions()));
        }
        return engine;
    }

    /** Saved in Settings (FX thread): the next plan uses the new calendar, and so does the consultation on screen. */
    private void planCalendarChanged(PlanCalendar calendar) {
        records.usePlanCalendar(calendar);
        CompletableFuture<Planner> next = engine().thenApply(p -> new Planner(p.catalog(), records.plannerOptions()));
        synchronized (this) {
            engine = next;
        }
        consultationView.replan();
    }

    /**
     * Runs start-up work on a thread of its own, so it overlaps with building the window on the FX thread. The
     * result is completed there, never through the FX thread, which may be the one waiting for it.
     */
    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, job -> {
            Thread t = new Thread(job, "clearpath-start-" + name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** Logs how long ago the process started, and returns it in milliseconds (-1 where the system cannot tell). */
    private static long logStartTime(String what) {
        long ms = ProcessUptime.now().map(Duration::toMillis).orElse(-1L);
        LOG.info(what + " " + ms + " ms after the process started");
        return ms;
    }
}
