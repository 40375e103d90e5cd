package com.clearpath.ui.photos;

import com.clearpath.app.Photos;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.engine.PhotoConsentText;
import com.clearpath.ui.common.BackgroundTasks;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
 * marketing are two separate choices, neither implied by the other. The text the client is shown is read with the
 * consent, and its version is kept with what is recorded.
 */
public final class PhotoConsentModel {
    private record Loaded(PhotoConsent consent, PhotoConsentText text) {
    }

    private final BackgroundTasks tasks;
    private final Photos photos;
    private final Supplier<PhotoConsentText> texts;
    private final UUID clientId;
    private final ObjectProperty<PhotoConsent> current = new SimpleObjectProperty<>();
    private final ObjectProperty<PhotoConsentText> text = new SimpleObjectProperty<>();
    private final BooleanProperty clinical = new SimpleBooleanProperty();
    private final BooleanProperty marketing = new SimpleBooleanProperty();
    private final StringProperty recordedBy = new SimpleStringProperty("");
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final ObjectProperty<Exception> problem = new SimpleObjectProperty<>();
    private Consumer<PhotoConsent> onRecorded = c -> { };

    /**
     * {@code texts} gives the photo consent text in use (it may read the clinic's override, so it is called in the
     * background); {@code actor} is who the records name by default as having taken the consent.
     */
    public PhotoConsentModel(BackgroundTasks tasks, Photos photos, Supplier<PhotoConsentText> texts, UUID clientId,
                             String actor) {
        this.tasks = tasks;
        this.photos = photos;
        this.texts = Objects.requireNonNull(texts, "texts");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        recordedBy.set(actor == null ? "" : actor);
    }

    public UUID clientId() {
        return clientId;
    }

    /** Reads the consent as it stands and the text to show; until then both properties are null. */
    public void load() {
        problem.set(null);
        tasks.run(() -> new Loaded(photos.consent(clientId), texts.get()), l -> {
            text.set(l.text());
            shown(l.consent());
        }, problem::set);
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

    /**
     * Records the two answers as they are now with the version of the text shown; who took them is required, as for
     * any signed consent, and nothing is recorded before the text has been shown.
     */
    public void save() {
        String by = recordedBy.get() == null ? "" : recordedBy.get().strip();
        PhotoConsentText shownText = text.get();
        if (by.isEmpty() || shownText == null || saving.get()) {
            return;
        }
        boolean clinicalAnswer = clinical.get();
        boolean marketingAnswer = marketing.get();
        int version = shownText.version();
        saving.set(true);
        problem.set(null);
        tasks.run(() -> photos.recordConsent(clientId, clinicalAnswer, marketingAnswer, by, version), c -> {
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

    /** The photo consent text the client is shown; null until read. */
    public ReadOnlyObjectProperty<PhotoConsentText> textProperty() {
        return text;
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
