package com.clearpath.ui.compare;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.ClientDirectory;
import com.clearpath.app.Clinic;
import com.clearpath.app.ConsentSigning;
import com.clearpath.app.Consultations;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.app.Photos;
import com.clearpath.app.Sessions;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.VisitOutcomes.Direction;
import com.clearpath.domain.VisitOutcomes.Visit;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.store.TestImages;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import com.clearpath.ui.compare.ClientOutcomes.Shown;
import com.clearpath.ui.compare.VisitComparison.Decoded;
import com.clearpath.ui.compare.VisitComparison.NoPhoto;
import com.clearpath.ui.compare.VisitComparison.Unreadable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The outcomes and the comparison of two visits, on a real SQLite file with real photo files, without a window. */
class VisitComparisonTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final DraftExtras NO_EXTRAS = new DraftExtras(List.of(), 0);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate FIRST = LocalDate.of(2026, 5, 4);
    private static final LocalDate SECOND = LocalDate.of(2026, 11, 16);

    @TempDir
    Path temp;
    private Clinic clinic;
    private Photos photos;
    private Sessions sessions;
    private StoredConsultation first;
    private StoredConsultation second;
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
        sessions = new Sessions(clinic);
        first = visit(consultations, null, FIRST, 3);
        second = visit(consultations, first.clientId(), SECOND, 2);
        photos.recordConsent(first.clientId(), true, false, "Dr Ruiz", 1);
        add(first, PhotoView.FRONT, 1200, 900);
        add(first, PhotoView.LEFT_45, 800, 600);
        add(second, PhotoView.FRONT, 1200, 900);
        // A step of the agreed plan, so the client's consent to it can be signed.
        Treatment t = ConsentSigning.signAgreed(clinic, first.id()).consent().treatments().stream()
                .filter(Treatment::procedure).findFirst().orElseThrow();
        for (LocalDate on : List.of(FIRST, FIRST.plusWeeks(4), FIRST.plusWeeks(8), SECOND)) {
            sessions.record(first.id(), new TreatmentSession(on, t, "Dr Ruiz", List.of(), "Dermapen 4", Map.of(),
                    null, null, null, null, null));
        }
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private StoredConsultation visit(Consultations consultations, UUID client, LocalDate on, int grade)
            throws Exception {
        Intake base = intake().concern(ConcernKind.ROLLING).grade(grade).build();
        Intake in = new Intake(base.format(), base.client(), on, base.practitioner(), base.concerns(),
                base.goodmanBaronGrade(), base.skin(), base.activeAcne(), base.screening(), "Smoother cheeks", null);
        StoredConsultation draft = StoredConsultation.newDraft(in).with(client, in, PLANNER.plan(in), List.of());
        return consultations.finalise(consultations.saveDraft(draft, NO_EXTRAS));
    }

    private Photo add(StoredConsultation visit, PhotoView view, int width, int height) throws Exception {
        Path file = temp.resolve(UUID.randomUUID() + ".jpg");
        Files.write(file, TestImages.jpeg(width, height));
        return photos.add(visit.id(), file, view, Optional.empty());
    }

    private Shown outcomes() throws Exception {
        ClientOutcomes model = new ClientOutcomes(tasks, photos, sessions);
        ClientDirectory.History history = new ClientDirectory(clinic).history(first.clientId()).orElseThrow();
        model.load(first.clientId(), history.consultations());
        return assertInstanceOf(Shown.class, model.stateProperty().get());
    }

    @Test
    void theOutcomesTellTheGradesSessionsAndPhotosOfEachVisit() throws Exception {
        Shown shown = outcomes();
        assertEquals(2, shown.visits().size());
        Visit a = shown.visits().get(0);
        Visit b = shown.visits().get(1);
        assertEquals(Optional.of(3), a.grade());
        assertEquals(2, a.photos());
        assertEquals(Optional.of(2), b.grade());
        assertEquals(1, b.photos());
        assertEquals(Optional.of(3), b.sessionsBefore(), "the session on the second visit's day comes after it");
        assertEquals(Direction.IMPROVED, shown.change().orElseThrow().direction());
        assertEquals(1, shown.change().orElseThrow().grades());
        assertEquals(FIRST, shown.change().orElseThrow().since());
    }

    @Test
    void theSameViewIsPairedAndDecodedNoLargerThanTheScreen() throws Exception {
        VisitComparison compare = new VisitComparison(tasks, outcomes(), new PhotoDecoder(photos), 600, 400);
        assertEquals(FIRST, compare.first().visitProperty().get().on());
        assertEquals(SECOND, compare.second().visitProperty().get().on());
        assertEquals(PhotoView.FRONT, compare.viewProperty().get());
        Decoded left = assertInstanceOf(Decoded.class, compare.first().pictureProperty().get());
        Decoded right = assertInstanceOf(Decoded.class, compare.second().pictureProperty().get());
        assertEquals(PhotoView.FRONT, left.photo().view());
        assertEquals(PhotoView.FRONT, right.photo().view());
        assertEquals(first.id(), left.photo().consultationId());
        assertEquals(second.id(), right.photo().consultationId());
        assertTrue(left.image().getWidth() <= 600 && left.image().getHeight() <= 400,
                left.image().getWidth() + "×" + left.image().getHeight());
        assertEquals(533, left.image().getWidth(), 1, "the whole photo, down-sampled to the box");
        assertEquals(3, compare.sessionsBetweenProperty().get().size());
    }

    @Test
    void aVisitWithoutThatViewSaysSo() throws Exception {
        VisitComparison compare = new VisitComparison(tasks, outcomes(), new PhotoDecoder(photos), 600, 400);
        compare.viewProperty().set(PhotoView.LEFT_45);
        assertInstanceOf(Decoded.class, compare.first().pictureProperty().get());
        NoPhoto none = assertInstanceOf(NoPhoto.class, compare.second().pictureProperty().get());
        assertEquals(PhotoView.LEFT_45, none.view());
        assertEquals(SECOND, none.visit().on());
        assertEquals(Set.of(PhotoView.FRONT, PhotoView.LEFT_45), compare.viewsShown());
    }

    @Test
    void sessionsInBetweenFollowTheVisitsChosenInEitherOrder() throws Exception {
        Shown shown = outcomes();
        VisitComparison compare = new VisitComparison(tasks, shown, new PhotoDecoder(photos), 600, 400);
        compare.first().visitProperty().set(shown.visits().get(1));
        compare.second().visitProperty().set(shown.visits().get(0));
        assertEquals(3, compare.sessionsBetweenProperty().get().size());
        compare.second().visitProperty().set(shown.visits().get(1));
        assertEquals(0, compare.sessionsBetweenProperty().get().size(), "a visit with itself");
    }

    @Test
    void zoomAndPanAreOneForBothSidesAndStayInsideTheFrame() throws Exception {
        VisitComparison compare = new VisitComparison(tasks, outcomes(), new PhotoDecoder(photos), 600, 400);
        compare.viewport(500, 400);
        compare.panBy(40, 0);
        assertEquals(0, compare.panXProperty().get(), "nothing to move at full view");
        compare.zoomIn();
        compare.zoomIn();
        assertEquals(1.5625, compare.zoomProperty().get(), 1e-9);
        compare.panBy(1000, -30);
        assertEquals((1.5625 - 1) * 250, compare.panXProperty().get(), 1e-9);
        assertEquals(-30, compare.panYProperty().get(), 1e-9);
        for (int i = 0; i < 20; i++) {
            compare.zoomIn();
        }
        assertEquals(VisitComparison.MAX_ZOOM, compare.zoomProperty().get(), 1e-9);
        compare.fit();
        assertEquals(1, compare.zoomProperty().get(), 1e-9);
        assertEquals(0, compare.panXProperty().get(), 1e-9);
    }

    @Test
    void aPhotoFileRemovedByHandIsNamedAndTheOtherSideStillShows() throws Exception {
        Shown shown = outcomes();
        Photo gone = shown.photos().stream().filter(p -> p.consultationId().equals(second.id())).findFirst()
                .orElseThrow();
        Files.delete(photos.original(gone.id()));
        VisitComparison compare = new VisitComparison(tasks, shown, new PhotoDecoder(photos), 600, 400);
        assertInstanceOf(Decoded.class, compare.first().pictureProperty().get());
        Unreadable u = assertInstanceOf(Unreadable.class, compare.second().pictureProperty().get());
        assertInstanceOf(Photos.Refused.class, u.error());
    }

    @Test
    void anExifTurnedPhotoIsShownUpright() {
        WritableImage wide = new WritableImage(4, 2);
        wide.getPixelWriter().setArgb(0, 0, 0xffff0000);
        Image turned = PhotoDecoder.upright(wide, 6);
        assertEquals(2, turned.getWidth());
        assertEquals(4, turned.getHeight());
        // Turned a quarter clockwise, the top-left corner goes to the top-right.
        assertEquals(0xffff0000, turned.getPixelReader().getArgb(1, 0));
    }
}
