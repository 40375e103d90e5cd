package com.clearpath.cli;

import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeValidator;
import com.clearpath.domain.Plan;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProblemCode;
import com.clearpath.engine.CatalogException;
import com.clearpath.engine.Planner;
import com.clearpath.engine.PlannerOptions;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.exchange.IntakeJson;
import com.clearpath.store.DataFolder;
import com.clearpath.store.SettingsStore;
import com.clearpath.words.ProblemWords;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reading what commands are given: intake files and the clinic's catalog, with problems printed one per line. */
final class CommandInput {
    private final ClearpathCommand root;

    CommandInput(ClearpathCommand root) {
        this.root = root;
    }

    IntakeJson.Read readIntake(Path file, LocalDate today) throws IOException {
        // Refused before it is read: a file far larger than any intake must not fill memory first.
        if (Files.isRegularFile(file) && Files.size(file) > IntakeValidator.INTAKE_MAX_BYTES) {
            return new IntakeJson.Read(null, List.of(Problem.of(file.toString(), ProblemCode.FILE_TOO_LARGE,
                    Files.size(file) / 1024, IntakeValidator.INTAKE_MAX_BYTES / 1024)));
        }
        Optional<String> text = readText(file);
        if (text.isEmpty()) {
            return new IntakeJson.Read(null, List.of(Problem.of(file.toString(), lastError)));
        }
        return IntakeJson.read(text.get(), today);
    }

    private ProblemCode lastError = ProblemCode.FILE_NOT_FOUND;

    /** UTF-8 text without a byte-order mark; empty (with {@link #lastError} set) when it cannot be read as text. */
    Optional<String> readText(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            lastError = ProblemCode.FILE_NOT_FOUND;
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            lastError = ProblemCode.FILE_NOT_UTF8;
            return Optional.empty();
        }
    }

    /** An intake read, checked and planned with the clinic's catalog and calendar. */
    record Planned(Intake intake, Plan plan, TreatmentCatalog catalog) {
    }

    /**
     * Reads and plans {@code file}; empty after printing why (the intake's problems, or the catalog override's), in
     * which case the command exits {@link ClearpathCommand#INVALID}.
     */
    Optional<Planned> plan(Path file, LocalDate today) throws IOException {
        var read = readIntake(file, today);
        if (!read.valid()) {
            reportProblems(read.problems());
            return Optional.empty();
        }
        Optional<TreatmentCatalog> catalog = catalog();
        return catalog.map(c -> new Planned(read.intake(), planner(c).plan(read.intake()), c));
    }

    int reportProblems(List<Problem> problems) {
        problems.forEach(p -> root.err().println(oneLine(ProblemWords.english().line(p))));
        return ClearpathCommand.INVALID;
    }

    /** One problem, one line: control characters echoed from the input are shown escaped. */
    static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) {
                        sb.append(String.format("\\u%04x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** The catalog with the clinic's override; prints the override's problems and returns empty if it is invalid. */
    Optional<TreatmentCatalog> catalog() throws IOException {
        DataFolder folder = root.dataFolder();
        try {
            return Optional.of(TreatmentCatalog.forClinic(folder.catalogOverride()));
        } catch (CatalogException e) {
            for (Problem p : e.problems()) {
                root.err().println(folder.catalogOverride().getFileName() + ": " + ProblemWords.english().line(p));
            }
            return Optional.empty();
        }
    }

    /** The engine with {@code catalog} and the plan calendar the clinic chose in Settings (the data folder's). */
    Planner planner(TreatmentCatalog catalog) {
        return new Planner(catalog, PlannerOptions.from(new SettingsStore(root.dataFolder()).planCalendar()));
    }
}
