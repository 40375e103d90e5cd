package com.clearpath.ui.clients;

import com.clearpath.app.ClientDirectory;
import com.clearpath.app.Consultations;
import com.clearpath.document.DocumentKind;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.ui.clients.ClientsViewModel.Entry;
import com.clearpath.ui.clients.ClientsViewModel.FirstRun;
import com.clearpath.ui.clients.ClientsViewModel.Found;
import com.clearpath.ui.clients.ClientsViewModel.Recent;
import com.clearpath.ui.clients.ClientsViewModel.Results;
import com.clearpath.ui.clients.ClientsViewModel.Screen;
import com.clearpath.ui.clients.ClientsViewModel.SearchFailed;
import com.clearpath.ui.clients.ClientsViewModel.Unavailable;
import com.clearpath.ui.clients.ClientsViewModel.Unreadable;
import com.clearpath.ui.clients.ClientsViewModel.Workspace;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.MainView;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.ViewHeader;
import com.clearpath.ui.documents.VisitsFile;
import com.clearpath.ui.photos.PhotoPages;
import com.clearpath.ui.records.RecordWords;
import com.clearpath.ui.records.Records;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.TextFields;

/**
 * "Clients": find a client in a keystroke and see their history. The search box has the focus when the view
 * opens; results follow the typing; arrow keys and Enter open a client, then a consultation, read-only. With
 * nothing typed, the most recent consultations are listed. What it shows comes from {@link ClientsViewModel}.
 */
public final class ClientsView implements MainView {
    /** Long enough that a fast typist's "jose" is one query, short enough to feel immediate. */
    static final Duration DEBOUNCE = Duration.millis(150);
    private static final Logger LOG = Logger.getLogger(ClientsView.class.getName());

    /** Hands a new draft (follow-up or correction) to the New consultation view. */
    @FunctionalInterface
    public interface DraftHandoff {
        void continueDraft(UUID draftId, String context);
    }

