package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Clinic;
import com.clearpath.app.ConsentSigning;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.app.Photos;
import com.clearpath.app.Sessions;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** A client's outcomes on their page and two visits compared side by side, on records seeded with real photos. */
class CompareVisitsTest {
    static final LocalDate FIRST_VISIT = LocalDate.now().minusMonths(6);
    static final LocalDate SECOND_VISIT = LocalDate.now().minusDays(3);

    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        StoredConsultation first;
        StoredConsultation second;
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient ana = records.client("Ana", "Reyes", LocalDate.of(1994, 4, 12), "+1 (210) 555-0101");
            first = records.consultation(ana, FIRST_VISIT, IntakeBuilder.intake().concern(ConcernKind.ROLLING)
                    .concern(ConcernKind.BOXCAR_SHALLOW).grade(3), List.of());
            second = records.consultation(ana, SECOND_VISIT, IntakeBuilder.intake().concern(ConcernKind.ROLLING)
                    .grade(2), List.of());
        }
        Clinic clinic = new Clinic(folder, Clock.systemDefaultZone(), "front-desk");
        try {
            assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
            Photos photos = new Photos(clinic);
            photos.recordConsent(first.clientId(), true, false, "J. Park", 1);
            photos.add(first.id(), face(folder, "before.jpg", 46), PhotoView.FRONT, Optional.empty());
            photos.add(first.id(), face(folder, "before-left.jpg", 30), PhotoView.LEFT_45, Optional.empty());
            photos.add(second.id(), face(folder, "after.jpg", 14), PhotoView.FRONT, Optional.empty());
            Sessions sessions = new Sessions(clinic);
            // A step of the agreed plan, so the client's consent to it can be signed.
            Treatment treatment = ConsentSigning.signAgreed(clinic, first.id()).consent().treatments().stream()
                    .filter(Treatment::procedure).findFirst().orElseThrow();
            for (int weeks : List.of(0, 6, 12)) {
                sessions.record(first.id(), new TreatmentSession(FIRST_VISIT.plusWeeks(weeks),
                        treatment, "J. Park", List.of(), "Dermapen 4", Map.of("needle depth", "1.5 mm"),
                        null, null, "Topical lidocaine 5%", "Mild erythema", null));
            }
        } finally {
            clinic.close();
        }
    }

    /** A stand-in for a clinical photo: a face-coloured oval with {@code marks} darker spots, as a JPEG. */
    private static Path face(DataFolder folder, String name, int marks) throws Exception {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x5b6770));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(new Color(0xe0b49a));
        g.fillOval(500, 120, 600, 900);
        g.setColor(new Color(0x8a5a48));
        Random random = new Random(7);
        for (int i = 0; i < marks; i++) {
            int x = 600 + random.nextInt(400);
            int y = 500 + random.nextInt(300);
            g.fillOval(x, y, 14, 14);
        }
        g.dispose();
        Path file = folder.root().resolveSibling(name);
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    @Test
    void theOutcomesShowTheChangeAndTwoVisitsCompareSideBySideInSync(FxRobot robot) {
        running.awaitReady();
        robot.clickOn("#nav-clients");
        await("the client list", () -> robot.lookup("#clients-results").tryQuery().isPresent());
        robot.clickOn("#clients-search").write("ana reyes");
        await("one match", () -> robot.lookup("#clients-results").queryListView().getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        await("the outcomes", () -> robot.lookup("#outcomes-change").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Improved by 1 grade since")).orElse(false));
        List<String> visits = fx(() -> robot.lookup("#outcomes-timeline .outcome-date").queryAllAs(Label.class)
                .stream().map(Label::getAccessibleText).toList());
        assertEquals(2, visits.size(), visits.toString());
        assertTrue(visits.get(0).contains("Grade 3, First visit, 2 photos"), visits.get(0));
        assertTrue(visits.get(1).contains("Grade 2, 3 sessions since the visit before, 1 photo"), visits.get(1));
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(running.stage.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
        Screenshots.save(running.stage.getScene(), "outcomes");

        robot.clickOn("#outcomes-compare");
        await("both photos", () -> image(robot, "#compare-side-first-image").getImage() != null
                && image(robot, "#compare-side-second-image").getImage() != null);
        Scene compare = fx(() -> robot.lookup("#compare-window").query().getScene());
        assertTrue(fx(() -> ((Stage) compare.getWindow()).getTitle()).contains("Ana Reyes"));
        assertTrue(fx(() -> label(robot, "#compare-side-first-caption")).contains("Grade 3"));
        assertTrue(fx(() -> label(robot, "#compare-side-second-caption")).contains("Grade 2"));
        assertTrue(fx(() -> label(robot, "#compare-between")).startsWith("3 sessions between these visits: "));
        double decodedWidth = fx(() -> image(robot, "#compare-side-first-image").getImage().getWidth());
        assertTrue(decodedWidth < 1600, "decoded to the screen, not at full size: " + decodedWidth);

        robot.clickOn("#compare-zoom-in");
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        await("zoomed twice", () -> Math.abs(image(robot, "#compare-side-first-image").getScaleX() - 1.5625) < 1e-6);
        assertEquals(fx(() -> image(robot, "#compare-side-first-image").getScaleX()),
                fx(() -> image(robot, "#compare-side-second-image").getScaleX()));
        robot.drag("#compare-side-first").dropBy(-60, 20);
        await("moved together", () -> image(robot, "#compare-side-first-image").getTranslateX() < -1
                && image(robot, "#compare-side-first-image").getTranslateX()
                == image(robot, "#compare-side-second-image").getTranslateX()
                && image(robot, "#compare-side-first-image").getTranslateY()
                == image(robot, "#compare-side-second-image").getTranslateY());
        Screenshots.save(compare, "compare-visits");

        robot.interact(() -> robot.lookup("#compare-view").queryAs(ComboBox.class).setValue(PhotoView.LEFT_45));
        await("the missing view said", () -> label(robot, "#compare-side-second-message")
                .equals("No photo of this view (Left 45°) at this visit."));
        // The first visit's left 45° photo is decoded in the background, after the second side has said it has none.
        await("the first visit's left 45°", () -> image(robot, "#compare-side-first-image").getImage() != null);
        Screenshots.save(compare, "compare-visits-missing-view");
        robot.interact(() -> ((Stage) compare.getWindow()).close());
        assertTrue(fx(() -> !compare.getWindow().isShowing()), "Escape or closing ends the comparison");
    }

    private static ImageView image(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ImageView.class);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
