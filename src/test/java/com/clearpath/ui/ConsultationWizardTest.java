package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ClientMatch;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.ui.wizard.ConcernDraft;
import com.clearpath.ui.wizard.ConsultationDraft;
import com.clearpath.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The consultation wizard walked through the real app on a real database, as a practitioner would. */
class ConsultationWizardTest {
    private static final String[] STEP_NAMES = {"1-client", "2-concerns", "3-skin", "4-screening", "5-plan", "6-summary"};
    private static final String[] PAGE_IDS = {"#step-client", "#step-concerns", "#step-skin", "#step-screening",
            "#step-plan", "#step-summary"};

    @TempDir
    Path temp;
    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh();

    /** (a) The whole walk, keyboard where a practitioner types and mouse where they point; a picture of every step. */
    @Test
    void rollingAndIcePickInTypeThreeIsReadyForSubcisionAndTcaCross(FxRobot fxRobot) throws Exception {
        WizardRobot w = new WizardRobot(fxRobot, running);
        Path handout = temp.resolve("out/handout.pdf");
        Path summary = temp.resolve("out/summary.pdf");
        w.walkFullConsultation(handout, summary, point -> {
            switch (point) {
                case CLIENT_TYPED -> {
                    assertTrue(w.textOf("#client-dob-echo").contains("1996"), "the date is read back in words");
                    stepDone(w, 1);
                }
                case ZONE_BY_KEYBOARD -> assertTrue(fx(() -> w.node("#face-zone-CHEEK_LEFT").getPseudoClassStates()
                        .toString().contains("selected")));
                case ICE_PICK_COUNTED ->
                        assertFalse(w.exists("#concern-depth-epidermal"), "pigment depth is for PIH only");
                case CONCERNS_DONE -> stepDone(w, 2);
                case SKIN_ANSWERED -> {
                    assertTrue(w.textOf("#skin-type").startsWith("Type III"), w.textOf("#skin-type"));
                    assertEquals("Score 20 of 40", w.textOf("#skin-score"));
                    assertTrue(RunningApp.has(w.node("#skin-band-3"), "current"));
                }
                case SKIN_DONE -> stepDone(w, 3);
                case SCREENING_DONE -> {
                    assertFalse(w.exists("#screening-hold-banner"));
                    stepDone(w, 4);
                }
                case PLAN_SHOWN -> {
                    Plan plan = fx(() -> w.view().draft().planProperty().get());
                    assertEquals(PlanStatus.READY, plan.status());
                    assertTrue(plan.recommendedTreatments()
                            .containsAll(List.of(Treatment.SUBCISION, Treatment.TCA_CROSS)));
                    assertTrue(w.exists("#protocol-timeline"), "the protocol as agreed heads the step");
                    assertTrue(w.exists("#plan-item-SUBCISION"));
                    assertTrue(w.exists("#plan-item-TCA_CROSS"));
                }
                case PLAN_ITEM_OPENED -> {
                    assertTrue(fx(() -> w.node("#plan-card-SUBCISION").lookup(".plan-details").isVisible()),
                            "the item opens");
                    stepDone(w, 5);
                }
                case SUMMARY_SHOWN -> {
                    stepDone(w, 6);
                    assertTrue(fx(() -> w.node("#wizard-next").isDisabled()), "Finish waits for the final save");
                    assertTrue(fx(() -> w.node("#summary-preview").isDisabled()),
                            "printing waits for the final save");
                }
                case FINAL -> {
                    assertTrue(w.exists("#summary-final"));
                    w.shoot("wizard-6-summary-final-1280x800");

                    List<ClientMatch> found = w.clients().search("reyes", 10);
                    assertEquals(1, found.size());
                    assertEquals("Ana", found.get(0).firstName());
                    assertEquals(1, found.get(0).consultations());
                    StoredConsultation saved = w.consultations().find(w.view().draft().id()).orElseThrow();
                    assertEquals(ConsultationStatus.FINAL, saved.status());
                    assertEquals(found.get(0).id(), saved.clientId());
                    assertEquals(20, saved.intake().skin().fitzpatrickScore());
                    assertEquals(2, saved.intake().concerns().size());
                    assertTrue(w.consultations().drafts().isEmpty());
                    assertFalse(Files.exists(running.folder.root().resolve("drafts").resolve(saved.id() + ".json")),
                            "nothing of a final consultation is left among the drafts");
                }
                case DOCUMENTS_SAVED -> {
                    assertTrue(pdfText(handout).contains("Ana Reyes"));
                    assertTrue(pdfText(summary).contains("Subcision"));
                    assertTrue(w.textOf("#summary-outcome").startsWith("Saved"), w.textOf("#summary-outcome"));
                }
            }
        });

        w.click("#wizard-next");
        w.awaitStep(1);
        assertEquals("", fx(() -> ((TextField) w.node("#client-first-name")).getText()), "a fresh consultation");
    }

