package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.Language;
import com.clearpath.store.SettingsStore;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Settings → Clinic: the letterhead and the defaults for printing, checked as they are typed and saved to disk. */
class ClinicSettingsTest {
    @TempDir
    Path temp;
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().printers(new KeptPrinters());

    @Test
    void theClinicIsFilledInCheckedAsTypedAndSaved(FxRobot robot) throws Exception {
        openClinic(robot);
        assertTrue(fx(() -> button(robot, "#clinic-save").isDisabled()), "nothing to save yet");

        // A click lands where the field is on screen, so each field is scrolled into view first.
        RunningApp.reveal(robot, "#clinic-name");
        robot.clickOn("#clinic-name").write("Harbor Skin Clinic");
        // Typed key by key this would take seconds; pasting a long name is what happens at a front desk anyway.
        robot.interact(() -> robot.lookup("#clinic-name").queryAs(TextField.class)
                .appendText(" " + "x".repeat(ClinicSettings.NAME_MAX)));
        await("the name's problem", () -> robot.lookup("#clinic-name-problem").queryAs(Label.class).isVisible());
        assertEquals("At most 80 characters.", fx(() -> robot.lookup("#clinic-name-problem").queryAs(Label.class)
                .getText()));
        assertTrue(fx(() -> button(robot, "#clinic-save").isDisabled()), "Save waits until it fits");
        robot.interact(() -> robot.lookup("#clinic-name").queryAs(TextField.class).setText("Harbor Skin Clinic"));
        assertFalse(fx(() -> robot.lookup("#clinic-name-problem").queryAs(Label.class).isVisible()));

        RunningApp.reveal(robot, "#clinic-address");
        robot.clickOn("#clinic-address").write("1200 Bayview Ave");
        robot.interact(() -> robot.lookup("#clinic-address").queryAs(javafx.scene.control.TextArea.class)
                .appendText("nue, Suite 4\nSan Diego, CA 92101"));
        RunningApp.reveal(robot, "#clinic-phone");
        robot.clickOn("#clinic-phone").write("+1 619 555 0148");

        Path notAnImage = temp.resolve("logo.png");
        Files.writeString(notAnImage, "<html>not a picture</html>");
        robot.interact(() -> running.app.clinicCard().useLogo(notAnImage));
        await("the refusal", () -> robot.lookup("#clinic-logo-problem").queryAs(Label.class).isVisible());
        assertEquals("This image cannot be used: The file is not a PNG or JPEG image.",
                fx(() -> robot.lookup("#clinic-logo-problem").queryAs(Label.class).getText()));

        Path logo = temp.resolve("harbor.jpg");
        ImageIO.write(logo(), "jpg", logo.toFile());
        robot.interact(() -> running.app.clinicCard().useLogo(logo));
        await("the logo preview", () -> robot.lookup("#clinic-logo-preview").queryAs(ImageView.class).getImage() != null);
        assertFalse(fx(() -> robot.lookup("#clinic-logo-problem").queryAs(Label.class).isVisible()));

        RunningApp.reveal(robot, "#clinic-consent-months");
        assertEquals("12", fx(() -> robot.lookup("#clinic-consent-months").queryTextInputControl().getText()));
        robot.interact(() -> robot.lookup("#clinic-consent-months").queryTextInputControl().setText("61"));
        await("the months' problem", () -> robot.lookup("#clinic-consent-months-problem").queryAs(Label.class)
                .isVisible());
        assertEquals("Consent validity: a whole number of months from 1 to 60.",
                fx(() -> robot.lookup("#clinic-consent-months-problem").queryAs(Label.class).getText()));
        assertTrue(fx(() -> button(robot, "#clinic-save").isDisabled()), "nothing is saved with a wrong figure");
        robot.interact(() -> robot.lookup("#clinic-consent-months").queryTextInputControl().setText("two"));
        assertTrue(fx(() -> robot.lookup("#clinic-consent-months-problem").queryAs(Label.class).isVisible()));
        robot.interact(() -> robot.lookup("#clinic-consent-months").queryTextInputControl().setText("24"));
        assertFalse(fx(() -> robot.lookup("#clinic-consent-months-problem").queryAs(Label.class).isVisible()));

        RunningApp.reveal(robot, "#clinic-save");
        robot.clickOn("#clinic-spanish");
        robot.clickOn("#clinic-a4");
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(robot.lookup("#settings-clinic").query()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
        showCardFromItsTop(robot);
        Screenshots.save(running.stage.getScene(), "settings-clinic-1280x800");

        RunningApp.reveal(robot, "#clinic-save");
        robot.clickOn("#clinic-save");
        await("saved", () -> robot.lookup("#clinic-result").queryAs(Label.class).isVisible());
        assertEquals("Clinic settings saved. Documents made from now on use them.",
                fx(() -> robot.lookup("#clinic-result").queryAs(Label.class).getText()));
        assertTrue(fx(() -> button(robot, "#clinic-save").isDisabled()), "nothing left to save");

        ClinicSettings saved = new SettingsStore(running.folder).load();
        assertEquals("Harbor Skin Clinic", saved.name());
        assertEquals("1200 Bayview Avenue, Suite 4\nSan Diego, CA 92101", saved.address());
        assertEquals("+1 619 555 0148", saved.phone());
        assertEquals(Language.ES, saved.language());
        assertEquals(ClinicSettings.Paper.A4, saved.paper());
        assertEquals(24, saved.consentValidMonths());
        assertNotNull(saved.logoPng(), "the logo is kept");
        BufferedImage kept = ImageIO.read(running.folder.root().resolve(SettingsStore.LOGO_FILE).toFile());
        assertEquals(240, kept.getHeight(), "made no larger than it prints");
    }

    @Test
    void aDamagedSettingsFileStillOpensWithTheDefaults(FxRobot robot) throws Exception {
        // Written while the app runs, before Settings is first opened (when the file is read).
        Files.writeString(running.folder.settings(), "{ not json");
        openClinic(robot);
        assertEquals("", fx(() -> robot.lookup("#clinic-name").queryAs(TextField.class).getText()));
        assertTrue(fx(() -> robot.lookup("#clinic-english").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()));
        try (var files = Files.list(running.folder.root())) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("settings.json.damaged-")));
        }
    }

    private void openClinic(FxRobot robot) {
        running.awaitReady();
        robot.clickOn("#nav-settings");
        await("the clinic card", () -> robot.lookup("#clinic-name").tryQuery().map(n -> !n.isDisabled()).orElse(false));
    }

    /** Scrolls Settings so the clinic card starts at the top, as someone reading it would. */
    private static void showCardFromItsTop(FxRobot robot) {
        robot.interact(() -> {
            Node card = robot.lookup("#settings-clinic").query();
            for (Node n = card.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane scroller && scroller.getContent() != null) {
                    double top = scroller.getContent().sceneToLocal(card.localToScene(0, 0)).getY() - 16;
                    double free = scroller.getContent().getBoundsInLocal().getHeight()
                            - scroller.getViewportBounds().getHeight();
                    scroller.setVvalue(free <= 0 ? 0 : Math.max(0, Math.min(1, top / free)));
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Button.class);
    }

    /** A wide clinic logo, larger than it will ever print. */
    private static BufferedImage logo() {
        BufferedImage img = new BufferedImage(1200, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 400);
        g.setColor(new Color(0x1d, 0x4e, 0x89));
        g.fillOval(40, 40, 320, 320);
        g.setColor(Color.WHITE);
        g.fillOval(120, 120, 160, 160);
        g.setColor(new Color(0x1d, 0x4e, 0x89));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 150));
        g.drawString("Harbor", 420, 260);
        g.dispose();
        return img;
    }
}
