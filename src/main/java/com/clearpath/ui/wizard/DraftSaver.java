package com.clearpath.ui.wizard;

import com.clearpath.app.Consultations;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.ui.records.RecordWords;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
 * (changes in between are folded into one save), with the step it is on, and the consultation is made final on
 * request, which is also when a new client's record is made (so a name corrected meanwhile is the one filed). All
 * database work runs on a worker; the snapshot is taken on the FX thread.
 *
 * <p>Saves may finish out of order on the worker pool, so each carries the revision it was taken at and a save
 * older than one already written is skipped. Each names the row version it replaces: when the draft was saved
 * meanwhile from another window or computer, saving stops and says so rather than writing over the newer answers.
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
    /** The row version the next save replaces; touched only under {@link #writeLock}. */
    private long version;
    /** Highest revision known saved, read on the FX thread. */
    private long savedUpTo;
    /** Why the last save failed, while it has not succeeded since (FX thread). */
    private Exception failure;
    /** Set once a save found the draft changed elsewhere: no more saves from this run. */
    private boolean changedElsewhere;
    /** Runs once, after the first save that reached the records (a kept file is no longer needed then). */
    private Runnable afterFirstSave;

    DraftSaver(ConsultationDraft draft, WizardServices services, WizardText text, IntSupplier step, boolean alreadySaved) {
        this.draft = draft;
        this.services = services;
        this.text = text;
        this.step = step;
        this.everSaved = alreadySaved;
        this.version = draft.toStored().version();
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

    /** True while answers of this run are not (yet) in the records. */
    boolean unsaved() {
        return !draft.isFinal() && !finalising && requested > savedUpTo && (everSaved || draft.revisionProperty().get() > 0);
    }

    /**
     * Before quitting: saves what is pending and says whether everything reached the records. {@code failed} gets
     * the reason when it did not (the records unavailable, read-only, locked, full, or changed elsewhere).
     */
    void flushThen(Runnable saved, Consumer<Exception> failed) {
        if (!unsaved()) {
            saved.run();
            return;
        }
        if (changedElsewhere || !services.ready()) {
            failed.accept(failure != null ? failure : new IllegalStateException(text.get("wizard.save.unavailable")));
            return;
        }
        saveNow(saved, failed);
    }

    /** {@code then} runs once after this run's first save reaches the records. */
    void afterFirstSave(Runnable then) {
        this.afterFirstSave = then;
    }

    /** The draft as it is on screen, for keeping as a file: the row version it was last saved at, and its step. */
    StoredConsultation snapshot() {
        synchronized (writeLock) {
            return draft.toStored().at(version, step.getAsInt());
        }
    }

    /** No more saves from this run (another consultation took the wizard); pending work is flushed first. */
    void stop() {
        flush();
        stopped = true;
        timer.stop();
    }

    private void saveNow() {
        saveNow(() -> {
        }, error -> {
        });
    }

    private void saveNow(Runnable saved, Consumer<Exception> failed) {
        timer.stop();
        if (finalising || draft.isFinal() || changedElsewhere) {
            saved.run();
            return;
        }
        Consultations consultations = services.consultations();
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
            failed.accept(new IllegalStateException(text.get("wizard.save.unavailable")));
            return;
        }
        int stepNow = step.getAsInt();
        StoredConsultation snapshot = draft.toStored();
        DraftExtras extras = draft.extras(stepNow);
        long revision = requested;
        status.set(text.get("wizard.save.saving"));
        services.tasks().run(() -> {
            synchronized (writeLock) {
                if (revision <= written) {
                    return false;
                }
                StoredConsultation result = consultations.saveDraft(snapshot.at(version, stepNow), extras);
                version = result.version();
                written = revision;
            }
            return true;
        }, wrote -> {
            everSaved = true;
            failure = null;
            savedUpTo = Math.max(savedUpTo, revision);
            if (!finalising && !draft.isFinal()) {
                status.set(text.format("wizard.save.saved", now()));
            }
            Runnable first = afterFirstSave;
            afterFirstSave = null;
            if (first != null) {
                first.run();
            }
            saved.run();
        }, error -> {
            failure = error;
            if (error instanceof RecordsFailure f && f.kind() == RecordsFailure.Kind.CHANGED_ELSEWHERE) {
                // Trying again would fail the same way; the answers stay on screen and can be kept as a file.
                changedElsewhere = true;
                LOG.log(Level.WARNING, "The draft was saved meanwhile from another copy; this one stops saving", error);
                status.set(text.get("wizard.save.changedElsewhere"));
            } else {
                LOG.log(Level.WARNING, "Could not save the consultation draft; retrying", error);
                status.set(text.format("wizard.save.failed", RecordWords.failure(text.messages(), error)));
                if (!stopped) {
                    timer.setDuration(RETRY);
                    timer.playFromStart();
                }
            }
            failed.accept(error);
        });
    }

    /** Saves the latest answers and makes the consultation final (read-only); the client is created if needed. */
    void finalise(Consumer<StoredConsultation> done, Consumer<Exception> failed) {
        if (finalising || draft.isFinal()) {
            return;
        }
        Consultations consultations = services.consultations();
        if (!services.ready()) {
            failed.accept(new IllegalStateException(text.get("wizard.save.unavailable")));
            return;
        }
        finalising = true;
        timer.stop();
        StoredConsultation snapshot = draft.toStored();
        status.set(text.get("wizard.save.finalising"));
        services.tasks().run(() -> {
            synchronized (writeLock) {
                // The client is matched or made here, from the details as they are now (see Consultations).
                StoredConsultation result = consultations.finalise(snapshot.at(version, Step.SUMMARY.ordinal()));
                written = Long.MAX_VALUE;
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
            status.set(text.format("wizard.save.failed", RecordWords.failure(text.messages(), error)));
            failed.accept(error);
        });
    }

    private String now() {
        return LocalTime.now(services.clock().withZone(ZoneId.systemDefault()))
                .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(text.locale()));
    }
}
