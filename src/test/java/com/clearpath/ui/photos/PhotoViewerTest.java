package com.clearpath.ui.photos;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Clinic;
import com.clearpath.app.Consultations;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.app.Photos;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoRefusal;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.store.TestImages;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import com.clearpath.ui.compare.PhotoDecoder;
import com.clearpath.ui.photos.PhotoViewer.Shown;
import com.clearpath.ui.photos.PhotoViewer.Unreadable;
import com.clearpath.ui.photos.PhotoViewer.Zoom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The gallery's photo viewer on a real SQLite file and real photo files, decoded by JavaFX, without a window. */
class PhotoViewerTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private Clinic clinic;
    private Photos photos;
    private StoredConsultation visit;
    private final SameThreadBackgroundTasks tasks = new SameThreadBackgroundTasks();

    @BeforeAll
    static void toolkit() throws Exception {
        // Images are decoded by JavaFX, which needs its toolkit running (headless under Monocle).
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        clinic = new Clinic(new DataFolder(temp.resolve("data")).ensureExists(), CLOCK, "front-desk");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        Consultations consultations = new Consultations(clinic, "room-2");
        photos = new Photos(clinic);
        Intake in = intake().concern(ConcernKind.ROLLING).grade(3).build();
        StoredConsultation draft = StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of());
        visit = consultations.finalise(consultations.saveDraft(draft, new DraftExtras(List.of(), 0)));
        photos.recordConsent(visit.clientId(), true, false, "front-desk", 1);
        for (PhotoView view : List.of(PhotoView.FRONT, PhotoView.LEFT_45, PhotoView.RIGHT_45)) {
            Path file = temp.resolve(UUID.randomUUID() + ".jpg");
            Files.write(file, TestImages.jpeg(1600, 1200));
            photos.add(visit.id(), file, view, Optional.empty());
        }
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    /** The gallery as the consultation page shows it, its viewer opened on photo {@code at} for an 800 × 600 screen. */
    private PhotoViewer viewer(int at) {
        GalleryModel gallery = new GalleryModel(tasks, photos, visit.id(), visit.clientId(), "front-desk");
        gallery.load();
        assertEquals(3, gallery.photos().size());
        return gallery.viewer(gallery.photos().get(at), new PhotoDecoder(photos)::decode, 800, 600, 1);
    }

    @Test
    void aPhotoOpensDownSampledToTheScreenNeverAtFullSize() {
        PhotoViewer v = viewer(1);
        assertEquals(1, v.indexProperty().get());
        Shown shown = assertInstanceOf(Shown.class, v.pictureProperty().get());
        assertEquals(v.photos().get(1), shown.photo());
        assertEquals(800, shown.image().getWidth(), 1, "decoded to the box, not the camera's 1600 pixels");
        assertEquals(600, shown.image().getHeight(), 1);
        assertEquals(Zoom.FIT, v.zoomProperty().get());
    }

    @Test
    void nextAndPreviousBrowseTheGalleryAndStopAtItsEnds() {
        PhotoViewer v = viewer(0);
        assertFalse(v.hasPrevious().get());
        v.previous();
        assertEquals(0, v.indexProperty().get(), "nothing before the first");
        v.next();
        v.next();
        assertEquals(2, v.indexProperty().get());
        assertEquals(v.photos().get(2), v.pictureProperty().get().photo());
        assertFalse(v.hasNext().get());
        v.next();
        assertEquals(2, v.indexProperty().get(), "nothing after the last");
        v.previous();
        assertEquals(v.photos().get(1), assertInstanceOf(Shown.class, v.pictureProperty().get()).photo());
    }

    @Test
    void atOneHundredPercentThePictureMovesButNeverLeavesAnEdgeInside() {
        PhotoViewer v = viewer(0);
        v.viewport(500, 400);
        v.panBy(50, 50);
        assertEquals(0, v.panXProperty().get(), "fitted, it stays centred");
        v.actualSize();
        assertEquals(800, v.actualWidth(), 1);
        v.panBy(1000, -1000);
        assertEquals(150, v.panXProperty().get(), 1, "half of 800 less 500");
        assertEquals(-100, v.panYProperty().get(), 1, "half of 600 less 400");
        v.toggleZoom();
        assertEquals(Zoom.FIT, v.zoomProperty().get());
        assertEquals(0, v.panXProperty().get(), "back to the whole photo, centred");
        v.actualSize();
        v.next();
        assertEquals(Zoom.FIT, v.zoomProperty().get(), "the next photo opens whole");
    }

    @Test
    void aPhotoMovedByHandSaysSoNamingItsFileAndTheOthersStillOpen() throws Exception {
        PhotoViewer v = viewer(0);
        Photo second = v.photos().get(1);
        Path original = photos.original(second.id());
        Files.move(original, temp.resolve("moved-away.jpg"));
        v.next();
        Unreadable gone = assertInstanceOf(Unreadable.class, v.pictureProperty().get());
        Photos.Refused refused = assertInstanceOf(Photos.Refused.class, gone.error());
        assertEquals(PhotoRefusal.FILE_MISSING, refused.reason());
        assertEquals(Optional.of(original.getFileName().toString()), refused.file());
        v.next();
        assertInstanceOf(Shown.class, v.pictureProperty().get(), "the next photo is not affected");
        v.previous();
        v.previous();
        assertInstanceOf(Shown.class, v.pictureProperty().get(), "nor the one before");
    }
}
