package com.clearpath.ui.clients;

import com.clearpath.app.ClientDirectory;
import com.clearpath.app.ConsultationDocuments;
import com.clearpath.app.Consultations;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.domain.ClientMatch;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.documents.VisitsFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Clients screen shows, as properties its view binds to: whether the records can be shown at all, the
 * query and what it found (or the recent consultations when nothing is typed), the row selected, and the page on the
 * right. Every read runs through {@link BackgroundTasks}; an answer that arrives after a newer question (a later
 * query, another client opened) is dropped, so the screen never shows a result for what is no longer asked.
 */
public final class ClientsViewModel {
    static final int SEARCH_LIMIT = 50;
    static final int RECENT_LIMIT = 30;
    private static final Logger LOG = Logger.getLogger(ClientsViewModel.class.getName());

    /** A row in the list: a client found, or a recent consultation when nothing is typed. */
    public sealed interface Entry permits ClientEntry, RecentEntry {
    }

    public record ClientEntry(ClientMatch match) implements Entry {
    }

    public record RecentEntry(ConsultationSummary summary) implements Entry {
    }

    /** What the whole screen shows. */
    public sealed interface Screen permits Opening, Unavailable, Unreadable, FirstRun, Workspace {
    }

    public record Opening() implements Screen {
    }

    /** The database could not be opened, for the reason {@code failure} gives. */
    public record Unavailable(RecordsFailure failure) implements Screen {
    }

    /** The database is open but could not be read. */
    public record Unreadable(Exception error) implements Screen {
    }

    /** Nothing recorded yet. */
    public record FirstRun() implements Screen {
    }

    public record Workspace() implements Screen {
    }

    /** What the list holds. */
    public sealed interface Results permits NoResults, Recent, Found, SearchFailed {
    }

    public record NoResults() implements Results {
    }

    public record Recent(List<ConsultationSummary> consultations) implements Results {
    }

    public record Found(String query, List<ClientMatch> matches) implements Results {
    }

    public record SearchFailed(Exception error) implements Results {
    }

    /** The page on the right. {@code opened}: the person just asked for it, so it takes the focus. */
    public sealed interface Detail permits Nothing, Loading, ClientShown, ConsultationShown, Gone, Failed {
    }

    public record Nothing() implements Detail {
    }

    /** A page is on its way; what was shown stays until it arrives. */
    public record Loading() implements Detail {
    }

    public record ClientShown(ClientDirectory.History history, boolean opened) implements Detail {
    }

    /** {@code visits}: a visits file was just written from this page, to say so under its button. */
    public record ConsultationShown(ClientDirectory.Consultation consultation, boolean opened,
                                    Optional<ConsultationDocuments.VisitsWritten> visits) implements Detail {
    }

    /** What was asked for is no longer kept (merged or deleted meanwhile). */
    public record Gone() implements Detail {
    }

    public record Failed(Exception error) implements Detail {
    }

    /** Writes a consultation's visits file (blocking); the desktop's is {@link VisitsFile#write}. */
    @FunctionalInterface
    public interface VisitsWriter {
        ConsultationDocuments.VisitsWritten write(UUID consultationId, Path file) throws Exception;
    }

    /** What the right-hand side is about; a new one per opening, so a reload keeps it and a new opening does not. */
    private sealed interface Target permits ClientTarget, ConsultationTarget {
    }

    private record ClientTarget(UUID id) implements Target {
    }

    private record ConsultationTarget(UUID id) implements Target {
    }

    private final BackgroundTasks tasks;
    private final ClientDirectory directory;
    private final Consultations consultations;
    private final ObservableValue<DatabaseStatus> status;
    private final VisitsWriter visitsWriter;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", new Opening());
    private final ReadOnlyObjectWrapper<Results> results = new ReadOnlyObjectWrapper<>(this, "results",
            new NoResults());
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<Entry> rows = FXCollections.unmodifiableObservableList(entries);
    private final ObjectProperty<Entry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>(this, "detail", new Nothing());
    private final Latest screenAnswers = new Latest();
    private final Latest searchAnswers = new Latest();
    private final Latest detailAnswers = new Latest();
    private Target target;

