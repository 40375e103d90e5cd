package com.clearpath.ui.photos;

import com.clearpath.app.Photos;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.domain.PhotoRefusal;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.Zone;
import com.clearpath.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A consultation's photos: shown only once the client's photo consent for the clinical record stands; files
 * chosen or dropped wait with their view and zone until added together; a file that cannot be added is reported by
 * name while the others are added; a photo is deleted only with a reason.
 */
public final class GalleryModel {
    /** Whether photos can be shown and added here. */
    public enum Gate { LOADING, NO_CLIENT, NO_CONSENT, OPEN, FAILED }

    /** A file waiting to be added, with the view and (optional) zone chosen for it. */
    public static final class Pending {
        private final Path file;
        private final ObjectProperty<PhotoView> view;
        private final ObjectProperty<Zone> zone = new SimpleObjectProperty<>();

        Pending(Path file, PhotoView view) {
            this.file = file;
            this.view = new SimpleObjectProperty<>(view);
        }

        public Path file() {
            return file;
        }

        public String name() {
            return String.valueOf(file.getFileName());
        }

        public ObjectProperty<PhotoView> viewProperty() {
            return view;
        }

        /** Null for no particular zone. */
        public ObjectProperty<Zone> zoneProperty() {
            return zone;
        }
    }

    /** A file that was not added, and why. */
    public record Problem(String file, Exception error) {
    }

    private record Added(List<Photo> photos, List<Problem> problems) {
    }

    private final BackgroundTasks tasks;
    private final Photos photos;
    private final UUID consultationId;
    private final UUID clientId;
    private final String actor;
    private final ObjectProperty<Gate> gate = new SimpleObjectProperty<>(Gate.LOADING);
    private final ObjectProperty<Exception> loadProblem = new SimpleObjectProperty<>();
    private final ObservableList<Photo> shown = FXCollections.observableArrayList();
    private final ObservableList<Pending> pending = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Photo> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ObservableList<Pending> pendingView = FXCollections.unmodifiableObservableList(pending);
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final BooleanProperty adding = new SimpleBooleanProperty();
    private final ObjectProperty<Photo> deleting = new SimpleObjectProperty<>();
    private final StringProperty deleteReason = new SimpleStringProperty("");
    private final ObjectProperty<Exception> deleteProblem = new SimpleObjectProperty<>();

    /** {@code clientId} is null for a consultation whose client is not in the records yet. */
    public GalleryModel(BackgroundTasks tasks, Photos photos, UUID consultationId, UUID clientId, String actor) {
        this.tasks = tasks;
        this.photos = photos;
        this.consultationId = Objects.requireNonNull(consultationId, "consultationId");
        this.clientId = clientId;
        this.actor = actor;
    }

    public UUID clientId() {
        return clientId;
    }

    /** Reads the consent and the photos; the gallery opens only with consent for the clinical record. */
    public void load() {
        if (clientId == null) {
            gate.set(Gate.NO_CLIENT);
            return;
        }
        gate.set(Gate.LOADING);
        loadProblem.set(null);
        tasks.run(() -> new Loaded(photos.consent(clientId), photos.list(consultationId)), loaded -> {
            shown.setAll(loaded.photos());
            gate.set(loaded.consent().clinical() ? Gate.OPEN : Gate.NO_CONSENT);
        }, e -> {
            loadProblem.set(e);
            gate.set(Gate.FAILED);
        });
    }

    private record Loaded(PhotoConsent consent, List<Photo> photos) {
    }

    /** The consent was recorded on this screen: the gallery follows it without reading it again. */
    public void consentChanged(PhotoConsent consent) {
        if (gate.get() == Gate.NO_CONSENT && consent.clinical()) {
            load();
        } else if (!consent.clinical() && gate.get() == Gate.OPEN) {
            gate.set(Gate.NO_CONSENT);
        }
    }

    /**
     * Files chosen or dropped wait here for their view; each is offered the next standard view not yet taken, so a
     * series of front, left and right needs no choosing.
     */
    public void stage(List<Path> files) {
        if (gate.get() != Gate.OPEN) {
            return;
        }
        for (Path file : files) {
            if (pending.stream().noneMatch(p -> p.file().equals(file))) {
                pending.add(new Pending(file, nextView()));
            }
        }
    }

