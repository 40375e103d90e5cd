package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A consent signed in the app's signing window as a person signs it: strokes drawn on the pad, a name typed. */
final class SignaturePen {
    private SignaturePen() {
    }

    /** Waits for the signing window, signs the client's pad, types the practitioner's name and signs. */
    static void signConsent(FxRobot robot, String practitioner) {
        await("the signing window", () -> robot.lookup("#consent-client-pad-surface").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        draw(robot, "#consent-client-pad-surface");
        robot.clickOn("#consent-practitioner-name").write(practitioner);
        robot.clickOn("#consent-sign");
        await("the signing window closed", () -> robot.lookup("#consent-client-pad-surface").tryQuery().isEmpty()
                || !robot.lookup("#consent-client-pad-surface").query().getScene().getWindow().isShowing());
    }

    /** A hand-made signature: a looping name, a second looping word, and a flourish under them. */
    static void draw(FxRobot robot, String pad) {
        Bounds b = fx(() -> {
            Node n = robot.lookup(pad).query();
            return n.localToScreen(n.getLayoutBounds());
        });
        double x0 = b.getMinX() + b.getWidth() * 0.08;
        double base = b.getMinY() + b.getHeight() * 0.62;
        double size = b.getHeight() * 0.16;
        stroke(robot, loops(x0, base, size, 4.2, 5.5));
        stroke(robot, loops(x0 + b.getWidth() * 0.42, base, size * 0.9, 3.3, 4.6));
        List<Point2D> flourish = new ArrayList<>();
        for (int i = 0; i <= 16; i++) {
            double t = i / 16.0;
            flourish.add(new Point2D(x0 + b.getWidth() * (0.05 + 0.7 * t),
                    base + size * (1.6 + 0.5 * Math.sin(t * Math.PI))));
        }
        stroke(robot, flourish);
    }

    /** A prolate cycloid: the loops of joined-up handwriting, {@code turns} of them, each about {@code width} apart. */
    private static List<Point2D> loops(double x, double y, double size, double turns, double width) {
        List<Point2D> points = new ArrayList<>();
        int steps = (int) (turns * 12);
        for (int i = 0; i <= steps; i++) {
            double t = i * turns * 2 * Math.PI / steps;
            double height = size * (1.1 + 0.5 * Math.sin(t / 3));
            points.add(new Point2D(x + width * t - size * 0.8 * Math.sin(t), y - height * (1 - Math.cos(t)) / 2));
        }
        return points;
    }

    /** Press, drag through every point and release, through the real mouse; waiting once, as a hand does not stop. */
    private static void stroke(FxRobot robot, List<Point2D> points) {
        robot.moveTo(points.get(0));
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        robot.press(MouseButton.PRIMARY);
        for (Point2D p : points.subList(1, points.size())) {
            mouse.moveNoWait(p);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.release(MouseButton.PRIMARY);
    }
}
