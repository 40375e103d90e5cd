package com.clearpath.cli;

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
        var planned = new CommandInput(root).plan(intakeFile, LocalDate.now());
        if (planned.isEmpty()) {
            return ClearpathCommand.INVALID;
        }
        root.out().println(PlanJson.write(planned.get().plan()));
        return 0;
    }
}
