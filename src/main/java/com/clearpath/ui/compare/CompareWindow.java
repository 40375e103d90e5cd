package com.clearpath.ui.compare;

import com.clearpath.app.Photos;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.VisitOutcomes.Visit;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.compare.VisitComparison.Decoded;
import com.clearpath.ui.compare.VisitComparison.Decoding;
import com.clearpath.ui.compare.VisitComparison.NoPhoto;
import com.clearpath.ui.compare.VisitComparison.Picture;
import com.clearpath.ui.compare.VisitComparison.Side;
import com.clearpath.ui.compare.VisitComparison.Unreadable;
import com.clearpath.ui.records.RecordWords;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The comparison window: two visits and a view chosen at the top, their photos side by side with date and grade,
 * zoomed and moved together, the sessions done in between under them; the sheet exports as a PNG for the clinician
 * summary.
 */
final class CompareWindow {
    private static final List<KeyCombination> ZOOM_IN = List.of(
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ZOOM_OUT = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    private static final KeyCombination FIT = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);

    private final Messages text;
    private final RecordWords words;
    private final BackgroundTasks tasks;
    private final String clientName;
    private final VisitComparison model;
    private final Stage stage = new Stage();
    private final VBox sheet = new VBox();
    private final Label outcome = new Label();
    private final Photos photos;
    private double pressX;
    private double pressY;

