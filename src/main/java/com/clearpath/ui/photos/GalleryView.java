package com.clearpath.ui.photos;

import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.Zone;
import com.clearpath.ui.common.BusyIndicator;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.photos.GalleryModel.Gate;
import com.clearpath.ui.photos.GalleryModel.Pending;
import com.clearpath.ui.photos.GalleryModel.Problem;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;

/**
 * A consultation's photos as a grid of thumbnails (each with its view and zone), with "Add photos…" and drops of
 * files onto it; chosen files wait in a short form for their view and zone; a photo double-clicked, or Enter on its
 * tile, opens large in the viewer. Without photo consent for the clinical record it says why and offers to record it.
 */
final class GalleryView {
    static final double CELL_WIDTH = 176;
    static final double CELL_HEIGHT = 200;
    private static final double THUMB_WIDTH = 168;
    private static final double THUMB_HEIGHT = 126;

    private final PhotoWords words;
    private final Messages text;
    private final GalleryModel model;
    private final PhotoConsentCard consent;
    /** Decodes a photo large for the viewer, down-sampled to the screen. */
    private final PhotoViewer.Decoder decoder;
    private final VBox root = new VBox(8);
    private final VBox locked = new VBox(6);
    private final VBox open = new VBox(8);
    private final GridView<Photo> grid = new GridView<>();
    private final Label empty = new Label();
    private final VBox pendingForm = new VBox(6);
    private final VBox problems = new VBox(4);
    private final HBox deleteRow = new HBox(8);
    private final Label status = new Label();
    private final BusyIndicator busy;
    /** Decoded thumbnails by photo, so scrolling back does not read them again. */
    private final Map<UUID, Image> thumbnails = new HashMap<>();
    /** Thumbnails that could not be read, in words naming the file. */
    private final Map<UUID, String> unreadable = new HashMap<>();
    /** Thumbnails being read, so a cell laid out again does not ask twice. */
    private final Set<UUID> loading = new HashSet<>();
    /** The grid's cells, so a thumbnail read for one cell shows in whichever cell now holds its photo. */
    private final List<Tile> tiles = new ArrayList<>();

    GalleryView(PhotoWords words, GalleryModel model, PhotoConsentCard consent, PhotoViewer.Decoder decoder) {
        this.decoder = decoder;
        this.words = words;
        this.text = words.text();
        this.model = model;
        this.consent = consent;
        this.busy = new BusyIndicator("photo-gallery-busy");
        root.setId("photo-gallery");
        root.getStyleClass().addAll("detail-section", "photo-gallery");
        Label heading = new Label(text.get("clients.photos.title"));
        heading.getStyleClass().add("detail-section-title");
        status.setId("photo-gallery-status");
        status.setWrapText(true);
        status.getStyleClass().add("detail-muted");
        status.managedProperty().bind(status.visibleProperty());

        buildLocked();
        buildOpen();
        root.getChildren().addAll(heading, status, locked, open);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
        model.gateProperty().addListener((o, was, now) -> showGate(now));
        showGate(model.gateProperty().get());
    }

    Node node() {
        return root;
    }

    private void buildLocked() {
        locked.setId("photo-gallery-locked");
        Label why = new Label(text.get("clients.photos.noConsent"));
        why.setId("photo-gallery-why");
        why.setWrapText(true);
        why.getStyleClass().add("detail-warning");
        locked.getChildren().add(why);
        if (consent != null) {
            locked.getChildren().add(consent.node());
        }
        locked.managedProperty().bind(locked.visibleProperty());
    }

