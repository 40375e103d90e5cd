package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Case10;
import com.clearpath.domain.Plan;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.Visit;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.ui.Screenshots;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The timeline of case 11 (an event far ahead): a row per step, a dot per visit, the event as an upright line. */
@ExtendWith(ApplicationExtension.class)
class ProtocolTimelineTest {
    private static final TreatmentCatalog CATALOG = TreatmentCatalog.builtIn();
    private final Plan plan = new Planner(CATALOG).plan(Case10.intake("11-"));
    private ProtocolTimeline timeline;

    @Start
    void start(Stage stage) {
        timeline = new ProtocolTimeline();
        Protocol p = plan.protocol();
        timeline.show(p, p.eventDate().date(), t -> CATALOG.get(t).name().en(), Enum::name, "Event", "spoken",
                java.util.Locale.US);
        StackPane root = new StackPane(timeline);
        Scene scene = new Scene(root, 900, 260);
        scene.getStylesheets().add(getClass().getResource("/com/clearpath/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void stepsVisitsAndTheEventAreDrawnInPlace(FxRobot robot) {
        Protocol p = plan.protocol();
        LocalDate event = p.eventDate().date();
        long dots = robot.lookup(".timeline-visit").queryAll().size();
        long expected = p.steps().stream().mapToLong(s -> p.visits().stream()
                .filter(v -> v.treatments().contains(s.treatment())).count()).sum();
        assertEquals(expected, dots, "a dot for each step's visit");
        assertEquals(p.steps().size(), robot.lookup(".timeline-label").queryAll().size());
        Line line = robot.lookup(".timeline-event").query();
        Label label = robot.lookup("#protocol-timeline-event").query();
        assertEquals("Event", label.getText());
        // The event is months after the visits: the line stands to the right of every dot.
        assertTrue(p.visits().stream().allMatch(v -> v.date().isBefore(event)));
        double rightmost = robot.lookup(".timeline-visit").queryAll().stream().map(n -> (Circle) n)
                .mapToDouble(Circle::getCenterX).max().orElseThrow();
        assertTrue(rightmost < line.getStartX(), rightmost + " < " + line.getStartX());
        assertTrue(line.getEndY() > line.getStartY(), "upright");
        Screenshots.save(timeline, "protocol-timeline-case11");
    }
}
