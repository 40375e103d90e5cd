package com.clearpath.ui.consent;

import com.clearpath.domain.Signature.Point;
import com.clearpath.domain.Signature.Stroke;
import com.clearpath.ui.common.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * A pad to sign on with a mouse, a pen or a finger: a drawing surface with a baseline and a "Sign here" hint, and
 * Clear, Undo and Redo under it. What is drawn goes into a {@link SignatureStrokes}; the surface takes the keyboard
 * too (Ctrl+Z, Ctrl+Y, Delete) so it is never a dead end for someone who cannot use a pointer for the buttons.
 */
public final class SignaturePad extends Region {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final Color INK = Color.web("#1b2a4a");
    private static final Color GUIDE = Color.web("#8c959f");
    /** Where the baseline sits, as a share of the surface's height: room above for tall letters, below for tails. */
    private static final double BASELINE = 0.72;
    private static final double INK_WIDTH = 2.6;

    private final SignatureStrokes strokes;
    private final Surface surface = new Surface();
    private final VBox content;
    private int touchId = -1;

    /**
     * A pad drawing into {@code strokes}, its words from {@code text}; {@code name} ("Your signature") is what a
     * screen reader calls it, {@code id} prefixes the ids of its parts.
     */
    public SignaturePad(SignatureStrokes strokes, Messages text, String name, String id) {
        this.strokes = strokes;
        setId(id);
        getStyleClass().add("signature-pad");
        surface.setId(id + "-surface");
        surface.getStyleClass().add("signature-pad-surface");
        surface.setFocusTraversable(true);
        surface.setAccessibleRole(AccessibleRole.NODE);
        surface.setAccessibleRoleDescription(text.get("consultation.signing.pad.role"));
        surface.setAccessibleHelp(text.get("consultation.signing.pad.help"));
        surface.accessibleTextProperty().bind(Bindings.createStringBinding(() -> strokes.strokeCountProperty().get() == 0
                ? text.format("consultation.signing.pad.empty", name)
                : text.format("consultation.signing.pad.drawn", name, strokes.strokeCountProperty().get()),
                strokes.strokeCountProperty()));
        surface.hint.setText(text.get("consultation.signing.pad.hint"));
        // The pad's blank size is the size it asks for on screen.
        surface.setPrefSize(strokes.signature().width(), strokes.signature().height());
        VBox.setVgrow(surface, Priority.ALWAYS);

        Button clear = button(id + "-clear", text.get("consultation.signing.pad.clear"), strokes::clear);
        clear.disableProperty().bind(strokes.strokeCountProperty().isEqualTo(0));
        Button undo = button(id + "-undo", text.get("consultation.signing.pad.undo"), strokes::undo);
        undo.disableProperty().bind(strokes.canUndoProperty().not());
        Button redo = button(id + "-redo", text.get("consultation.signing.pad.redo"), strokes::redo);
        redo.disableProperty().bind(strokes.canRedoProperty().not());
        HBox tools = new HBox(clear, undo, redo);
        tools.getStyleClass().add("signature-pad-tools");
        tools.setAlignment(Pos.CENTER_LEFT);
        content = new VBox(surface, tools);
        content.getStyleClass().add("signature-pad-content");
        getChildren().add(content);

        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        surface.addEventHandler(TouchEvent.TOUCH_PRESSED, this::touched);
        surface.addEventHandler(TouchEvent.TOUCH_MOVED, this::touchMoved);
        surface.addEventHandler(TouchEvent.TOUCH_RELEASED, this::touchReleased);
        surface.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        strokes.revisionProperty().addListener((o, was, now) -> surface.paint());
    }

    /** The drawing surface, for putting the focus on it when the pad must be signed. */
    public void focusSurface() {
        surface.requestFocus();
    }

    private Button button(String id, String words, Runnable action) {
        Button b = new Button(words);
        b.setId(id);
        b.setAccessibleText(words);
        b.getStyleClass().add("signature-pad-tool");
        b.setOnAction(e -> action.run());
        return b;
    }

