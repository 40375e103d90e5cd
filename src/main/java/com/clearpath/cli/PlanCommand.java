package com.clearpath.cli;

import com.clearpath.domain.Plan;
import com.clearpath.exchange.PlanJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code plan INTAKE.json}: prints the plan JSON; exit 2 lists every problem with its field path. */
@Command(name = "plan", description = "Print the treatment plan for an intake file (clearpath.intake/1).")
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    ClearpathCommand root;

    @Parameters(index = "0", paramLabel = "INTAKE.json", description = "The intake to plan for.")
    Path intakeFile;

    @Override
    public Integer call() throws Exception {
        CommandInput input = new CommandInput(root);
        var read = input.readIntake(intakeFile, LocalDate.now());
        if (!read.valid()) {
            return input.reportProblems(read.problems());
        }
        var catalog = input.catalog();
        if (catalog.isEmpty()) {
            return ClearpathCommand.INVALID;
        }
        Plan plan = input.planner(catalog.get()).plan(read.intake());
        root.out().println(PlanJson.write(plan));
        return 0;
    }
}