    CompareWindow(RecordWords words, BackgroundTasks tasks, Photos photos, String clientName, VisitComparison model,
                  Window owner, String stylesheet) {
        this.photos = photos;
        this.text = words.text();
        this.words = words;
        this.tasks = tasks;
        this.clientName = clientName;
        this.model = model;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(text.format("clients.compare.title", clientName));

        ComboBox<Visit> first = visitChooser("compare-first", model.first());
        first.setAccessibleText(text.get("clients.compare.first"));
        ComboBox<Visit> second = visitChooser("compare-second", model.second());
        second.setAccessibleText(text.get("clients.compare.second"));
        ComboBox<PhotoView> view = new ComboBox<>(FXCollections.observableArrayList(PhotoView.values()));
        view.setId("compare-view");
        view.setAccessibleText(text.get("clients.compare.view"));
        view.setConverter(converter(v -> Outcomes.view(text, v)));
        view.valueProperty().bindBidirectional(model.viewProperty());
        Button zoomOut = iconButton("compare-zoom-out", "\u2212", "clients.compare.zoomOut", model::zoomOut);
        Button zoomIn = iconButton("compare-zoom-in", "+", "clients.compare.zoomIn", model::zoomIn);
        Label zoom = new Label();
        zoom.setId("compare-zoom");
        zoom.getStyleClass().add("compare-zoom");
        zoom.textProperty().bind(model.zoomProperty().map(z -> text.format("clients.compare.zoom", z)));
        Button fit = new Button(text.get("clients.compare.fit"));
        fit.setId("compare-fit");
        fit.setOnAction(e -> model.fit());
        Button export = new Button(text.get("clients.compare.export"));
        export.setId("compare-export");
        export.getStyleClass().add("accent");
        export.setOnAction(e -> chooseExportFile());
        // Only the view chooser gives up width when the bar is short (Spanish runs longer): its choice stays readable.
        for (Region whole : List.of(first, second, zoomOut, zoomIn, fit, export)) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(label("clients.compare.first"), first, label("clients.compare.second"), second,
                label("clients.compare.view"), view, gap, zoomOut, zoom, zoomIn, fit, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("compare-bar");

        HBox sides = new HBox(side("compare-side-first", model.first()), side("compare-side-second", model.second()));
        sides.getStyleClass().add("compare-sides");
        VBox.setVgrow(sides, Priority.ALWAYS);
        Label between = new Label();
        between.setId("compare-between");
        between.getStyleClass().add("compare-between");
        between.setWrapText(true);
        between.setMinHeight(Region.USE_PREF_SIZE);
        between.textProperty().bind(model.sessionsBetweenProperty().map(this::between));
        Label title = new Label(clientName);
        title.getStyleClass().add("compare-client");
        sheet.getChildren().addAll(title, sides, between);
        sheet.getStyleClass().add("compare-sheet");
        sheet.setId("compare-sheet");
        VBox.setVgrow(sheet, Priority.ALWAYS);

        Label keys = new Label(text.get("clients.compare.keys"));
        keys.getStyleClass().add("compare-keys");
        outcome.setId("compare-outcome");
        outcome.getStyleClass().add("compare-outcome");
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox foot = new HBox(keys, gap2, outcome);
        foot.getStyleClass().add("compare-foot");

        BorderPane root = new BorderPane(sheet, bar, null, foot, null);
        root.getStyleClass().add("compare-window");
        root.setId("compare-window");
        Scene scene = new Scene(root, 1180, 760);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        scene.getStylesheets().add(Outcomes.STYLESHEET);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ZOOM_IN.stream().anyMatch(k -> k.match(e))) {
                model.zoomIn();
                e.consume();
            } else if (ZOOM_OUT.stream().anyMatch(k -> k.match(e))) {
                model.zoomOut();
                e.consume();
            } else if (FIT.match(e)) {
                model.fit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    private Label label(String key) {
        Label l = new Label(text.get(key));
        l.getStyleClass().add("compare-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private Button iconButton(String id, String face, String key, Runnable action) {
        Button b = new Button(face);
        b.setId(id);
        b.getStyleClass().add("compare-zoom-button");
        b.setTooltip(new Tooltip(text.get(key)));
        b.setAccessibleText(text.get(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private ComboBox<Visit> visitChooser(String id, Side side) {
        ComboBox<Visit> box = new ComboBox<>(FXCollections.observableArrayList(model.visits()));
        box.setId(id);
        box.setConverter(converter(this::visit));
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Visit v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : visit(v));
            }
        });
        box.valueProperty().bindBidirectional(side.visitProperty());
        return box;
    }

    private String visit(Visit v) {
        return v.grade().map(g -> text.format("clients.compare.visit", words.date(v.on()), g))
                .orElse(text.format("clients.compare.visitNotGraded", words.date(v.on())));
    }

    /** One side: its visit's date and grade over its photo, or what stands in for the photo. */
    private Node side(String id, Side side) {
        Label caption = new Label();
        caption.getStyleClass().add("compare-caption");
        caption.setId(id + "-caption");
        ImageView image = new ImageView();
        image.setId(id + "-image");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        Label stand = new Label();
        stand.setId(id + "-message");
        stand.getStyleClass().add("compare-message");
        stand.setWrapText(true);
        StackPane frame = new StackPane(image, stand);
        frame.getStyleClass().add("compare-frame");
        frame.setMinSize(0, 0);
        frame.setPrefSize(540, 540);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(frame.widthProperty());
        clip.heightProperty().bind(frame.heightProperty());
        frame.setClip(clip);
        image.fitWidthProperty().bind(frame.widthProperty());
        image.fitHeightProperty().bind(frame.heightProperty());
        image.scaleXProperty().bind(model.zoomProperty());
        image.scaleYProperty().bind(model.zoomProperty());
        image.translateXProperty().bind(model.panXProperty());
        image.translateYProperty().bind(model.panYProperty());
        frame.widthProperty().addListener((o, was, now) -> model.viewport(frame.getWidth(), frame.getHeight()));
        frame.heightProperty().addListener((o, was, now) -> model.viewport(frame.getWidth(), frame.getHeight()));
        frame.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getSceneX();
            pressY = e.getSceneY();
        });
        frame.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            model.panBy(e.getSceneX() - pressX, e.getSceneY() - pressY);
            pressX = e.getSceneX();
            pressY = e.getSceneY();
        });
        frame.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                model.zoomBy(e.getDeltaY() > 0 ? VisitComparison.ZOOM_STEP : 1 / VisitComparison.ZOOM_STEP);
                e.consume();
            }
        });
        VBox.setVgrow(frame, Priority.ALWAYS);
        VBox box = new VBox(caption, frame);
        box.getStyleClass().add("compare-side");
        box.setId(id);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        Runnable show = () -> {
            Picture p = side.pictureProperty().get();
            Visit v = side.visitProperty().get();
            caption.setText(v == null ? "" : words.date(v.on()) + " \u00b7 " + Outcomes.grade(text, v));
            image.setImage(p instanceof Decoded d ? d.image() : null);
            String message;
            if (p instanceof Decoded) {
                message = null;
            } else if (p instanceof NoPhoto n) {
                message = text.format("clients.compare.noPhoto", Outcomes.view(text, n.view()));
            } else if (p instanceof Decoding) {
                message = text.get("clients.compare.decoding");
            } else if (p instanceof Unreadable u) {
                message = Outcomes.unreadable(text, u.error());
            } else {
                message = text.get("clients.compare.noVisit");
            }
            stand.setText(message);
            stand.setVisible(message != null);
            frame.setAccessibleText(v == null ? message : text.format("clients.compare.side.accessible",
                    words.date(v.on()), message == null ? caption.getText() : message));
        };
        side.pictureProperty().addListener((o, was, now) -> show.run());
        show.run();
        return box;
    }

    private String between(List<RecordedSession> sessions) {
        String count = text.format("clients.compare.between", sessions.size());
        if (sessions.isEmpty()) {
            return count;
        }
        return count + ": " + String.join(" \u00b7 ", sessions.stream()
                .map(s -> text.format("clients.compare.session", words.date(s.session().performedOn()),
                        words.treatment(s.session().treatment())))
                .toList());
    }

    private void chooseExportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("clients.compare.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("clients.compare.export.files"),
                "*.png"));
        Visit a = model.first().visitProperty().get();
        Visit b = model.second().visitProperty().get();
        if (a != null && b != null) {
            chooser.setInitialFileName(text.format("clients.compare.export.fileName",
                    clientName.replaceAll("[^\\p{L}\\p{N}]+", "-"), a.on().toString(), b.on().toString()));
        }
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            export(file.toPath());
        }
    }

    /** The sheet as seen (both photos, dates, grades and the sessions in between), written as a PNG in the background. */
    private void export(Path file) {
        WritableImage snapshot = sheet.snapshot(null, null);
        PngFile.Pixels pixels = PngFile.pixels(snapshot);
        tasks.run(() -> {
            photos.saveComparison(file, PngFile.encode(pixels));
            return file;
        }, done -> {
            outcome.getStyleClass().remove("compare-outcome-failed");
            outcome.setText(text.format("clients.compare.exported", done.getFileName()));
        }, e -> {
            if (!outcome.getStyleClass().contains("compare-outcome-failed")) {
                outcome.getStyleClass().add("compare-outcome-failed");
            }
            outcome.setText(text.format("clients.compare.exportFailed", RecordWords.failure(text, e)));
        });
    }

    private static <T> StringConverter<T> converter(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : words.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