    private final Messages text;
    private final ClientsViewModel model;
    private final VBox root = new VBox();
    private final StackPane body = new StackPane();
    /** A clear button at its end (ControlsFX); Escape empties it as well. */
    private final TextField search = TextFields.createClearableTextField();
    private final Label listTitle = new Label();
    private final ListView<Entry> list = new ListView<>();
    private final Label listPlaceholder = new Label();
    private final DetailPane detail;
    private final Node workspace;
    private final ScreenPanes panes;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);

    /** {@code print} opens a consultation's handout or clinician summary for printing. */
    public ClientsView(Messages text, RecordWords words, BackgroundTasks tasks, Records records,
                       ClientDirectory directory, Consultations consultations, Runnable startConsultation, DraftHandoff handoff,
                       BiConsumer<UUID, DocumentKind> print, PhotoPages photos, VisitsFile visits) {
        this.text = text;
        this.model = new ClientsViewModel(tasks, directory, consultations, records.status(), visits::write);
        root.getStyleClass().addAll("view", "clients-view");
        root.setId("view-clients");

        search.setId("clients-search");
        search.setPromptText(text.get("clients.search.prompt"));
        search.setAccessibleText(text.get("clients.search.accessible"));
        search.getStyleClass().add("clients-search");
        search.textProperty().bindBidirectional(model.queryProperty());
        search.textProperty().addListener((o, was, now) -> debounce.playFromStart());
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKeys);
        debounce.setOnFinished(e -> model.search());
        Label keys = new Label(text.get("clients.search.keys"));
        keys.getStyleClass().add("clients-keys");
        HBox searchRow = new HBox(search, keys);
        searchRow.getStyleClass().add("clients-search-row");
        HBox.setHgrow(search, Priority.ALWAYS);

        detail = new DetailPane(words, tasks, directory, model, photos, new DetailPane.Links(handoff, print,
                this::backToSearch, this::typeOn, records::today));
        workspace = workspace(words);
        panes = new ScreenPanes(text, startConsultation);
        VBox.setVgrow(body, Priority.ALWAYS);

        root.getChildren().addAll(ViewHeader.create(text.get("clients.title"), text.get("clients.subtitle")),
                searchRow, body);
        search.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !(model.screenProperty().get() instanceof Workspace), model.screenProperty()));
        model.screenProperty().addListener((o, was, now) -> showScreen(now));
        model.resultsProperty().addListener((o, was, now) -> showResults(now));
        showScreen(model.screenProperty().get());
        model.refresh();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        focusWhenReady();
        model.refresh();
        model.reload();
    }

    /** Shows a client's history and puts the focus in it, so arrows and Enter go on to a consultation. */
    public void openClient(UUID clientId) {
        model.openClient(clientId);
    }

    /** Adds a section to every client's page, made from their history each time the page shows. */
    public void addClientSection(Function<ClientDirectory.History, Node> section) {
        detail.addClientSection(section);
    }

    /** Adds a section to every final consultation's page, made from the consultation each time the page shows. */
    public void addConsultationSection(Function<StoredConsultation, Optional<Node>> section) {
        detail.addConsultationSection(section);
    }

    /** Shows one consultation read-only. */
    public void openConsultation(UUID consultationId) {
        model.openConsultation(consultationId);
    }

    /**
     * Writes the visits of the consultation on screen to {@code file}, as its button does after the chooser; nothing
     * happens when no consultation is open.
     */
    public void saveVisits(Path file) {
        detail.saveVisits(file);
    }

    // ---------------------------------------------------------------- binding to the view model

    private void showScreen(Screen screen) {
        if (screen instanceof Workspace) {
            body.getChildren().setAll(workspace);
        } else if (screen instanceof FirstRun) {
            body.getChildren().setAll(panes.firstRun());
        } else if (screen instanceof Unavailable u) {
            showMessage(text.get("clients.unavailable.heading"), text.format("clients.unavailable.body", RecordWords.failure(text, u.failure())));
        } else if (screen instanceof Unreadable u) {
            showMessage(text.get("clients.unavailable.heading"),
                    text.format("clients.unavailable.body", describe(text, u.error())));
        } else {
            showMessage(text.get("clients.opening.heading"), text.get("clients.opening.body"));
        }
    }

    private void showMessage(String heading, String message) {
        body.getChildren().setAll(panes.message(heading, message));
    }

    /** The search box (or, before the first consultation, the start button) takes the focus once there is one. */
    private void focusWhenReady() {
        if (focusFirst(model.screenProperty().get())) {
            return;
        }
        model.screenProperty().addListener(new ChangeListener<Screen>() {
            @Override
            public void changed(ObservableValue<? extends Screen> o, Screen was, Screen now) {
                if (focusFirst(now)) {
                    model.screenProperty().removeListener(this);
                }
            }
        });
    }

    private boolean focusFirst(Screen screen) {
        if (screen instanceof Workspace) {
            typeOn();
            return true;
        }
        if (screen instanceof FirstRun) {
            panes.focusStart();
        }
        return false;
    }

    private void typeOn() {
        search.requestFocus();
        search.end();
    }

    private void backToSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void showResults(Results results) {
        listPlaceholder.getStyleClass().remove("clients-error");
        if (results instanceof Recent) {
            listTitle.setText(text.get("clients.recent.title"));
            listPlaceholder.setText(text.get("clients.recent.none"));
        } else if (results instanceof Found found) {
            int n = found.matches().size();
            listTitle.setText(n == 0 ? text.get("clients.results.none.title")
                    : n >= ClientsViewModel.SEARCH_LIMIT ? text.format("clients.results.many", ClientsViewModel.SEARCH_LIMIT)
                    : text.format("clients.results.count", n));
            listPlaceholder.setText(text.format("clients.results.none", found.query()));
        } else if (results instanceof SearchFailed failed) {
            listTitle.setText(text.get("clients.results.error.title"));
            listPlaceholder.setText(text.format("clients.results.error", describe(text, failed.error())));
            listPlaceholder.getStyleClass().add("clients-error");
        }
    }

    private void searchKeys(KeyEvent e) {
        boolean typing = debounce.getStatus() == Animation.Status.RUNNING;
        if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
            if (typing) {
                return;
            }
            list.requestFocus();
            if (list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().select(0);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            if (typing) {
                // Enter right after typing: search now, and open the best match once it arrives.
                debounce.stop();
                model.searchThenOpenFirst();
            } else {
                model.openSelected();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            search.clear();
            e.consume();
        }
    }

    // ---------------------------------------------------------------- building the view

    private Node workspace(RecordWords words) {
        listTitle.setId("clients-results-title");
        listTitle.getStyleClass().add("clients-list-title");
        list.setId("clients-results");
        list.setAccessibleText(text.get("clients.results.accessible"));
        list.getStyleClass().add("clients-results");
        listPlaceholder.setWrapText(true);
        listPlaceholder.getStyleClass().add("clients-list-placeholder");
        listPlaceholder.setId("clients-results-placeholder");
        list.setPlaceholder(listPlaceholder);
        list.setItems(model.entries());
        list.setCellFactory(v -> new EntryCell(words, model::open));
        // The list's selection and the model's follow each other.
        model.selectedProperty().addListener((o, was, now) -> {
            list.getSelectionModel().select(now);
            if (now != null && list.getItems().indexOf(now) == 0) {
                list.scrollTo(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.selectedProperty().set(now));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                search.requestFocus();
                e.consume();
            }
        });
        VBox left = new VBox(listTitle, list);
        left.getStyleClass().add("clients-list-column");
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(detail.node(), Priority.ALWAYS);
        HBox split = new HBox(left, detail.node());
        split.getStyleClass().add("clients-workspace");
        return split;
    }

    /** What went wrong, in the records' words when it is theirs (they are written for the front desk). */
    static String describe(Messages text, Exception error) {
        if (error instanceof RecordsFailure failure) {
            return RecordWords.failure(text, failure);
        }
        LOG.log(Level.WARNING, "Unexpected failure in the Clients view", error);
        return text.get("clients.unexpected");
    }

    static String name(StoredClient client) {
        return client.client().firstName() + " " + client.client().lastName();
    }
}