    /** (b) Moderate active acne holds every procedure: the banner says so at once and the plan defers them. */
    @Test
    void moderateActiveAcneShowsTheHoldAndDefersProcedures(FxRobot fxRobot) {
        WizardRobot w = new WizardRobot(fxRobot, running);
        w.awaitDatabase();
        w.reachStep(Step.SCREENING);
        assertFalse(w.exists("#screening-hold-banner"));

        w.click("#iga-3");
        assertTrue(w.exists("#screening-hold-banner"), "the banner appears as soon as the answer is given");
        String waiting = w.textOf("#screening-hold-waiting");
        assertTrue(waiting.startsWith("Waiting until then:"), waiting);
        Plan preview = fx(() -> w.view().draft().planProperty().get());
        for (Recommendation r : preview.deferred()) {
            assertTrue(waiting.contains(r.name()), r.name() + " is named as waiting");
        }
        w.shoot("wizard-4-screening-hold-1280x800");
        w.enter();
        w.awaitStep(5);

        Plan plan = fx(() -> w.view().draft().planProperty().get());
        assertEquals(PlanStatus.DEFER, plan.status());
        assertFalse(plan.deferred().isEmpty());
        assertTrue(plan.deferred().stream().allMatch(r -> r.treatment().procedure()));
        assertTrue(plan.recommendations().stream().allMatch(r -> r.treatment().homeCare()), "only home care now");
        assertTrue(plan.holds().stream().anyMatch(h -> h.code().name().equals("ACTIVE_ACNE")));
        assertTrue(w.exists("#plan-protocol"), "the protocol heads the step");
        w.options();
        assertTrue(w.exists("#plan-deferred"));
        assertTrue(w.textOf("#preview-status").equals("Procedures wait"));
        w.shoot("wizard-5-plan-defer-1280x800");
    }

