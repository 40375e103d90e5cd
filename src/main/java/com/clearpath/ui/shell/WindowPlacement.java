package com.clearpath.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window was and how big, as remembered between runs. {@code x, y, width, height} are the normal
 * (not maximised) bounds so un-maximising after a restart lands somewhere sensible.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** How much of the window's top edge must lie on a screen for the person to be able to grab and move it. */
    static final double GRAB_WIDTH = 120;
    static final double GRAB_HEIGHT = 24;

    /**
     * These bounds adjusted to the screens attached now, or empty if the window would open where nobody can reach
     * it (a monitor since unplugged, a resolution since lowered).
     */
    public Optional<WindowPlacement> fittedTo(List<Rectangle2D> screens, double minWidth, double minHeight) {
        if (!(finite(x) && finite(y) && finite(width) && finite(height)) || width <= 0 || height <= 0) {
            return Optional.empty();
        }
        Rectangle2D titleStrip = new Rectangle2D(x, y, width, Math.min(height, GRAB_HEIGHT));
        for (Rectangle2D screen : screens) {
            if (overlapWidth(titleStrip, screen) >= Math.min(width, GRAB_WIDTH)
                    && overlapHeight(titleStrip, screen) >= Math.min(height, GRAB_HEIGHT)) {
                return Optional.of(clampTo(screen, minWidth, minHeight));
            }
        }
        return Optional.empty();
    }

    /** The preferred size centred on {@code screen}, shrunk to fit it. */
    public static WindowPlacement centredOn(Rectangle2D screen, double width, double height) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return new WindowPlacement(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h, false);
    }

    private WindowPlacement clampTo(Rectangle2D screen, double minWidth, double minHeight) {
        double w = Math.max(minWidth, Math.min(width, screen.getWidth()));
        double h = Math.max(minHeight, Math.min(height, screen.getHeight()));
        double nx = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        double ny = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        return new WindowPlacement(nx, ny, w, h, maximized);
    }

    private static double overlapWidth(Rectangle2D a, Rectangle2D b) {
        return Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    }

    private static double overlapHeight(Rectangle2D a, Rectangle2D b) {
        return Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
    }

    private static boolean finite(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v);
    }
}