    private void pressed(MouseEvent e) {
        // A finger's touches arrive as touch events too; the mouse copies JavaFX makes of them would double the ink.
        if (e.isSynthesized() || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        surface.requestFocus();
        strokes.begin(e.getX(), e.getY());
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!e.isSynthesized() && e.isPrimaryButtonDown()) {
            strokes.extend(e.getX(), e.getY());
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (!e.isSynthesized() && e.getButton() == MouseButton.PRIMARY) {
            strokes.end();
            e.consume();
        }
    }

    private void touched(TouchEvent e) {
        if (touchId < 0) {
            TouchPoint p = e.getTouchPoint();
            touchId = p.getId();
            surface.requestFocus();
            strokes.begin(p.getX(), p.getY());
        }
        e.consume();
    }

    private void touchMoved(TouchEvent e) {
        if (e.getTouchPoint().getId() == touchId) {
            strokes.extend(e.getTouchPoint().getX(), e.getTouchPoint().getY());
        }
        e.consume();
    }

    private void touchReleased(TouchEvent e) {
        if (e.getTouchPoint().getId() == touchId) {
            strokes.extend(e.getTouchPoint().getX(), e.getTouchPoint().getY());
            strokes.end();
            touchId = -1;
        }
        e.consume();
    }

    private void key(KeyEvent e) {
        if (UNDO.match(e)) {
            strokes.undo();
        } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
            strokes.redo();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            strokes.clear();
        } else {
            return;
        }
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        layoutInArea(content, snappedLeftInset(), snappedTopInset(), getWidth() - snappedLeftInset()
                - snappedRightInset(), getHeight() - snappedTopInset() - snappedBottomInset(), 0, HPos.LEFT, VPos.TOP);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + content.minWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + content.minHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + content.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + content.prefHeight(-1) + snappedBottomInset();
    }

    /** The surface: a canvas the size of the pad, repainted whole on each change (a signature is a few hundred points). */
    private final class Surface extends Region {
        private final Canvas canvas = new Canvas();
        private final Label hint = new Label();

        Surface() {
            hint.getStyleClass().add("signature-pad-hint");
            hint.setMouseTransparent(true);
            getChildren().addAll(canvas, hint);
            setMinSize(200, 80);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            if (canvas.getWidth() != w || canvas.getHeight() != h) {
                canvas.setWidth(w);
                canvas.setHeight(h);
                strokes.viewSize(w, h);
            }
            double hintHeight = hint.prefHeight(-1);
            double below = Math.round(h * BASELINE) + 4;
            hint.resizeRelocate(margin(w), Math.min(below, h - hintHeight - 2), hint.prefWidth(-1), hintHeight);
            paint();
        }

        private double margin(double w) {
            return Math.min(24, w * 0.06);
        }

        void paint() {
            double w = canvas.getWidth();
            double h = canvas.getHeight();
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, w, h);
            if (w <= 0 || h <= 0) {
                return;
            }
            double baseline = Math.round(h * BASELINE) + 0.5;
            double left = margin(w);
            g.setStroke(GUIDE);
            g.setLineWidth(1);
            g.setLineCap(StrokeLineCap.BUTT);
            g.strokeLine(left, baseline, w - left, baseline);
            // A cross at the start of the line, as on a paper form: where to sign is obvious in any language.
            double x = left + 2;
            double y = baseline - 14;
            g.setLineWidth(1.6);
            g.strokeLine(x, y, x + 9, y + 9);
            g.strokeLine(x + 9, y, x, y + 9);

            double s = strokes.scale();
            g.setStroke(INK);
            g.setFill(INK);
            g.setLineWidth(INK_WIDTH);
            g.setLineCap(StrokeLineCap.ROUND);
            g.setLineJoin(StrokeLineJoin.ROUND);
            for (Stroke stroke : strokes.drawn()) {
                ink(g, stroke.points(), s);
            }
        }

        /** A stroke as a smooth curve: each point a control point, the curve passing through the midpoints between. */
        private void ink(GraphicsContext g, List<Point> points, double s) {
            if (points.isEmpty()) {
                return;
            }
            Point first = points.get(0);
            if (points.size() == 1) {
                double r = INK_WIDTH / 2 + 0.4;
                g.fillOval(first.x() * s - r, first.y() * s - r, 2 * r, 2 * r);
                return;
            }
            g.beginPath();
            g.moveTo(first.x() * s, first.y() * s);
            for (int i = 1; i < points.size() - 1; i++) {
                Point p = points.get(i);
                Point next = points.get(i + 1);
                g.quadraticCurveTo(p.x() * s, p.y() * s, (p.x() + next.x()) / 2 * s, (p.y() + next.y()) / 2 * s);
            }
            Point last = points.get(points.size() - 1);
            g.lineTo(last.x() * s, last.y() * s);
            g.stroke();
        }
    }
}
