package com.clearpath.ui.photos;

import com.clearpath.domain.Photo;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.photos.PhotoViewer.Picture;
import com.clearpath.ui.photos.PhotoViewer.Shown;
import com.clearpath.ui.photos.PhotoViewer.Unreadable;
import com.clearpath.ui.photos.PhotoViewer.Zoom;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A gallery's photo large in a window of its own: its view, zone and date above it, fit or 100% and dragged to move,
 * the arrow keys to the previous and next photo, Esc to close. A photo that cannot be opened says so, naming its file.
 */
final class PhotoViewerWindow {
    private static final KeyCombination FIT = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ACTUAL = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);

    private final PhotoWords words;
    private final Messages text;
    private final PhotoViewer model;
    private final Stage stage = new Stage();
    private final Label caption = new Label();
    private final Label date = new Label();
    private final Label position = new Label();
    private final ImageView image = new ImageView();
    private final Label message = new Label();
    private final StackPane frame = new StackPane();
    private final Button fit = new Button();
    private final Button actual = new Button();
    private double pressX;
    private double pressY;

    PhotoViewerWindow(PhotoWords words, PhotoViewer model, Window owner) {
        this.words = words;
        this.text = words.text();
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
        }
        caption.setId("viewer-caption");
        caption.getStyleClass().add("viewer-caption");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        date.setId("viewer-date");
        date.getStyleClass().add("viewer-date");
        date.setMinWidth(Region.USE_PREF_SIZE);
        position.setId("viewer-position");
        position.getStyleClass().add("viewer-position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = button("viewer-previous", "clients.photos.viewer.previous",
                "clients.photos.viewer.previous.accessible", model::previous);
        previous.disableProperty().bind(model.hasPrevious().not());
        Button next = button("viewer-next", "clients.photos.viewer.next", "clients.photos.viewer.next.accessible",
                model::next);
        next.disableProperty().bind(model.hasNext().not());
        fit.setId("viewer-fit");
        fit.setText(text.get("clients.photos.viewer.fit"));
        fit.setAccessibleText(text.get("clients.photos.viewer.fit.accessible"));
        fit.setTooltip(new Tooltip(text.get("clients.photos.viewer.fit.accessible")));
        fit.setOnAction(e -> model.fit());
        actual.setId("viewer-actual");
        actual.setText(text.get("clients.photos.viewer.actual"));
        actual.setAccessibleText(text.get("clients.photos.viewer.actual.accessible"));
        actual.setTooltip(new Tooltip(text.get("clients.photos.viewer.actual.accessible")));
        actual.setOnAction(e -> model.actualSize());
        for (Region whole : new Region[] {previous, next, fit, actual}) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, caption, date, position, gap, previous, next, fit, actual);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("viewer-bar");

        image.setId("viewer-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        message.setId("viewer-message");
        message.getStyleClass().add("viewer-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        frame.getChildren().addAll(image, message);
        frame.setId("viewer-frame");
        frame.getStyleClass().add("viewer-frame");
        frame.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(frame.widthProperty());
        clip.heightProperty().bind(frame.heightProperty());
        frame.setClip(clip);
        frame.widthProperty().addListener((o, was, now) -> layoutImage());
        frame.heightProperty().addListener((o, was, now) -> layoutImage());
        frame.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getSceneX();
            pressY = e.getSceneY();
        });
        frame.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            model.panBy(e.getSceneX() - pressX, e.getSceneY() - pressY);
            pressX = e.getSceneX();
            pressY = e.getSceneY();
        });
        frame.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.toggleZoom();
            }
        });
        image.translateXProperty().bind(model.panXProperty());
        image.translateYProperty().bind(model.panYProperty());

        Label keys = new Label(text.get("clients.photos.viewer.keys"));
        keys.getStyleClass().add("viewer-keys");
        keys.setWrapText(true);
        BorderPane root = new BorderPane(frame, bar, null, keys, null);
        root.getStyleClass().add("photo-viewer");
        root.setId("photo-viewer");

        Scene scene = new Scene(root, 1100, 780);
        if (owner != null && owner.getScene() != null) {
            // Dressed as the window it opened from, theme and all.
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        model.pictureProperty().addListener((o, was, now) -> show(now));
        model.zoomProperty().addListener((o, was, now) -> layoutImage());
        stage.setOnHidden(e -> image.setImage(null));
        show(model.pictureProperty().get());
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            stage.close();
        } else if (e.getCode() == KeyCode.RIGHT && !e.isShortcutDown()) {
            model.next();
        } else if (e.getCode() == KeyCode.LEFT && !e.isShortcutDown()) {
            model.previous();
        } else if (FIT.match(e)) {
            model.fit();
        } else if (ACTUAL.match(e)) {
            model.actualSize();
        } else {
            return;
        }
        e.consume();
    }

    private Button button(String id, String key, String accessibleKey, Runnable action) {
        Button b = new Button(text.get(key));
        b.setId(id);
        b.setAccessibleText(text.get(accessibleKey));
        b.setTooltip(new Tooltip(text.get(accessibleKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show(Picture picture) {
        if (picture == null) {
            return;
        }
        Photo photo = picture.photo();
        String what = words.caption(photo);
        String day = photo.takenOn() == null ? "" : words.records().date(photo.takenOn());
        caption.setText(what);
        date.setText(day.isEmpty() ? "" : text.format("clients.photos.viewer.date", day));
        position.setText(text.format("clients.photos.viewer.position", model.indexProperty().get() + 1,
                model.photos().size()));
        stage.setTitle(text.format("clients.photos.viewer.title", what, day));
        image.setImage(picture instanceof Shown s ? s.image() : null);
        String says = picture instanceof Shown ? null : picture instanceof Unreadable u
                ? text.format("clients.photos.viewer.unreadable", words.failure(u.error()))
                : text.get("clients.photos.viewer.decoding");
        message.setText(says == null ? "" : says);
        message.setVisible(says != null);
        if (says != null) {
            message.getStyleClass().remove("viewer-problem");
            if (picture instanceof Unreadable) {
                message.getStyleClass().add("viewer-problem");
            }
        }
        frame.setAccessibleText(says != null ? says : text.format("clients.photos.viewer.image.accessible", what, day));
        layoutImage();
    }

    /** Fitted, the picture takes the frame; at 100%, its own size, moved as dragged. */
    private void layoutImage() {
        boolean whole = model.zoomProperty().get() == Zoom.FIT;
        image.setFitWidth(whole ? frame.getWidth() : model.actualWidth());
        image.setFitHeight(whole ? frame.getHeight() : model.actualHeight());
        model.viewport(frame.getWidth(), frame.getHeight());
        // Without a picture (still opening, or its file gone) there is nothing to zoom.
        boolean shown = model.pictureProperty().get() instanceof Shown;
        fit.setDisable(whole || !shown);
        actual.setDisable(!whole || !shown);
    }
}