    private void buildOpen() {
        open.managedProperty().bind(open.visibleProperty());
        Button add = new Button(text.get("clients.photos.add"));
        add.setId("photo-add");
        add.setAccessibleText(text.get("clients.photos.add.accessible"));
        add.setOnAction(e -> choose());
        add.disableProperty().bind(model.addingProperty());
        Label hint = new Label(text.get("clients.photos.dropHint"));
        hint.getStyleClass().add("detail-muted");
        hint.setWrapText(true);
        HBox actions = new HBox(10, add, hint, busy.node());
        actions.setAlignment(Pos.CENTER_LEFT);
        add.setMinWidth(Region.USE_PREF_SIZE);

        grid.setId("photo-grid");
        grid.setAccessibleText(text.get("clients.photos.title"));
        grid.setCellWidth(CELL_WIDTH);
        grid.setCellHeight(CELL_HEIGHT);
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setItems(model.photos());
        grid.setCellFactory(g -> new Tile());
        grid.managedProperty().bind(grid.visibleProperty());
        grid.visibleProperty().bind(Bindings.isNotEmpty(model.photos()));
        // Inside the page's scroller the grid is as tall as its rows, so the page scrolls, not a box within it.
        grid.prefHeightProperty().bind(Bindings.createDoubleBinding(this::gridHeight, model.photos(),
                grid.widthProperty()));
        grid.setMinHeight(Region.USE_PREF_SIZE);
        empty.setId("photo-gallery-empty");
        empty.setText(text.get("clients.photos.none"));
        empty.getStyleClass().add("detail-muted");
        empty.visibleProperty().bind(Bindings.isEmpty(model.photos()));
        empty.managedProperty().bind(empty.visibleProperty());

        pendingForm.setId("photo-pending");
        pendingForm.managedProperty().bind(pendingForm.visibleProperty());
        model.pending().addListener((ListChangeListener<Pending>) c -> showPending());
        showPending();

        problems.setId("photo-problems");
        problems.managedProperty().bind(problems.visibleProperty());
        model.problems().addListener((ListChangeListener<Problem>) c -> showProblems());
        showProblems();

        deleteRow.setId("photo-delete-row");
        deleteRow.managedProperty().bind(deleteRow.visibleProperty());
        model.deletingProperty().addListener((o, was, now) -> showDelete(now));
        showDelete(null);

        model.addingProperty().addListener((o, was, now) -> {
            if (now) {
                busy.start(text.format("clients.photos.adding", model.pending().size()));
            } else {
                busy.stop();
            }
        });
        open.getChildren().addAll(actions, pendingForm, problems, empty, grid, deleteRow);
    }

    private double gridHeight() {
        int n = model.photos().size();
        double width = grid.getWidth() > 0 ? grid.getWidth() : 4 * (CELL_WIDTH + 12);
        // As the grid lays out its rows (cell, spacing each side, its own scroll bar): never short of a row.
        int columns = Math.max(1, (int) Math.floor((width - 24) / (CELL_WIDTH + 20)));
        int rows = Math.max(1, (n + columns - 1) / columns);
        return rows * (CELL_HEIGHT + 12) + 8;
    }

    private void showGate(Gate gate) {
        locked.setVisible(gate == Gate.NO_CONSENT);
        open.setVisible(gate == Gate.OPEN);
        status.setVisible(gate != Gate.OPEN && gate != Gate.NO_CONSENT);
        status.setText(switch (gate) {
            case LOADING -> text.get("clients.photos.loading");
            case NO_CLIENT -> text.get("clients.photos.noClient");
            case FAILED -> text.format("clients.photos.loadFailed", model.loadProblemProperty().get() == null ? ""
                    : words.failure(model.loadProblemProperty().get()));
            case NO_CONSENT, OPEN -> "";
        });
    }

