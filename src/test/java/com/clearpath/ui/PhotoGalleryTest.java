package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static com.clearpath.ui.RunningApp.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Photo;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Zone;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import com.clearpath.store.TestImages;
import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AccessControlContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;
import javax.imageio.ImageIO;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Recording a client's photo consent, then dropping photos onto their consultation's gallery. */
class PhotoGalleryTest {
    private RunningApp running;
    private UUID visit;

    @TempDir
    Path camera;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient marta = records.client("Marta", "Soto", LocalDate.of(1991, 3, 9), "+1 210 555 0170");
            StoredConsultation k = records.consultation(marta, LocalDate.now().minusDays(1), IntakeBuilder.intake()
                    .concern(ConcernKind.ROLLING).grade(3), List.of());
            visit = k.id();
        }
    }

    @Test
    void photoConsentIsRecordedThenThreeDroppedPhotosShowAsThumbnails(FxRobot robot) throws Exception {
        running.awaitReady();
        robot.clickOn("#nav-clients");
        await("the client list", () -> robot.lookup("#clients-results").tryQuery().isPresent());
        robot.clickOn("#clients-search");
        robot.write("marta");
        await("Marta", () -> robot.lookup("#clients-results").queryAs(ListView.class).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        await("the consent card", () -> robot.lookup("#photo-consent-clinical").tryQuery()
                .map(n -> ((Label) n).getText().endsWith(": no")).orElse(false));

        robot.clickOn("#photo-consent-record");
        robot.clickOn("#photo-consent-clinical-choice");
        Screenshots.save(running.stage.getScene(), "photos-consent-form-1280x800");
        robot.clickOn("#photo-consent-save");
        await("the consent recorded", () -> ((Label) robot.lookup("#photo-consent-clinical").query()).getText()
                .contains("yes, recorded by"));
        assertTrue(fx(() -> ((Label) robot.lookup("#photo-consent-marketing").query()).getText()).endsWith(": no"),
                "marketing stays a separate no");
        Path consentShot = Screenshots.save(robot.lookup("#photo-consent").query(), "photos-consent");

        ListView<?> history = robot.lookup("#client-consultations").queryAs(ListView.class);
        robot.interact(() -> {
            history.requestFocus();
            history.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        await("the consultation", () -> robot.lookup("#consultation-details").tryQuery().isPresent());
        Screenshots.save(running.stage.getScene(), "photos-consultation-1280x800");
        await("the gallery, open", () -> robot.lookup("#photo-add").tryQuery().map(PhotoGalleryTest::shown).orElse(false));

        List<File> files = List.of(jpeg("front.jpg", new Color(214, 170, 150)),
                jpeg("left.jpg", new Color(200, 150, 130)), jpeg("right.jpg", new Color(190, 140, 120)),
                heic("IMG_0042.HEIC"));
        Node gallery = robot.lookup("#photo-gallery").query();
        robot.interact(() -> gallery.fireEvent(new DragEvent(DragEvent.DRAG_DROPPED, dragboard(files), 10, 10,
                10, 10, TransferMode.COPY, null, gallery, null)));
        await("four files waiting", () -> robot.lookup("#photo-pending-view-3").tryQuery().isPresent());
        ComboBox<Zone> zone = robot.lookup("#photo-pending-zone-2").queryAs(ComboBox.class);
        robot.interact(() -> zone.setValue(Zone.CHEEK_RIGHT));
        reveal(robot, "#photo-pending-add");
        Screenshots.save(running.stage.getScene(), "photos-pending-1280x800");
        robot.clickOn("#photo-pending-add");

        GridView<Photo> grid = robot.lookup("#photo-grid").queryAs(GridView.class);
        await("three photos", () -> grid.getItems().size() == 3);
        await("three thumbnails", () -> robot.lookup("#photo-grid .photo-cell").queryAllAs(Node.class).stream()
                .map(cell -> cell.lookup(".image-view")).filter(v -> v instanceof ImageView iv && iv.getImage() != null
                        && iv.getImage().getWidth() > 0).count() == 3);
        String problem = fx(() -> ((Label) robot.lookup("#photo-problem-first").query()).getText());
        assertTrue(problem.contains("IMG_0042.HEIC") && problem.contains("JPEG"), problem);
        assertEquals(3, running.app.records().with(s -> s.photos().forConsultation(visit)).size());
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(running.stage.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
        reveal(robot, "#photo-grid");
        Path galleryShot = Screenshots.save(gallery, "photos-gallery");
        Screenshots.save(running.stage.getScene(), "photos-gallery-1280x800");
        assertEquals(Zone.CHEEK_RIGHT, running.app.records().with(s -> s.photos().forConsultation(visit)).get(2)
                .zone().orElseThrow());
        assertTrue(Files.size(consentShot) > 0 && Files.size(galleryShot) > 0);
    }

    @Test
    void withoutConsentTheGallerySaysWhyAndTheConsentIsRecordedRightThere(FxRobot robot) {
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
        await("the gallery, shut", () -> robot.lookup("#photo-gallery-why").tryQuery().map(PhotoGalleryTest::shown)
                .orElse(false));
        assertTrue(fx(() -> ((Label) robot.lookup("#photo-gallery-why").query()).getText())
                .contains("photo consent for their clinical record"));
        assertTrue(fx(() -> !shown(robot.lookup("#photo-add").query())), "nothing can be added yet");
        reveal(robot, "#photo-consent-record");
        Screenshots.save(running.stage.getScene(), "photos-gallery-no-consent-1280x800");

        // By keyboard: the form opens with the focus on the clinical-record choice.
        robot.clickOn("#photo-consent-record");
        await("the form", () -> robot.lookup("#photo-consent-clinical-choice").query().isFocused());
        robot.type(KeyCode.SPACE);
        reveal(robot, "#photo-consent-save");
        robot.clickOn("#photo-consent-save");
        await("the gallery, open", () -> robot.lookup("#photo-add").tryQuery().map(PhotoGalleryTest::shown).orElse(false));
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(running.stage.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
    }

    /** Visible on screen: the node and every container above it. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private File jpeg(String name, Color skin) throws Exception {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(236, 240, 243));
        g.fillRect(0, 0, 1200, 900);
        g.setColor(skin);
        g.fillOval(380, 120, 440, 620);
        g.dispose();
        Path file = camera.resolve(name);
        ImageIO.write(image, "jpg", file.toFile());
        return file.toFile();
    }

    private File heic(String name) throws Exception {
        Path file = camera.resolve(name);
        Files.write(file, TestImages.heicStart());
        return file.toFile();
    }

    /** What a file manager hands over when files are dropped: the files, to be copied. */
    static Dragboard dragboard(List<File> files) {
        Dragboard board = DragboardHelper.createDragboard(new TKClipboard() {
            @Override
            public void setSecurityContext(AccessControlContext context) {
            }

            @Override
            public Set<DataFormat> getContentTypes() {
                return Set.of(DataFormat.FILES);
            }

            @SafeVarargs
            @Override
            public final boolean putContent(Pair<DataFormat, Object>... content) {
                return false;
            }

            @Override
            public Object getContent(DataFormat format) {
                return DataFormat.FILES.equals(format) ? files : null;
            }

            @Override
            public boolean hasContent(DataFormat format) {
                return DataFormat.FILES.equals(format);
            }

            @Override
            public Set<TransferMode> getTransferModes() {
                return Set.of(TransferMode.COPY);
            }

            @Override
            public void setDragView(Image image) {
            }

            @Override
            public void setDragViewOffsetX(double offsetX) {
            }

            @Override
            public void setDragViewOffsetY(double offsetY) {
            }

            @Override
            public Image getDragView() {
                return null;
            }

            @Override
            public double getDragViewOffsetX() {
                return 0;
            }

            @Override
            public double getDragViewOffsetY() {
                return 0;
            }
        });
        DragboardHelper.setDataAccessRestriction(board, false);
        return board;
    }
}
