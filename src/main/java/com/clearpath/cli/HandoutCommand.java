package com.clearpath.cli;

import com.clearpath.document.ClinicianSummaryRenderer;
import com.clearpath.document.DocumentInput;
import com.clearpath.document.HandoutRenderer;
import com.clearpath.document.PaperSize;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.engine.Planner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code handout INTAKE.json -o OUT.pdf}: plans the intake and writes the patient handout (or, with
 * {@code --summary}, the clinician summary). The PDF is written to a temporary file beside the target and moved
 * into place, so a reader never sees half a file.
 */
@Command(name = "handout", description = "Write the patient handout (or the clinician summary) for an intake as PDF.")
final class HandoutCommand implements Callable<Integer> {
    @ParentCommand
    ClearpathCommand root;

    @Parameters(index = "0", paramLabel = "INTAKE.json", description = "The intake (clearpath.intake/1).")
    Path intakeFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf", description = "Where to write the PDF.")
    Path output;

    @Option(names = "--language", paramLabel = "en|es", converter = LanguageConverter.class,
            description = "Language of the handout: en (default) or es.")
    Language language = Language.EN;

    @Option(names = "--paper", paramLabel = "letter|a4", converter = PaperConverter.class,
            description = "Paper size: letter (default) or a4.")
    PaperSize paper = PaperSize.LETTER;

    @Option(names = "--summary", description = "Write the clinician summary (English) instead of the handout.")
    boolean summary;

    @Option(names = "--number", paramLabel = "TEXT", description = "Consultation number to print on the document.")
    String number;

    @Override
    public Integer call() throws Exception {
        CommandInput input = new CommandInput(root);
        LocalDate today = LocalDate.now();
        var read = input.readIntake(intakeFile, today);
        if (!read.valid()) {
            return input.reportProblems(read.problems());
        }
        var catalog = input.catalog();
        if (catalog.isEmpty()) {
            return ClearpathCommand.INVALID;
        }
        Plan plan = new Planner(catalog.get()).plan(read.intake());
        DocumentInput doc = DocumentInput.of(read.intake(), plan, catalog.get()).withIssuedOn(today)
                .withConsultationNumber(number);
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            int pages;
            try (OutputStream out = Files.newOutputStream(temp)) {
                pages = summary ? new ClinicianSummaryRenderer().render(doc, paper, out)
                        : new HandoutRenderer().render(doc, language, paper, out);
            }
            move(temp, target);
            root.out().println("Wrote " + output + " (" + pages + (pages == 1 ? " page)" : " pages)"));
            return 0;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected en or es (got \"" + value + "\")");
            }
        }
    }

    static final class PaperConverter implements CommandLine.ITypeConverter<PaperSize> {
        @Override
        public PaperSize convert(String value) {
            try {
                return PaperSize.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected letter or a4 (got \"" + value + "\")");
            }
        }
    }
}
