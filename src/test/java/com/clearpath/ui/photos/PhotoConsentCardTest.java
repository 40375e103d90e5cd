package com.clearpath.ui.photos;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.PhotoConsentText;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.Screenshots;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.common.SameThreadBackgroundTasks;
import com.clearpath.ui.records.RecordWords;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The photo consent card in a real scene: each part of the text above the answer it asks for, then the version. */
@ExtendWith(ApplicationExtension.class)
class PhotoConsentCardTest {
    private static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final double WIDTH = 560;

    @TempDir
    Path temp;
    private Clinic clinic;
    private Photos photos;
    private Consents consents;
    private StoredConsultation visit;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        stage.setScene(new Scene(new StackPane(), WIDTH, 1000));
        stage.getScene().getStylesheets().add(getClass().getResource("/com/clearpath/ui/app.css").toExternalForm());
        stage.show();
    }

    @BeforeEach
    void open() throws Exception {
        clinic = new Clinic(new DataFolder(temp.resolve("data")).ensureExists(), CLOCK, "front-desk");
        assertTrue(clinic.open().status() instanceof DatabaseStatus.Ready);
        Consultations consultations = new Consultations(clinic, "room-2");
        photos = new Photos(clinic);
        consents = new Consents(clinic);
        Intake in = intake().concern(ConcernKind.ROLLING).grade(3).build();
        StoredConsultation draft = StoredConsultation.newDraft(in).with(null, in, PLANNER.plan(in), List.of());
        visit = consultations.finalise(consultations.saveDraft(draft, new DraftExtras(List.of(), 0)));
    }

    @AfterEach
    void close() {
        clinic.close();
    }

    /** The card as the client page shows it, in {@code language}, its form opened. */
    private Node opened(FxRobot robot, Language language) {
        PhotoWords words = new PhotoWords(new RecordWords(Messages.load(language), TreatmentCatalog::builtIn));
        PhotoConsentModel model = new PhotoConsentModel(new SameThreadBackgroundTasks(), photos,
                () -> consents.texts().texts().photo(), visit.clientId(), "front-desk");
        VBox page = new VBox();
        page.setPrefWidth(WIDTH);
        robot.interact(() -> {
            PhotoConsentCard card = new PhotoConsentCard(words, model);
            model.load();
            page.getChildren().add(card.node());
            stage.getScene().setRoot(page);
        });
        robot.clickOn("#photo-consent-record");
        return robot.lookup("#photo-consent").query();
    }

    private static List<String> paragraphs(FxRobot robot, String id) {
        VBox box = robot.lookup(id).queryAs(VBox.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static Bounds on(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void eachPartOfTheTextStandsAboveItsOwnAnswerAndTheYesNamesItsVersion(FxRobot robot) {
        Node card = opened(robot, Language.EN);
        PhotoConsentText text = consents.texts().texts().photo();
        // Closed at first, so the answers stay on the page; opened as the client reads, one part at a time.
        double closed = card.getLayoutBounds().getHeight();
        assertTrue(robot.lookup("#photo-consent-clinical-text-view").tryQuery().map(n -> !n.isVisible()).orElse(false));
        assertEquals("Read the text", robot.lookup("#photo-consent-clinical-read").queryAs(Hyperlink.class).getText());
        robot.clickOn("#photo-consent-clinical-read");
        assertEquals("Hide the text", robot.lookup("#photo-consent-clinical-read").queryAs(Hyperlink.class).getText());
        assertEquals(text.title().in(Language.EN) + " (version " + text.version() + ")",
                robot.lookup("#photo-consent-text-title").queryAs(Label.class).getText());
        List<String> clinicalShown = paragraphs(robot, "#photo-consent-clinical-text");
        assertEquals(text.clinicalRecords().in(Language.EN), clinicalShown.subList(1, clinicalShown.size()));
        assertTrue(on(robot.lookup("#photo-consent-clinical-text-view").query()).getMaxY()
                <= on(robot.lookup("#photo-consent-clinical-choice").query()).getMinY(), "the text above its yes");
        // Wrapped to the card, whole: a long paragraph takes several lines and none runs past the edge.
        Label first = (Label) robot.lookup("#photo-consent-clinical-text").queryAs(VBox.class).getChildren().get(1);
        assertTrue(on(first).getMaxX() <= WIDTH + 0.5, on(first).toString());
        assertTrue(first.getHeight() > 2.5 * first.getFont().getSize(), "wrapped: " + first.getHeight());
        assertTrue(card.getLayoutBounds().getHeight() < closed + 220, "a long text scrolls inside the card");
        Screenshots.save(card, "photos-consent-form-text");

        robot.clickOn("#photo-consent-marketing-read");
        assertFalse(robot.lookup("#photo-consent-clinical-text-view").query().isVisible(), "one part at a time");
        assertEquals(text.marketing().in(Language.EN), paragraphs(robot, "#photo-consent-marketing-text"));
        double marketingText = on(robot.lookup("#photo-consent-marketing-text-view").query()).getMinY();
        assertTrue(on(robot.lookup("#photo-consent-clinical-choice").query()).getMaxY() <= marketingText
                && marketingText < on(robot.lookup("#photo-consent-marketing-choice").query()).getMinY(),
                "the marketing text between the two answers, above its own");
        Screenshots.save(card, "photos-consent-form-text-marketing");

        robot.interact(() -> {
            robot.lookup("#photo-consent-clinical-choice").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#photo-consent-save").queryAs(Button.class).fire();
        });
        String clinical = robot.lookup("#photo-consent-clinical").queryAs(Label.class).getText();
        assertTrue(clinical.startsWith("Photos for the clinical record: yes, recorded by front-desk on ")
                && clinical.endsWith(" (text version " + text.version() + ")"), clinical);
        assertEquals("Use of photos in marketing: no",
                robot.lookup("#photo-consent-marketing").queryAs(Label.class).getText());
        Screenshots.save(card, "photos-consent-card");
    }

    @Test
    void inSpanishTheTextIsTheSpanishOne(FxRobot robot) {
        Node card = opened(robot, Language.ES);
        PhotoConsentText text = consents.texts().texts().photo();
        Hyperlink read = robot.lookup("#photo-consent-clinical-read").queryAs(Hyperlink.class);
        assertEquals("Leer el texto", read.getText());
        assertEquals("Leer el texto: fotos para la historia clínica", read.getAccessibleText());
        robot.clickOn("#photo-consent-clinical-read");
        List<String> clinicalShown = paragraphs(robot, "#photo-consent-clinical-text");
        assertEquals(text.clinicalRecords().in(Language.ES), clinicalShown.subList(1, clinicalShown.size()));
        Screenshots.save(card, "photos-consent-form-text-es");
        robot.clickOn("#photo-consent-marketing-read");
        assertEquals(text.marketing().in(Language.ES), paragraphs(robot, "#photo-consent-marketing-text"));
    }
}
