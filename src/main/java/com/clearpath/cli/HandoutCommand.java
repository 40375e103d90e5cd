package com.clearpath.cli;

import com.clearpath.document.ClinicProfile;
import com.clearpath.document.ClinicianSummaryRenderer;
import com.clearpath.document.DocumentInput;
import com.clearpath.document.HandoutRenderer;
import com.clearpath.document.PaperSize;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Language;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.store.ConsultationRepository;
import com.clearpath.store.DataFolder;
import com.clearpath.store.Database;
import com.clearpath.store.PrivateFiles;
import com.clearpath.store.SettingsStore;
import com.clearpath.domain.StoredConsultation;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code handout INTAKE.json -o OUT.pdf}: plans the intake and writes the patient handout (or, with
 * {@code --summary}, the clinician summary). {@code handout --consultation ID -o OUT.pdf} writes a kept final
 * consultation's instead, as it was planned, and notes the saved PDF in its events. Both use the clinic's settings
 * in the data folder for the letterhead, and for the language and paper unless they are given. The PDF is written
 * to a temporary file beside the target and moved into place, so a reader never sees half a file.
 */
@Command(name = "handout", description = {"Write the patient handout (or the clinician summary) as PDF, for an intake "
        + "file or for a consultation kept in the database.",
        "Language and paper default to the clinic's settings (English on Letter until they are set)."})
