package com.clearpath.cli;

import com.clearpath.app.Clinic;
import com.clearpath.app.ConsultationDocuments;
import com.clearpath.document.VisitCalendar;
import com.clearpath.domain.EventFit;
import com.clearpath.domain.Intake;
import com.clearpath.domain.Plan;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.Visit;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.ProtocolWords;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code schedule INTAKE.json [--ics OUT.ics]}: the protocol's suggested visits, one line each, or an iCalendar file
 * the front desk can import to book them. An existing file is replaced only with {@code --force}.
 */
@Command(name = "schedule", description = "Print the protocol's suggested visits for an intake, or write them as an "
        + "iCalendar (.ics) file.")
final class ScheduleCommand implements Callable<Integer> {
    @ParentCommand
    ClearpathCommand root;

    @Parameters(index = "0", paramLabel = "INTAKE.json", description = "The intake to plan for.")
    Path intakeFile;

    @Option(names = "--ics", paramLabel = "OUT.ics", description = "Write the visits as an iCalendar file instead.")
    Path ics;

    @Option(names = "--force", description = "Replace the .ics file if it already exists.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (ics != null) {
            Optional<String> refused = OutputFile.refusal("--ics", ics.toAbsolutePath(), force, root.dataFolder());
            if (refused.isPresent()) {
                root.err().println(refused.get());
                return ClearpathCommand.INVALID;
            }
        }
        var planned = new CommandInput(root).plan(intakeFile, LocalDate.now());
        if (planned.isEmpty()) {
            return ClearpathCommand.INVALID;
        }
        Intake intake = planned.get().intake();
        Plan plan = planned.get().plan();
        if (ics == null) {
            lines(intake, plan, planned.get().catalog()).forEach(root.out()::println);
        } else {
            Clinic clinic = new Clinic(root.dataFolder(), Clock.systemDefaultZone(), Records.actor());
            int visits = new ConsultationDocuments(clinic).writeVisits(intake, plan.protocol(), planned.get().catalog(),
                    ics);
            root.out().println(visits + " visits written to " + ics);
        }
        return 0;
    }

    static List<String> lines(Intake intake, Plan plan, TreatmentCatalog catalog) {
        Protocol p = plan.protocol();
        List<String> out = new ArrayList<>();
        out.add("Protocol from " + p.startsOn() + (p.startsAfterHolds()
                ? ": procedures wait until the holds clear, so these dates are provisional" : ""));
        if (p.visits().isEmpty()) {
            out.add("No clinic visits: this plan is home care.");
        }
        for (Visit v : p.visits()) {
            String day = v.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            String down = v.downtimeUntil().equals(v.date()) ? "no visible downtime"
                    : "downtime until " + v.downtimeUntil();
            out.add(String.format(Locale.ROOT, "Visit %d  %s %s  %s  (%s)", v.visit(), day, v.date(),
                    VisitCalendar.names(v.treatments(), catalog), down));
        }
        out.add(p.visitCount() + " visits over " + p.durationWeeks() + " weeks; " + p.downtimeDays()
                + " days of downtime in all.");
        EventFit e = p.eventDate();
        if (e != null) {
            out.add("Event " + e.date() + (e.fits() ? "" : " (does not fit)") + ": " + ProtocolWords.event(e));
        }
        return out;
    }

}
