package com.clearpath.ui.photos;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Clinic;
import com.clearpath.app.Consents;
import com.clearpath.app.Consultations;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.app.Photos;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.PhotoConsent;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.ConsentTexts;
import com.clearpath.engine.Localized;
import com.clearpath.engine.LocalizedLines;
import com.clearpath.engine.PhotoConsentText;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consent card's view model: the text shown with the consent, and its version kept with the yes. */
class PhotoConsentModelTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final PhotoConsentText CLINIC_TEXT = new PhotoConsentText(7,
            Localized.of("Photos at our clinic", "Fotos en nuestra clínica"),
            LocalizedLines.of(List.of("We keep photos with your record."), List.of("Guardamos las fotos.")),
            LocalizedLines.of(List.of("We may show them on our website."), List.of("Podríamos mostrarlas.")));

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

    @Test
    void theTextInUseIsShownWithTheConsent() {
        Consents consents = new Consents(clinic);
        PhotoConsentModel model = new PhotoConsentModel(tasks, photos, () -> consents.texts().texts().photo(),
                visit.clientId(), "front-desk");
        assertNull(model.textProperty().get());
        model.load();
        PhotoConsentText shown = model.textProperty().get();
        assertEquals(ConsentTexts.builtIn().photo(), shown);
        assertFalse(shown.clinicalRecords().in(Language.EN).isEmpty());
    }

    @Test
    void eachYesKeepsTheVersionOfTheTextShown() throws Exception {
        PhotoConsentModel model = new PhotoConsentModel(tasks, photos, () -> CLINIC_TEXT, visit.clientId(),
                "front-desk");
        model.load();
        assertSame(CLINIC_TEXT, model.textProperty().get());
        model.edit();
        model.clinicalProperty().set(true);
        model.marketingProperty().set(true);
        model.save();

        PhotoConsent now = model.currentProperty().get();
        assertEquals(OptionalInt.of(7), now.clinicalRecords().orElseThrow().textVersion());
        assertEquals(OptionalInt.of(7), now.marketing().orElseThrow().textVersion());
        assertEquals(List.of("text-version:7", "text-version:7"), photos.consentHistory(visit.clientId()).stream()
                .map(PhotoConsent.Event::detail).toList());
        assertEquals(now, photos.consent(visit.clientId()), "read back from the records the same");
    }

    @Test
    void nothingIsRecordedBeforeTheTextHasBeenShown() throws Exception {
        PhotoConsentModel model = new PhotoConsentModel(tasks, photos, () -> CLINIC_TEXT, visit.clientId(),
                "front-desk");
        model.edit();
        model.clinicalProperty().set(true);
        model.save();
        assertFalse(photos.consent(visit.clientId()).clinical());
        assertTrue(model.editingProperty().get());
    }

    @Test
    void aYesKeptBeforeTextsWereShownHasNoVersion() throws Exception {
        clinic.with(s -> s.photos().recordConsent(visit.clientId(), List.of(PhotoConsent.Kind.CLINICAL_GIVEN),
                "Dr Ruiz", null));
        PhotoConsentModel model = new PhotoConsentModel(tasks, photos, () -> CLINIC_TEXT, visit.clientId(),
                "front-desk");
        model.load();
        assertEquals(OptionalInt.empty(), model.currentProperty().get().clinicalRecords().orElseThrow()
                .textVersion());
    }
}
