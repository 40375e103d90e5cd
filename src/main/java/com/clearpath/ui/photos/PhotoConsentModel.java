package com.clearpath.ui.photos;

import com.clearpath.app.Photos;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.ui.common.BackgroundTasks;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A client's photo consent as it stands and the answers being recorded: photos for the clinical record and use in
 * marketing are two separate choices, neither implied by the other.
 */
public final class PhotoConsentModel {
    private final BackgroundTasks tasks;
    private final Photos photos;
    private final UUID clientId;
    private final ObjectProperty<PhotoConsent> current = new SimpleObjectProperty<>();
    private final BooleanProperty clinical = new SimpleBooleanProperty();
    private final BooleanProperty marketing = new SimpleBooleanProperty();
    private final StringProperty recordedBy = new SimpleStringProperty("");
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ObjectProperty<Exception> problem = new SimpleObjectProperty<>();
    private Consumer<PhotoConsent> onRecorded = c -> { };

    /** {@code actor} is who the records name by default as having taken the consent. */
    public PhotoConsentModel(BackgroundTasks tasks, Photos photos, UUID clientId, String actor) {
        this.tasks = tasks;
        this.photos = photos;
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        recordedBy.set(actor == null ? "" : actor);
    }

    public UUID clientId() {
        return clientId;
    }

    /** Reads the consent as it stands; until then {@link #currentProperty()} is null. */
    public void load() {
        problem.set(null);
        tasks.run(() -> photos.consent(clientId), this::shown, problem::set);
    }

    /** Opens the answers to record, starting from what stands. */
    public void edit() {
        PhotoConsent now = current.get();
        clinical.set(now != null && now.clinical());
        marketing.set(now != null && now.marketingUse());
        problem.set(null);
        editing.set(true);
    }

    public void cancel() {
        editing.set(false);
        problem.set(null);
    }

    /** Records the two answers as they are now; who took them is required, as for any signed consent. */
    public void save() {
        String by = recordedBy.get() == null ? "" : recordedBy.get().strip();
        if (by.isEmpty() || saving.get()) {
            return;
        }
        boolean clinicalAnswer = clinical.get();
        boolean marketingAnswer = marketing.get();
        saving.set(true);
        problem.set(null);
        tasks.run(() -> photos.recordConsent(clientId, clinicalAnswer, marketingAnswer, by), c -> {
            saving.set(false);
            editing.set(false);
            shown(c);
            onRecorded.accept(c);
        }, e -> {
            saving.set(false);
            problem.set(e);
        });
    }

    /** Told each time a consent is recorded here, so a gallery waiting for it opens. */
    public void onRecorded(Consumer<PhotoConsent> listener) {
        onRecorded = listener == null ? c -> { } : listener;
    }

    private void shown(PhotoConsent c) {
        current.set(c);
    }

    public ReadOnlyObjectProperty<PhotoConsent> currentProperty() {
        return current;
    }

    public BooleanProperty clinicalProperty() {
        return clinical;
    }

    public BooleanProperty marketingProperty() {
        return marketing;
    }

    public StringProperty recordedByProperty() {
        return recordedBy;
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyObjectProperty<Exception> problemProperty() {
        return problem;
    }
}
