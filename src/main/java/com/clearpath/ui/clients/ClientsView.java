package com.clearpath.ui.clients;

import com.clearpath.domain.ClientMatch;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.store.StoreException;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.MainView;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.ViewHeader;
import com.clearpath.document.DocumentKind;
import com.clearpath.ui.documents.VisitsFile;
import com.clearpath.ui.records.RecordWords;
import com.clearpath.ui.records.Records;
import com.clearpath.ui.shell.MainWindow;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;

/**
 * "Clients": find a client in a keystroke and see their history. The search box has the focus when the view
 * opens; results follow the typing; arrow keys and Enter open a client, then a consultation, read-only. With
 * nothing typed, the most recent consultations are listed.
 */
public final class ClientsView implements MainView {
    static final int SEARCH_LIMIT = 50;
    static final int RECENT_LIMIT = 30;
    /** Long enough that a fast typist's "jose" is one query, short enough to feel immediate. */
    static final Duration DEBOUNCE = Duration.millis(150);
    private static final Logger LOG = Logger.getLogger(ClientsView.class.getName());

    /** Hands a new draft (follow-up or correction) to the New consultation view. */
    @FunctionalInterface
    public interface DraftHandoff {
        void continueDraft(UUID draftId, String context);
    }

    /** A row in the list on the left: a client found, or a recent consultation when nothing is typed. */
    sealed interface Entry permits ClientEntry, RecentEntry {
    }

    record ClientEntry(ClientMatch match) implements Entry {
    }

    record RecentEntry(ConsultationSummary summary) implements Entry {
    }

    private final Messages text;
    private final RecordWords words;
    private final BackgroundTasks tasks;
    private final Records records;
    private final DraftHandoff handoff;
    private final BiConsumer<UUID, DocumentKind> print;
    private final VisitsFile visitsFile;
    /** Set when a visits file was written, for the consultation's page opened again after it. */
    private VisitsOutcome visitsOutcome;
    private Shown shown;

