package com.clearpath.ui.documents;

import com.clearpath.app.ConsultationDocuments.Rendered;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The preview's pages: a sheet per page of the PDF, of which only those in or near the view hold a picture. A page is
 * 816 x 1,056 pixels, held twice over when shown without a graphics card (the picture and its texture, 6.9 MB), so
 * drawing all of a long handout at once cost 50 MB and more; this keeps three or four pages, whatever the length.
 */
final class PreviewPages {
    private final Messages text;
    private final BackgroundTasks tasks;
    private final Consumer<Exception> failed;
    private final BooleanSupplier showing;
    private final VBox pages = new VBox();
    private final ScrollPane scroller = new ScrollPane(pages);
    private final List<Sheet> sheets = new ArrayList<>();
    private final ReadOnlyBooleanWrapper drawing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper drawingText = new ReadOnlyStringWrapper("");
    private Rendered doc;
    /** Each document shown gets a number; a page drawn for an older one is dropped. */
    private long generation;
    /** The page being drawn in the background, or -1. */
    private int drawingPage = -1;

    PreviewPages(Messages text, BackgroundTasks tasks, Consumer<Exception> failed, BooleanSupplier showing) {
        this.text = text;
        this.tasks = tasks;
        this.failed = failed;
        this.showing = showing;
        pages.setId("preview-pages");
        pages.getStyleClass().add("preview-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("preview-scroller");
        scroller.setAccessibleText(text.get("print.pages.accessible"));
        scroller.vvalueProperty().addListener((o, was, now) -> drawNeeded());
        scroller.viewportBoundsProperty().addListener((o, was, now) -> drawNeeded());
        pages.heightProperty().addListener((o, was, now) -> drawNeeded());
    }

    ScrollPane node() {
        return scroller;
    }

    /** True while pages in view are still being drawn. */
    ReadOnlyBooleanProperty drawing() {
        return drawing.getReadOnlyProperty();
    }

    ReadOnlyStringProperty drawingText() {
        return drawingText.getReadOnlyProperty();
    }

    /** Places a sheet for every page of {@code shown} and draws those in view; null clears the pages. */
    void show(Rendered shown) {
        generation++;
        sheets.forEach(Sheet::release);
        sheets.clear();
        pages.getChildren().clear();
        doc = shown;
        drawing.set(shown != null);
        if (shown == null) {
            return;
        }
        for (int i = 0; i < shown.pages(); i++) {
            Sheet sheet = new Sheet(i, shown);
            sheets.add(sheet);
            pages.getChildren().add(sheet.node);
        }
        scroller.setVvalue(0);
        drawNeeded();
    }

    /** Every page of {@code shown} has its place and nothing is being drawn. */
    boolean complete(Rendered shown) {
        return doc == shown && !drawing.get() && pages.getChildren().size() == shown.pages();
    }

    /** The numbers (from 1) of the pages that hold a picture now. */
    List<Integer> drawn() {
        return sheets.stream().filter(sheet -> sheet.view.getImage() != null).map(sheet -> sheet.index + 1).toList();
    }

    void scrollTo(double vvalue) {
        scroller.setVvalue(vvalue);
    }

    /**
     * Draws the pages in view and half a screen around it, one at a time in the background, and lets go of the
     * pictures of pages more than a screen away. Runs again whenever the view scrolls or resizes.
     */
    private void drawNeeded() {
        Rendered shown = doc;
        if (shown == null || sheets.isEmpty() || !showing.getAsBoolean()) {
            return;
        }
        double viewport = scroller.getViewportBounds().getHeight();
        double content = pages.getHeight();
        if (viewport <= 0 || content <= 0) {
            return; // not laid out yet: the height listeners call again
        }
        double top = scroller.getVvalue() * Math.max(0, content - viewport);
        double bottom = top + viewport;
        Sheet next = null;
        for (Sheet sheet : sheets) {
            Bounds at = sheet.node.getBoundsInParent();
            boolean needed = at.getMaxY() >= top - viewport / 2 && at.getMinY() <= bottom + viewport / 2;
            boolean kept = at.getMaxY() >= top - viewport && at.getMinY() <= bottom + viewport;
            if (!kept) {
                sheet.release();
            } else if (needed && sheet.view.getImage() == null && next == null) {
                next = sheet;
            }
        }
        if (next == null || drawingPage >= 0) {
            // Nothing left to draw, or one at a time: the page being drawn calls again when done.
            drawing.set(next != null || drawingPage >= 0);
            return;
        }
        drawing.set(true);
        Sheet sheet = next;
        long mine = generation;
        drawingPage = sheet.index;
        drawingText.set(text.format("print.drawing", sheet.index + 1, shown.pages()));
        tasks.run(() -> Documents.page(shown.pdf(), sheet.index), image -> {
            drawingPage = -1;
            if (mine == generation) {
                sheet.view.setImage(image);
            }
            drawNeeded();
        }, error -> {
            drawingPage = -1;
            if (mine == generation) {
                drawing.set(false);
                failed.accept(error);
            } else {
                drawNeeded(); // an older document's page failed: the current one's pages still need drawing
            }
        });
    }

    /** One page: a sheet of paper the size the picture will have, and the picture once drawn. */
    private final class Sheet {
        final int index;
        final ImageView view = new ImageView();
        final StackPane node;

        Sheet(int index, Rendered doc) {
            this.index = index;
            // The picture's size, known from the paper before it is drawn.
            double width = Documents.screenPixels(doc.paper().rectangle().getWidth());
            double height = Documents.screenPixels(doc.paper().rectangle().getHeight());
            view.setPreserveRatio(true);
            view.setSmooth(true);
            // As wide as the paper at screen size, narrower when the window is; never wider than the paper.
            view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(200,
                    Math.min(width, scroller.getViewportBounds().getWidth() - 64)),
                    scroller.viewportBoundsProperty()));
            node = new StackPane(view);
            node.getStyleClass().add("preview-page");
            node.setMaxWidth(Region.USE_PREF_SIZE);
            // Until it is drawn, the blank sheet holds the page's place, so the scroll bar is right from the start.
            node.minWidthProperty().bind(view.fitWidthProperty());
            node.minHeightProperty().bind(view.fitWidthProperty().multiply(height / width));
            node.setAccessibleText(text.format("print.page.accessible", index + 1, doc.pages()));
            node.setId("preview-page-" + (index + 1));
        }

        void release() {
            view.setImage(null);
        }
    }
}