    /** "Add photos…": the chooser only picks files; what follows is the same as for a drop. */
    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("clients.photos.chooser"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("clients.photos.fileType"),
                        "*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.png", "*.PNG", "*.heic", "*.HEIC"),
                new FileChooser.ExtensionFilter(text.get("clients.photos.allFiles"), "*.*"));
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            model.stage(files.stream().map(File::toPath).toList());
        }
    }

    private void dragOver(DragEvent e) {
        if (model.gateProperty().get() == Gate.OPEN && e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean files = e.getDragboard().hasFiles() && model.gateProperty().get() == Gate.OPEN;
        if (files) {
            List<Path> paths = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            model.stage(paths);
        }
        e.setDropCompleted(files);
        e.consume();
    }

    /** One row per waiting file: its name, its view and its zone, then "Add" for them all. */
    private void showPending() {
        pendingForm.getChildren().clear();
        pendingForm.setVisible(!model.pending().isEmpty());
        if (model.pending().isEmpty()) {
            return;
        }
        Label title = new Label(text.format("clients.photos.pending.title", model.pending().size()));
        title.getStyleClass().add("detail-item-name");
        pendingForm.getChildren().add(title);
        // A grid, so the views and zones of all the files line up under each other.
        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(6);
        pendingForm.getChildren().add(rows);
        ComboBox<PhotoView> first = null;
        int index = 0;
        for (Pending p : model.pending()) {
            Label name = new Label(p.name());
            name.setMinWidth(Region.USE_PREF_SIZE);
            name.setMaxWidth(220);
            name.getStyleClass().add("detail-text");
            ComboBox<PhotoView> view = new ComboBox<>();
            view.getItems().setAll(PhotoView.values());
            view.setConverter(converter(words::view));
            view.valueProperty().bindBidirectional(p.viewProperty());
            view.setId("photo-pending-view-" + index);
            view.setMinWidth(Region.USE_PREF_SIZE);
            view.setAccessibleText(text.format("clients.photos.pending.view.accessible", p.name()));
            ComboBox<Zone> zone = new ComboBox<>();
            zone.getItems().add(null);
            zone.getItems().addAll(Arrays.asList(Zone.values()));
            zone.setConverter(converter(words::zone));
            zone.valueProperty().bindBidirectional(p.zoneProperty());
            zone.setId("photo-pending-zone-" + index);
            zone.setMinWidth(Region.USE_PREF_SIZE);
            zone.setAccessibleText(text.format("clients.photos.pending.zone.accessible", p.name()));
            Button remove = new Button(text.get("clients.photos.pending.remove"));
            remove.setAccessibleText(text.format("clients.photos.pending.remove.accessible", p.name()));
            remove.setOnAction(e -> model.unstage(p));
            remove.getStyleClass().add("flat");
            remove.setMinWidth(Region.USE_PREF_SIZE);
            rows.addRow(index, name, view, zone, remove);
            if (first == null) {
                first = view;
            }
            index++;
        }
        Button add = new Button(text.format("clients.photos.pending.add", model.pending().size()));
        add.setId("photo-pending-add");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.addingProperty());
        add.setOnAction(e -> model.addPending());
        add.setAccessibleText(add.getText());
        Button cancel = new Button(text.get("clients.photos.cancel"));
        cancel.setId("photo-pending-cancel");
        cancel.setOnAction(e -> model.cancelPending());
        cancel.setAccessibleText(cancel.getText());
        pendingForm.getChildren().add(new HBox(8, add, cancel));
        pendingForm.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.cancelPending();
                e.consume();
            }
        });
        ComboBox<PhotoView> focus = first;
        // The keyboard goes straight to the first file's view once files are chosen.
        if (focus != null && root.getScene() != null) {
            focus.requestFocus();
        }
    }

    private void showProblems() {
        problems.getChildren().clear();
        problems.setVisible(!model.problems().isEmpty());
        for (Problem p : model.problems()) {
            Label line = new Label(p.file() == null ? words.failure(p.error()) : words.failure(p.file(), p.error()));
            line.getStyleClass().add("detail-warning");
            line.setWrapText(true);
            problems.getChildren().add(line);
        }
        if (!model.problems().isEmpty()) {
            problems.getChildren().get(0).setId("photo-problem-first");
            Button dismiss = new Button(text.get("clients.photos.problems.dismiss"));
            dismiss.getStyleClass().add("flat");
            dismiss.setOnAction(e -> model.dismissProblems());
            dismiss.setAccessibleText(dismiss.getText());
            problems.getChildren().add(dismiss);
        }
    }

    /** The reason asked for under the grid, for the photo whose "Delete…" was pressed. */
    private void showDelete(Photo photo) {
        deleteRow.getChildren().clear();
        deleteRow.setVisible(photo != null);
        if (photo == null) {
            return;
        }
        Label what = new Label(text.format("clients.photos.delete.what", words.caption(photo)));
        what.getStyleClass().add("detail-item-name");
        what.setMinWidth(Region.USE_PREF_SIZE);
        TextField reason = new TextField();
        reason.setId("photo-delete-reason");
        reason.setPromptText(text.get("clients.photos.delete.reason"));
        reason.setAccessibleText(text.get("clients.photos.delete.reason"));
        reason.textProperty().bindBidirectional(model.deleteReasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button delete = new Button(text.get("clients.photos.delete.confirm"));
        delete.setId("photo-delete-confirm");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> model.deleteReasonProperty().get() == null
                || model.deleteReasonProperty().get().isBlank(), model.deleteReasonProperty()));
        delete.setOnAction(e -> model.confirmDelete());
        delete.setAccessibleText(delete.getText());
        reason.setOnAction(e -> model.confirmDelete());
        Button cancel = new Button(text.get("clients.photos.cancel"));
        cancel.setOnAction(e -> model.cancelDelete());
        cancel.setAccessibleText(cancel.getText());
        Label problem = new Label();
        problem.getStyleClass().add("detail-warning");
        problem.visibleProperty().bind(model.deleteProblemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> model.deleteProblemProperty().get() == null
                ? "" : words.failure(model.deleteProblemProperty().get()), model.deleteProblemProperty()));
        VBox box = new VBox(4, new HBox(8, what, reason, delete, cancel), problem);
        HBox.setHgrow(box, Priority.ALWAYS);
        deleteRow.getChildren().add(box);
        reason.requestFocus();
    }

    /** Opens {@code photo} large in the viewer, decoded to the screen it opens on, with the gallery to browse. */
    private void openLarge(Photo photo) {
        Screen screen = Screen.getPrimary();
        Rectangle2D bounds = screen.getVisualBounds();
        double scale = Math.max(1, screen.getOutputScaleX());
        PhotoViewer viewer = model.viewer(photo, decoder, bounds.getWidth() * scale, bounds.getHeight() * scale, scale);
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        new PhotoViewerWindow(words, viewer, owner).show();
    }

    private void refresh(Photo photo) {
        for (Tile tile : tiles) {
            if (photo.equals(tile.getItem())) {
                tile.show(photo);
            }
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** One photo: its thumbnail (read in the background), its view and zone, and "Delete…". */
    private final class Tile extends GridCell<Photo> {
        private final ImageView image = new ImageView();
        private final Label missing = new Label();
        private final Label caption = new Label();
        private final Button delete = new Button(text.get("clients.photos.delete"));
        private final VBox box;

        Tile() {
            image.setFitWidth(THUMB_WIDTH);
            image.setFitHeight(THUMB_HEIGHT);
            image.setPreserveRatio(true);
            missing.setWrapText(true);
            missing.getStyleClass().add("detail-warning");
            missing.setMaxWidth(THUMB_WIDTH);
            StackPane frame = new StackPane(image, missing);
            frame.setPrefSize(THUMB_WIDTH, THUMB_HEIGHT);
            frame.setMinSize(THUMB_WIDTH, THUMB_HEIGHT);
            caption.getStyleClass().add("detail-text");
            caption.setMaxWidth(THUMB_WIDTH);
            delete.getStyleClass().addAll("flat", "small");
            delete.setOnAction(e -> {
                if (getItem() != null) {
                    model.askDelete(getItem());
                }
            });
            caption.setWrapText(true);
            caption.setMinHeight(Region.USE_PREF_SIZE);
            box = new VBox(2, frame, caption, delete);
            box.getStyleClass().add("photo-tile");
            getStyleClass().add("photo-cell");
            // The tile takes the focus, so Enter opens its photo large as a double-click does.
            setFocusTraversable(true);
            frame.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    openLarge(getItem());
                }
            });
            frame.setOnMousePressed(e -> requestFocus());
            setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && getItem() != null && e.getTarget() == this) {
                    openLarge(getItem());
                    e.consume();
                }
            });
            tiles.add(this);
        }

        @Override
        protected void updateItem(Photo photo, boolean isEmpty) {
            super.updateItem(photo, isEmpty);
            setFocusTraversable(!isEmpty && photo != null);
            if (isEmpty || photo == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            caption.setText(words.caption(photo));
            setAccessibleText(text.format("clients.photos.open.accessible", words.caption(photo)));
            delete.setAccessibleText(text.format("clients.photos.delete.accessible", words.caption(photo)));
            setGraphic(box);
            show(photo);
        }

        private void show(Photo photo) {
            Image cached = thumbnails.get(photo.id());
            String problem = unreadable.get(photo.id());
            image.setImage(cached);
            missing.setText(problem == null ? "" : problem);
            missing.setVisible(problem != null);
            if (cached != null || problem != null || !loading.add(photo.id())) {
                return;
            }
            model.thumbnail(photo, bytes -> new Image(new ByteArrayInputStream(bytes)), decoded -> {
                loading.remove(photo.id());
                thumbnails.put(photo.id(), decoded);
                refresh(photo);
            }, e -> {
                loading.remove(photo.id());
                unreadable.put(photo.id(), words.failure(e));
                refresh(photo);
            });
        }
    }
}
