package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Case10;
import com.clearpath.domain.Language;
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
        timeline.show(p, p.eventDate().date(), t -> CATALOG.get(t).name().in(Language.EN), Enum::name, "Event", "spoken",
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

    /** In Spanish and narrow: month marks in Spanish, and a long name wraps onto a taller row rather than losing its end. */
    @Test
    void spanishNamesWrapAndMonthsAreSpanish(FxRobot robot) {
        Protocol p = plan.protocol();
        ProtocolTimeline es = new ProtocolTimeline();
        robot.interact(() -> {
            es.show(p, p.eventDate().date(), t -> CATALOG.get(t).name().in(Language.ES), Enum::name, "Evento", "dicho",
                    java.util.Locale.forLanguageTag("es"));
            es.setPrefWidth(460);
            StackPane root = new StackPane(es);
            root.setMaxWidth(460);
            robot.window(0).getScene().setRoot(new StackPane(root));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(es, "protocol-timeline-case11-es");
        java.util.List<Label> labels = robot.lookup(".timeline-label").queryAllAs(Label.class).stream().toList();
        assertTrue(labels.stream().noneMatch(l -> robot.from(l).lookup(".text").queryAllAs(javafx.scene.text.Text.class)
                .stream().anyMatch(t -> t.getText().endsWith("..."))), "no step name cut short");
        assertTrue(labels.stream().anyMatch(l -> l.getHeight() > ProtocolTimeline.ROW - 8), "a long name took two lines: "
                + labels.stream().map(l -> l.getText() + " " + l.getWidth() + "x" + l.getHeight()).toList());
        java.util.Set<String> ticks = robot.lookup(".timeline-tick").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(java.util.stream.Collectors.toSet());
        String start = java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.forLanguageTag("es"))
                .format(p.startsOn());
        assertTrue(ticks.contains(start), start + " in " + ticks);
        assertEquals("MMM d", ProtocolTimeline.dayPattern(java.util.Locale.US));
    }
}
