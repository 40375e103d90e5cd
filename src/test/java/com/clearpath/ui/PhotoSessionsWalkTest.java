package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static com.clearpath.ui.RunningApp.reveal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.Photo;
import com.clearpath.domain.PhotoView;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import com.clearpath.store.PhotoFiles;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.shell.Section;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.GridView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A client's photos and sessions from end to end, as the front desk and the practitioner go through them: photo
 * consent recorded, three photos added to the first consultation with their views chosen, the treatment consent signed, two sessions logged, a
 * follow-up visit started and finished, its photos added, and the two visits compared. Then the same screens once
 * the workstation speaks Spanish. Pictures go to {@code photos-gallery}, {@code sessions-log}, {@code compare-visits}
 * and their {@code es/} twins.
 */
class PhotoSessionsWalkTest {
    private static final LocalDate FIRST_VISIT = LocalDate.now().minusWeeks(10);
    private static final LocalDate FIRST_SESSION = FIRST_VISIT.plusWeeks(2);
    private static final LocalDate SECOND_SESSION = FIRST_VISIT.plusWeeks(6);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private RunningApp running;
    private UUID firstVisit;
    /** The workstation's screen language: English until the walk switches it. */
    private Language language = Language.EN;

    @TempDir
    Path camera;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    /** Marta's first consultation weeks ago, as the wizard saves one (the wizard's own walk is ConsultationWizardTest). */
    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient marta = records.client("Marta", "Soto", LocalDate.of(1991, 3, 9), "+1 210 555 0170");
            Intake base = IntakeBuilder.intake().concern(ConcernKind.ROLLING).grade(3).build();
            // Her skin type as the questionnaire scored it (17 of 40, type III), as the wizard keeps it.
            Intake in = new Intake(base.format(), marta.client(), FIRST_VISIT, base.practitioner(), base.concerns(),
                    base.goodmanBaronGrade(), new SkinProfile(3, Sensitivity.NORMAL, List.of(), 17, null),
                    base.activeAcne(), base.screening(), "Smoother cheeks", null);
            StoredConsultation draft = StoredConsultation.newDraft(in).with(marta.id(), in,
                    ClinicRecords.PLANNER.plan(in), List.of());
            records.consultations.saveDraft(draft, "J. Park");
            StoredConsultation k = records.consultations.finalise(draft.id(), "J. Park");
            firstVisit = k.id();
        }
    }

    @Test
    void consentPhotosSessionsAFollowUpAndTheComparisonOfBothVisits(FxRobot robot) throws Exception {
        running.awaitReady();
        openClient(robot);

        // Photo consent, on the client's page.
        await("the consent card", () -> robot.lookup("#photo-consent-clinical").tryQuery()
                .map(n -> ((Label) n).getText().endsWith(": no")).orElse(false));
        click(robot, "#photo-consent-record");
        click(robot, "#photo-consent-clinical-choice");
        click(robot, "#photo-consent-save");
        await("the consent recorded", () -> text(robot, "#photo-consent-clinical").contains("yes, recorded by"));

        // Three photos onto the first consultation, dropped from the camera's folder; their views chosen.
        openConsultation(robot, FIRST_VISIT);
        await("the gallery, open", () -> robot.lookup("#photo-add").tryQuery().map(Node::isVisible).orElse(false));
        Path left = png("marta-left.png", -150, 30);
        Path front = jpeg("marta-front.jpg", 0, 40);
        Path right = jpeg("marta-right.jpg", 150, 34);
        drop(robot, left, front, right);
        await("three files waiting", () -> robot.lookup("#photo-pending-view-2").tryQuery().isPresent());
        choose(robot, "#photo-pending-view-0", "Left 45°");
        choose(robot, "#photo-pending-view-1", "Front");
        choose(robot, "#photo-pending-view-2", "Right 45°");
        click(robot, "#photo-pending-add");
        awaitThumbnails(robot, 3);
        List<String> captions = captions(robot);
        assertEquals(List.of("Left 45°", "Front", "Right 45°"), captions);
        reveal(robot, "#photo-grid");
        Screenshots.save(robot.lookup("#photo-gallery").query(), "photos-gallery");

        // Her consent to the plan's procedures, signed on the pad: sessions are refused without it.
        reveal(robot, "#consent-sign-new");
        await("something to sign", () -> !robot.lookup("#consent-sign-new").query().isDisabled());
        robot.clickOn("#consent-sign-new");
        SignaturePen.signConsent(robot, "J. Park");
        await("the consent on the page", () -> robot.lookup("#consent-signed .consent-entry").queryAll().size() == 1);
        // The page settles once the consents are read again: a click meanwhile could land where a line just moved.
        await("the plan covered", () -> robot.lookup("#consent-coverage .detail-warning").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        // Two sessions, through the session form.
        logSession(robot, FIRST_SESSION, "3");
        await("one session in the log", () -> robot.lookup(".session-entry").queryAll().size() == 1);
        logSession(robot, SECOND_SESSION, "4");
        await("two sessions in the log", () -> robot.lookup(".session-entry").queryAll().size() == 2);
        String log = String.join(" | ", fx(() -> ClientsViewTest.texts(robot.lookup("#session-log").query())));
        assertTrue(log.indexOf(shown(SECOND_SESSION)) < log.indexOf(shown(FIRST_SESSION)), "newest first: " + log);
        assertTrue(progress(robot).startsWith("Session 2 of"), progress(robot));
        showFromTop(robot, "#consultation-sessions");
        Screenshots.save(running.stage.getScene(), "sessions-log");

        // The follow-up visit: started from the client's page, walked through the wizard, saved as final.
        click(robot, "#consultation-back");
        await("the history", () -> robot.lookup("#client-follow-up").tryQuery().isPresent());
        robot.clickOn("#client-follow-up");
        await("the wizard", () -> running.section() == Section.NEW_CONSULTATION);
        finishFollowUp(robot);

        // Its photos, on its own page.
        robot.clickOn("#nav-clients");
        openClient(robot);
        openConsultation(robot, LocalDate.now());
        await("the follow-up's gallery", () -> robot.lookup("#photo-add").tryQuery().map(Node::isVisible)
                .orElse(false) && robot.lookup("#photo-gallery-empty").query().isVisible());
        drop(robot, jpeg("marta-front-today.jpg", 0, 12), png("marta-left-today.png", -150, 9));
        await("two files waiting", () -> robot.lookup("#photo-pending-view-1").tryQuery().isPresent());
        assertEquals("Front", comboText(robot, "#photo-pending-view-0"), "the views not taken yet, in order");
        assertEquals("Left 45°", comboText(robot, "#photo-pending-view-1"));
        click(robot, "#photo-pending-add");
        awaitThumbnails(robot, 2);

        // The two visits side by side.
        click(robot, "#consultation-back");
        await("the outcomes", () -> robot.lookup("#outcomes-compare").tryQuery().map(n -> !n.isDisabled())
                .orElse(false));
        assertEquals("Improved by 1 grade since " + shown(FIRST_VISIT), text(robot, "#outcomes-change"));
        robot.clickOn("#outcomes-compare");
        await("the comparison", () -> robot.lookup("#compare-window").tryQuery().isPresent());
        Scene compare = fx(() -> robot.lookup("#compare-window").query().getScene());
        choose(robot, "#compare-first", shown(FIRST_VISIT) + " · grade 3");
        choose(robot, "#compare-second", shown(LocalDate.now()) + " · grade 2");
        choose(robot, "#compare-view", "Left 45°");
        awaitBothPhotos(robot);
        choose(robot, "#compare-view", "Front");
        awaitBothPhotos(robot);
        assertEquals(shown(FIRST_VISIT) + " · Grade 3", text(robot, "#compare-side-first-caption"));
        assertEquals(shown(LocalDate.now()) + " · Grade 2", text(robot, "#compare-side-second-caption"));
        assertEquals("2 sessions between these visits: " + shown(FIRST_SESSION) + ": Subcision · "
                + shown(SECOND_SESSION) + ": Subcision", text(robot, "#compare-between"));
        assertTrue(fx(() -> ((Stage) compare.getWindow()).getTitle()).contains("Marta Soto"));
        // Closer, so the marks fill both frames: one click and Ctrl+plus, and both photos follow.
        robot.clickOn("#compare-zoom-in");
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        await("both zoomed", () -> robot.lookup("#compare-side-second-image").queryAs(ImageView.class)
                .getScaleX() > 1.5 && robot.lookup("#compare-side-first-image").queryAs(ImageView.class)
                .getScaleX() > 1.5);
        Screenshots.save(compare, "compare-visits");
        robot.type(KeyCode.ESCAPE);
        await("the comparison closed", () -> !compare.getWindow().isShowing());

        assertRecords(Map.of(left, PhotoView.LEFT_45, front, PhotoView.FRONT, right, PhotoView.RIGHT_45));

        spanishScreens(robot);
    }

    /** What the walk left in the records and the data folder. */
    private void assertRecords(Map<Path, PhotoView> added) throws Exception {
        List<Photo> photos = running.app.records().clinic().with(s -> s.photos().forConsultation(firstVisit));
        assertEquals(3, photos.size());
        Map<String, PhotoView> byHash = added.entrySet().stream()
                .collect(Collectors.toMap(e -> sha256(e.getKey()), Map.Entry::getValue));
        assertEquals(byHash, photos.stream().collect(Collectors.toMap(Photo::sha256, Photo::view)),
                "each original kept unchanged, listed by its SHA-256 with the view chosen");
        PhotoFiles files = new PhotoFiles(running.folder);
        for (Photo p : photos) {
            Path kept = files.original(p.id(), p.format());
            assertTrue(kept.startsWith(running.folder.root()), kept.toString());
            assertEquals(p.sha256(), sha256(kept));
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(kept),
                    "only the clinic's user reads a photo: " + kept);
            assertEquals(PosixFilePermissions.fromString("rw-------"),
                    Files.getPosixFilePermissions(files.thumbnail(p.id())), "its thumbnail too");
        }
        List<RecordedSession> sessions = running.app.records().clinic()
                .with(s -> s.sessions().forConsultation(firstVisit));
        assertEquals(List.of(FIRST_SESSION, SECOND_SESSION), sessions.stream()
                .map(s -> s.session().performedOn()).sorted().toList());
        UUID client = photos.get(0).clientId();
        List<ConsultationSummary> visits = running.app.records().clinic().with(s -> s.consultations()
                .forClient(client));
        assertEquals(2, visits.size(), visits.toString());
        ConsultationSummary followUp = visits.stream().filter(k -> !k.id().equals(firstVisit)).findFirst()
                .orElseThrow();
        assertEquals(ConsultationStatus.FINAL, followUp.status());
        assertEquals(LocalDate.now(), followUp.consultedOn());
        assertEquals(2, followUp.goodmanGrade());
        assertEquals(2, running.app.records().clinic().with(s -> s.photos().forConsultation(followUp.id())).size());
    }

    /** Settings → Español, the next start, and the gallery, session log and comparison again, for their pictures. */
    private void spanishScreens(FxRobot robot) {
        robot.clickOn("#nav-settings");
        reveal(robot, "#screen-language-es");
        robot.clickOn("#screen-language-es");
        await("the choice to be kept", () -> robot.lookup("#screen-language-result").query().isVisible());
        running = fixture.restart();
        language = Language.ES;
        running.awaitReady();
        assertEquals("Nueva consulta", text(robot, "#nav-new-consultation"));
        openClient(robot);
        openConsultation(robot, FIRST_VISIT);
        awaitThumbnails(robot, 3);
        assertEquals(List.of("Izquierda 45°", "Frontal", "Derecha 45°"), captions(robot));
        reveal(robot, "#photo-grid");
        Screenshots.save(robot.lookup("#photo-gallery").query(), "es/photos-gallery");
        await("the sessions", () -> robot.lookup(".session-entry").queryAll().size() == 2);
        showFromTop(robot, "#consultation-sessions");
        assertEquals(List.of(), fx(() -> cutShort(robot.lookup("#consultation-details").query())),
                "Spanish labels cut short");
        Screenshots.save(running.stage.getScene(), "es/sessions-log");
        click(robot, "#consultation-back");
        await("the outcomes", () -> robot.lookup("#outcomes-compare").tryQuery().map(n -> !n.isDisabled())
                .orElse(false));
        robot.clickOn("#outcomes-compare");
        await("the comparison", () -> robot.lookup("#compare-window").tryQuery().isPresent());
        awaitBothPhotos(robot);
        Scene compare = fx(() -> robot.lookup("#compare-window").query().getScene());
        assertTrue(text(robot, "#compare-between").startsWith("2 sesiones"), text(robot, "#compare-between"));
        assertEquals("Frontal", comboText(robot, "#compare-view"), "the view under the gallery's name for it");
        assertEquals(List.of(), fx(() -> cutShort(compare.getRoot())), "Spanish labels cut short");
        robot.clickOn("#compare-zoom-in").clickOn("#compare-zoom-in");
        await("both zoomed", () -> text(robot, "#compare-zoom").startsWith("156"));
        Screenshots.save(compare, "es/compare-visits");
        robot.type(KeyCode.ESCAPE);
    }

    /**
     * The follow-up from where it opens to the final save: it opens on the concerns, to be graded again; the
     * practitioner grades the scars as they are now (2), then goes on to the final save.
     */
    private void finishFollowUp(FxRobot robot) {
        WizardRobot w = new WizardRobot(robot, running);
        w.await(() -> w.exists("#wizard-next"), "the wizard");
        assertEquals(2, w.step(), "the concerns are copied but this visit's grade is still to be given");
        assertTrue(w.textOf("#consultation-subtitle").startsWith("Follow-up visit for Marta Soto"));
        w.click("#goodman-2");
        w.click("#wizard-next");
        w.awaitStep(3);
        w.click("#wizard-next");
        w.awaitStep(4);
        w.click("#iga-0");
        w.click("#wizard-next");
        w.awaitStep(5);
        w.click("#wizard-next");
        w.awaitStep(6);
        w.click("#summary-save-final");
        w.await(() -> fx(() -> w.view().draft().isFinal()), "the follow-up to be final");
    }

    /** "Log a session…", the form filled by mouse and keyboard, then Save. */
    private void logSession(FxRobot robot, LocalDate on, String passes) {
        click(robot, "#session-log-new");
        await("the form", () -> robot.lookup("#session-form").tryQuery().isPresent());
        assertTrue(fx(() -> robot.lookup("#session-treatment").queryAs(ComboBox.class).getValue() != null),
                "the plan's step is chosen already");
        type(robot, "#session-date", on.toString());
        click(robot, "#session-zone-cheek_left");
        click(robot, "#session-zone-cheek_right");
        type(robot, "#session-device", "Nokor 18G");
        // Subcision suggests no settings: the practitioner names their own.
        click(robot, "#session-setting-add");
        type(robot, "#session-setting-name-1", "Passes per cheek");
        type(robot, "#session-setting-value-1", passes);
        type(robot, "#session-anaesthetic", "Lidocaine 1% infiltration");
        type(robot, "#session-reaction", "Mild bruising");
        click(robot, "#session-save");
        await("the form to close", () -> robot.lookup("#session-form").tryQuery().isEmpty());
    }

    private void openClient(FxRobot robot) {
        robot.clickOn("#nav-clients");
        await("the client list", () -> robot.lookup("#clients-search").tryQuery().isPresent());
        robot.clickOn("#clients-search");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("marta soto");
        await("Marta", () -> robot.lookup("#clients-results").queryAs(ListView.class).getItems().size() == 1
                && robot.lookup("#clients-results-title").queryAs(Label.class).getText().matches("1 \\S+ \\S+"));
        robot.type(KeyCode.ENTER);
        await("her history", () -> robot.lookup("#client-consultations").tryQuery().isPresent());
    }

    /** A click on the history's row of the consultation of {@code on}. */
    private void openConsultation(FxRobot robot, LocalDate on) {
        String date = shown(on);
        await("the visit of " + date + " listed", () -> robot.lookup("#client-consultations .history-date")
                .queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals(date)));
        Node row = fx(() -> robot.lookup("#client-consultations .history-date").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(date)).findFirst().orElseThrow());
        robot.clickOn(row);
        await("the consultation of " + date, () -> robot.lookup("#consultation-title").tryQuery()
                .map(n -> ((Label) n).getText().contains(date)).orElse(false));
    }

    /** A date as the screens write it, in the language on screen. */
    private String shown(LocalDate date) {
        return SHOWN.withLocale(Messages.load(language).locale()).format(date);
    }

    private void drop(FxRobot robot, Path... files) {
        Node gallery = robot.lookup("#photo-gallery").query();
        List<File> dropped = Arrays.stream(files).map(Path::toFile).toList();
        robot.interact(() -> gallery.fireEvent(new DragEvent(DragEvent.DRAG_DROPPED,
                PhotoGalleryTest.dragboard(dropped), 10, 10, 10, 10, TransferMode.COPY, null, gallery, null)));
    }

    /** Waits for {@code count} photos in the grid, each drawn as its thumbnail. */
    private static void awaitThumbnails(FxRobot robot, int count) {
        GridView<?> grid = robot.lookup("#photo-grid").queryAs(GridView.class);
        await(count + " photos", () -> grid.getItems().size() == count);
        // The grid keeps a spare cell for measuring: count photos shown, not cells.
        await(count + " thumbnails", () -> robot.lookup("#photo-grid .photo-cell").queryAllAs(Node.class).stream()
                .filter(cell -> cell.lookup(".image-view") instanceof ImageView iv && iv.getImage() != null
                        && iv.getImage().getWidth() > 0)
                .map(cell -> ((Cell<?>) cell).getItem()).distinct().count() == count);
    }

    private static void awaitBothPhotos(FxRobot robot) {
        await("both photos", () -> robot.lookup("#compare-side-first-image").queryAs(ImageView.class)
                .getImage() != null && robot.lookup("#compare-side-second-image").queryAs(ImageView.class)
                .getImage() != null);
    }

    /** The grid's captions, one per photo, in its order. */
    private static List<String> captions(FxRobot robot) {
        return fx(() -> robot.lookup("#photo-grid .photo-cell").queryAllAs(IndexedCell.class)
                .stream().filter(cell -> cell.getItem() != null)
                .collect(Collectors.toMap(IndexedCell::getIndex,
                        cell -> ((Label) cell.lookup(".detail-text")).getText(), (a, b) -> a, TreeMap::new))
                .values().stream().toList());
    }

    /** The texts under {@code root} drawn cut short with "…" (Spanish runs about a fifth longer than English). */
    private static List<String> cutShort(Node root) {
        List<String> cut = new ArrayList<>();
        if (!root.isVisible()) {
            return cut;
        }
        if (root instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn && !drawn.getText().equals(l.getText())
                        && drawn.getText().endsWith(l.getEllipsisString())) {
                    cut.add("\"" + l.getText() + "\" shows as \"" + drawn.getText() + "\"");
                }
            }
        }
        if (root instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> cut.addAll(cutShort(child)));
        }
        return cut;
    }

    /** Opens a combo box with a click and clicks the choice in its list. */
    private static void choose(FxRobot robot, String combo, String choice) {
        click(robot, combo);
        await("the list of " + combo, () -> robot.lookup(".combo-box-popup .list-cell").queryAllAs(Labeled.class)
                .stream().anyMatch(c -> choice.equals(c.getText()) && c.isVisible()));
        Node cell = fx(() -> robot.lookup(".combo-box-popup .list-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> choice.equals(c.getText()) && c.isVisible() && c.getScene().getWindow().isShowing())
                .findFirst().orElseThrow());
        robot.clickOn(cell);
        await(combo + " set to " + choice, () -> comboText(robot, combo).equals(choice));
    }

    /** What a combo box shows for its value. */
    @SuppressWarnings("unchecked")
    private static String comboText(FxRobot robot, String combo) {
        return fx(() -> {
            ComboBox<Object> box = robot.lookup(combo).queryAs(ComboBox.class);
            return box.getConverter().toString(box.getValue());
        });
    }

    /** Scrolls the node into view, as a person would, then clicks it. */
    private static void click(FxRobot robot, String query) {
        reveal(robot, query);
        robot.clickOn(query);
    }

    private static void type(FxRobot robot, String query, String text) {
        click(robot, query);
        robot.push(KeyCode.CONTROL, KeyCode.A).write(text);
    }

    private static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private static String progress(FxRobot robot) {
        return fx(() -> robot.lookup("#session-steps").query().lookupAll("Label").stream()
                .map(n -> ((Label) n).getText()).filter(t -> t.startsWith("Session") || t.startsWith("Not started"))
                .findFirst().orElse(""));
    }

    /** Scrolls the consultation page so the node's top is at the top of the view, for the picture. */
    private static void showFromTop(FxRobot robot, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            ScrollPane scroller = robot.lookup("#consultation-details .view-scroller").queryAs(ScrollPane.class);
            double y = scroller.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double free = scroller.getContent().getBoundsInLocal().getHeight()
                    - scroller.getViewportBounds().getHeight();
            scroller.setVvalue(free <= 0 ? 0 : Math.min(1, (y - 8) / free));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new AssertionError("Could not read " + file, e);
        }
    }

    private Path jpeg(String name, int turn, int marks) throws Exception {
        return face(name, "jpeg", turn, marks);
    }

    private Path png(String name, int turn, int marks) throws Exception {
        return face(name, "png", turn, marks);
    }

    /**
     * A stand-in for a clinical photo: a face-coloured oval, {@code turn} pixels off centre for a 45° view, with
     * {@code marks} darker spots on the cheeks.
     */
    private Path face(String name, String format, int turn, int marks) throws Exception {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x5b6770));
        g.fillRect(0, 0, 1600, 1200);
        g.setColor(new Color(0xe0b49a));
        g.fillOval(500 + turn, 120, 600 - Math.abs(turn) / 2, 900);
        g.setColor(new Color(0x8a5a48));
        Random random = new Random(name.hashCode());
        for (int i = 0; i < marks; i++) {
            g.fillOval(600 + turn + random.nextInt(400 - Math.abs(turn)), 500 + random.nextInt(300), 14, 14);
        }
        g.dispose();
        Path file = camera.resolve(name);
        assertTrue(ImageIO.write(image, format, file.toFile()));
        return file;
    }
}
