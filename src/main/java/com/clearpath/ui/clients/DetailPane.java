package com.clearpath.ui.clients;

import com.clearpath.app.ClientDirectory;
import com.clearpath.app.ConsultationDocuments;
import com.clearpath.document.DocumentKind;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.ui.clients.ClientsView.DraftHandoff;
import com.clearpath.ui.clients.ClientsViewModel.ClientShown;
import com.clearpath.ui.clients.ClientsViewModel.ConsultationShown;
import com.clearpath.ui.clients.ClientsViewModel.Detail;
import com.clearpath.ui.clients.ClientsViewModel.Failed;
import com.clearpath.ui.clients.ClientsViewModel.Gone;
import com.clearpath.ui.clients.ClientsViewModel.Nothing;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.documents.VisitsFile;
import com.clearpath.ui.photos.PhotoPages;
import com.clearpath.ui.records.RecordWords;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The right-hand side of the Clients screen: builds the page the view model's {@link Detail} names (a hint, a
 * client's history with their record's corrections, one consultation read-only) and wires its buttons back to it.
 */
final class DetailPane {
    /**
     * What the pages hand back to the screen: drafts to continue, documents to print, the way back to the search
     * (Esc selects what was typed; after a deletion the caret goes to its end, ready to type on).
     */
    record Links(DraftHandoff handoff, BiConsumer<UUID, DocumentKind> print, Runnable backToSearch,
                 Runnable typeOn, Supplier<LocalDate> today) {
    }

    private final Messages text;
    private final RecordWords words;
    private final BackgroundTasks tasks;
    private final ClientDirectory directory;
    private final ClientsViewModel model;
    private final Links links;
    private final PhotoPages photos;
    private final StackPane root = new StackPane();
    /** Sections of a client's page made by other screens (outcomes …), each made afresh with the page. */
    private final List<Function<ClientDirectory.History, Node>> sections = new ArrayList<>();
    /** Sections of a final consultation's page made by other screens (treatment sessions …); empty for a draft. */
    private final List<Function<StoredConsultation, Optional<Node>>> consultationSections = new ArrayList<>();
    /** A consultation page, whose visits button reports back to it. */
    private record OnScreen(UUID consultationId, ConsultationDetails view) {
    }

    /** The consultation page on screen; null on any other page. */
    private OnScreen consultation;

