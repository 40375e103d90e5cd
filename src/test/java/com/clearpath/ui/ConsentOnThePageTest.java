package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static com.clearpath.ui.RunningApp.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Consents;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.Language;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.SignedConsent;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import com.clearpath.store.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Informed consent on a final consultation's page, in the running app on a real SQLite file: a session is refused
 * without it, the client signs on the pad, the signed document is read back and checked, a session is then logged,
 * and a document changed afterwards is said to be so.
 */
class ConsentOnThePageTest {
    private RunningApp running;
    private UUID visit;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        // The clinic's letterhead, as a clinic has it set up: the signed document carries it.
        new SettingsStore(folder.ensureExists()).save(new ClinicSettings("Harbor Skin Clinic",
                "1200 Bayview Avenue, Suite 4\nSan Diego, CA 92101", "(619) 555-0142", null, Language.EN,
                ClinicSettings.Paper.LETTER));
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient lucia = records.client("Lucía", "Mendoza", LocalDate.of(1988, 3, 9), "+1 210 555 0122");
            StoredConsultation k = records.consultation(lucia, LocalDate.now().minusWeeks(2), IntakeBuilder.intake()
                    .concern(ConcernKind.ROLLING).concern(ConcernKind.BOXCAR_SHALLOW).grade(3), List.of());
            visit = k.id();
        }
    }

    @Test
    void aSessionWaitsForTheConsentSignedOnThePadWhoseDocumentIsCheckedWhenOpened(FxRobot robot) throws Exception {
        openVisit(robot);
        Consents consents = new Consents(running.app.records().clinic());
        List<Treatment> agreed = consents.agreedTreatments(visit).stream().filter(Treatment::procedure).toList();
        await("the consents", () -> robot.lookup("#consent-cover-" + agreed.get(0).name()).tryQuery().isPresent());
        for (Treatment t : agreed) {
            assertEquals("not signed yet", label(robot, "#consent-cover-" + t.name()));
        }

        // Without a consent the session is refused, saying so, with the way to sign next to it.
        await("the sessions", () -> robot.lookup("#session-log-new").tryQuery().filter(n -> !n.isDisabled())
                .isPresent());
        openSessionForm(robot);
        robot.type(KeyCode.ENTER);
        await("the refusal", () -> robot.lookup("#session-problems").tryQuery().filter(Node::isVisible).isPresent());
        String problems = String.join(" ", fx(() -> ClientsViewTest.texts(robot.lookup("#session-problems").query())));
        assertTrue(problems.contains("the client has not signed a consent to ")
                && problems.contains("have it signed before recording the session."), problems);
        assertTrue(running.app.records().clinic().with(s -> s.sessions().forConsultation(visit)).isEmpty());

        // "Sign consent…", reached from the refusal: the client signs on the pad, the practitioner types their name.
        reveal(robot, "#session-sign-consent");
        robot.clickOn("#session-sign-consent");
        SignaturePen.signConsent(robot, "J. Park");
        await("the consent on the page", () -> robot.lookup("#consent-signed .consent-entry").queryAll().size() == 1);
        List<ConsentStanding> kept = consents.forConsultation(visit);
        assertEquals(1, kept.size());
        SignedConsent c = kept.get(0).consent();
        assertEquals(Set.copyOf(agreed), Set.copyOf(c.treatments()));
        assertTrue(label(robot, "#consent-state-" + c.id()).startsWith("Valid; due to be signed again on "),
                label(robot, "#consent-state-" + c.id()));
        await("the plan covered", () -> robot.lookup("#consent-cover-" + agreed.get(0).name()).queryAs(Label.class)
                .getText().startsWith("covered; due to be signed again on "));
        assertTrue(label(robot, "#consent-message").startsWith("Consent signed for "), label(robot, "#consent-message"));
        reveal(robot, "#consultation-consents");
        Screenshots.save(robot.lookup("#consultation-consents").query(), "consents-section");

        // The document as kept: its words, the signature drawn as an image, and the hash the records hold.
        Path file = running.folder.root().resolve(c.file());
        byte[] pdf = Files.readAllBytes(file);
        // Kept for the picture in docs: the pages of a consent signed through the app.
        Path copy = Path.of("target", "screenshots", "consent-en.pdf");
        Files.createDirectories(copy.getParent());
        Files.write(copy, pdf);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), c.sha256());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(consents.texts().texts().version()), "the texts' version");
            assertTrue(text.contains("Lucía Mendoza"), "the client's name");
            assertTrue(text.contains("J. Park"), "the practitioner's name");
            for (Treatment t : agreed) {
                String name = running.app.records().catalog().get(t).name().in(c.language());
                assertTrue(text.contains(name), name + " in " + text);
            }
            boolean image = false;
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    image |= page.getResources().getXObject(n) instanceof PDImageXObject;
                }
            }
            assertTrue(image, "the signature is an image on a page");
        }
        assertTrue(running.app.records().clinic().with(s -> s.consultations().events(visit)).stream()
                .anyMatch(e -> e.kind() == ConsultationEvent.Kind.CONSENT_SIGNED));

        // Now the same session is logged.
        reveal(robot, "#session-device");
        robot.interact(() -> robot.lookup("#session-device").query().requestFocus());
        robot.type(KeyCode.ENTER);
        await("the form to close", () -> robot.lookup("#session-form").tryQuery().isEmpty());
        List<RecordedSession> sessions = running.app.records().clinic().with(s -> s.sessions().forConsultation(visit));
        assertEquals(1, sessions.size());

        // One byte changed in the document: opening it says so, and the page no longer calls it valid.
        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 0x20;
        Files.write(file, changed);
        reveal(robot, "#consent-open-" + c.id());
        robot.clickOn("#consent-open-" + c.id());
        await("the warning", () -> robot.lookup(".consent-changed").tryQuery().isPresent());
        DialogPane warning = fx(() -> robot.lookup(".consent-changed").queryAs(DialogPane.class));
        assertEquals("This consent's file was changed after it was signed; it cannot be trusted.",
                fx(warning::getContentText));
        robot.interact(() -> ((Stage) warning.getScene().getWindow()).close());
        assertEquals("Not valid: its file was changed after it was signed.", label(robot, "#consent-state-" + c.id()));
        assertFalse(robot.lookup("#consent-preview-pages").tryQuery().isPresent(), "never shown as the one signed");
    }

    /** "Log a session…" and the form filled from the keyboard, not yet saved. */
    private static void openSessionForm(FxRobot robot) {
        reveal(robot, "#session-log-new");
        robot.interact(() -> robot.lookup("#session-log-new").query().requestFocus());
        robot.type(KeyCode.SPACE);
        await("the form", () -> robot.lookup("#session-form").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#session-zone-cheek_left").query().requestFocus());
        robot.type(KeyCode.SPACE);
        type(robot, "#session-device", "Dermapen 4");
        boolean suggested = fx(() -> robot.lookup("#session-setting-value-1").tryQuery().isPresent());
        if (!suggested) {
            robot.interact(() -> robot.lookup("#session-setting-add").query().requestFocus());
            robot.type(KeyCode.SPACE);
            type(robot, "#session-setting-name-1", "Needle depth");
        }
        type(robot, "#session-setting-value-1", "1.5 mm");
        type(robot, "#session-anaesthetic", "Topical lidocaine 5%");
        robot.interact(() -> robot.lookup("#session-device").query().requestFocus());
    }

    private static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private static String label(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private void openVisit(FxRobot robot) {
        running.awaitReady();
        robot.clickOn("#nav-clients");
        await("the client list", () -> robot.lookup("#clients-results").tryQuery().isPresent());
        robot.clickOn("#clients-search");
        robot.write("lucia mendoza");
        await("Lucía", () -> robot.lookup("#clients-results").queryAs(ListView.class).getItems().size() == 1
                && robot.lookup("#clients-results-title").queryAs(Label.class).getText().equals("1 client found"));
        robot.type(KeyCode.ENTER);
        await("the history", () -> robot.lookup("#client-consultations").tryQuery().isPresent());
        robot.interact(() -> {
            ListView<?> history = robot.lookup("#client-consultations").queryAs(ListView.class);
            history.requestFocus();
            history.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        await("the consultation", () -> robot.lookup("#consultation-details").tryQuery().isPresent());
    }
}
