package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.document.PrintedCopies;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.StoredClient;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The two clicks from a client's history, printed for real: runs where {@code lpstat -d} shows a default CUPS
 * destination (.ci/setup-printer makes the cups-pdf queue "PDF"), whose jobs land as PDF files in ~/PDF.
 */
class RealPrinterTest {
    private RunningApp running;
    private UUID visit;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient client = records.client("Zoë", "Nguyễn", LocalDate.of(1988, 2, 3), null);
            visit = records.consultation(client, LocalDate.now().minusDays(3), IntakeBuilder.intake()
                    .concern(ConcernKind.ROLLING).grade(2), List.of()).id();
        }
    }

    @Test
    void printHandoutThenPrintComesOutOfTheDefaultQueue(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(PrintedCopies.defaultDestination(), "no default CUPS destination (lpstat -d)");
        Set<Path> before = PrintedCopies.snapshot();

        running.awaitReady();
        robot.clickOn("#nav-clients");
        await("the search", () -> robot.lookup("#clients-search").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#clients-search").write("nguyen");
        await("one match", () -> robot.lookup("#clients-results").queryAs(javafx.scene.control.ListView.class)
                .getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        await("the history", () -> robot.lookup("#history-print-" + visit).tryQuery().isPresent());

        robot.clickOn("#history-print-" + visit);
        await("the preview", () -> running.app.documentPreviews().current()
                .map(p -> p.rendered().isPresent()).orElse(false));
        robot.clickOn("#preview-print");

        String text = PrintedCopies.awaitNewText(before);
        assertTrue(text != null, "no printed PDF appeared in " + PrintedCopies.OUTBOX + " within 30 s");
        assertTrue(text.contains("Zoë Nguyễn"), "the printed copy has the client's name:\n" + text);
        await("the print noted", () -> !events().isEmpty());
        String printer = com.clearpath.document.Printing.defaultPrinter().orElseThrow();
        assertEquals("handout (en, letter) on " + printer + ", 1 copy", events().get(0).detail());
    }

    private List<ConsultationEvent> events() {
        try {
            return running.app.records().with(s -> s.consultations().events(visit)).stream()
                    .filter(e -> e.kind() == ConsultationEvent.Kind.PRINTED).toList();
        } catch (com.clearpath.domain.RecordsFailure e) {
            throw new AssertionError(e);
        }
    }
}
