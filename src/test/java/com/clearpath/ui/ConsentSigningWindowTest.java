package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.clearpath.domain.Language;
import com.clearpath.domain.Signature;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.consent.ConsentReading;
import com.clearpath.ui.consent.ConsentReading.Part;
import com.clearpath.ui.consent.ConsentSigningWindow;
import com.clearpath.ui.consent.Signed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.TouchPoint;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.MouseRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The client signs with the pointer on a real window; what is not a signature is refused where it was drawn. */
@ExtendWith(ApplicationExtension.class)
class ConsentSigningWindowTest {
    private static final String CSS = ConsentSigningWindowTest.class.getResource("/com/clearpath/ui/app.css")
            .toExternalForm();
    private final Messages english = Messages.load(Locale.ROOT);
    private final Messages spanish = Messages.load(Language.ES);
    private final AtomicReference<Signed> signed = new AtomicReference<>();
    private Stage owner;
    private Stage window;

    @Start
    void start(Stage stage) {
        owner = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void aDotIsRefusedAndASignatureWithANameIsHandedOverAsItsStrokes(FxRobot robot) {
        open(robot, english, english, english());
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(window.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
        assertTrue(fx(() -> robot.lookup("#consent-client-pad-surface").query().isFocused()), "signing starts on the pad");
        assertEquals("Your signature: nothing drawn yet", padText(robot, "#consent-client-pad-surface"));

        robot.clickOn("#consent-client-pad-surface");
        assertEquals("Your signature: 1 stroke drawn", padText(robot, "#consent-client-pad-surface"));
        robot.clickOn("#consent-practitioner-name").write("J. Park");
        robot.clickOn("#consent-sign");
        assertEquals("That looks like a dot, not a signature. Please sign again.", label(robot, "#consent-client-problem"));
        assertTrue(fx(() -> window.isShowing()));
        assertNull(signed.get());
        assertTrue(fx(() -> robot.lookup("#consent-client-pad-surface").query().isFocused()),
                "the focus is back where the signature is missing");

        robot.clickOn("#consent-client-pad-clear");
        assertEquals("", label(robot, "#consent-client-problem"), "touching the pad again takes the refusal away");
        assertEquals("Your signature: nothing drawn yet", padText(robot, "#consent-client-pad-surface"));
        sign(robot, "#consent-client-pad-surface");
        assertEquals("Your signature: 3 strokes drawn", padText(robot, "#consent-client-pad-surface"));

        robot.clickOn("#consent-client-pad-undo");
        assertEquals("Your signature: 2 strokes drawn", padText(robot, "#consent-client-pad-surface"));
        robot.clickOn("#consent-client-pad-redo");
        assertEquals("Your signature: 3 strokes drawn", padText(robot, "#consent-client-pad-surface"));
        assertTrue(fx(() -> robot.lookup("#consent-client-pad-redo").queryAs(Button.class).isDisabled()));
        robot.clickOn("#consent-client-pad-clear");
        assertEquals("Your signature: nothing drawn yet", padText(robot, "#consent-client-pad-surface"));
        robot.clickOn("#consent-client-pad-undo");
        assertEquals("Your signature: 3 strokes drawn", padText(robot, "#consent-client-pad-surface"),
                "a pad cleared by mistake comes back");
        robot.clickOn("#consent-client-pad-surface");
        assertEquals("Your signature: 4 strokes drawn", padText(robot, "#consent-client-pad-surface"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("Your signature: 3 strokes drawn", padText(robot, "#consent-client-pad-surface"),
                "Ctrl+Z on the pad undoes too");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals("Your signature: 4 strokes drawn", padText(robot, "#consent-client-pad-surface"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.type(KeyCode.TAB);
        assertTrue(fx(() -> robot.lookup("#consent-client-pad-clear").query().isFocused()), "Tab reaches the buttons");

        robot.interact(() -> {
            robot.lookup("#consent-practitioner-name").queryTextInputControl().clear();
        });
        robot.clickOn("#consent-sign");
        assertEquals("Type your name to confirm.", label(robot, "#consent-name-problem"));
        assertTrue(fx(() -> robot.lookup("#consent-practitioner-name").query().isFocused()));
        assertEquals("", label(robot, "#consent-client-problem"));
        robot.write("J. Park");
        assertEquals("", label(robot, "#consent-name-problem"));
        Screenshots.save(window.getScene().getRoot(), "consent-signing");
        assertEquals(1280, fx(() -> window.getScene().getWidth()));
        assertEquals(800, fx(() -> window.getScene().getHeight()));

        double padWidth = fx(() -> robot.lookup("#consent-client-pad-surface").query().getLayoutBounds().getWidth());
        robot.clickOn("#consent-sign");
        await("the window closed", () -> !window.isShowing());
        Signed result = signed.get();
        Signature client = result.client();
        assertTrue(client.isSigned());
        assertEquals(3, client.strokes().size());
        assertTrue(client.strokes().get(0).points().size() > 20, "the drag's points were kept");
        assertEquals(padWidth, client.width(), 0.01);
        assertTrue(client.strokes().stream().flatMap(s -> s.points().stream())
                .allMatch(p -> p.x() >= 0 && p.x() <= client.width() && p.y() >= 0 && p.y() <= client.height()));
        assertEquals("J. Park", result.practitionerName());
        assertTrue(result.practitioner().isEmpty());
    }

    @Test
    void aCountersignatureIsKeptWithTheClientsSignature(FxRobot robot) {
        open(robot, english, english, english());
        sign(robot, "#consent-client-pad-surface");
        robot.clickOn("#consent-practitioner-pad-surface");
        robot.clickOn("#consent-practitioner-name").write("J. Park").type(KeyCode.ENTER);
        assertEquals("That looks like a dot, not a signature. Please sign again.",
                label(robot, "#consent-practitioner-problem"), "Enter signs, and a dotted countersignature is refused");
        assertTrue(fx(() -> window.isShowing()));
        robot.clickOn("#consent-practitioner-pad-clear");
        sign(robot, "#consent-practitioner-pad-surface");
        robot.clickOn("#consent-sign");
        await("the window closed", () -> !window.isShowing());
        assertEquals(3, signed.get().practitioner().orElseThrow().strokes().size());
        assertEquals(3, signed.get().client().strokes().size());
    }

    @Test
    void aFingerDrawsOneStrokeThoughJavaFxAlsoSendsItAsAMouse(FxRobot robot) {
        open(robot, english, english, english());
        robot.interact(() -> {
            Node surface = robot.lookup("#consent-client-pad-surface").query();
            finger(surface, TouchEvent.TOUCH_PRESSED, MouseEvent.MOUSE_PRESSED, TouchPoint.State.PRESSED, 1, 40, 100);
            for (int i = 1; i <= 20; i++) {
                finger(surface, TouchEvent.TOUCH_MOVED, MouseEvent.MOUSE_DRAGGED, TouchPoint.State.MOVED, 1,
                        40 + i * 12, 100 - 20 * Math.sin(i / 2.0));
                // A second finger resting on the pad (the heel of the hand) draws nothing.
                finger(surface, TouchEvent.TOUCH_MOVED, null, TouchPoint.State.MOVED, 2, 300, 40 + i);
            }
            finger(surface, TouchEvent.TOUCH_RELEASED, MouseEvent.MOUSE_RELEASED, TouchPoint.State.RELEASED, 1, 280, 100);
        });
        assertEquals("Your signature: 1 stroke drawn", padText(robot, "#consent-client-pad-surface"));
        robot.clickOn("#consent-practitioner-name").write("J. Park");
        robot.clickOn("#consent-sign");
        await("the window closed", () -> !window.isShowing());
        List<Signature.Point> points = signed.get().client().strokes().get(0).points();
        assertEquals(22, points.size(), points.toString());
        assertEquals(40, points.get(0).x(), 0.01);
        assertEquals(100, points.get(0).y(), 0.01);
    }

    /**
     * What a touch screen sends for one finger: the touch, then the mouse event made of it, here a little off the
     * touch point (as the system's mouse emulation rounds it) so inking it too would show in the points.
     */
    private static void finger(Node surface, EventType<TouchEvent> touch, EventType<MouseEvent> mouse,
                               TouchPoint.State state, int id, double x, double y) {
        Point2D scene = surface.localToScene(x, y);
        Point2D screen = surface.localToScreen(x, y);
        TouchPoint point = new TouchPoint(id, state, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                surface, null);
        Event.fireEvent(surface, new TouchEvent(touch, point, List.of(point), id, false, false, false, false));
        if (mouse != null) {
            Event.fireEvent(surface, new MouseEvent(mouse, scene.getX() + 1.5, scene.getY(), screen.getX() + 1.5,
                    screen.getY(),
                    MouseButton.PRIMARY, 1, false, false, false, false, state != TouchPoint.State.RELEASED, false,
                    false, true, false, false, null));
        }
    }

    @Test
    void cancelAsksBeforeDrawnStrokesAreLostAndClosesAtOnceOtherwise(FxRobot robot) {
        open(robot, english, english, english());
        robot.clickOn("#consent-cancel");
        await("the empty window closed", () -> !window.isShowing());

        open(robot, english, english, english());
        sign(robot, "#consent-client-pad-surface");
        robot.clickOn("#consent-cancel");
        await("the question", () -> robot.lookup(".consent-discard").tryQuery().isPresent());
        DialogPane ask = fx(() -> robot.lookup(".consent-discard").queryAs(DialogPane.class));
        assertEquals("Discard the signature?", fx(ask::getHeaderText));
        Window question = fx(() -> ask.getScene().getWindow());
        robot.type(KeyCode.ENTER);
        await("the question answered", () -> !question.isShowing());
        assertTrue(fx(() -> window.isShowing()), "Enter keeps what was drawn");
        assertEquals("Your signature: 3 strokes drawn", padText(robot, "#consent-client-pad-surface"));

        robot.clickOn("#consent-cancel");
        await("the question again", () -> robot.lookup(".consent-discard").tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        robot.clickOn("Discard");
        await("the window closed", () -> !window.isShowing());
        assertNull(signed.get(), "nothing signed");
    }

    @Test
    void inSpanishTheClientReadsAndIsToldInSpanish(FxRobot robot) {
        open(robot, spanish, spanish, spanish());
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(window.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
        assertEquals("Firmar consentimiento", fx(() -> robot.lookup("#consent-sign").queryButton().getText()));
        robot.clickOn("#consent-client-pad-surface");
        assertEquals("Su firma: 1 trazo", padText(robot, "#consent-client-pad-surface"));
        robot.clickOn("#consent-sign");
        Screenshots.save(window.getScene().getRoot(), "es/consent-signing-refused");
        assertEquals("Eso parece un punto, no una firma. Vuelva a firmar.",
                label(robot, "#consent-client-problem"));
        assertEquals("Escriba su nombre para confirmar.", label(robot, "#consent-name-problem"));
        robot.clickOn("#consent-client-pad-undo");
        sign(robot, "#consent-client-pad-surface");
        robot.clickOn("#consent-practitioner-name").write("Lucía Gómez");
        assertEquals("Su firma: 3 trazos", padText(robot, "#consent-client-pad-surface"));
        Screenshots.save(window.getScene().getRoot(), "es/consent-signing");
        robot.clickOn("#consent-sign");
        await("the window closed", () -> !window.isShowing());
        assertEquals("Lucía Gómez", signed.get().practitionerName());
    }

    private void open(FxRobot robot, Messages client, Messages workstation, ConsentReading reading) {
        signed.set(null);
        robot.interact(() -> window = ConsentSigningWindow.open(owner, CSS, client, workstation, reading, signed::set));
        await("the signing window", () -> window.isShowing());
    }

    /** A hand-made signature: a looping name, a second looping word, and a flourish under them. */
    private static void sign(FxRobot robot, String pad) {
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

    private static String padText(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).query().getAccessibleText());
    }

    private static String label(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static ConsentReading english() {
        return new ConsentReading("Consent for microneedling", "Version 2026.1 \u00b7 English", "Ana Reyes", List.of(
                new Part("What the treatment is", List.of(
                        "Microneedling uses a pen with very fine needles to make tiny channels in the skin. The skin "
                                + "heals these channels by making new collagen, which over several sessions softens "
                                + "acne scars. A numbing cream is applied first; most people feel pressure and some "
                                + "warmth rather than pain."), false),
                new Part("What to expect afterwards", List.of(
                        "Redness like a mild sunburn for one to three days.",
                        "Tightness, dryness and light flaking for up to a week.",
                        "Small pinpoint marks or mild swelling, which settle on their own."), true),
                new Part("Less common risks", List.of(
                        "Infection, a flare of cold sores if you have had them before, or darker patches of skin "
                                + "(post-inflammatory hyperpigmentation), which is more likely on darker skin and "
                                + "after sun exposure. Results vary from person to person and cannot be guaranteed."),
                        false),
                new Part("Your part", List.of(
                        "Tell us about any new medicines, pregnancy, or isotretinoin in the last six months.",
                        "Avoid sun, make-up and active skincare for the days we advise.",
                        "You may stop the treatment plan at any time."), true)));
    }

    private static ConsentReading spanish() {
        return new ConsentReading("Consentimiento para microagujas", "Versión 2026.1 \u00b7 Español", "Ana Reyes",
                List.of(
                new Part("En qué consiste el tratamiento", List.of(
                        "El tratamiento con microagujas utiliza un dispositivo con agujas muy finas que crean "
                                + "pequeños canales en la piel. Al cicatrizar, la piel produce colágeno nuevo que, a lo "
                                + "largo de varias sesiones, suaviza las cicatrices de acné. Primero se aplica una "
                                + "crema anestésica; la mayoría de las personas nota presión y algo de calor, no dolor."),
                        false),
                new Part("Qué esperar después", List.of(
                        "Enrojecimiento parecido a una quemadura solar leve durante uno a tres días.",
                        "Tirantez, sequedad y una ligera descamación hasta una semana.",
                        "Pequeñas marcas puntuales o una leve hinchazón, que desaparecen solas."), true),
                new Part("Riesgos menos frecuentes", List.of(
                        "Infección, un brote de herpes labial si lo ha tenido antes, o manchas más oscuras en la piel "
                                + "(hiperpigmentación postinflamatoria), más probables en pieles oscuras y tras la "
                                + "exposición al sol. Los resultados varían de una persona a otra y no se pueden "
                                + "garantizar."), false),
                new Part("Lo que le pedimos", List.of(
                        "Avísenos de cualquier medicamento nuevo, embarazo o tratamiento con isotretinoína en los "
                                + "últimos seis meses.",
                        "Evite el sol, el maquillaje y los productos activos durante los días que le indiquemos.",
                        "Puede interrumpir el plan de tratamiento en cualquier momento."), true)));
    }
}
