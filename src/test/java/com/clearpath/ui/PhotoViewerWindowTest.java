package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Clinic;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.app.Photos;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Zone;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A consultation's photo opened large from its gallery: by a double-click or Enter on its tile, decoded to the screen,
 * the previous and next photo by the arrow keys, 100% and back, Esc to close; a photo whose file was moved away by
 * hand says so by name and the others open as before.
 */
class PhotoViewerWindowTest {
    static final LocalDate VISIT = LocalDate.now().minusDays(1);

    private RunningApp running;
    /** The file of the third photo, moved out of the data folder after it was added. */
    private String movedFile;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        StoredConsultation k;
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient marta = records.client("Marta", "Soto", LocalDate.of(1991, 3, 9), "+1 210 555 0170");
            k = records.consultation(marta, VISIT, IntakeBuilder.intake().concern(ConcernKind.ROLLING).grade(3),
                    List.of());
        }
        Clinic clinic = new Clinic(folder, Clock.systemDefaultZone(), "front-desk");
        try {
            assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
            Photos photos = new Photos(clinic);
            photos.recordConsent(k.clientId(), true, false, "J. Park", 1);
            photos.add(k.id(), face(folder, "front.jpg", 40), PhotoView.FRONT, Optional.of(Zone.CHEEK_LEFT));
            photos.add(k.id(), face(folder, "left.jpg", 24), PhotoView.LEFT_45, Optional.empty());
            Photo third = photos.add(k.id(), face(folder, "right.jpg", 12), PhotoView.RIGHT_45, Optional.empty());
            Path original = photos.original(third.id());
            movedFile = original.getFileName().toString();
            Files.move(original, folder.root().resolveSibling("moved-by-hand.jpg"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            clinic.close();
        }
    }

    /** A stand-in for a clinical photo, larger than the screen: a face-coloured oval with darker spots, as a JPEG. */
    private static Path face(DataFolder folder, String name, int marks) throws Exception {
        BufferedImage image = new BufferedImage(3200, 2400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x5b6770));
        g.fillRect(0, 0, 3200, 2400);
        g.setColor(new Color(0xe0b49a));
        g.fillOval(1000, 240, 1200, 1800);
        g.setColor(new Color(0x8a5a48));
        Random random = new Random(marks);
        for (int i = 0; i < marks; i++) {
            g.fillOval(1200 + random.nextInt(800), 1000 + random.nextInt(600), 28, 28);
        }
        g.dispose();
        Path file = folder.root().resolveSibling(name);
        ImageIO.write(image, "jpeg", file.toFile());
        return file;
    }

    private GridView<Photo> openGallery(FxRobot robot) {
        running.awaitReady();
        robot.clickOn("#nav-clients");
        await("the client list", () -> robot.lookup("#clients-results").tryQuery().isPresent());
        robot.clickOn("#clients-search");
        robot.write("marta");
        await("Marta", () -> robot.lookup("#clients-results").queryAs(ListView.class).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        await("the history", () -> robot.lookup("#client-consultations").tryQuery().isPresent());
        ListView<?> history = robot.lookup("#client-consultations").queryAs(ListView.class);
        robot.interact(() -> {
            history.requestFocus();
            history.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        await("the consultation", () -> robot.lookup("#consultation-details").tryQuery().isPresent());
        await("the gallery", () -> robot.lookup("#photo-grid").tryQuery().map(Node::isVisible).orElse(false));
        @SuppressWarnings("unchecked")
        GridView<Photo> grid = robot.lookup("#photo-grid").queryAs(GridView.class);
        await("three photos", () -> fx(() -> grid.getItems().size() == 3));
        RunningApp.reveal(robot, "#photo-grid");
        return grid;
    }

    @SuppressWarnings("unchecked")
    private static GridCell<Photo> cell(FxRobot robot, Photo photo) {
        return fx(() -> robot.lookup("#photo-grid .photo-cell").queryAllAs(GridCell.class).stream()
                .filter(c -> photo.equals(c.getItem())).findFirst().orElseThrow());
    }

    /** Scrolls the consultation page so the node's top is on screen, as a person would before double-clicking it. */
    private static void showTop(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane scroller && scroller.getContent() != null) {
                    Bounds at = scroller.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double free = scroller.getContent().getBoundsInLocal().getHeight()
                            - scroller.getViewportBounds().getHeight();
                    if (free > 0) {
                        scroller.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 24) / free)));
                    }
                    scroller.layout();
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static boolean viewerOpen(FxRobot robot) {
        return fx(() -> robot.lookup("#photo-viewer").tryQuery().map(n -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false));
    }

    private static boolean pictureShown(FxRobot robot) {
        return fx(() -> robot.lookup("#viewer-image").tryQuery().map(n -> ((ImageView) n).getImage() != null)
                .orElse(false));
    }

    @Test
    void aDoubleClickedPhotoOpensLargeAndTheArrowsBrowseTheGallery(FxRobot robot) throws Exception {
        GridView<Photo> grid = openGallery(robot);
        Photo first = fx(() -> grid.getItems().get(0));
        Node picture = fx(() -> cell(robot, first).lookup(".image-view"));
        showTop(robot, picture);
        robot.doubleClickOn(picture);
        await("the viewer", () -> viewerOpen(robot) && pictureShown(robot));
        assertEquals("1 of 3", text(robot, "#viewer-position"));
        assertEquals("Front \u00b7 left cheek", text(robot, "#viewer-caption"));
        assertTrue(text(robot, "#viewer-date").startsWith("taken "), text(robot, "#viewer-date"));
        double width = fx(() -> robot.lookup("#viewer-image").queryAs(ImageView.class).getImage().getWidth());
        assertTrue(width < 3200, "decoded down to the screen, not the camera's 3200 pixels: " + width);
        assertFalse(fx(() -> robot.lookup("#viewer-message").query().isVisible()));
        Node viewer = robot.lookup("#photo-viewer").query();
        Path png = Screenshots.save(viewer, "photo-viewer");
        assertTrue(Files.size(png) > 0);
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(viewer.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);

        // 100% and back: the picture at its decoded size, movable, then whole again.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        await("100%", () -> !robot.lookup("#viewer-fit").queryAs(Button.class).isDisabled());
        robot.clickOn("#viewer-fit");
        await("fitted", () -> robot.lookup("#viewer-fit").queryAs(Button.class).isDisabled());

        robot.type(KeyCode.RIGHT);
        await("the second photo", () -> "2 of 3".equals(text(robot, "#viewer-position")) && pictureShown(robot));
        assertEquals("Left 45\u00b0", text(robot, "#viewer-caption"));
        robot.type(KeyCode.RIGHT);
        await("the third photo's problem", () -> "3 of 3".equals(text(robot, "#viewer-position"))
                && fx(() -> robot.lookup("#viewer-message").query().isVisible()));
        String problem = text(robot, "#viewer-message");
        assertEquals("This photo cannot be shown: " + movedFile + " is not where it was (moved or removed).", problem);
        assertFalse(pictureShown(robot), "nothing else is shown in its place");
        Screenshots.save(robot.lookup("#photo-viewer").query(), "photo-viewer-missing");
        assertTrue(fx(() -> robot.lookup("#viewer-next").query().isDisabled()), "the last photo of the gallery");
        robot.type(KeyCode.LEFT);
        await("the second photo again", () -> "2 of 3".equals(text(robot, "#viewer-position")) && pictureShown(robot));

        robot.type(KeyCode.ESCAPE);
        await("the viewer to close", () -> !viewerOpen(robot));
        assertEquals(3, fx(() -> grid.getItems().size()), "the gallery is as it was");
    }

    @Test
    void enterOnTheFocusedTileOpensItsPhoto(FxRobot robot) {
        GridView<Photo> grid = openGallery(robot);
        Photo second = fx(() -> grid.getItems().get(1));
        GridCell<Photo> tile = cell(robot, second);
        robot.interact(tile::requestFocus);
        assertTrue(fx(tile::isFocused), "a tile takes the focus");
        robot.type(KeyCode.ENTER);
        await("the viewer", () -> viewerOpen(robot) && pictureShown(robot));
        assertEquals("2 of 3", text(robot, "#viewer-position"));
        robot.type(KeyCode.ESCAPE);
        await("the viewer to close", () -> !viewerOpen(robot));
    }
}
