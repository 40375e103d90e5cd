package com.clearpath.ui;

import static com.clearpath.ui.RunningApp.await;
import static com.clearpath.ui.RunningApp.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Printers;
import com.clearpath.document.PrintFailure;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.StoredClient;
import com.clearpath.engine.IntakeBuilder;
import com.clearpath.store.DataFolder;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** A print that cannot happen says so in plain words: never the print system's exception text. */
class PrintProblemsTest {
    private RunningApp running;
    private UUID visit;
    /** What the computer's print system is like in this test: set before the app starts. */
    private final Machine machine = new Machine();

    static final class Machine implements Printers {
        volatile boolean noPrinters;

        @Override
        public List<String> names() {
            return noPrinters ? List.of() : List.of("Front desk");
        }

        @Override
        public Optional<String> defaultPrinter() {
            return noPrinters ? Optional.empty() : Optional.of("Front desk");
        }

        @Override
        public void print(byte[] pdf, Optional<String> printer, int copies) throws Exception {
            // What Java's print service says on Linux without cups-bsd.
            IOException cause = new IOException("Cannot run program \"/usr/bin/lpr\": error=2, No such file or directory");
            throw new PrintFailure(PrintFailure.Reason.REFUSED, "java.io.IOException: " + cause.getMessage(), cause);
        }
    }

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh().seeded(this::seed).printers(machine);

    private void seed(DataFolder folder) throws Exception {
        try (ClinicRecords records = ClinicRecords.open(folder)) {
            StoredClient client = records.client("Zoë", "Nguyễn", LocalDate.of(1988, 2, 3), null);
            visit = records.consultation(client, LocalDate.now().minusDays(3), IntakeBuilder.intake()
                    .concern(ConcernKind.ROLLING).grade(2), List.of()).id();
        }
    }

    @Test
    void withNoPrintSystemPrintSaysSoInPlainWords(FxRobot robot) {
        machine.noPrinters = true;
        String said = printAndRead(robot);
        assertTrue(said.startsWith("Nothing was printed: no printing is set up on this computer"), said);
    }

    @Test
    void aJobThePrintSystemCannotTakeIsReportedWithoutItsExceptionText(FxRobot robot) {
        String said = printAndRead(robot);
        assertEquals("Nothing was printed: the print system did not take the job. Check that the printer is on and "
                + "ready, then try again; the details are in the log file.", said);
        assertFalse(said.contains("lpr") || said.contains("Exception"), said);
    }

    private String printAndRead(FxRobot robot) {
        running.awaitReady();
        robot.clickOn("#nav-clients");
        await("the search", () -> robot.lookup("#clients-search").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("#clients-search").write("nguyen");
        await("one match", () -> robot.lookup("#clients-results").queryAs(javafx.scene.control.ListView.class)
                .getItems().size() == 1);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        await("the history", () -> robot.lookup("#history-print-" + visit).tryQuery().isPresent());
        robot.clickOn("#history-print-" + visit);
        await("the preview", () -> running.app.documentPreviews().current()
                .map(p -> p.rendered().isPresent()).orElse(false));
        robot.clickOn("#preview-print");
        await("the message", () -> robot.lookup("#preview-message").tryQuery()
                .map(n -> n.isVisible() && !((Label) n).getText().startsWith("Sending")).orElse(false));
        return fx(() -> robot.lookup("#preview-message").queryAs(Label.class).getText());
    }
}