    DetailPane(RecordWords words, BackgroundTasks tasks, ClientDirectory directory, ClientsViewModel model,
               PhotoPages photos, Links links) {
        this.text = words.text();
        this.words = words;
        this.tasks = tasks;
        this.directory = directory;
        this.model = model;
        this.links = links;
        this.photos = photos;
        root.getStyleClass().add("clients-detail");
        root.setId("clients-detail");
        // Esc anywhere on the right goes back to the search box, ready for the next client.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                links.backToSearch().run();
                e.consume();
            }
        });
        model.detailProperty().addListener((o, was, now) -> show(now));
        show(model.detailProperty().get());
    }

    Node node() {
        return root;
    }

    void addClientSection(Function<ClientDirectory.History, Node> section) {
        sections.add(section);
    }

    void addConsultationSection(Function<StoredConsultation, Optional<Node>> section) {
        consultationSections.add(section);
    }

    private void show(Detail detail) {
        if (detail instanceof Nothing) {
            page(null, placeholder());
        } else if (detail instanceof ClientShown c) {
            clientPage(c);
        } else if (detail instanceof ConsultationShown k) {
            consultationPage(k);
        } else if (detail instanceof Gone) {
            page(null, message(text.get("clients.detail.gone")));
        } else if (detail instanceof Failed f) {
            page(null, message(text.format("clients.detail.error", ClientsView.describe(text, f.error()))));
        }
        // While loading, what was shown stays.
    }

    private void page(OnScreen details, Node node) {
        consultation = details;
        root.getChildren().setAll(node);
    }

    private void clientPage(ClientShown shown) {
        ClientDirectory.History history = shown.history();
        StoredClient client = history.client();
        ClientHistory view = new ClientHistory(words, client, history.consultations(), links.today().get(),
                () -> startFollowUp(client), model::openConsultation, links.print());
        ClientEditing editing = new ClientEditing(words, tasks, directory, client, history.consultations(),
                new ClientEditing.After(model::clientChanged, () -> {
                    model.clientDeleted();
                    links.typeOn().run();
                }));
        view.addActions(editing.menu());
        sections.forEach(section -> view.addSection(section.apply(history)));
        VBox page = new VBox(editing.panel(), view.node(), photos.consentCard(client.id()));
        VBox.setVgrow(view.node(), Priority.ALWAYS);
        page(null, page);
        if (shown.opened()) {
            view.focus();
        }
    }

    private void consultationPage(ConsultationShown shown) {
        ClientDirectory.Consultation opened = shown.consultation();
        StoredConsultation k = opened.consultation();
        StoredClient client = opened.client().orElse(null);
        ConsultationDetails view = new ConsultationDetails(words, k, client,
                opened.corrects().map(c -> c.intake().consultedOn()).orElse(null), opened.documents(),
                opened.schedule(),
                consultationSections.stream().flatMap(section -> section.apply(k).stream()).toList(),
                new ConsultationDetails.Actions(
                        client == null ? null : () -> model.openClient(client.id()),
                        () -> startCorrection(k, client),
                        () -> links.handoff().continueDraft(k.id(), text.format("clients.draft.context",
                                who(client))),
                        () -> links.print().accept(k.id(), DocumentKind.HANDOUT),
                        () -> links.print().accept(k.id(), DocumentKind.CLINICIAN_SUMMARY),
                        details -> chooseVisitsFile(k),
                        client == null ? null : () -> startFollowUp(client)));
        view.addSection(photos.gallery(k.id(), client == null ? null : client.id()));
        page(new OnScreen(k.id(), view), view.node());
        if (shown.visits().isPresent()) {
            ConsultationDocuments.VisitsWritten written = shown.visits().get();
            String name = written.file().getFileName().toString();
            view.showVisitsOutcome(written.notRecorded()
                    .map(e -> text.format("print.visits.savedNotRecorded", written.visits(), name,
                            ClientsView.describe(text, e)))
                    .orElse(text.format("print.visits.saved", written.visits(), name)),
                    written.notRecorded().isPresent());
            view.focusVisits();
        } else if (shown.opened()) {
            view.focus();
        }
    }

    private String who(StoredClient client) {
        return client == null ? text.get("clients.unknownClient") : ClientsView.name(client);
    }

    private void startFollowUp(StoredClient client) {
        model.startFollowUp(client.id(), draft -> links.handoff().continueDraft(draft.id(),
                text.format("clients.followUp.context", ClientsView.name(client))),
                error -> showActionProblem(text.format("clients.followUp.error", ClientsView.describe(text, error))));
    }

    private void startCorrection(StoredConsultation original, StoredClient client) {
        model.startCorrection(original.id(), draft -> links.handoff().continueDraft(draft.id(),
                text.format("clients.correction.context", who(client), words.date(original.intake().consultedOn()))),
                error -> showActionProblem(text.format("clients.correction.error",
                        ClientsView.describe(text, error))));
    }

    /** A button's work failed: said above the detail so the person sees it where they clicked. */
    private void showActionProblem(String message) {
        Label problem = new Label(message);
        problem.setId("clients-action-problem");
        problem.getStyleClass().add("inline-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        StackPane.setAlignment(problem, Pos.TOP_CENTER);
        root.getChildren().removeIf(n -> "clients-action-problem".equals(n.getId()));
        root.getChildren().add(problem);
    }

    /** "Visits (.ics)…": asks where, then writes it. */
    private void chooseVisitsFile(StoredConsultation k) {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        Optional<Path> chosen = VisitsFile.choose(text, owner, k.intake().client());
        chosen.ifPresent(this::saveVisits);
    }

    /** Writes the visits of the consultation on screen to {@code file}; nothing happens on any other page. */
    void saveVisits(Path file) {
        if (consultation == null) {
            return;
        }
        // The outcome shows under the button once the consultation is read again (its history then lists the file).
        ConsultationDetails shown = consultation.view();
        shown.showVisitsOutcome(text.get("print.visits.saving"), false);
        model.saveVisits(consultation.consultationId(), file, error -> {
            shown.showVisitsOutcome(text.format("print.visits.failed", VisitsFile.describe(text, error)), true);
            shown.focusVisits();
        });
    }

    private Node placeholder() {
        Label heading = new Label(text.get("clients.detail.none"));
        heading.getStyleClass().add("detail-placeholder-heading");
        Label hint = new Label(text.get("clients.detail.hint"));
        hint.getStyleClass().add("detail-placeholder-hint");
        hint.setWrapText(true);
        VBox box = new VBox(heading, hint);
        box.getStyleClass().add("detail-placeholder");
        box.setAlignment(Pos.CENTER);
        box.setId("clients-detail-placeholder");
        return box;
    }

    private static Node message(String message) {
        Label label = new Label(message);
        label.getStyleClass().add("detail-placeholder-heading");
        label.setWrapText(true);
        VBox box = new VBox(label);
        box.getStyleClass().add("detail-placeholder");
        box.setAlignment(Pos.CENTER);
        box.setId("clients-detail-message");
        return box;
    }
}
