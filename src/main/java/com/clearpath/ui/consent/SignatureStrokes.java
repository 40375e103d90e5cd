package com.clearpath.ui.consent;

import com.clearpath.domain.Signature;
import com.clearpath.domain.Signature.Point;
import com.clearpath.domain.Signature.Stroke;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * What has been drawn on one signature pad, with undo and redo: each finished stroke is one step, and clearing the
 * pad is one step too, so a pad cleared by mistake comes back with Undo. Points are kept in the pad's drawing size,
 * the size it had when the first stroke began, so a pad resized mid-signature scales the drawing instead of
 * distorting it.
 */
public final class SignatureStrokes {
    /** Closer than this to the last point, in the pad's units, a move adds nothing the eye would see. */
    private static final double CLOSEST = 0.75;

    private sealed interface Step permits Added, Cleared {
    }

    private record Added(Stroke stroke) implements Step {
    }

    private record Cleared(List<Stroke> before) implements Step {
    }

    private final List<Stroke> strokes = new ArrayList<>();
    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private List<Point> current;
    private double width;
    private double height;
    private double viewWidth;
    private double viewHeight;

    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyIntegerWrapper strokeCount = new ReadOnlyIntegerWrapper(this, "strokeCount");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    /** A blank pad of {@code width} by {@code height} until the pad on screen says its size. */
    public SignatureStrokes(double width, double height) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a signature pad has a size");
        }
        this.width = width;
        this.height = height;
        this.viewWidth = width;
        this.viewHeight = height;
    }

    /** The pad's size on screen now; until anything is drawn, the drawing takes that size. Not a change of drawing. */
    public void viewSize(double w, double h) {
        if (!(w > 0) || !(h > 0)) {
            return;
        }
        viewWidth = w;
        viewHeight = h;
        if (nothingToKeep()) {
            width = w;
            height = h;
        }
    }

    /** How many screen pixels one unit of the drawing takes: the drawing fits the pad without stretching. */
    public double scale() {
        return Math.min(viewWidth / width, viewHeight / height);
    }

    /** A pen, finger or mouse button goes down at {@code (x, y)} on the pad as it is on screen. */
    public void begin(double x, double y) {
        if (nothingToKeep()) {
            width = viewWidth;
            height = viewHeight;
        }
        current = new ArrayList<>();
        current.add(toDrawing(x, y));
        changed();
    }

    /** The pen moves while down; ignored when no stroke was begun (a drag that started outside the pad). */
    public void extend(double x, double y) {
        if (current == null) {
            return;
        }
        Point p = toDrawing(x, y);
        Point last = current.get(current.size() - 1);
        if (Math.hypot(p.x() - last.x(), p.y() - last.y()) < CLOSEST) {
            return;
        }
        current.add(p);
        changed();
    }

    /** The pen lifts: the stroke is kept, even a single dot, and what was undone can no longer be redone. */
    public void end() {
        if (current == null) {
            return;
        }
        Stroke stroke = new Stroke(current);
        current = null;
        strokes.add(stroke);
        done.push(new Added(stroke));
        undone.clear();
        changed();
    }

    /** Empties the pad as one step that Undo takes back. */
    public void clear() {
        current = null;
        if (strokes.isEmpty()) {
            changed();
            return;
        }
        done.push(new Cleared(List.copyOf(strokes)));
        strokes.clear();
        undone.clear();
        changed();
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        current = null;
        Step step = done.pop();
        if (step instanceof Added) {
            strokes.remove(strokes.size() - 1);
        } else if (step instanceof Cleared c) {
            strokes.addAll(c.before());
        }
        undone.push(step);
        changed();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        current = null;
        Step step = undone.pop();
        if (step instanceof Added a) {
            strokes.add(a.stroke());
        } else if (step instanceof Cleared) {
            strokes.clear();
        }
        done.push(step);
        changed();
    }

    /** The finished strokes and the one being drawn, in the drawing's units, for painting. */
    public List<Stroke> drawn() {
        List<Stroke> all = new ArrayList<>(strokes);
        if (current != null) {
            all.add(new Stroke(current));
        }
        return all;
    }

    /** The finished strokes as a signature; {@link Signature#isSigned()} says whether it is one. */
    public Signature signature() {
        return new Signature(width, height, strokes);
    }

    public boolean isEmpty() {
        return strokes.isEmpty() && current == null;
    }

    /** Counts every change, so the pad repaints and a refusal shown under it goes once the client draws again. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty strokeCountProperty() {
        return strokeCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private boolean nothingToKeep() {
        return strokes.isEmpty() && current == null && done.isEmpty() && undone.isEmpty();
    }

    private Point toDrawing(double x, double y) {
        double s = scale();
        return new Point(Math.max(0, Math.min(width, x / s)), Math.max(0, Math.min(height, y / s)));
    }

    private void changed() {
        strokeCount.set(strokes.size());
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        revision.set(revision.get() + 1);
    }
}