final class HandoutCommand implements Callable<Integer> {
    @ParentCommand
    ClearpathCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "INTAKE.json",
            description = "The intake (clearpath.intake/1). Give this or --consultation.")
    Path intakeFile;

    @Option(names = "--consultation", paramLabel = "ID",
            description = "A consultation kept in the database: the number on its documents (B23A1881) or its id; "
                    + "it must be final.")
    String consultation;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf", description = "Where to write the PDF.")
    Path output;

    @Option(names = "--language", paramLabel = "en|es", converter = LanguageConverter.class,
            description = "Language of the handout: en or es (default: the clinic's setting).")
    Language language;

    @Option(names = "--paper", paramLabel = "letter|a4", converter = PaperConverter.class,
            description = "Paper size: letter or a4 (default: the clinic's setting).")
    PaperSize paper;

    @Option(names = "--force", description = "Replace OUT.pdf if it exists (the data folder's own files never).")
    boolean force;

    @Option(names = "--summary", description = "Write the clinician summary (English) instead of the handout.")
    boolean summary;

    @Option(names = "--number", paramLabel = "TEXT",
            description = "Consultation number to print on the document (a kept consultation has its own).")
    String number;

    @Override
    public Integer call() throws Exception {
        if ((intakeFile == null) == (consultation == null)) {
            root.err().println("handout: give either INTAKE.json or --consultation ID, not "
                    + (intakeFile == null ? "neither" : "both"));
            return ClearpathCommand.INVALID;
        }
        CommandInput input = new CommandInput(root);
        DataFolder folder = root.dataFolder();
        Optional<String> refused = OutputFile.refusal(output.toAbsolutePath(), force, folder);
        if (refused.isPresent()) {
            root.err().println(refused.get());
            return ClearpathCommand.INVALID;
        }
        ClinicSettings settings = new SettingsStore(folder).load();
        Language lang = language != null ? language : settings.language();
        PaperSize size = paper != null ? paper : PaperSize.fromCode(settings.paper().code());
        ClinicProfile clinic = new ClinicProfile(settings.name(), settings.address(), settings.phone(),
                settings.logoPng());
        LocalDate today = LocalDate.now();
        if (consultation != null) {
            return fromRecords(input, folder, clinic, lang, size, today);
        }
        var planned = input.plan(intakeFile, today);
        if (planned.isEmpty()) {
            return ClearpathCommand.INVALID;
        }
        DocumentInput doc = DocumentInput.of(planned.get().intake(), planned.get().plan(), planned.get().catalog())
                .withIssuedOn(today)
                .withConsultationNumber(number).withClinic(clinic);
        return write(doc, lang, size).isPresent() ? 0 : ClearpathCommand.INVALID;
    }

    /** A kept consultation's document, noted in its events as a saved PDF. */
    private int fromRecords(CommandInput input, DataFolder folder, ClinicProfile clinic, Language lang,
                            PaperSize size, LocalDate today) throws Exception {
        if (StoredConsultation.numberPrefix(consultation).isEmpty()) {
            root.err().println("--consultation: \"" + CommandInput.oneLine(consultation) + "\" is not a consultation "
                    + "number or id (expected the number on its documents such as B23A1881, or the full id such as "
                    + "3f2c9a4e-8b1d-4c6f-9a2e-5d7b1c0e4f21)");
            return ClearpathCommand.INVALID;
        }
        String asked = consultation.strip();
        if (!Files.isRegularFile(folder.database())) {
            // Not opened: opening would create an empty database in a folder that may simply be the wrong one.
            root.err().println("--consultation: no consultation " + asked + ": there is no database in "
                    + folder.root());
            return ClearpathCommand.INVALID;
        }
        try (Database db = Records.open(folder)) {
            ConsultationRepository consultations = new ConsultationRepository(db, Clock.systemDefaultZone());
            List<UUID> ids = consultations.idsFor(asked);
            if (ids.size() > 1) {
                root.err().println("--consultation: " + asked + " is the number of " + ids.size()
                        + " consultations; give the full id (" + ids.get(0) + " or " + ids.get(1) + ")");
                return ClearpathCommand.INVALID;
            }
            Optional<StoredConsultation> found = ids.isEmpty() ? Optional.empty() : consultations.find(ids.get(0));
            if (found.isEmpty()) {
                root.err().println("--consultation: no consultation " + asked + " in " + folder.database());
                return ClearpathCommand.INVALID;
            }
            StoredConsultation k = found.get();
            if (k.status() != ConsultationStatus.FINAL || k.plan() == null) {
                // A draft's plan can still change; the client takes home what was agreed.
                root.err().println("--consultation: " + asked + " is a draft; only a final consultation's "
                        + "documents are written");
                return ClearpathCommand.INVALID;
            }
            var catalog = input.catalog();
            if (catalog.isEmpty()) {
                return ClearpathCommand.INVALID;
            }
            DocumentInput doc = DocumentInput.forConsultation(k.intake(), k.plan(), k.overrides(), catalog.get(),
                    clinic, number != null ? number : k.number(), today);
            Optional<Path> saved = write(doc, lang, size);
            if (saved.isEmpty()) {
                return ClearpathCommand.INVALID;
            }
            Path written = saved.get();
            String what = summary ? "clinician summary (" + size.code() + ")"
                    : "handout (" + lang.code() + ", " + size.code() + ")";
            consultations.record(k.id(), ConsultationEvent.Kind.PDF_SAVED, Records.actor(),
                    what + " saved as " + written.getFileName());
            return 0;
        }
    }

    /** Writes the PDF whole or not at all (owner-only); empty, with the line printed, if the target appeared meanwhile. */
    private Optional<Path> write(DocumentInput doc, Language lang, PaperSize size) throws IOException {
        Path target = output.toAbsolutePath();
        int[] pages = {0};
        Files.createDirectories(target.getParent());
        try {
            PrivateFiles.writeAtomically(target, force, out -> pages[0] = summary
                    ? new ClinicianSummaryRenderer().render(doc, size, out)
                    : new HandoutRenderer().render(doc, lang, size, out));
        } catch (FileAlreadyExistsException e) {
            root.err().println(OutputFile.appeared(target));
            return Optional.empty();
        } catch (com.clearpath.document.NothingToPrint e) {
            root.err().println("handout: " + switch (e.reason()) {
                case NO_PROTOCOL -> "this plan was kept before plans carried a combined protocol; there is no agreed "
                        + "plan to print (the clinician summary lists every option: use --summary)";
                case EMPTY_PROTOCOL -> "every step of the plan was declined; there is no agreed plan to print";
            });
            return Optional.empty();
        }
        root.out().println("Wrote " + output + " (" + pages[0] + (pages[0] == 1 ? " page)" : " pages)"));
        return Optional.of(target);
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
