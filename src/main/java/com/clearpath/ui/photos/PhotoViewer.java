package com.clearpath.ui.photos;

import com.clearpath.domain.Photo;
import com.clearpath.ui.common.BackgroundTasks;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;

/**
 * One photo of a gallery shown large: decoded in the background down-sampled to the screen (never the camera's full
 * size), one at a time, so browsing a whole gallery holds a single screen-sized image; fitted to the window or at
 * 100% (one pixel of the decoded image to one pixel of the screen) and moved by dragging; the previous and next
 * photo of the gallery a key away. A photo that cannot be opened says why, and the others still open.
 */
public final class PhotoViewer {
    /** Turns a photo into an image no larger than the box; blocks, so it runs in the background. */
    @FunctionalInterface
    public interface Decoder {
        Image decode(Photo photo, double width, double height) throws Exception;
    }

    /** What the viewer shows. */
    public sealed interface Picture permits Decoding, Shown, Unreadable {
        Photo photo();
    }

    public record Decoding(Photo photo) implements Picture {
    }

    public record Shown(Photo photo, Image image) implements Picture {
    }

    /** The photo could not be opened (its file moved by hand, say); {@code error} says why. */
    public record Unreadable(Photo photo, Exception error) implements Picture {
    }

    /** Fitted to the window, or one decoded pixel per screen pixel. */
    public enum Zoom { FIT, ACTUAL }

    private final BackgroundTasks tasks;
    private final Decoder decoder;
    private final List<Photo> photos;
    private final double boxWidth;
    private final double boxHeight;
    private final double pixelScale;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Zoom> zoom = new SimpleObjectProperty<>(Zoom.FIT);
    private final ReadOnlyDoubleWrapper panX = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper panY = new ReadOnlyDoubleWrapper();
    private double viewportWidth;
    private double viewportHeight;
    /** Counts the requests, so a slow decode of a photo passed by does not replace the one asked for since. */
    private long asked;

    /**
     * A viewer of {@code photos} (a gallery as it was when the viewer opened); each is decoded to fit
     * {@code boxWidth}×{@code boxHeight} device pixels (the screen), whose {@code pixelScale} device pixels make one
     * pixel of the layout.
     */
    public PhotoViewer(BackgroundTasks tasks, Decoder decoder, List<Photo> photos, double boxWidth, double boxHeight,
                       double pixelScale) {
        this.tasks = tasks;
        this.decoder = decoder;
        this.photos = List.copyOf(photos);
        this.boxWidth = boxWidth;
        this.boxHeight = boxHeight;
        this.pixelScale = Math.max(1, pixelScale);
        zoom.addListener((o, was, now) -> {
            panX.set(0);
            panY.set(0);
        });
    }

    public List<Photo> photos() {
        return photos;
    }

    /** Shows the photo at {@code at} (0-based), decoding it in the background; out of range, nothing happens. */
    public void open(int at) {
        if (at < 0 || at >= photos.size()) {
            return;
        }
        long request = ++asked;
        Photo photo = photos.get(at);
        index.set(at);
        zoom.set(Zoom.FIT);
        panX.set(0);
        panY.set(0);
        // The photo passed by is let go at once, so only one screen-sized image is ever held.
        picture.set(new Decoding(photo));
        tasks.run(() -> decoder.decode(photo, boxWidth, boxHeight), image -> {
            if (request == asked) {
                picture.set(new Shown(photo, image));
            }
        }, e -> {
            if (request == asked) {
                picture.set(new Unreadable(photo, e));
            }
        });
    }

    /** Opens {@code photo} when it is one of the gallery's. */
    public void open(Photo photo) {
        open(photos.indexOf(photo));
    }

    public void next() {
        open(index.get() + 1);
    }

    public void previous() {
        open(index.get() - 1);
    }

    public BooleanBinding hasNext() {
        return Bindings.createBooleanBinding(() -> index.get() + 1 < photos.size(), index);
    }

    public BooleanBinding hasPrevious() {
        return Bindings.createBooleanBinding(() -> index.get() > 0, index);
    }

    /** The position of the photo shown in the gallery, from 0; -1 before one is opened. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Zoom> zoomProperty() {
        return zoom;
    }

    /** The whole photo in the window, centred. */
    public void fit() {
        zoom.set(Zoom.FIT);
    }

    /** The photo at 100%: one pixel of the decoded image to one pixel of the screen. */
    public void actualSize() {
        zoom.set(Zoom.ACTUAL);
    }

    public void toggleZoom() {
        zoom.set(zoom.get() == Zoom.FIT ? Zoom.ACTUAL : Zoom.FIT);
    }

    /** The picture's size on screen at 100%, in layout pixels; zero while there is no picture. */
    public double actualWidth() {
        return picture.get() instanceof Shown s ? s.image().getWidth() / pixelScale : 0;
    }

    public double actualHeight() {
        return picture.get() instanceof Shown s ? s.image().getHeight() / pixelScale : 0;
    }

    /** How far the picture is moved from the centre at 100%, in layout pixels. */
    public ReadOnlyDoubleProperty panXProperty() {
        return panX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty panYProperty() {
        return panY.getReadOnlyProperty();
    }

    /** Moves the picture at 100%; never so far that an edge comes inside the window. Fitted, it stays centred. */
    public void panBy(double dx, double dy) {
        if (zoom.get() != Zoom.ACTUAL) {
            return;
        }
        double limitX = Math.max(0, (actualWidth() - viewportWidth) / 2);
        double limitY = Math.max(0, (actualHeight() - viewportHeight) / 2);
        panX.set(Math.max(-limitX, Math.min(limitX, panX.get() + dx)));
        panY.set(Math.max(-limitY, Math.min(limitY, panY.get() + dy)));
    }

    /** The size of the window's picture area, which bounds the pan. */
    public void viewport(double width, double height) {
        viewportWidth = width;
        viewportHeight = height;
        panBy(0, 0);
    }
}