    private PhotoView nextView() {
        List<PhotoView> taken = new ArrayList<>();
        shown.forEach(p -> taken.add(p.view()));
        pending.forEach(p -> taken.add(p.viewProperty().get()));
        for (PhotoView v : PhotoView.values()) {
            if (!taken.contains(v)) {
                return v;
            }
        }
        return PhotoView.CLOSE_UP;
    }

    public void unstage(Pending file) {
        pending.remove(file);
    }

    public void cancelPending() {
        pending.clear();
    }

    /**
     * Adds the waiting files in the background, one by one: a file refused is reported by name and the others are
     * added all the same.
     */
    public void addPending() {
        if (pending.isEmpty() || adding.get()) {
            return;
        }
        record Choice(Path file, String name, PhotoView view, Optional<Zone> zone) {
        }
        List<Choice> choices = pending.stream().map(p -> new Choice(p.file(), p.name(), p.viewProperty().get(),
                Optional.ofNullable(p.zoneProperty().get()))).toList();
        adding.set(true);
        problems.clear();
        tasks.run(() -> {
            List<Photo> added = new ArrayList<>();
            List<Problem> refused = new ArrayList<>();
            for (Choice c : choices) {
                try {
                    added.add(photos.add(consultationId, c.file(), c.view(), c.zone()));
                } catch (Exception e) {
                    refused.add(new Problem(c.name(), e));
                }
            }
            return new Added(added, refused);
        }, outcome -> {
            adding.set(false);
            pending.clear();
            shown.addAll(outcome.photos());
            problems.setAll(outcome.problems());
            if (outcome.problems().stream().anyMatch(p -> p.error() instanceof Photos.Refused r
                    && r.reason() == PhotoRefusal.NO_CLINICAL_CONSENT)) {
                gate.set(Gate.NO_CONSENT);
            }
        }, e -> {
            adding.set(false);
            problems.setAll(new Problem(null, e));
        });
    }

    public void dismissProblems() {
        problems.clear();
    }

    /**
     * Reads a thumbnail and turns it into what is shown ({@code decode} runs in the background too, so no image is
     * decoded on the screen's thread).
     */
    public <T> void thumbnail(Photo photo, Function<byte[], T> decode, Consumer<T> done, Consumer<Exception> failed) {
        tasks.run(() -> decode.apply(photos.thumbnail(photo.id())), done, failed);
    }

    /**
     * A viewer of the gallery's photos as they are now, opened on {@code photo}: each decoded in the background to fit
     * {@code width}×{@code height} device pixels (the screen), {@code scale} of them to a layout pixel.
     */
    public PhotoViewer viewer(Photo photo, PhotoViewer.Decoder decoder, double width, double height, double scale) {
        PhotoViewer viewer = new PhotoViewer(tasks, decoder, shown, width, height, scale);
        viewer.open(photo);
        return viewer;
    }

    /** Asks for the reason before {@code photo} is deleted. */
    public void askDelete(Photo photo) {
        deleting.set(photo);
        deleteReason.set("");
        deleteProblem.set(null);
    }

    public void cancelDelete() {
        deleting.set(null);
        deleteProblem.set(null);
    }

    /** Deletes the photo asked about; without a reason nothing is deleted and the reason is asked for. */
    public void confirmDelete() {
        Photo photo = deleting.get();
        if (photo == null) {
            return;
        }
        String reason = deleteReason.get() == null ? "" : deleteReason.get().strip();
        if (reason.isEmpty()) {
            deleteProblem.set(new Photos.Refused(PhotoRefusal.REASON_REQUIRED, Optional.empty(), null));
            return;
        }
        deleteProblem.set(null);
        tasks.run(() -> {
            photos.delete(photo.id(), reason, actor);
            return photo;
        }, gone -> {
            shown.remove(gone);
            deleting.set(null);
        }, deleteProblem::set);
    }

    public ReadOnlyObjectProperty<Gate> gateProperty() {
        return gate;
    }

    public ReadOnlyObjectProperty<Exception> loadProblemProperty() {
        return loadProblem;
    }

    public ObservableList<Photo> photos() {
        return shownView;
    }

    public ObservableList<Pending> pending() {
        return pendingView;
    }

    public ObservableList<Problem> problems() {
        return problemsView;
    }

    public ReadOnlyBooleanProperty addingProperty() {
        return adding;
    }

    public ReadOnlyObjectProperty<Photo> deletingProperty() {
        return deleting;
    }

    public StringProperty deleteReasonProperty() {
        return deleteReason;
    }

    public ReadOnlyObjectProperty<Exception> deleteProblemProperty() {
        return deleteProblem;
    }
}
