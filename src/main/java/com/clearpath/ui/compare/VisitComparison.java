package com.clearpath.ui.compare;

import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.VisitOutcomes;
import com.clearpath.domain.VisitOutcomes.Visit;
import com.clearpath.ui.common.BackgroundTasks;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;

/**
 * Two visits of one client side by side in one view (front, left 45° …): each side's photo of that view, decoded
 * in the background to fit the screen, or that the visit has none; the sessions done in between; one zoom and pan
 * for both, so the same spot stays under the eye.
 */
public final class VisitComparison {
    public static final double MIN_ZOOM = 1;
    public static final double MAX_ZOOM = 8;
    /** One button press or Ctrl+plus: a quarter bigger. */
    public static final double ZOOM_STEP = 1.25;

    /** Turns a photo into an image no larger than the box; blocks, so it runs in the background. */
    @FunctionalInterface
    public interface Decoder {
        Image decode(Photo photo, double width, double height) throws Exception;
    }

    /** What a side shows. */
    public sealed interface Picture permits NoVisit, NoPhoto, Decoding, Decoded, Unreadable {
    }

    public record NoVisit() implements Picture {
    }

    /** The visit has no photo of the chosen view. */
    public record NoPhoto(Visit visit, PhotoView view) implements Picture {
    }

    public record Decoding(Visit visit, Photo photo) implements Picture {
    }

    public record Decoded(Visit visit, Photo photo, Image image) implements Picture {
    }

    public record Unreadable(Visit visit, Photo photo, Exception error) implements Picture {
    }

    /** One of the two visits and its picture. */
    public final class Side {
        private final ObjectProperty<Visit> visit = new SimpleObjectProperty<>();
        private final ObjectProperty<Picture> picture = new SimpleObjectProperty<>(new NoVisit());
        /** Counts the requests, so a slow decode of an earlier choice does not overwrite a later one. */
        private long asked;

        private Side() {
            visit.addListener((o, was, now) -> refresh());
        }

        public ObjectProperty<Visit> visitProperty() {
            return visit;
        }

        public ReadOnlyObjectProperty<Picture> pictureProperty() {
            return picture;
        }

        private void refresh() {
            long request = ++asked;
            Visit v = visit.get();
            PhotoView chosen = view.get();
            if (v == null) {
                picture.set(new NoVisit());
                return;
            }
            Optional<Photo> photo = photoOf(v, chosen);
            if (photo.isEmpty()) {
                picture.set(new NoPhoto(v, chosen));
                return;
            }
            Photo p = photo.get();
            picture.set(new Decoding(v, p));
            tasks.run(() -> decoder.decode(p, fitWidth, fitHeight), image -> {
                if (request == asked) {
                    picture.set(new Decoded(v, p, image));
                }
            }, e -> {
                if (request == asked) {
                    picture.set(new Unreadable(v, p, e));
                }
            });
        }
    }

    private final BackgroundTasks tasks;
    private final List<Visit> visits;
    private final List<Photo> photos;
    private final List<RecordedSession> sessions;
    private final Decoder decoder;
    private final double fitWidth;
    private final double fitHeight;
    private final ObjectProperty<PhotoView> view = new SimpleObjectProperty<>(PhotoView.FRONT);
    private final Side first;
    private final Side second;
    private final ObjectProperty<List<RecordedSession>> between = new SimpleObjectProperty<>(List.of());
    private final DoubleProperty zoom = new SimpleDoubleProperty(MIN_ZOOM);
    private final DoubleProperty panX = new SimpleDoubleProperty();
    private final DoubleProperty panY = new SimpleDoubleProperty();
    private double viewportWidth;
    private double viewportHeight;

