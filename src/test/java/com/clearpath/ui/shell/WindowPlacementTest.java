package com.clearpath.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowPlacementTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D SECOND_MONITOR = new Rectangle2D(1366, 0, 1920, 1050);

    @Test
    void keepsBoundsThatAreOnAScreen() {
        WindowPlacement saved = new WindowPlacement(100, 20, 1100, 700, false);
        assertEquals(Optional.of(saved), saved.fittedTo(List.of(LAPTOP), 1024, 680));
    }

    @Test
    void keepsAWindowOnTheSecondMonitor() {
        WindowPlacement saved = new WindowPlacement(2000, 100, 1280, 800, true);
        assertEquals(Optional.of(saved), saved.fittedTo(List.of(LAPTOP, SECOND_MONITOR), 1024, 680));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "monitor since unplugged, 2000, 100, 1280, 800",
            "only a sliver left of the screen, -1200, 100, 1280, 800",
            "title bar above the screen, 100, -600, 1280, 500",
            "below the screen, 100, 900, 1280, 800",
            "no size, 100, 100, 0, 800",
            "not a number, NaN, 100, 1280, 800",
    })
    void forgetsBoundsNobodyCouldReach(String why, double x, double y, double width, double height) {
        WindowPlacement saved = new WindowPlacement(x, y, width, height, false);
        assertEquals(Optional.empty(), saved.fittedTo(List.of(LAPTOP), 1024, 680));
    }

    @Test
    void shrinksAndShiftsAWindowTooBigForTheScreenNow() {
        WindowPlacement saved = new WindowPlacement(300, 20, 1920, 1050, false);
        WindowPlacement fitted = saved.fittedTo(List.of(LAPTOP), 1024, 680).orElseThrow();
        assertEquals(new WindowPlacement(0, 0, 1366, 728, false), fitted);
    }

    @Test
    void neverGoesBelowTheMinimumSize() {
        WindowPlacement saved = new WindowPlacement(10, 10, 400, 300, false);
        WindowPlacement fitted = saved.fittedTo(List.of(LAPTOP), 1024, 680).orElseThrow();
        assertEquals(1024, fitted.width());
        assertEquals(680, fitted.height());
    }

    @Test
    void theDefaultIsCentredAndFitsSmallScreens() {
        assertEquals(new WindowPlacement(43, 0, 1280, 728, false),
                WindowPlacement.centredOn(LAPTOP, 1280, 800));
        WindowPlacement big = WindowPlacement.centredOn(new Rectangle2D(0, 0, 2560, 1400), 1280, 800);
        assertEquals(640, big.x());
        assertEquals(300, big.y());
        assertTrue(!big.maximized());
    }
}