    private final VBox root = new VBox();
    private final StackPane body = new StackPane();
    /** A clear button at its end (ControlsFX); Escape empties it as well. */
    private final TextField search = TextFields.createClearableTextField();
    private final Label listTitle = new Label();
    private final ListView<Entry> list = new ListView<>();
    private final Label listPlaceholder = new Label();
    private final StackPane detail = new StackPane();
    private final Node workspace;
    private final Node emptyState;
    private final VBox messageState = new VBox();
    private final Label messageHeading = new Label();
    private final Label messageBody = new Label();
    private final Button start = new Button();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);

    /** Each search and each detail load gets a number; a result that is not the latest is dropped. */
    private long searchGeneration;
    private long detailGeneration;
    private long stateGeneration;
    /** Reloads what the right-hand side shows, e.g. after a follow-up was started from it. */
    private Runnable reloadDetail;
    private boolean focusSearchWhenReady;
    /** The search whose first result opens as soon as it arrives (Enter pressed while typing). */
    private long openWhenFound = -1;

    public ClientsView(Messages text, RecordWords words, BackgroundTasks tasks, Records records,
                       Runnable startConsultation, DraftHandoff handoff) {
        this(text, words, tasks, records, startConsultation, handoff, (id, kind) -> {
        });
    }

    /** {@code print} opens a consultation's handout or clinician summary for printing. */
    public ClientsView(Messages text, RecordWords words, BackgroundTasks tasks, Records records,
                       Runnable startConsultation, DraftHandoff handoff, BiConsumer<UUID, DocumentKind> print) {
        this.text = text;
        this.words = words;
        this.tasks = tasks;
        this.records = records;
        this.handoff = handoff;
        this.print = print;
        this.visitsFile = new VisitsFile(records);
        root.getStyleClass().addAll("view", "clients-view");
        root.setId("view-clients");

        search.setId("clients-search");
        search.setPromptText(text.get("clients.search.prompt"));
        search.setAccessibleText(text.get("clients.search.accessible"));
        search.getStyleClass().add("clients-search");
        search.textProperty().addListener((o, was, now) -> debounce.playFromStart());
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKeys);
        debounce.setOnFinished(e -> runSearch());
        Label keys = new Label(text.get("clients.search.keys"));
        keys.getStyleClass().add("clients-keys");
        HBox searchRow = new HBox(search, keys);
        searchRow.getStyleClass().add("clients-search-row");
        HBox.setHgrow(search, Priority.ALWAYS);

        workspace = workspace();
        emptyState = emptyState(startConsultation);
        messageState.getChildren().addAll(messageHeading, messageBody);
        messageState.getStyleClass().addAll("empty-state", "clients-message");
        messageState.setAlignment(Pos.CENTER);
        messageState.setFillWidth(false);
        messageHeading.setId("clients-message-heading");
        messageHeading.getStyleClass().add("empty-state-heading");
        messageBody.setId("clients-message-body");
        messageBody.getStyleClass().add("empty-state-body");
        messageBody.setWrapText(true);
        VBox.setVgrow(body, Priority.ALWAYS);

        root.getChildren().addAll(ViewHeader.create(text.get("clients.title"), text.get("clients.subtitle")),
                searchRow, body);
        records.status().addListener((o, was, now) -> {
            if (!(now instanceof DatabaseStatus.Ready)) {
                // Whatever was on the right may be gone after a restore.
                reloadDetail = null;
                showDetailPlaceholder();
            }
            refreshState();
        });
        refreshState();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        focusSearchWhenReady = true;
        if (body.getChildren().contains(workspace)) {
            focusSearch();
        } else if (body.getChildren().contains(emptyState)) {
            start.requestFocus();
        }
        refreshState();
        if (reloadDetail != null) {
            reloadDetail.run();
        }
    }

    /** The text in the search box, for tests and for keeping a search across visits. */
    public TextField searchField() {
        return search;
    }

    // ---------------------------------------------------------------- whole-view state

    /** Picks what the view shows: the records, the first-run empty state, or why the records are not available. */
    private void refreshState() {
        DatabaseStatus status = records.status().get();
        long generation = ++stateGeneration;
        if (status instanceof DatabaseStatus.Opening) {
            showMessage(text.get("clients.opening.heading"), text.get("clients.opening.body"));
            return;
        }
        if (status instanceof DatabaseStatus.Unavailable unavailable) {
            showMessage(text.get("clients.unavailable.heading"),
                    text.format("clients.unavailable.body", unavailable.reason()));
            return;
        }
        tasks.run(() -> records.with(s -> s.clients().count() + s.consultations().count()), count -> {
            if (generation != stateGeneration) {
                return;
            }
            if (count == 0) {
                search.setDisable(true);
                body.getChildren().setAll(emptyState);
                if (focusSearchWhenReady) {
                    start.requestFocus();
                }
            } else {
                search.setDisable(false);
                if (!body.getChildren().contains(workspace)) {
                    body.getChildren().setAll(workspace);
                }
                if (focusSearchWhenReady) {
                    focusSearch();
                }
                runSearch();
            }
        }, error -> {
            if (generation == stateGeneration) {
                showMessage(text.get("clients.unavailable.heading"),
                        text.format("clients.unavailable.body", describe(error)));
            }
        });
    }

    private void showMessage(String heading, String body) {
        search.setDisable(true);
        messageHeading.setText(heading);
        messageBody.setText(body);
        this.body.getChildren().setAll(messageState);
    }

    private void focusSearch() {
        focusSearchWhenReady = false;
        search.requestFocus();
        search.end();
    }

    // ---------------------------------------------------------------- searching

    private void runSearch() {
        debounce.stop();
        String query = search.getText() == null ? "" : search.getText().strip();
        long generation = ++searchGeneration;
        if (query.isEmpty()) {
            tasks.run(() -> records.with(s -> s.consultations().recent(RECENT_LIMIT)), recent -> {
                if (generation == searchGeneration) {
                    showEntries(recent.stream().<Entry>map(RecentEntry::new).toList(),
                            text.get("clients.recent.title"), text.get("clients.recent.none"));
                }
            }, error -> searchFailed(generation, error));
            return;
        }
        tasks.run(() -> records.with(s -> s.clients().search(query, SEARCH_LIMIT)), matches -> {
            if (generation != searchGeneration) {
                return;
            }
            String title = matches.isEmpty() ? text.get("clients.results.none.title")
                    : matches.size() >= SEARCH_LIMIT ? text.format("clients.results.many", SEARCH_LIMIT)
                    : text.format("clients.results.count", matches.size());
            showEntries(matches.stream().<Entry>map(ClientEntry::new).toList(), title,
                    text.format("clients.results.none", query));
            if (openWhenFound == generation) {
                openWhenFound = -1;
                openSelected();
            }
        }, error -> searchFailed(generation, error));
    }

    private void showEntries(List<Entry> entries, String title, String whenEmpty) {
        listTitle.setText(title);
        listPlaceholder.setText(whenEmpty);
        listPlaceholder.getStyleClass().remove("clients-error");
        list.getItems().setAll(entries);
        if (!entries.isEmpty()) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
    }

    private void searchFailed(long generation, Exception error) {
        if (generation != searchGeneration) {
            return;
        }
        LOG.log(Level.WARNING, "Client search failed", error);
        listTitle.setText(text.get("clients.results.error.title"));
        listPlaceholder.setText(text.format("clients.results.error", describe(error)));
        if (!listPlaceholder.getStyleClass().contains("clients-error")) {
            listPlaceholder.getStyleClass().add("clients-error");
        }
        list.getItems().clear();
    }

    private void searchKeys(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
            if (debounce.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                return;
            }
            list.requestFocus();
            if (list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().select(0);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            if (debounce.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                // Enter right after typing: search now, and open the best match once it arrives.
                runSearchThenOpenFirst();
            } else {
                openSelected();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            search.clear();
            e.consume();
        }
    }

    private void runSearchThenOpenFirst() {
        runSearch();
        openWhenFound = searchGeneration;
    }

    private void openSelected() {
        Entry entry = list.getSelectionModel().getSelectedItem();
        if (entry == null && !list.getItems().isEmpty()) {
            entry = list.getItems().get(0);
        }
        open(entry);
    }

    private void open(Entry entry) {
        if (entry instanceof ClientEntry c) {
            openClient(c.match().id());
        } else if (entry instanceof RecentEntry r) {
            openConsultation(r.summary().id());
        }
    }

    // ---------------------------------------------------------------- the right-hand side

    /** Shows a client's history and puts the focus in it, so arrows and Enter go on to a consultation. */
    public void openClient(UUID clientId) {
        long generation = ++detailGeneration;
        reloadDetail = () -> loadClient(clientId, generation, false);
        loadClient(clientId, generation, true);
    }

    private record History(StoredClient client, List<ConsultationSummary> consultations) {
    }

    private void loadClient(UUID clientId, long generation, boolean focus) {
        tasks.run(() -> records.with(s -> new History(s.clients().find(clientId).orElse(null),
                s.consultations().forClient(clientId))), history -> {
            if (generation != detailGeneration) {
                return;
            }
            if (history.client() == null) {
                showDetailMessage(text.get("clients.detail.gone"));
                return;
            }
            ClientHistory view = new ClientHistory(words, history.client(), history.consultations(), records.today(),
                    () -> startFollowUp(history.client()), this::openConsultation, print);
            ClientEditing editing = new ClientEditing(words, tasks, records, history.client(), history.consultations(),
                    new ClientEditing.After(this::clientChanged, this::clientDeleted));
            view.addActions(editing.menu());
            VBox page = new VBox(editing.panel(), view.node());
            VBox.setVgrow(view.node(), javafx.scene.layout.Priority.ALWAYS);
            detail.getChildren().setAll(page);
            if (focus) {
                view.focus();
            }
        }, error -> {
            if (generation == detailGeneration) {
                showDetailMessage(text.format("clients.detail.error", describe(error)));
            }
        });
    }

    /** A client's details were corrected or another record merged into it: shown again, and the list follows. */
    private void clientChanged(UUID clientId) {
        openClient(clientId);
        runSearch();
    }

    private void clientDeleted() {
        ++detailGeneration;
        showDetailPlaceholder();
        runSearch();
        focusSearch();
    }

    private record Opened(StoredConsultation consultation, StoredClient client, Optional<StoredConsultation> corrects,
                          List<ConsultationEvent> documents) {
    }

    /** Shows one consultation read-only. */
    public void openConsultation(UUID consultationId) {
        long generation = ++detailGeneration;
        reloadDetail = () -> loadConsultation(consultationId, generation, false);
        loadConsultation(consultationId, generation, true);
    }

    private void loadConsultation(UUID id, long generation, boolean focus) {
        tasks.run(() -> records.with(s -> {
            StoredConsultation k = s.consultations().find(id).orElse(null);
            if (k == null) {
                return null;
            }
            StoredClient client = k.clientId() == null ? null : s.clients().find(k.clientId()).orElse(null);
            Optional<StoredConsultation> corrects = k.correctsId() == null ? Optional.empty()
                    : s.consultations().find(k.correctsId());
            List<ConsultationEvent> documents = s.consultations().events(id).stream()
                    .filter(e -> e.kind() == ConsultationEvent.Kind.PRINTED || e.kind() == ConsultationEvent.Kind.PDF_SAVED
                            || e.kind() == ConsultationEvent.Kind.VISITS_EXPORTED)
                    .toList();
            return new Opened(k, client, corrects, documents);
        }), opened -> {
            if (generation != detailGeneration) {
                return;
            }
            if (opened == null) {
                showDetailMessage(text.get("clients.detail.gone"));
                return;
            }
            ConsultationDetails view = new ConsultationDetails(words, opened.consultation(), opened.client(),
                    opened.corrects().map(c -> c.intake().consultedOn()).orElse(null), opened.documents(),
                    new ConsultationDetails.Actions(
                            opened.client() == null ? null : () -> openClient(opened.client().id()),
                            () -> startCorrection(opened.consultation(), opened.client()),
                            () -> continueDraft(opened.consultation(), opened.client()),
                            () -> print.accept(opened.consultation().id(), DocumentKind.HANDOUT),
                            () -> print.accept(opened.consultation().id(), DocumentKind.CLINICIAN_SUMMARY),
                            shown -> exportVisits(opened.consultation(), shown)));
            detail.getChildren().setAll(view.node());
            shown = new Shown(opened.consultation(), view);
            VisitsOutcome outcome = visitsOutcome;
            visitsOutcome = null;
            if (outcome != null && outcome.consultationId().equals(id)) {
                view.showVisitsOutcome(outcome.message(), outcome.problem());
                view.focusVisits();
            }
            if (focus) {
                view.focus();
            }
        }, error -> {
            if (generation == detailGeneration) {
                showDetailMessage(text.format("clients.detail.error", describe(error)));
            }
        });
    }

    private void startFollowUp(StoredClient client) {
        tasks.run(() -> records.with(s -> s.consultations().startFollowUp(client.id(), records.today(),
                records.actor())), draft -> handoff.continueDraft(draft.id(),
                text.format("clients.followUp.context", name(client))),
                error -> showActionProblem(text.format("clients.followUp.error", describe(error))));
    }

    private void startCorrection(StoredConsultation original, StoredClient client) {
        tasks.run(() -> records.with(s -> s.consultations().startCorrection(original.id(), records.actor())),
                draft -> handoff.continueDraft(draft.id(), text.format("clients.correction.context",
                        client == null ? text.get("clients.unknownClient") : name(client),
                        words.date(original.intake().consultedOn()))),
                error -> showActionProblem(text.format("clients.correction.error", describe(error))));
    }

    private void continueDraft(StoredConsultation draft, StoredClient client) {
        handoff.continueDraft(draft.id(), text.format("clients.draft.context",
                client == null ? text.get("clients.unknownClient") : name(client)));
    }

    /** A button's work failed: said above the detail so the person sees it where they clicked. */
    private void showActionProblem(String message) {
        Label problem = new Label(message);
        problem.setId("clients-action-problem");
        problem.getStyleClass().add("inline-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        StackPane.setAlignment(problem, Pos.TOP_CENTER);
        detail.getChildren().removeIf(n -> "clients-action-problem".equals(n.getId()));
        detail.getChildren().add(problem);
    }

    private void showDetailPlaceholder() {
        Label heading = new Label(text.get("clients.detail.none"));
        heading.getStyleClass().add("detail-placeholder-heading");
        Label hint = new Label(text.get("clients.detail.hint"));
        hint.getStyleClass().add("detail-placeholder-hint");
        hint.setWrapText(true);
        VBox box = new VBox(heading, hint);
        box.getStyleClass().add("detail-placeholder");
        box.setAlignment(Pos.CENTER);
        box.setId("clients-detail-placeholder");
        detail.getChildren().setAll(box);
    }

    /**
     * "Visits (.ics)…": asks where, writes in the background, then opens the consultation again so its history shows
     * the file, with the outcome under the buttons and the focus back on the button.
     */
    private void exportVisits(StoredConsultation k, ConsultationDetails shown) {
        javafx.stage.Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        Optional<java.nio.file.Path> chosen = VisitsFile.choose(text, owner, k.intake().client());
        chosen.ifPresent(file -> exportVisits(k, shown, file));
    }

    /** Writes the visits file without the chooser: what the button does once a file is picked. */
    void exportVisits(StoredConsultation k, ConsultationDetails shown, java.nio.file.Path file) {
        long generation = detailGeneration;
        shown.showVisitsOutcome(text.get("print.visits.saving"), false);
        tasks.run(() -> visitsFile.write(k.id(), file), written -> {
            String name = written.file().getFileName().toString();
            String message = written.notRecorded()
                    .map(e -> text.format("print.visits.savedNotRecorded", written.visits(), name, describe(e)))
                    .orElse(text.format("print.visits.saved", written.visits(), name));
            if (generation != detailGeneration || reloadDetail == null) {
                return;
            }
            visitsOutcome = new VisitsOutcome(k.id(), message, written.notRecorded().isPresent());
            reloadDetail.run();
        }, error -> {
            if (generation == detailGeneration) {
                shown.showVisitsOutcome(text.format("print.visits.failed", VisitsFile.describe(text, error)), true);
                shown.focusVisits();
            }
        });
    }

    /**
     * Writes the visits of the consultation on screen to {@code file}, as its button does after the chooser; nothing
     * happens when no consultation is open.
     */
    public void saveVisits(java.nio.file.Path file) {
        Shown s = shown;
        if (s != null && detail.getChildren().contains(s.view().node())) {
            exportVisits(s.consultation(), s.view(), file);
        }
    }

    /** The consultation whose page is on the right. */
    private record Shown(StoredConsultation consultation, ConsultationDetails view) {
    }

    /** What the visits file came to, shown once the consultation is opened again. */
    private record VisitsOutcome(UUID consultationId, String message, boolean problem) {
    }

    private void showDetailMessage(String message) {
        Label label = new Label(message);
        label.getStyleClass().add("detail-placeholder-heading");
        label.setWrapText(true);
        VBox box = new VBox(label);
        box.getStyleClass().add("detail-placeholder");
        box.setAlignment(Pos.CENTER);
        box.setId("clients-detail-message");
        detail.getChildren().setAll(box);
    }

    // ---------------------------------------------------------------- building the view

    private Node workspace() {
        listTitle.setId("clients-results-title");
        listTitle.getStyleClass().add("clients-list-title");
        list.setId("clients-results");
        list.setAccessibleText(text.get("clients.results.accessible"));
        list.getStyleClass().add("clients-results");
        listPlaceholder.setWrapText(true);
        listPlaceholder.getStyleClass().add("clients-list-placeholder");
        listPlaceholder.setId("clients-results-placeholder");
        list.setPlaceholder(listPlaceholder);
        list.setCellFactory(v -> new EntryCell(words, this::open));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                search.requestFocus();
                e.consume();
            }
        });
        VBox left = new VBox(listTitle, list);
        left.getStyleClass().add("clients-list-column");
        VBox.setVgrow(list, Priority.ALWAYS);

        detail.getStyleClass().add("clients-detail");
        // Esc anywhere on the right goes back to the search box, ready for the next client.
        detail.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
        detail.setId("clients-detail");
        showDetailPlaceholder();
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox split = new HBox(left, detail);
        split.getStyleClass().add("clients-workspace");
        return split;
    }

    private Node emptyState(Runnable startConsultation) {
        SVGPath icon = new SVGPath();
        icon.setContent("M4 6 H14 L17 9 H28 V26 H4 Z M10 17 H22");
        icon.getStyleClass().add("empty-state-icon");
        StackPane iconTile = new StackPane(icon);
        iconTile.getStyleClass().add("empty-state-tile");
        Label heading = new Label(text.get("clients.empty.heading"));
        heading.getStyleClass().add("empty-state-heading");
        heading.setId("clients-empty-heading");
        Label bodyText = new Label(text.get("clients.empty.body"));
        bodyText.getStyleClass().add("empty-state-body");
        bodyText.setWrapText(true);
        start.setText(text.get("clients.empty.start"));
        start.setId("clients-start-consultation");
        start.setAccessibleText(text.get("clients.empty.start.accessible"));
        start.getStyleClass().add("accent");
        start.setOnAction(e -> startConsultation.run());
        Label shortcut = new Label(text.format("clients.empty.shortcut",
                MainWindow.NEW_CONSULTATION.getDisplayText()));
        shortcut.getStyleClass().add("empty-state-shortcut");

        VBox empty = new VBox(iconTile, heading, bodyText, start, shortcut);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add("empty-state");
        empty.setFillWidth(false);
        return empty;
    }

    /** What went wrong, in the store's words when it has them (they are written for the front desk). */
    private String describe(Exception error) {
        if (error instanceof StoreException) {
            return error.getMessage();
        }
        LOG.log(Level.WARNING, "Unexpected failure in the Clients view", error);
        return text.get("clients.unexpected");
    }

    static String name(StoredClient client) {
        return client.client().firstName() + " " + client.client().lastName();
    }

    /** Two lines per row: who, then what tells people with the same name apart. */
    private static final class EntryCell extends ListCell<Entry> {
        private final RecordWords words;
        private final Label first = new Label();
        private final Label second = new Label();
        private final Label third = new Label();
        private final Label badge = new Label();
        private final HBox top = new HBox(first, badge);
        private final VBox box = new VBox(top, second, third);

        EntryCell(RecordWords words, java.util.function.Consumer<Entry> open) {
            this.words = words;
            // A click on a row opens it; a click on the scroll bar or below the rows does not.
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                    open.accept(getItem());
                }
            });
            // Rows take the list's width and cut long text with an ellipsis, rather than scrolling sideways.
            setPrefWidth(0);
            first.getStyleClass().add("entry-name");
            second.getStyleClass().add("entry-details");
            third.getStyleClass().add("entry-details");
            third.managedProperty().bind(third.visibleProperty());
            top.getStyleClass().add("entry-top");
            box.getStyleClass().add("entry");
            badge.managedProperty().bind(badge.visibleProperty());
        }

        @Override
        protected void updateItem(Entry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Messages text = words.text();
            if (item instanceof ClientEntry c) {
                ClientMatch m = c.match();
                first.setText(m.displayName());
                StringBuilder details = new StringBuilder(text.format("clients.entry.born", words.date(m.dateOfBirth())));
                if (m.phone() != null && !m.phone().isBlank()) {
                    details.append(" · ").append(m.phone());
                }
                second.setText(details.toString());
                StringBuilder visits = new StringBuilder(m.consultations() == 0
                        ? text.get("clients.entry.noConsultations")
                        : text.format("clients.entry.consultations", m.consultations()));
                if (m.lastConsultedOn() != null) {
                    visits.append(" · ").append(text.format("clients.entry.lastVisit", words.date(m.lastConsultedOn())));
                }
                third.setText(visits.toString());
                third.setVisible(true);
                badge.setVisible(false);
            } else if (item instanceof RecentEntry r) {
                ConsultationSummary s = r.summary();
                first.setText(s.clientName() == null ? text.get("clients.unknownClient") : s.clientName());
                StringBuilder details = new StringBuilder(words.date(s.consultedOn()));
                details.append(" · ").append(words.concerns(s.mainConcerns()));
                String top = words.treatment(s.topRecommendation());
                if (top != null) {
                    details.append(" · ").append(top);
                }
                second.setText(details.toString());
                third.setVisible(false);
                ClientHistory.badge(badge, words, s.status());
                badge.setVisible(true);
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(first.getText() + ", " + second.getText()
                    + (third.isVisible() ? ", " + third.getText() : "")
                    + (badge.isVisible() ? ", " + badge.getText() : ""));
        }
    }
}