    /**
     * The comparison of {@code outcomes}' visits, first the earliest visit with a photo against the latest; images
     * are decoded to fit {@code fitWidth}×{@code fitHeight} (the screen), never kept at full size.
     */
    public VisitComparison(BackgroundTasks tasks, ClientOutcomes.Shown outcomes, Decoder decoder, double fitWidth,
                           double fitHeight) {
        this.tasks = tasks;
        this.visits = outcomes.visits();
        this.photos = outcomes.photos();
        this.sessions = outcomes.sessions();
        this.decoder = decoder;
        this.fitWidth = fitWidth;
        this.fitHeight = fitHeight;
        this.first = new Side();
        this.second = new Side();
        view.addListener((o, was, now) -> {
            first.refresh();
            second.refresh();
        });
        first.visit.addListener((o, was, now) -> countBetween());
        second.visit.addListener((o, was, now) -> countBetween());
        if (!visits.isEmpty()) {
            Visit latest = visits.get(visits.size() - 1);
            Visit earliest = visits.stream().filter(v -> v.photos() > 0 && v != latest).findFirst()
                    .orElse(visits.get(0));
            view.set(commonView(earliest, latest));
            first.visit.set(earliest);
            second.visit.set(latest);
        }
    }

    public List<Visit> visits() {
        return visits;
    }

    public Side first() {
        return first;
    }

    public Side second() {
        return second;
    }

    public ObjectProperty<PhotoView> viewProperty() {
        return view;
    }

    /** The views either chosen visit has a photo of. */
    public Set<PhotoView> viewsShown() {
        Set<PhotoView> out = EnumSet.noneOf(PhotoView.class);
        for (Visit v : new Visit[] {first.visit.get(), second.visit.get()}) {
            if (v == null) {
                continue;
            }
            photos.stream().filter(p -> v.consultations().contains(p.consultationId())).forEach(p -> out.add(p.view()));
        }
        return out;
    }

    /** The sessions performed between the two visits (from the earlier one's day to the day before the later). */
    public ReadOnlyObjectProperty<List<RecordedSession>> sessionsBetweenProperty() {
        return between;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    /** How far both pictures are moved from the centre, in screen pixels. */
    public ReadOnlyDoubleProperty panXProperty() {
        return panX;
    }

    public ReadOnlyDoubleProperty panYProperty() {
        return panY;
    }

    public void zoomIn() {
        zoomBy(ZOOM_STEP);
    }

    public void zoomOut() {
        zoomBy(1 / ZOOM_STEP);
    }

    /** Back to the whole picture, centred. */
    public void fit() {
        zoom.set(MIN_ZOOM);
        panX.set(0);
        panY.set(0);
    }

    public void zoomBy(double factor) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor)));
        panBy(0, 0);
    }

    /** Moves both pictures; never so far that a picture leaves its frame. */
    public void panBy(double dx, double dy) {
        double limitX = (zoom.get() - 1) * viewportWidth / 2;
        double limitY = (zoom.get() - 1) * viewportHeight / 2;
        panX.set(Math.max(-limitX, Math.min(limitX, panX.get() + dx)));
        panY.set(Math.max(-limitY, Math.min(limitY, panY.get() + dy)));
    }

    /** The size of one side's frame, which bounds the pan. */
    public void viewport(double width, double height) {
        viewportWidth = width;
        viewportHeight = height;
        panBy(0, 0);
    }

    private void countBetween() {
        Visit a = first.visit.get();
        Visit b = second.visit.get();
        if (a == null || b == null) {
            between.set(List.of());
            return;
        }
        Visit earlier = a.on().isAfter(b.on()) ? b : a;
        Visit later = earlier == a ? b : a;
        between.set(sessions.stream()
                .filter(s -> VisitOutcomes.sessionsBetween(List.of(s), earlier.on(), later.on()) == 1)
                .sorted(Comparator.comparing(s -> s.session().performedOn()))
                .toList());
    }

    /** The visit's photo of that view: the last one added, as a retake replaces a poor shot. */
    private Optional<Photo> photoOf(Visit visit, PhotoView of) {
        return photos.stream()
                .filter(p -> visit.consultations().contains(p.consultationId()) && p.view() == of)
                .max(Comparator.comparing(Photo::addedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** Front when both have it; else a view both have; else one either has. */
    private PhotoView commonView(Visit a, Visit b) {
        PhotoView any = null;
        for (PhotoView v : PhotoView.values()) {
            boolean inA = photoOf(a, v).isPresent();
            boolean inB = photoOf(b, v).isPresent();
            if (inA && inB) {
                return v;
            }
            if (any == null && (inA || inB)) {
                any = v;
            }
        }
        return any == null ? PhotoView.FRONT : any;
    }
}
