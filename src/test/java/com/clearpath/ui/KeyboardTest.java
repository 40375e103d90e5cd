package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Printers;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.StoredClient;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.documents.DocumentPreview;
import com.clearpath.ui.shell.Section;
import com.clearpath.ui.wizard.Step;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app from the keyboard alone: every section reachable, Tab and Enter doing the same thing everywhere, focus
 * landing on the next sensible control after each action, and always visible.
 */
class KeyboardTest {
    private static final LocalDate VISIT = LocalDate.of(2026, 3, 2);

    @TempDir
    Path temp;
    private RunningApp running;
    private UUID visit;
    private UUID followUp;
    /** When set, printing fails as a jammed printer would. */
    private volatile boolean printerJammed;

    /** The front desk printer, jamming when told to. */
    private final Printers frontDesk = new Printers() {
        @Override
        public List<String> names() {
            return List.of(KeptPrinters.FRONT_DESK);
        }

        @Override
        public Optional<String> defaultPrinter() {
            return Optional.of(KeptPrinters.FRONT_DESK);
        }

        @Override
        public void print(byte[] pdf, Optional<String> printer, int copies) throws Exception {
            if (printerJammed) {
                throw new java.awt.print.PrinterException("Paper jam");
            }
        }
    };

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed).printers(frontDesk);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient garcia = records.client("José", "García", LocalDate.of(1990, 5, 17), "+1 210 555 0147");
            visit = records.consultation(garcia, VISIT, IntakeBuilder.intake().concern(ConcernKind.ROLLING).grade(3),
                    List.of()).id();
            followUp = records.consultations.startFollowUp(garcia.id(), LocalDate.now(), "J. Park").id();
        }
    }

    // ---------------------------------------------------------------- sections (24)

    @Test
    void tabReachesEverySectionOfTheNavigation(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < 80; i++) {
            seen.add(w.focused());
            w.tab();
        }
        assertTrue(seen.contains(Section.CLIENTS.nodeId()), "Clients by Tab; reached " + seen);
        assertTrue(seen.contains(Section.SETTINGS.nodeId()), "Settings by Tab; reached " + seen);
    }

    @Test
    void ctrlDigitsOpenEachSectionAndClientsArrivesInTheSearch(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        running.awaitReady();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertEquals(Section.CLIENTS, running.section());
        w.await(() -> w.focused().equals("clients-search"), "the search to take the focus (on #" + w.focused() + ")");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertEquals(Section.SETTINGS, running.section());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertEquals(Section.NEW_CONSULTATION, running.section());
    }

    @Test
    void theSectionShortcutsAreShownInTheMenuAndOnTheNavigation(FxRobot robot) {
        List<String> shown = fx(() -> {
            List<String> out = new ArrayList<>();
            for (Menu m : robot.lookup("#app-menu").queryAs(javafx.scene.control.MenuBar.class).getMenus()) {
                for (MenuItem item : m.getItems()) {
                    if (item.getAccelerator() != null) {
                        out.add(item.getId() + "=" + item.getAccelerator().getDisplayText());
                    }
                }
            }
            return out;
        });
        String ctrl = fx(() -> new javafx.scene.input.KeyCodeCombination(KeyCode.DIGIT1,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN).getDisplayText());
        assertTrue(shown.contains("menu-go-" + Section.NEW_CONSULTATION.nodeId() + "=" + ctrl), shown.toString());
        for (Section s : Section.values()) {
            Tooltip tip = fx(() -> ((ButtonBase) robot.lookup("#" + s.nodeId()).query()).getTooltip());
            assertTrue(tip != null && tip.getText().contains(String.valueOf(s.ordinal() + 1)),
                    s + " tooltip names its shortcut: " + (tip == null ? null : tip.getText()));
        }
    }

    @Test
    void everyButtonOfTheDraftBannerHasAMnemonicOfItsOwn(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        await("the unfinished consultation", () -> w.exists("#unfinished-resume-" + followUp));
        List<String> others = fx(() -> mnemonicsOutside(running.stage.getScene().getRoot(),
                robot.lookup("#unfinished").query()));
        for (String id : List.of("#unfinished-dismiss", "#unfinished-resume-" + followUp,
                "#unfinished-discard-" + followUp)) {
            String letter = mnemonic(w.node(id));
            assertFalse(letter.isEmpty(), id + " has a mnemonic");
            assertFalse(others.contains(letter), id + "'s Alt+" + letter + " is used elsewhere on step one: " + others);
        }
        alt(robot, mnemonic(w.node("#unfinished-discard-" + followUp)));
        assertEquals("unfinished-discard-no-" + followUp, w.focused(), "the question asks with Keep focused");
        assertFalse(mnemonic(w.node("#unfinished-discard-yes-" + followUp)).isEmpty());
        alt(robot, mnemonic(w.node("#unfinished-discard-no-" + followUp)));
        assertTrue(w.exists("#unfinished-resume-" + followUp), "Keep by its mnemonic keeps it");
        alt(robot, mnemonic(w.node("#unfinished-resume-" + followUp)));
        w.await(() -> fx(() -> followUp.equals(w.view().draft().id())), "the draft to be resumed");
    }

    // ---------------------------------------------------------------- where focus lands (23)

    @Test
    void altNMovesOnWithoutArmingTheFileMenu(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.newClient("Lin", "Wong", "2001-02-03");
        // Alt let go a moment before the letter, as a quick hand does.
        robot.press(KeyCode.ALT, KeyCode.N).release(KeyCode.ALT).release(KeyCode.N);
        w.awaitStep(2);
        assertFalse(fx(() -> robot.lookup(".menu-bar .menu-button").queryAll().stream()
                .anyMatch(b -> b.getPseudoClassStates().toString().contains("hover"))), "no menu is armed");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Menu file = fx(() -> robot.lookup("#app-menu").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0));
        assertFalse(fx(file::isShowing), "Down after Alt+N must not open the File menu");
        assertTrue(fx(() -> w.node("#step-concerns").lookup("#" + w.focused()) != null),
                "the focus is on the new step, not the menu: #" + w.focused());

        robot.press(KeyCode.ALT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> robot.lookup(".menu-bar .menu-button").queryAll().stream()
                .anyMatch(b -> b.getPseudoClassStates().toString().contains("hover"))), "Alt alone still arms it");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void afterConfirmingADeclineTheFocusIsOnThatItemAndEnterMovesOn(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.reachStep(Step.PLAN);
        String first = fx(() -> w.view().draft().planProperty().get()).recommendations().get(0).treatment().name();
        w.options();
        w.focus("#plan-decline-" + first).enter();
        assertEquals("plan-decline-reason-" + first, w.focused());
        robot.write("Client prefers to wait");
        w.enter();
        w.await(() -> w.exists("#plan-undo-" + first), "the decline");
        assertEquals("plan-item-" + first, w.focused(), "focus stays on the declined item");
        w.enter();
        w.awaitStep(6);
    }

    @Test
    void afterSavingAPdfOrAFailedPrintTheFocusIsNotOnClose(FxRobot robot) throws Exception {
        DocumentPreview preview = openPreview(robot);
        robot.interact(() -> preview.saveTo(temp.resolve("garcia.pdf")));
        await("the saved message", () -> robot.lookup("#preview-message").queryAs(Labeled.class).isVisible()
                && !robot.lookup("#preview-save").query().isDisabled());
        assertEquals("preview-print", focusedIn(preview.stage().getScene()), "after saving, Print is next");

        printerJammed = true;
        robot.type(KeyCode.ENTER);
        await("the failure", () -> robot.lookup("#preview-message").queryAs(Labeled.class).getText()
                .contains("Paper jam") && !robot.lookup("#preview-print").query().isDisabled());
        assertEquals("preview-printer", focusedIn(preview.stage().getScene()),
                "after a failed print, choosing another printer is next");
        robot.type(KeyCode.ESCAPE);
        await("the preview to close", () -> !preview.stage().isShowing());
    }

    // ---------------------------------------------------------------- multi-line fields (22)

    @Test
    void tabLeavesTheGoalsAndCtrlEnterStartsANewLine(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.reachStep(Step.CONCERNS);
        w.concern("BOXCAR_SHALLOW", 0, "FOREHEAD");
        w.click("#concern-goals");
        robot.write("Smoother");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.write("before June");
        w.tab();
        assertEquals("Smoother\nbefore June", fx(() -> ((TextArea) w.node("#concern-goals")).getText()));
        assertFalse(w.focused().equals("concern-goals"), "Tab left the field");
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertEquals("concern-goals", w.focused(), "Shift+Tab came back");
        w.enter();
        w.awaitStep(3);
        assertEquals("Smoother\nbefore June", fx(() -> w.view().draft().goalsProperty().get()));
    }

    // ---------------------------------------------------------------- the skin result (25)

    @Test
    void theLastSkinAnswerBringsTheResultIntoViewAndSaysIt(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        w.reachStep(Step.SKIN);
        w.answers("2222222222");
        Node result = w.node("#skin-result");
        assertTrue(fx(() -> inViewport(result)), "the result is on screen after the last answer");
        String focused = w.focused();
        Node focus = w.node("#" + focused);
        assertTrue(fx(() -> inViewport(focus)), "and so is the focused control");
        String said = fx(() -> String.valueOf(focus.queryAccessibleAttribute(
                javafx.scene.AccessibleAttribute.HELP)));
        assertTrue(said.contains("III") && said.contains("20"), "the result is read with the focused control: " + said);
    }

    // ---------------------------------------------------------------- focus rings (21)

    @Test
    void everyKindOfControlShowsAFocusRing(FxRobot robot) throws Exception {
        WizardRobot w = new WizardRobot(robot, running);
        w.awaitDatabase();
        await("the unfinished consultation", () -> w.exists("#unfinished-resume-" + followUp));
        Scene main = fx(() -> running.stage.getScene());
        Node away = w.node("#client-search");
        assertRing(robot, main, w.node("#unfinished-resume-" + followUp), away, "focus-banner-resume");
        assertRing(robot, main, w.node("#unfinished-discard-" + followUp), away, "focus-banner-discard");
        assertRing(robot, main, w.node("#unfinished-dismiss"), away, "focus-banner-dismiss");

        w.reachStep(Step.CONCERNS);
        away = w.node("#concern-goals");
        assertRing(robot, main, w.node("#concern-kind-ICE_PICK"), away, "focus-card");
        w.click("#concern-kind-ROLLING");
        w.click("#concern-distensible-yes");
        assertRing(robot, main, w.node("#concern-distensible-yes"), away, "focus-yes-no-selected");
        assertRing(robot, main, w.node("#concern-distensible-no"), away, "focus-yes-no");
        assertRing(robot, main, w.node("#zone-CHIN"), away, "focus-check-box");
        w.click("#face-zone-FOREHEAD");
        w.click("#wizard-next");
        w.awaitStep(3);

        away = w.node("#skin-override-reason");
        assertRing(robot, main, w.node("#fitz-EYES-1"), w.node("#wizard-back"), "focus-radio-button");
        w.answers("1111111111");
        w.click("#sensitivity-NORMAL");
        w.click("#wizard-next");
        w.awaitStep(4);
        w.click("#iga-0");
        w.click("#wizard-next");
        w.awaitStep(5);

        String first = fx(() -> w.view().draft().planProperty().get()).recommendations().get(0).treatment().name();
        String step = fx(() -> w.view().draft().planProperty().get()).protocol().steps().get(0).treatment().name();
        assertRing(robot, main, w.node("#protocol-move-" + step), w.node("#wizard-back"), "focus-protocol-action");
        w.options();
        robot.interact(() -> w.view().frame().scrollIntoView(w.node("#plan-item-" + first)));
        assertRing(robot, main, w.node("#plan-item-" + first), w.node("#wizard-back"), "focus-plan-item");
        assertRing(robot, main, w.node("#wizard-next"), w.node("#wizard-back"), "focus-accent-button");

        DocumentPreview preview = openPreview(robot);
        Scene pane = fx(() -> preview.stage().getScene());
        Node close = fx(() -> pane.lookup("#preview-close"));
        assertRing(robot, pane, fx(() -> pane.lookup("#preview-english")), close, "focus-language-selected");
        assertRing(robot, pane, fx(() -> pane.lookup("#preview-spanish")), close, "focus-language");
        assertRing(robot, pane, fx(() -> pane.lookup("#preview-a4")), close, "focus-paper");
        robot.interact(() -> preview.stage().close());
    }

    /**
     * Focuses {@code node} and checks that a ring in the accent colour appeared just outside it, compared with the
     * same spot while {@code elsewhere} has the focus; the focused picture goes to the screenshots folder.
     */
    private static void assertRing(FxRobot robot, Scene scene, Node node, Node elsewhere, String name)
            throws Exception {
        robot.moveTo(new javafx.geometry.Point2D(0, 0));
        robot.interact(elsewhere::requestFocus);
        java.awt.image.BufferedImage before = Screenshots.toBufferedImage(fx(() -> scene.snapshot(null)));
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        java.awt.image.BufferedImage after = Screenshots.toBufferedImage(fx(() -> scene.snapshot(null)));
        javafx.geometry.Bounds b = fx(() -> node.localToScene(node.getLayoutBounds()));
        int x0 = (int) Math.floor(b.getMinX());
        int y0 = (int) Math.floor(b.getMinY());
        int x1 = (int) Math.ceil(b.getMaxX());
        int y1 = (int) Math.ceil(b.getMaxY());
        int band = 0;
        int ring = 0;
        for (int y = y0 - 5; y < y1 + 5; y++) {
            for (int x = x0 - 5; x < x1 + 5; x++) {
                boolean inside = x >= x0 - 1 && x < x1 + 1 && y >= y0 - 1 && y < y1 + 1;
                if (inside || x < 0 || y < 0 || x >= after.getWidth() || y >= after.getHeight()) {
                    continue;
                }
                band++;
                if (before.getRGB(x, y) != after.getRGB(x, y) && nearAccent(after.getRGB(x, y))) {
                    ring++;
                }
            }
        }
        int margin = 14;
        java.awt.image.BufferedImage crop = after.getSubimage(Math.max(0, x0 - margin), Math.max(0, y0 - margin),
                Math.min(after.getWidth(), x1 + margin) - Math.max(0, x0 - margin),
                Math.min(after.getHeight(), y1 + margin) - Math.max(0, y0 - margin));
        Path file = Screenshots.folder().resolve(name + ".png");
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(crop, "png", file.toFile());
        assertTrue(ring >= band / 4, name + ": a ring of accent around the focused control (" + ring + " of " + band
                + " pixels around it changed to the accent)");
    }

    /** Close to the accent emphasis colour #14806f, allowing for anti-aliasing at the ring's round corners. */
    private static boolean nearAccent(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int bl = argb & 0xff;
        return Math.abs(r - 0x14) < 40 && Math.abs(g - 0x80) < 40 && Math.abs(bl - 0x6f) < 40;
    }

    // ---------------------------------------------------------------- helpers

    private DocumentPreview openPreview(FxRobot robot) {
        running.awaitReady();
        robot.interact(() -> running.app.documentPreviews().open(visit, com.clearpath.document.DocumentKind.HANDOUT));
        await("the preview", () -> running.app.documentPreviews().current().map(DocumentPreview::ready).orElse(false));
        return fx(() -> running.app.documentPreviews().current().orElseThrow());
    }

    private static String focusedIn(Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> scene.getFocusOwner() == null ? "" : String.valueOf(scene.getFocusOwner().getId()));
    }

    static void alt(FxRobot robot, String letter) {
        KeyCode key = KeyCode.getKeyCode(letter.toUpperCase(java.util.Locale.ROOT));
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The letter after the underscore of a control's text, upper case, or "". */
    static String mnemonic(Node node) {
        return fx(() -> {
            if (!(node instanceof Labeled l) || !l.isMnemonicParsing()) {
                return "";
            }
            String t = l.getText();
            int at = t.indexOf('_');
            return at < 0 || at + 1 >= t.length() ? "" : t.substring(at + 1, at + 2).toUpperCase(java.util.Locale.ROOT);
        });
    }

    private static List<String> mnemonicsOutside(Node node, Node skip) {
        List<String> out = new ArrayList<>();
        if (node == skip || !node.isVisible()) {
            return out;
        }
        if (node instanceof Labeled l && l.isMnemonicParsing()) {
            String t = l.getText() == null ? "" : l.getText();
            int at = t.indexOf('_');
            if (at >= 0 && at + 1 < t.length()) {
                out.add(t.substring(at + 1, at + 2).toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.addAll(mnemonicsOutside(child, skip));
            }
        }
        return out;
    }

    private static boolean inViewport(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroller) {
                javafx.geometry.Bounds view = scroller.localToScene(scroller.getLayoutBounds());
                javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
                return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
            }
        }
        return true;
    }
}
