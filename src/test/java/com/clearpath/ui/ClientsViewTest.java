package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Screening;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import com.clearpath.ui.shell.Section;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** Finding a client in a keystroke and reading their history, on records written through the store. */
class ClientsViewTest {
    static final LocalDate TODAY = LocalDate.now();
    static final LocalDate FIRST_VISIT = TODAY.minusMonths(8);
    static final LocalDate SECOND_VISIT = TODAY.minusMonths(4);
    static final LocalDate LAST_VISIT = TODAY.minusDays(2);

    private RunningApp running;
    private UUID jose;
    private UUID firstVisit;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient garcia = records.client("José", "García", LocalDate.of(1990, 5, 17), "+1 210 555 0147");
            jose = garcia.id();
            StoredConsultation first = records.consultation(garcia, FIRST_VISIT, IntakeBuilder.intake()
                    .concern(ConcernKind.ROLLING).concern(ConcernKind.PIH).grade(3), List.of(
                    new PlanOverride(Treatment.DERMAL_FILLER, PlanOverride.Action.DECLINED,
                            "Client prefers no injectables", "J. Park", Instant.now())));
            firstVisit = first.id();
            records.consultation(garcia, SECOND_VISIT, IntakeBuilder.intake().concern(ConcernKind.ROLLING)
                    .iga(2).screened(Screening.COLD_SORE_HISTORY).grade(3), List.of());
            records.consultation(garcia, LAST_VISIT, IntakeBuilder.intake().concern(ConcernKind.ROLLING).grade(2),
                    List.of());
            records.consultations.startCorrection(first.id(), "J. Park");
            records.consultations.record(first.id(), ConsultationEvent.Kind.PRINTED, "Front desk",
                    "handout (es, a4) on Front desk, 2 copies");
            records.consultations.record(first.id(), ConsultationEvent.Kind.PDF_SAVED, "J. Park",
                    "clinician summary (letter) saved as García-José-summary.pdf");
            StoredClient josefina = records.client("Josefina", "Ortiz", LocalDate.of(1985, 12, 1), "555-0199");
            records.consultation(josefina, TODAY.minusDays(10), IntakeBuilder.intake().concern(ConcernKind.PIE),
                    List.of());
            records.client("Ana", "Reyes", LocalDate.of(1996, 4, 12), "+1 (210) 555-0101");
            records.client("Zoë", "Nguyễn", LocalDate.of(1979, 2, 3), null);
        }
    }

    @Test
    void typingFindsAClientIgnoringAccentsAndShowsRecentConsultationsBeforeThat(FxRobot robot) {
        openClients(robot);
        await("recent consultations", () -> results(robot).getItems().size() == 5);
        assertEquals("Recent consultations", fx(() -> label(robot, "#clients-results-title")));
        assertTrue(fx(() -> robot.lookup("#clients-search").query().isFocused()), "the search box has the focus");

        robot.write("jose");
        await("two matches", () -> results(robot).getItems().size() == 2);
        assertEquals("2 clients found", fx(() -> label(robot, "#clients-results-title")));
        List<String> shown = fx(() -> texts(results(robot)));
        assertTrue(shown.contains("José García"), shown.toString());
        assertTrue(shown.stream().anyMatch(t -> t.contains("3 consultations") || t.contains("4 consultations")),
                shown.toString());
        Screenshots.save(running.stage.getScene(), "clients-search-results-1280x800");

        robot.eraseText(4).write("xyz");
        await("the no-match sentence", () -> results(robot).getItems().isEmpty()
                && robot.lookup("#clients-results-placeholder").tryQuery()
                .map(n -> ((Label) n).getText().contains("No client matches \u201cxyz\u201d")).orElse(false));
    }

    @Test
    void theClearButtonOrEscapeEmptiesTheSearchAndBringsBackTheRecentConsultations(FxRobot robot) {
        openClients(robot);
        await("recent consultations", () -> results(robot).getItems().size() == 5);
        assertTrue(robot.lookup("#clients-search").query() instanceof org.controlsfx.control.textfield.CustomTextField);
        Node clear = robot.lookup("#clients-search .clear-button").query();
        assertEquals(0.0, fx(clear::getOpacity), 0.01, "no clear button while the search is empty");
        robot.write("jose");
        await("two matches", () -> results(robot).getItems().size() == 2);
        await("the clear button", () -> clear.getOpacity() > 0.99);
        Screenshots.save(robot.lookup(".clients-search-row").query(), "clients-search-clearable");
        Screenshots.save(running.stage.getScene(), "clients-search-clearable-1280x800");

        robot.clickOn(clear);
        assertEquals("", fx(() -> robot.lookup("#clients-search").queryAs(TextField.class).getText()));
        await("recent consultations again", () -> results(robot).getItems().size() == 5
                && "Recent consultations".equals(label(robot, "#clients-results-title")));

        robot.clickOn("#clients-search").write("garc");
        await("one match", () -> results(robot).getItems().size() == 1);
        robot.type(KeyCode.ESCAPE);
        assertEquals("", fx(() -> robot.lookup("#clients-search").queryAs(TextField.class).getText()));
        await("recent consultations after Escape", () -> results(robot).getItems().size() == 5);
        assertTrue(fx(() -> robot.lookup("#clients-search").query().isFocused()), "the focus stays in the search");
    }

    @Test
    void arrowAndEnterOpenTheClientWithTheirHistoryInWords(FxRobot robot) {
        openClients(robot);
        robot.write("garc");
        await("one match", () -> results(robot).getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        await("the history", () -> robot.lookup("#client-history").tryQuery().isPresent());
        assertEquals("José García", fx(() -> label(robot, "#client-name")));

        ListView<?> history = robot.lookup("#client-consultations").queryAs(ListView.class);
        assertEquals(4, fx(() -> history.getItems().size()), "three visits and a correction");
        assertTrue(fx(history::isFocused), "the focus moves on to the history");
        String words = String.join(" | ", fx(() -> texts(history)));
        assertTrue(words.contains("Rolling scars"), words);
        assertTrue(words.contains("Dark marks (PIH)"), words);
        assertTrue(words.contains("Recommended first: Subcision"), words);
        assertTrue(words.contains("Final") && words.contains("Draft"), words);
        assertTrue(words.contains("Correction of the consultation of"), words);
        for (String code : List.of("ROLLING", "SUBCISION", "FINAL", "DRAFT", "PIH,", "PIH |")) {
            assertFalse(words.contains(code), "no code " + code + " on screen: " + words);
        }

        robot.type(KeyCode.ESCAPE);
        assertTrue(fx(() -> robot.lookup("#clients-search").query().isFocused()), "Esc goes back to the search");
    }

    @Test
    void theGoodmanChartShowsEachGradedVisit(FxRobot robot) {
        openJose(robot);
        LineChart<?, ?> chart = robot.lookup("#goodman-chart").queryAs(LineChart.class);
        assertEquals(3, fx(() -> chart.getData().get(0).getData().size()), "three final visits with a grade");
        assertTrue(fx(chart::getAccessibleText).contains("grade 2 on"));
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(running.stage.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
        Screenshots.save(running.stage.getScene(), "clients-history-chart-1280x800");
    }

    @Test
    void aFinalConsultationOpensReadOnlyWithItsWholePlan(FxRobot robot) {
        openJose(robot);
        ListView<ConsultationSummary> history = historyList(robot);
        int index = fx(() -> indexOf(history, firstVisit));
        robot.interact(() -> history.getSelectionModel().select(index));
        robot.type(KeyCode.ENTER);
        await("the consultation", () -> robot.lookup("#consultation-details").tryQuery().isPresent());

        Parent details = robot.lookup("#consultation-details").queryAs(Parent.class);
        String concerns = String.join(" ", fx(() -> texts(robot.lookup("#consultation-concerns").query())));
        assertTrue(concerns.contains("Rolling scars") && concerns.contains("left cheek"), concerns);
        String recommended = String.join(" ", fx(() -> texts(robot.lookup("#plan-recommended").query())));
        assertTrue(recommended.contains("Subcision"), recommended);
        String excluded = String.join(" ", fx(() -> texts(robot.lookup("#plan-excluded").query())));
        assertTrue(excluded.contains("Not called for by these concerns"), excluded);
        String overrides = String.join(" ", fx(() -> texts(robot.lookup("#plan-overrides").query())));
        assertTrue(overrides.contains("Declined") && overrides.contains("Client prefers no injectables"), overrides);
        assertEquals("Final", fx(() -> label(robot, "#consultation-status")));
        assertTrue(fx(() -> editable(details)).isEmpty(), "nothing on this page can be edited");
        assertTrue(robot.lookup("#consultation-correction").tryQuery().isPresent());
        List<String> unnamed = fx(() -> ClearpathAppTest.unnamedControls(running.stage.getScene().getRoot()));
        assertTrue(unnamed.isEmpty(), "controls without accessible text: " + unnamed);
        Screenshots.save(running.stage.getScene(), "clients-consultation-read-only-1280x800");

        robot.clickOn("#consultation-back");
        await("the history again", () -> robot.lookup("#client-history").tryQuery().isPresent());
    }

    @Test
    void theConsultationListsWhenAndWhereItsDocumentsWerePrintedOrSaved(FxRobot robot) {
        openJose(robot);
        ListView<ConsultationSummary> history = historyList(robot);
        int index = fx(() -> indexOf(history, firstVisit));
        robot.interact(() -> history.getSelectionModel().select(index));
        robot.type(KeyCode.ENTER);
        await("the consultation", () -> robot.lookup("#consultation-documents").tryQuery().isPresent());
        String documents = String.join(" ", fx(() -> texts(robot.lookup("#consultation-documents").query())));
        assertTrue(documents.contains("Printed: handout (es, a4) on Front desk, 2 copies (by Front desk)"), documents);
        assertTrue(documents.contains("PDF: clinician summary (letter) saved as García-José-summary.pdf"
                + " (by J. Park)"), documents);
        assertTrue(documents.indexOf("PDF: ") < documents.indexOf("Printed:"), "newest first: " + documents);
    }

    @Test
    void theNumberOnAHandoutFindsItsClient(FxRobot robot) {
        openClients(robot);
        String number = firstVisit.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        robot.write(number);
        await("José by the number", () -> results(robot).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        await("the history", () -> robot.lookup("#client-consultations").tryQuery().isPresent());
        assertTrue(fx(() -> indexOf(historyList(robot), firstVisit)) >= 0, "the client whose consultation it is");
    }

    @Test
    void aDeferredPlanSaysWhatItWaitsFor(FxRobot robot) {
        openJose(robot);
        ListView<ConsultationSummary> history = historyList(robot);
        int index = fx(() -> history.getItems().stream().map(ConsultationSummary::consultedOn).toList()
                .indexOf(SECOND_VISIT));
        robot.interact(() -> history.getSelectionModel().select(index));
        robot.type(KeyCode.ENTER);
        await("the consultation", () -> robot.lookup("#plan-deferred").tryQuery().isPresent());
        String deferred = String.join(" ", fx(() -> texts(robot.lookup("#plan-deferred").query())));
        assertTrue(deferred.contains("Waits for: active acne to be controlled"), deferred);
        String flags = String.join(" ", fx(() -> texts(robot.lookup("#plan-flags").query())));
        assertTrue(flags.contains("Acne treatment first"), flags);
    }

    @Test
    void startFollowUpCreatesADraftAndOpensItInTheConsultationView(FxRobot robot) throws Exception {
        openJose(robot);
        robot.clickOn("#client-follow-up");
        await("the consultation view", () -> running.app.mainWindow().section() == Section.NEW_CONSULTATION);
        UUID draft = fx(() -> running.app.consultationView().draftId().orElseThrow());
        StoredConsultation stored = running.app.records().with(s -> s.consultations().find(draft)).orElseThrow();
        assertEquals(ConsultationStatus.DRAFT, stored.status());
        assertEquals(jose, stored.clientId());
        assertEquals(LocalDate.now(), stored.intake().consultedOn());
        assertTrue(stored.intake().screening().isEmpty(), "screening is asked again");
        assertTrue(fx(() -> label(robot, "#consultation-subtitle")).contains("Follow-up visit for José García"));

        robot.clickOn("#nav-clients");
        await("the new draft in the history", () -> robot.lookup("#client-consultations").tryQuery()
                .map(n -> ((ListView<?>) n).getItems().size() == 5).orElse(false));
    }

    @Test
    void startCorrectionOfAFinalConsultationLinksANewDraftToIt(FxRobot robot) throws Exception {
        openJose(robot);
        ListView<ConsultationSummary> history = historyList(robot);
        int index = fx(() -> indexOf(history, firstVisit));
        robot.interact(() -> history.getSelectionModel().select(index));
        robot.type(KeyCode.ENTER);
        await("the consultation", () -> robot.lookup("#consultation-correction").tryQuery().isPresent());
        robot.clickOn("#consultation-correction");
        await("the consultation view", () -> running.app.mainWindow().section() == Section.NEW_CONSULTATION);
        UUID draft = fx(() -> running.app.consultationView().draftId().orElseThrow());
        StoredConsultation stored = running.app.records().with(s -> s.consultations().find(draft)).orElseThrow();
        assertEquals(firstVisit, stored.correctsId());
        assertEquals(ConsultationStatus.FINAL,
                running.app.records().with(s -> s.consultations().find(firstVisit)).orElseThrow().status(),
                "the original is untouched");
        assertTrue(fx(() -> label(robot, "#consultation-subtitle")).contains("Correction of the consultation of"));
    }

    private void openClients(FxRobot robot) {
        running.awaitReady();
        robot.clickOn("#nav-clients");
        await("the client list", () -> robot.lookup("#clients-results").tryQuery().isPresent());
        robot.clickOn("#clients-search");
    }

    private void openJose(FxRobot robot) {
        openClients(robot);
        // Typed without the accent, as at most front desks.
        robot.write("jose garcia");
        await("José", () -> results(robot).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        await("the history", () -> robot.lookup("#client-history").tryQuery().isPresent()
                && robot.lookup("#client-consultations").tryQuery().isPresent());
    }

    private static ListView<?> results(FxRobot robot) {
        return robot.lookup("#clients-results").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<ConsultationSummary> historyList(FxRobot robot) {
        return robot.lookup("#client-consultations").queryAs(ListView.class);
    }

    private static int indexOf(ListView<ConsultationSummary> list, UUID id) {
        return list.getItems().stream().map(ConsultationSummary::id).toList().indexOf(id);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Every label's text under a node (for a list: its visible cells). */
    static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Label l && l.getText() != null && !l.getText().isBlank() && l.isVisible()) {
            out.add(l.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
        if (node instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            collect(sp.getContent(), out);
        }
    }

    private static List<Node> editable(Node node) {
        List<Node> out = new ArrayList<>();
        if (node instanceof TextInputControl t && t.isEditable()) {
            out.add(t);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(editable(c)));
        }
        if (node instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            out.addAll(editable(sp.getContent()));
        }
        return out;
    }
}
