package com.clearpath.ui.wizard;

import com.clearpath.domain.Client;
import com.clearpath.store.StoredClient;
import com.clearpath.store.StoredConsultation;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * Keeps one wizard run in the records: the draft is saved at most {@link #DELAY} plus the write after any change
 * (changes in between are folded into one save), the client record is created when step one is done, and the
 * consultation is made final on request. All database work runs on a worker; the snapshot is taken on the FX thread.
 *
 * <p>Saves may finish out of order on the worker pool, so each carries the revision it was taken at and a save
 * older than one already written is skipped.
 */
final class DraftSaver {
    /** Changes within this time share one save, so a save is never more than about this long behind. */
    static final Duration DELAY = Duration.seconds(1);
    static final Duration RETRY = Duration.seconds(5);
    private static final Logger LOG = Logger.getLogger(DraftSaver.class.getName());

    private final ConsultationDraft draft;
    private final WizardServices services;
    private final WizardText text;
    private final IntSupplier step;
    private final PauseTransition timer = new PauseTransition(DELAY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** Guards the writes of this draft, across worker threads. */
    private final Object writeLock = new Object();
    /** Highest revision written; touched only under {@link #writeLock}. */
    private long written = -1;
    private long requested;
    private boolean finalising;
    private boolean stopped;
    private boolean everSaved;
    private boolean waitingForRecords;
    /** The client as this run created it, so later edits on step one update that record. */
    private Client createdClient;

    DraftSaver(ConsultationDraft draft, WizardServices services, WizardText text, IntSupplier step, boolean alreadySaved) {
        this.draft = draft;
        this.services = services;
        this.text = text;
        this.step = step;
        this.everSaved = alreadySaved;
        timer.setOnFinished(e -> saveNow());
        draft.revisionProperty().addListener((o, was, now) -> changed());
        status.set(text.get(alreadySaved ? "wizard.save.resumed" : "wizard.save.none"));
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when this run holds answers that are (or are about to be) in the records as an unfinished draft. */
    boolean keepsADraft() {
        return !draft.isFinal() && (everSaved || draft.revisionProperty().get() > 0);
    }

    /** The step moved: remember it with the next save, if this draft is kept at all. */
    void stepChanged() {
        if (keepsADraft()) {
            requested++;
            // Moving between steps is not an answer: the line keeps saying the answers are saved.
            schedule(false);
        }
    }

    private void changed() {
        requested++;
        schedule(true);
    }

    private void schedule(boolean answersChanged) {
        if (stopped || finalising || draft.isFinal()) {
            return;
        }
        if (answersChanged) {
            status.set(text.get("wizard.save.pending"));
        }
        if (timer.getStatus() != Animation.Status.RUNNING) {
            timer.setDuration(DELAY);
            timer.playFromStart();
        }
    }

    /** Saves now whatever is not saved yet (closing the window, starting another consultation). */
    void flush() {
        if (timer.getStatus() == Animation.Status.RUNNING || requested > 0 && !finalising && !draft.isFinal()) {
            saveNow();
        }
    }

    /** No more saves from this run (another consultation took the wizard); pending work is flushed first. */
    void stop() {
        flush();
        stopped = true;
        timer.stop();
    }

    private void saveNow() {
        timer.stop();
        if (finalising || draft.isFinal()) {
            return;
        }
        com.clearpath.ui.records.Records records = services.records();
        if (!services.ready()) {
            status.set(text.get("wizard.save.unavailable"));
            // Try again once the database is ready; nothing is dropped meanwhile.
            if (!waitingForRecords) {
                waitingForRecords = true;
                services.whenReady(() -> {
                    waitingForRecords = false;
                    saveNow();
                });
            }
            return;
        }
        StoredConsultation snapshot = draft.toStored();
        DraftExtras extras = draft.extras(step.getAsInt());
        long revision = requested;
        String actor = actor();
        status.set(text.get("wizard.save.saving"));
        services.tasks().run(() -> {
            synchronized (writeLock) {
                if (revision <= written) {
                    return false;
                }
                records.with(s -> s.consultations().saveDraft(snapshot, actor));
                written = revision;
            }
            writeExtras(snapshot.id(), extras);
            return true;
        }, wrote -> {
            everSaved = true;
            if (!finalising && !draft.isFinal()) {
                status.set(text.format("wizard.save.saved", now()));
            }
        }, error -> {
            LOG.log(Level.WARNING, "Could not save the consultation draft; retrying", error);
            status.set(text.format("wizard.save.failed", error.getMessage()));
            if (!stopped) {
                timer.setDuration(RETRY);
                timer.playFromStart();
            }
        });
    }

    private void writeExtras(UUID id, DraftExtras extras) {
        try {
            services.extras().write(id, extras);
        } catch (java.io.IOException e) {
            // The intake is saved; only the single questionnaire answers would have to be asked again.
            LOG.log(Level.WARNING, "Could not keep the questionnaire answers of a draft", e);
        }
    }

    /**
     * Step one is done: creates the client record for a new client, or updates the one this run created if its
     * details were changed since. A client chosen from the search is left as it is.
     */
    void clientStepDone() {
        if (draft.existingClientProperty().get() || draft.isFinal()) {
            return;
        }
        Client client = draft.toIntake().client();
        if (!draft.problemsAt("client").isEmpty()) {
            return;
        }
        com.clearpath.ui.records.Records records = services.records();
        if (!services.ready()) {
            return;
        }
        UUID known = draft.clientIdProperty().get();
        if (known != null && client.equals(createdClient)) {
            return;
        }
        services.tasks().run(() -> {
            if (known == null) {
                return records.with(s -> s.clients().create(client));
            }
            return records.with(s -> s.clients().update(known, client));
        }, (StoredClient saved) -> {
            createdClient = client;
            draft.clientIdProperty().set(saved.id());
        }, error -> {
            LOG.log(Level.WARNING, "Could not save the client record; it is created when the consultation is saved", error);
            status.set(text.format("wizard.save.failed", error.getMessage()));
        });
    }

    /** Saves the latest answers and makes the consultation final (read-only); the client is created if needed. */
    void finalise(Consumer<StoredConsultation> done, Consumer<Exception> failed) {
        if (finalising || draft.isFinal()) {
            return;
        }
        com.clearpath.ui.records.Records records = services.records();
        if (!services.ready()) {
            failed.accept(new IllegalStateException(text.get("wizard.save.unavailable")));
            return;
        }
        finalising = true;
        timer.stop();
        StoredConsultation snapshot = draft.toStored();
        Client client = draft.toIntake().client();
        String actor = actor();
        status.set(text.get("wizard.save.finalising"));
        services.tasks().run(() -> {
            synchronized (writeLock) {
                UUID clientId = snapshot.clientId() != null ? snapshot.clientId()
                        : records.with(s -> s.clients().create(client)).id();
                records.with(s -> s.consultations().saveDraft(snapshot.with(clientId, snapshot.intake(), snapshot.plan(),
                        snapshot.overrides()), actor));
                StoredConsultation result = records.with(s -> s.consultations().finalise(snapshot.id(), actor));
                written = Long.MAX_VALUE;
                services.extras().delete(snapshot.id());
                return result;
            }
        }, result -> {
            draft.quietly(() -> {
                draft.clientIdProperty().set(result.clientId());
                draft.statusProperty().set(result.status());
            });
            status.set(text.format("wizard.save.final", now()));
            done.accept(result);
        }, error -> {
            finalising = false;
            LOG.log(Level.WARNING, "Could not save the consultation as final", error);
            status.set(text.format("wizard.save.failed", error.getMessage()));
            failed.accept(error);
        });
    }

    private String actor() {
        // The records name the computer account, as everywhere else in the app (there is no sign-in).
        return services.records().actor();
    }

    private String now() {
        return LocalTime.now(services.clock().withZone(ZoneId.systemDefault()))
                .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
    }
}