    /** (c) PIH in type V skin (from the answers, not by eye): topicals first, IPL ruled out. */
    @Test
    void pihInTypeFiveSkinPutsTopicalsFirstAndRulesOutIpl(FxRobot fxRobot) {
        WizardRobot w = new WizardRobot(fxRobot, running);
        w.awaitDatabase();
        w.newClient("Nguy\u1ec5n", "Th\u1ecb Lan", "1992-09-30");
        w.enter();
        w.awaitStep(2);
        w.concern("PIH", 0, "CHEEK_LEFT", "FOREHEAD");
        assertFalse(w.exists("#concern-distensible-yes"), "stretching is for atrophic scars only");
        w.click("#concern-depth-epidermal");
        w.shoot("wizard-2-concerns-pih-1280x800");
        w.enter();
        w.awaitStep(3);

        w.answers("3333333333");
        assertEquals("Score 30 of 40", w.textOf("#skin-score"));
        assertTrue(w.textOf("#skin-type").startsWith("Type V "), w.textOf("#skin-type"));
        w.click("#sensitivity-NORMAL");
        w.enter();
        w.awaitStep(4);
        w.click("#iga-0");
        w.enter();
        w.awaitStep(5);

        Plan plan = fx(() -> w.view().draft().planProperty().get());
        Intake intake = fx(() -> w.view().draft().intakeProperty().get());
        assertEquals(5, intake.skin().fitzpatrick());
        assertEquals(30, intake.skin().fitzpatrickScore());
        List<Treatment> now = plan.recommendations().stream().map(Recommendation::treatment).toList();
        int topical = now.indexOf(Treatment.TOPICAL_DEPIGMENTING);
        assertTrue(topical >= 0, "depigmenting topicals recommended: " + now);
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i).procedure()) {
                assertTrue(topical < i, "topicals before " + now.get(i));
            }
        }
        assertTrue(plan.exclusion(Treatment.IPL).orElseThrow().hasReason(ExclusionCode.FITZPATRICK_IV_VI)
                || plan.exclusion(Treatment.IPL).orElseThrow().hasReason(ExclusionCode.FITZPATRICK_V_VI));
        w.options();
        assertTrue(w.exists("#plan-excluded-IPL"), "IPL is listed as ruled out, with its reason");
        w.shoot("wizard-5-plan-pih-1280x800");
    }

    /** (d) Declining a recommendation needs a reason and is kept in the records as an override. */
    @Test
    void declinedRecommendationIsStoredWithItsReason(FxRobot fxRobot) throws Exception {
        WizardRobot w = new WizardRobot(fxRobot, running);
        w.awaitDatabase();
        w.reachStep(Step.PLAN);
        Plan plan = fx(() -> w.view().draft().planProperty().get());
        Treatment first = plan.recommendations().stream().map(Recommendation::treatment)
                .filter(Treatment::procedure).findFirst().orElseThrow();

        w.options();
        w.click("#plan-decline-" + first.name());
        assertTrue(fx(() -> w.node("#plan-decline-confirm-" + first.name()).isDisabled()), "no reason, no decline");
        fxRobot.write("Client prefers to avoid needles");
        w.enter();
        assertTrue(w.exists("#plan-declined-" + first.name()));
        assertTrue(w.textOf("#plan-declined-" + first.name()).contains("avoid needles"));
        assertEquals(5, w.step(), "Enter in the reason confirms the decline, it does not move on");

        Treatment added = Treatment.CHEMICAL_PEEL_SUPERFICIAL;
        fxRobot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Treatment> choice = (ComboBox<Treatment>) w.node("#plan-add-treatment");
            choice.setValue(added);
        });
        w.write("#plan-add-reason", "Wants a gentle start");
        w.click("#plan-add");
        assertTrue(w.exists("#plan-added-" + added.name()));
        w.shoot("wizard-5-plan-overrides-1280x800");

        UUID id = w.view().draft().id();
        // Autosave: within two seconds of the change, without pressing anything.
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> storedOverrides(w, id).size() == 2);
        List<PlanOverride> overrides = storedOverrides(w, id);
        PlanOverride declined = overrides.stream().filter(o -> o.action() == PlanOverride.Action.DECLINED)
                .findFirst().orElseThrow();
        assertEquals(first, declined.treatment());
        assertEquals("Client prefers to avoid needles", declined.reason());
        assertTrue(overrides.stream().anyMatch(o -> o.action() == PlanOverride.Action.ADDED && o.treatment() == added
                && o.reason().equals("Wants a gentle start")));

        w.click("#plan-undo-" + first.name());
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> storedOverrides(w, id).size() == 1);
    }

    /** (e) Closing mid-consultation loses nothing: at the next start it is offered, and every answer comes back. */
    @Test
    void closingMidConsultationOffersItBackWithEveryAnswer(FxRobot fxRobot) throws Exception {
        WizardRobot w = new WizardRobot(fxRobot, running);
        w.awaitDatabase();
        w.newClient("Jos\u00e9", "Mart\u00ednez", "1985-03-04");
        w.write("#client-practitioner", "J. Park");
        w.enter();
        w.awaitStep(2);
        w.concern("ROLLING", 4, "CHEEK_RIGHT", "BACK");
        w.click("#concern-distensible-no");
        w.write("#concern-goals", "Smoother cheeks by June");
        // Enter in the goals moves on, as in every other field (decision 0015).
        w.enter();
        w.awaitStep(3);
        w.answers("0123401234");
        w.click("#sensitivity-SENSITIVE");
        w.click("#condition-ROSACEA");
        UUID id = w.view().draft().id();

        // Straight away, inside the autosave delay: closing must save what is pending.
        RunningApp second = fixture.restart();
        WizardRobot again = new WizardRobot(fxRobot, second);
        again.awaitDatabase();
        again.await(() -> again.exists("#unfinished"), "the offer to resume");
        assertTrue(again.textOf("#unfinished-title").contains("unfinished"));
        again.shoot("wizard-resume-offer-1280x800");
        again.click("#unfinished-resume-" + id);
        again.awaitStep(3);

        ConsultationDraft d = fx(() -> again.view().draft());
        assertEquals(id, d.id());
        assertEquals("Jos\u00e9", fx(() -> d.firstNameProperty().get()));
        assertEquals("J. Park", fx(() -> d.practitionerProperty().get()));
        assertEquals("Smoother cheeks by June", fx(() -> d.goalsProperty().get()).strip());
        ConcernDraft rolling = fx(() -> d.concerns().get(0));
        assertEquals(4, fx(() -> rolling.countProperty().get()));
        assertEquals(Boolean.FALSE, fx(() -> rolling.distensibleProperty().get()));
        assertEquals(java.util.Set.of(Zone.CHEEK_RIGHT, Zone.BACK), fx(() -> java.util.Set.copyOf(rolling.zones())));
        int[] answers = {0, 1, 2, 3, 4, 0, 1, 2, 3, 4};
        for (int i = 0; i < answers.length; i++) {
            int index = i;
            assertEquals(answers[i], fx(() -> d.answerProperty(index).get()), "answer " + (i + 1));
        }
        assertEquals("Score 20 of 40", again.textOf("#skin-score"));
        assertTrue(fx(() -> ((RadioButton) again.node("#fitz-BURN-4")).isSelected()), "the answers are shown too");
        assertTrue(fx(() -> ((RadioButton) again.node("#sensitivity-SENSITIVE")).isSelected()));
        assertTrue(fx(() -> ((CheckBox) again.node("#condition-ROSACEA")).isSelected()));
        assertEquals(Sensitivity.SENSITIVE, fx(() -> d.sensitivityProperty().get()));
        assertTrue(fx(() -> d.conditions().contains(SkinCondition.ROSACEA)));
        assertTrue(fx(() -> d.clientIdProperty().get()) == null && again.clients().count() == 0,
                "the client record waits until the consultation is final");

        again.click("#step-1");
        assertEquals("Jos\u00e9", fx(() -> ((javafx.scene.control.Label) again.node("#client-chosen-name")).getText()
                .split(" ")[0]));
    }

    /** Ctrl+N in the middle keeps the consultation as a draft, and step one offers it straight back. */
    @Test
    void startingAnotherConsultationKeepsTheFirstOneAsADraft(FxRobot fxRobot) throws Exception {
        WizardRobot w = new WizardRobot(fxRobot, running);
        w.awaitDatabase();
        w.reachStep(Step.SKIN);
        UUID first = w.view().draft().id();
        fxRobot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.CONTROL);
        w.awaitStep(1);
        w.await(() -> w.exists("#unfinished-resume-" + first), "the kept consultation offered back");
        assertTrue(w.consultations().find(first).isPresent());
        w.click("#unfinished-resume-" + first);
        w.awaitStep(3);
        assertEquals(first, w.view().draft().id());
    }

    /** A returning client is found as the name is typed; typing a client already on record warns and offers it. */
    @Test
    void returningClientIsFoundAsYouTypeAndADuplicateIsOffered(FxRobot fxRobot) throws Exception {
        WizardRobot w = new WizardRobot(fxRobot, running);
        w.awaitDatabase();
        UUID ana = w.clients().create(new com.clearpath.domain.Client("Ana", "Reyes", java.time.LocalDate.of(1996, 4, 12),
                "+1 210 555 0101", "ana@example.com")).id();

        w.newClient("ana", "REYES", "4/12/1996");
        w.await(() -> w.exists("#client-duplicate"), "the duplicate warning");
        w.shoot("wizard-1-client-duplicate-1280x800");
        w.click("#client-duplicate-use");
        w.await(() -> w.exists("#client-chosen"), "the chosen client");
        assertEquals("Ana Reyes", w.textOf("#client-chosen-name"));
        assertEquals(ana, fx(() -> w.view().draft().clientIdProperty().get()));
        w.click("#wizard-next");
        w.awaitStep(2);
        assertEquals(1, w.clients().count(), "no second record for the same person");

        w.click("#step-1");
        w.click("#client-change");
        assertFalse(w.exists("#client-chosen"));
        w.write("#client-search", "rey");
        w.await(() -> w.exists("#client-result-" + ana), "Ana in the results");
        w.shoot("wizard-1-client-search-1280x800");
        w.click("#client-result-" + ana);
        w.await(() -> w.exists("#client-chosen"), "the chosen client");
        assertEquals(ana, fx(() -> w.view().draft().clientIdProperty().get()));
        assertEquals("ana@example.com", fx(() -> w.view().draft().emailProperty().get()));
    }

    /** The client search empties with its clear button or with Escape, and the results go with the words. */
    @Test
    void theClientSearchClearsWithItsButtonOrEscape(FxRobot fxRobot) throws Exception {
        WizardRobot w = new WizardRobot(fxRobot, running);
        w.awaitDatabase();
        UUID ana = w.clients().create(new com.clearpath.domain.Client("Ana", "Reyes", java.time.LocalDate.of(1996, 4, 12),
                "+1 210 555 0101", "ana@example.com")).id();
        assertTrue(w.node("#client-search") instanceof org.controlsfx.control.textfield.CustomTextField);
        javafx.scene.control.TextField search = (javafx.scene.control.TextField) w.node("#client-search");
        w.write("#client-search", "rey");
        w.await(() -> w.exists("#client-result-" + ana), "Ana in the results");
        javafx.scene.Node clear = fx(() -> search.lookup(".clear-button"));
        w.await(() -> clear.getOpacity() > 0.99, "the clear button");
        fxRobot.clickOn(clear);
        assertEquals("", fx(search::getText));
        w.await(() -> !w.exists("#client-result-" + ana), "the results gone with the words");

        w.write("#client-search", "rey");
        w.await(() -> w.exists("#client-result-" + ana), "Ana in the results again");
        w.focus("#client-search");
        fxRobot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertEquals("", fx(search::getText));
        w.await(() -> !w.exists("#client-result-" + ana), "the results gone after Escape");
        assertEquals(1, w.step(), "Escape only empties the search");
        assertEquals("client-search", w.focused());
    }

    /** The whole consultation without the mouse: Tab to move, Space to choose, digits to answer, Enter for Next. */
    @Test
    void aConsultationCanBeDoneWithTheKeyboardAlone(FxRobot fxRobot) {
        WizardRobot w = new WizardRobot(fxRobot, running);
        w.awaitDatabase();
        assertEquals("client-search", w.focused(), "step one starts in the search");
        w.tabTo("client-first-name");
        fxRobot.write("Lin");
        w.tab();
        fxRobot.write("Wong");
        w.tab();
        fxRobot.write("2001-02-03");
        w.enter();
        w.awaitStep(2);

        assertEquals("concern-kind-ICE_PICK", w.focused(), "the first card is ready to choose");
        w.tabTo("concern-kind-BOXCAR_DEEP").space();
        w.tabTo("zone-CHIN").space();
        w.tabTo("zone-NECK").space();
        fxRobot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.M)
                .release(javafx.scene.input.KeyCode.M, javafx.scene.input.KeyCode.ALT);
        assertEquals("concern-count", w.focused(), "Alt+M reaches the count by its label's mnemonic");
        fxRobot.write("12");
        w.tabTo("concern-distensible-no").space();
        w.enter();
        w.awaitStep(3);

        fxRobot.write("1212121212");
        assertEquals("Score 15 of 40", w.textOf("#skin-score"));
        assertEquals("skin-override", w.focused(), "after the tenth answer the type choice is next");
        w.tabTo("sensitivity-SENSITIVE").space();
        w.enter();
        w.awaitStep(4);

        assertEquals("iga-0", w.focused());
        fxRobot.type(javafx.scene.input.KeyCode.DOWN);
        assertEquals("iga-1", w.focused());
        w.space();
        assertEquals(Integer.valueOf(1), fx(() -> w.view().draft().igaProperty().get()), "arrow keys move between grades");
        w.tabTo("screen-COLD_SORE_HISTORY").space();
        w.enter();
        w.awaitStep(5);

        assertTrue(fx(() -> w.view().draft().planProperty().get()).flagged(com.clearpath.domain.FlagCode.ANTIVIRAL_PROPHYLAXIS)
                || !fx(() -> w.view().draft().planProperty().get()).recommendations().isEmpty());
        w.space();
        w.enter();
        w.awaitStep(6);
        assertEquals("summary-save-final", w.focused());
        w.enter();
        w.await(() -> fx(() -> w.view().draft().isFinal()), "the final save");

        fxRobot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.LEFT)
                .release(javafx.scene.input.KeyCode.LEFT, javafx.scene.input.KeyCode.ALT);
        w.awaitStep(5);
        String first = fx(() -> w.view().draft().planProperty().get()).recommendations().get(0).treatment().name();
        assertTrue(fx(() -> w.node("#plan-decline-" + first).isDisabled()), "a final consultation is read-only");
        assertTrue(fx(() -> w.node("#plan-add-treatment").isDisabled()));
        assertTrue(fx(() -> w.node("#protocol-add").isDisabled()), "nor can the protocol be changed");
        assertTrue(fx(() -> w.robot.lookup(".protocol-action").queryAll().stream().allMatch(javafx.scene.Node::isDisabled)));
        fxRobot.press(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.B)
                .release(javafx.scene.input.KeyCode.B, javafx.scene.input.KeyCode.ALT);
        w.awaitStep(4);
        assertTrue(fx(() -> w.node("#step-screening").isDisabled()), "the answers can be read, not changed");
    }

    /** Every step at the default and the minimum window size, and every control on it has a name for a screen reader. */
    private void stepDone(WizardRobot w, int step) {
        String name = "wizard-" + STEP_NAMES[step - 1];
        w.shoot(name + "-1280x800");
        w.shootPage(PAGE_IDS[step - 1], "page-" + STEP_NAMES[step - 1]);
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(running.stage.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "step " + step + ": controls without accessible text: " + unnamed);
        w.size(ClearpathApp.MIN_WIDTH, ClearpathApp.MIN_HEIGHT);
        w.shoot(name + "-1024x680");
        w.size(ClearpathApp.PREFERRED_WIDTH, ClearpathApp.PREFERRED_HEIGHT);
    }

    private static List<PlanOverride> storedOverrides(WizardRobot w, UUID id) throws RecordsFailure {
        Optional<StoredConsultation> k = w.consultations().find(id);
        return k.map(StoredConsultation::overrides).orElse(List.of());
    }

    private static String pdfText(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static void assertNotNull(Object o, String message) {
        assertTrue(o != null, message);
    }
}
