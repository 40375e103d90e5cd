package com.clearpath.ui.photos;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Clinic;
import com.clearpath.app.Consultations;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.app.Photos;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoEvent;
import com.clearpath.domain.PhotoRefusal;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Zone;
import com.clearpath.engine.ConsentTexts;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.store.TestImages;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import com.clearpath.ui.photos.GalleryModel.Gate;
import com.clearpath.ui.records.RecordWords;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gallery's and the consent card's view models on a real SQLite file and real image files. */
class GalleryModelTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;
    private Clinic clinic;
    private Photos photos;
    private StoredConsultation visit;
    private final SameThreadBackgroundTasks tasks = new SameThreadBackgroundTasks();

    @BeforeEach
    void open() throws Exception {
        clinic = new Clinic(new DataFolder(temp.resolve("data")).ensureExists(), CLOCK, "front-desk");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        Consultations consultations = new Consultations(clinic, "room-2");
        photos = new Photos(clinic);
        Intake in = intake().concern(ConcernKind.ROLLING).grade(3).build();
        StoredConsultation draft = StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of());
        visit = consultations.finalise(consultations.saveDraft(draft, new DraftExtras(List.of(), 0)));
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    private GalleryModel gallery() {
        GalleryModel model = new GalleryModel(tasks, photos, visit.id(), visit.clientId(), "front-desk");
        model.load();
        return model;
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Path f = temp.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @Test
    void withoutClinicalConsentTheGalleryStaysShutUntilItIsRecordedHere() throws Exception {
        GalleryModel model = gallery();
        assertEquals(Gate.NO_CONSENT, model.gateProperty().get());
        model.stage(List.of(file("front.jpg", TestImages.jpeg(64, 48))));
        assertTrue(model.pending().isEmpty(), "no file waits while photos cannot be taken");

        PhotoConsentModel consent = new PhotoConsentModel(tasks, photos, () -> ConsentTexts.builtIn().photo(), visit.clientId(),
                "front-desk");
        consent.onRecorded(model::consentChanged);
        consent.load();
        consent.edit();
        // Marketing alone does not open the gallery: it is a separate question.
        consent.marketingProperty().set(true);
        consent.save();
        assertTrue(consent.currentProperty().get().marketingUse());
        assertFalse(consent.currentProperty().get().clinical());
        assertEquals(Gate.NO_CONSENT, model.gateProperty().get());

        consent.edit();
        assertTrue(consent.marketingProperty().get(), "the form starts from what stands");
        consent.clinicalProperty().set(true);
        consent.marketingProperty().set(false);
        consent.recordedByProperty().set("Dr Ruiz");
        consent.save();
        assertFalse(consent.editingProperty().get());
        assertEquals("Dr Ruiz", consent.currentProperty().get().clinicalRecords().orElseThrow().recordedBy());
        assertFalse(consent.currentProperty().get().marketingUse(), "marketing is never implied by the record");
        assertEquals(Gate.OPEN, model.gateProperty().get());
    }

    @Test
    void consentIsNotRecordedWithoutWhoTookIt() throws Exception {
        PhotoConsentModel consent = new PhotoConsentModel(tasks, photos, () -> ConsentTexts.builtIn().photo(), visit.clientId(),
                "front-desk");
        consent.load();
        consent.edit();
        consent.clinicalProperty().set(true);
        consent.recordedByProperty().set("  ");
        consent.save();
        assertTrue(consent.editingProperty().get());
        assertFalse(photos.consent(visit.clientId()).clinical());
    }

    @Test
    void oneBadFileAmongGoodOnesIsNamedAndTheOthersAreAdded() throws Exception {
        photos.recordConsent(visit.clientId(), true, false, "Dr Ruiz", 1);
        GalleryModel model = gallery();
        assertEquals(Gate.OPEN, model.gateProperty().get());
        Path front = file("front.jpg", TestImages.jpeg(640, 480));
        Path notes = file("notes.jpg", "not a photo at all".getBytes(StandardCharsets.UTF_8));
        Path cut = file("cut.jpg", TestImages.cut(TestImages.jpeg(640, 480), 0.6));
        Path left = file("left.png", TestImages.png(320, 240));
        Path gone = temp.resolve("moved.jpg");
        model.stage(List.of(front, notes, cut, left, gone));
        assertEquals(List.of(PhotoView.FRONT, PhotoView.LEFT_45, PhotoView.RIGHT_45, PhotoView.LEFT_PROFILE,
                PhotoView.RIGHT_PROFILE), model.pending().stream().map(p -> p.viewProperty().get()).toList(),
                "each file is offered the next standard view");
        model.pending().get(3).viewProperty().set(PhotoView.LEFT_45);
        model.pending().get(3).zoneProperty().set(Zone.CHEEK_LEFT);

        model.addPending();

        assertFalse(model.addingProperty().get());
        assertTrue(model.pending().isEmpty());
        assertEquals(2, model.photos().size());
        assertEquals(List.of(PhotoView.FRONT, PhotoView.LEFT_45),
                model.photos().stream().map(Photo::view).toList());
        assertEquals(Zone.CHEEK_LEFT, model.photos().get(1).zone().orElseThrow());
        assertEquals(2, photos.list(visit.id()).size());
        assertEquals(List.of("notes.jpg", "cut.jpg", "moved.jpg"),
                model.problems().stream().map(GalleryModel.Problem::file).toList());
        assertEquals(List.of(PhotoRefusal.NOT_AN_IMAGE, PhotoRefusal.TRUNCATED, PhotoRefusal.FILE_MISSING),
                model.problems().stream().map(p -> ((Photos.Refused) p.error()).reason()).toList());

        // The words name each file.
        PhotoWords words = new PhotoWords(new RecordWords(Messages.load(Language.EN), TreatmentCatalog::builtIn));
        for (GalleryModel.Problem p : model.problems()) {
            assertTrue(words.failure(p.file(), p.error()).contains(p.file()), words.failure(p.file(), p.error()));
        }

        // Thumbnails are read and decoded through the background, never the original.
        byte[][] read = new byte[1][];
        model.thumbnail(model.photos().get(0), bytes -> bytes, b -> read[0] = b, e -> { });
        assertTrue(read[0].length > 0);
    }

    @Test
    void aPhotoIsDeletedOnlyWithAReasonWhichIsKept() throws Exception {
        photos.recordConsent(visit.clientId(), true, false, "Dr Ruiz", 1);
        GalleryModel model = gallery();
        model.stage(List.of(file("front.jpg", TestImages.jpeg(320, 240))));
        model.addPending();
        Photo photo = model.photos().get(0);

        model.askDelete(photo);
        model.deleteReasonProperty().set("   ");
        model.confirmDelete();
        assertEquals(PhotoRefusal.REASON_REQUIRED,
                ((Photos.Refused) model.deleteProblemProperty().get()).reason());
        assertEquals(1, photos.list(visit.id()).size(), "nothing is deleted without a reason");
        assertEquals(photo, model.deletingProperty().get());

        model.deleteReasonProperty().set("Wrong client in the picture");
        model.confirmDelete();
        assertNull(model.deletingProperty().get());
        assertNull(model.deleteProblemProperty().get());
        assertTrue(model.photos().isEmpty());
        assertTrue(photos.list(visit.id()).isEmpty());
        assertTrue(photos.events(photo.id()).stream().map(PhotoEvent::detail).toList()
                .contains("Wrong client in the picture"), photos.events(photo.id()).toString());
    }

    @Test
    void aThumbnailMovedAwayByHandIsNamedAndTheRestOfTheGalleryStays() throws Exception {
        photos.recordConsent(visit.clientId(), true, false, "Dr Ruiz", 1);
        GalleryModel model = gallery();
        model.stage(List.of(file("front.jpg", TestImages.jpeg(320, 240)), file("left.jpg", TestImages.jpeg(320, 240))));
        model.addPending();
        Photo moved = model.photos().get(0);
        Files.delete(clinic.folder().photos().resolve(moved.id() + ".thumb.jpg"));

        GalleryModel reopened = gallery();
        assertEquals(Gate.OPEN, reopened.gateProperty().get());
        assertEquals(2, reopened.photos().size());
        Exception[] failed = new Exception[1];
        Photo kept = reopened.photos().stream().filter(p -> !p.id().equals(moved.id())).findFirst().orElseThrow();
        reopened.thumbnail(moved, bytes -> bytes, b -> { }, e -> failed[0] = e);
        Photos.Refused refused = (Photos.Refused) failed[0];
        assertEquals(PhotoRefusal.FILE_MISSING, refused.reason());
        assertEquals(moved.id() + ".thumb.jpg", refused.file().orElseThrow());
        byte[][] other = new byte[1][];
        reopened.thumbnail(kept, bytes -> bytes, b -> other[0] = b, e -> { });
        assertTrue(other[0].length > 0, "the other photo still shows");
    }

    @Test
    void aConsultationWithoutAClientInTheRecordsSaysSo() {
        GalleryModel model = new GalleryModel(tasks, photos, visit.id(), null, "front-desk");
        model.load();
        assertEquals(Gate.NO_CLIENT, model.gateProperty().get());
    }
}