    public ClientsViewModel(BackgroundTasks tasks, ClientDirectory directory, Consultations consultations,
                            ObservableValue<DatabaseStatus> status, VisitsWriter visitsWriter) {
        this.tasks = tasks;
        this.directory = directory;
        this.consultations = consultations;
        this.status = status;
        this.visitsWriter = visitsWriter;
        status.addListener((o, was, now) -> {
            if (!(now instanceof DatabaseStatus.Ready)) {
                // Whatever was on the right may be gone after a restore.
                forgetDetail();
            }
            refresh();
        });
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Results> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** The rows of {@link #resultsProperty()}, for the list. */
    public ObservableList<Entry> entries() {
        return rows;
    }

    /** The row the arrows are on; the first row after every search. */
    public ObjectProperty<Entry> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Picks what the screen shows: the records, the first-run state, or why the records are not available. */
    public void refresh() {
        Latest.Ticket ticket = screenAnswers.next();
        DatabaseStatus now = status.getValue();
        if (now instanceof DatabaseStatus.Unavailable unavailable) {
            screen.set(new Unavailable(unavailable.failure()));
            return;
        }
        if (!(now instanceof DatabaseStatus.Ready)) {
            screen.set(new Opening());
            return;
        }
        answer(ticket, directory::isEmpty, empty -> {
            if (empty) {
                screen.set(new FirstRun());
            } else {
                screen.set(new Workspace());
                search();
            }
        }, error -> screen.set(new Unreadable(error)));
    }

    // ---------------------------------------------------------------- the list

    /** Runs the query as it stands: clients that match, or the recent consultations when it is empty. */
    public void search() {
        search(false);
    }

    /** As {@link #search()}, then opens the first row once it arrives (Enter pressed right after typing). */
    public void searchThenOpenFirst() {
        search(true);
    }

    private void search(boolean openFirst) {
        String q = query.get() == null ? "" : query.get().strip();
        Latest.Ticket ticket = searchAnswers.next();
        if (q.isEmpty()) {
            answer(ticket, () -> directory.recent(RECENT_LIMIT),
                    recent -> show(new Recent(recent), recent.stream().<Entry>map(RecentEntry::new).toList()),
                    this::searchFailed);
            return;
        }
        answer(ticket, () -> directory.search(q, SEARCH_LIMIT), matches -> {
            show(new Found(q, matches), matches.stream().<Entry>map(ClientEntry::new).toList());
            if (openFirst) {
                openSelected();
            }
        }, this::searchFailed);
    }

    private void show(Results found, List<Entry> answer) {
        // Cleared first, so the first row is selected afresh even when it is the same as before.
        selected.set(null);
        entries.setAll(answer);
        results.set(found);
        selected.set(answer.isEmpty() ? null : answer.get(0));
    }

    private void searchFailed(Exception error) {
        LOG.log(Level.WARNING, "Client search failed", error);
        entries.clear();
        selected.set(null);
        results.set(new SearchFailed(error));
    }

    /** Opens the selected row, or the first when none is selected. */
    public void openSelected() {
        Entry entry = selected.get();
        if (entry == null && !entries.isEmpty()) {
            entry = entries.get(0);
        }
        open(entry);
    }

    public void open(Entry entry) {
        if (entry instanceof ClientEntry c) {
            openClient(c.match().id());
        } else if (entry instanceof RecentEntry r) {
            openConsultation(r.summary().id());
        }
    }

    // ---------------------------------------------------------------- the right-hand side

    /** Shows a client's history, with the focus in it. */
    public void openClient(UUID clientId) {
        target = new ClientTarget(clientId);
        load(target, true, Optional.empty());
    }

    /** Shows one consultation read-only, with the focus in it. */
    public void openConsultation(UUID consultationId) {
        target = new ConsultationTarget(consultationId);
        load(target, true, Optional.empty());
    }

    /** Reads what the right-hand side shows again (e.g. after a follow-up was started from it), leaving the focus. */
    public void reload() {
        if (target != null) {
            load(target, false, Optional.empty());
        }
    }

    /** A client's details were corrected or another record merged into it: shown again, and the list follows. */
    public void clientChanged(UUID clientId) {
        openClient(clientId);
        search();
    }

    /** The client on the right was deleted: nothing is shown there, and the list follows. */
    public void clientDeleted() {
        forgetDetail();
        search();
    }

    private void forgetDetail() {
        target = null;
        detailAnswers.next();
        detail.set(new Nothing());
    }

    private void load(Target what, boolean opened, Optional<ConsultationDocuments.VisitsWritten> visits) {
        Latest.Ticket ticket = detailAnswers.next();
        detail.set(new Loading());
        if (what instanceof ClientTarget c) {
            answer(ticket, () -> directory.history(c.id()), history -> detail.set(history
                    .<Detail>map(h -> new ClientShown(h, opened)).orElseGet(Gone::new)), this::detailFailed);
        } else if (what instanceof ConsultationTarget k) {
            answer(ticket, () -> directory.consultation(k.id()), found -> detail.set(found
                    .<Detail>map(f -> new ConsultationShown(f, opened, visits)).orElseGet(Gone::new)),
                    this::detailFailed);
        }
    }

    private void detailFailed(Exception error) {
        detail.set(new Failed(error));
    }

    // ---------------------------------------------------------------- commands

    /** Starts a follow-up draft for the client; {@code started} gets it, on the FX thread. */
    public void startFollowUp(UUID clientId, Consumer<StoredConsultation> started, Consumer<Exception> failed) {
        tasks.run(() -> consultations.startFollowUp(clientId), started, failed);
    }

    /** Starts a correction of a final consultation; {@code started} gets the new draft, on the FX thread. */
    public void startCorrection(UUID finalId, Consumer<StoredConsultation> started, Consumer<Exception> failed) {
        tasks.run(() -> consultations.startCorrection(finalId), started, failed);
    }

    /**
     * Writes the visits file of the consultation on the right; once written the consultation is read again, so its
     * documents list the file, with what was written attached. {@code failed} hears of a failure while it is still
     * the page shown.
     */
    public void saveVisits(UUID consultationId, Path file, Consumer<Exception> failed) {
        Target at = target;
        tasks.run(() -> visitsWriter.write(consultationId, file), written -> {
            if (at != null && at == target) {
                load(at, false, Optional.of(written));
            }
        }, error -> {
            if (at == target) {
                failed.accept(error);
            }
        });
    }

    private <T> void answer(Latest.Ticket ticket, Callable<T> work, Consumer<T> then, Consumer<Exception> failed) {
        tasks.run(work, found -> {
            if (ticket.current()) {
                then.accept(found);
            }
        }, error -> {
            if (ticket.current()) {
                failed.accept(error);
            }
        });
    }

    /** Numbers the questions of one kind; only the answer to the latest is taken. */
    private static final class Latest {
        private long asked;

        interface Ticket {
            boolean current();
        }

        Ticket next() {
            long mine = ++asked;
            return () -> mine == asked;
        }
    }
}
