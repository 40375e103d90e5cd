package com.clearpath.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Follows the main window's normal bounds while it is moved and resized, and puts it back where it was on the
 * next start. Maximised and minimised bounds are not recorded: they say nothing about where the person wants it.
 */
public final class WindowPlacementTracker {
    private final Stage stage;
    private final double preferredWidth;
    private final double preferredHeight;
    private double x;
    private double y;
    private double width;
    private double height;

    public WindowPlacementTracker(Stage stage, double preferredWidth, double preferredHeight) {
        this.stage = stage;
        this.preferredWidth = preferredWidth;
        this.preferredHeight = preferredHeight;
    }

    /** Places the stage (before it is shown) and starts following it. */
    public void restore(Optional<WindowPlacement> saved) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowPlacement placement = saved
                .flatMap(p -> p.fittedTo(screens, stage.getMinWidth(), stage.getMinHeight()))
                .orElseGet(() -> WindowPlacement.centredOn(Screen.getPrimary().getVisualBounds(),
                        preferredWidth, preferredHeight));
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
        x = placement.x();
        y = placement.y();
        width = placement.width();
        height = placement.height();
        stage.xProperty().addListener((o, was, now) -> remember());
        stage.yProperty().addListener((o, was, now) -> remember());
        stage.widthProperty().addListener((o, was, now) -> remember());
        stage.heightProperty().addListener((o, was, now) -> remember());
    }

    /** The placement to save now. */
    public WindowPlacement current() {
        remember();
        return new WindowPlacement(x, y, width, height, stage.isMaximized());
    }

    private void remember() {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        x = stage.getX();
        y = stage.getY();
        width = stage.getWidth();
        height = stage.getHeight();
    }
}
