package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static com.clearpath.ui.RunningApp.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Consents;
import com.clearpath.app.Workstation;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Language;
import com.clearpath.domain.SignedConsent;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import com.clearpath.store.SettingsStore;
import com.clearpath.ui.shell.Section;
import com.clearpath.ui.shell.WorkstationPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * On a workstation that speaks Spanish the client reads and signs the consent in Spanish, and the signed document is
 * in Spanish; it is kept as {@code target/screenshots/consent-es.pdf} for the picture in {@code docs/es}.
 */
class ConsentInSpanishTest {
    private RunningApp running;
    private UUID visit;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        folder.ensureExists();
        new WorkstationPreferences(Workstation.of(folder)).saveLanguage(Language.ES);
        // The clinic's letterhead, as a clinic has it set up: the signed document carries it.
        new SettingsStore(folder.ensureExists()).save(new ClinicSettings("Harbor Skin Clinic",
                "1200 Bayview Avenue, Suite 4\nSan Diego, CA 92101", "(619) 555-0142", null, Language.ES,
                ClinicSettings.Paper.LETTER));
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient lucia = records.client("Lucía", "Mendoza", LocalDate.of(1988, 3, 9), "+1 210 555 0122");
            StoredConsultation k = records.consultation(lucia, LocalDate.now().minusWeeks(2), IntakeBuilder.intake()
                    .concern(ConcernKind.ROLLING).grade(2), List.of());
            visit = k.id();
        }
    }

    @Test
    void theClientSignsInSpanishAndTheDocumentIsInSpanish(FxRobot robot) throws Exception {
        running.awaitReady();
        robot.interact(() -> {
            running.app.mainWindow().show(Section.CLIENTS);
            running.app.clientsView().openConsultation(visit);
        });
        await("the consents", () -> robot.lookup("#consent-sign-new").tryQuery().filter(n -> !n.isDisabled())
                .isPresent());
        assertEquals("Firmar consentimiento…", fx(() -> robot.lookup("#consent-sign-new")
                .queryButton().getText()));
        reveal(robot, "#consent-sign-new");
        robot.clickOn("#consent-sign-new");
        await("the signing window", () -> robot.lookup("#consent-title").tryQuery().isPresent());
        String title = fx(() -> robot.lookup("#consent-title").queryAs(Label.class).getText());
        assertTrue(title.startsWith("Consentimiento para "), title);
        SignaturePen.signConsent(robot, "J. Park");
        await("the consent on the page", () -> robot.lookup("#consent-signed .consent-entry").queryAll().size() == 1);

        SignedConsent c = new Consents(running.app.records().clinic()).forConsultation(visit).get(0).consent();
        assertEquals(Language.ES, c.language());
        byte[] pdf = Files.readAllBytes(running.folder.root().resolve(c.file()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Consentimiento informado"), text);
        }
        Path kept = Path.of("target", "screenshots", "consent-es.pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdf);
    }
}
