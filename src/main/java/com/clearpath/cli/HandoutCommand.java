package com.clearpath.cli;

import com.clearpath.app.Audit;
import com.clearpath.app.Clinic;
import com.clearpath.app.ConsultationDocuments;
import com.clearpath.app.ConsultationDocuments.Source;
import com.clearpath.app.DatabaseStatus;
import com.clearpath.document.DocumentKind;
import com.clearpath.document.PaperSize;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.Language;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.store.DataFolder;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
        // Opened only for a kept consultation: an intake file's handout needs the folder's settings, not its records.
        Clinic clinic = new Clinic(folder, Clock.systemDefaultZone(), Records.actor());
        ConsultationDocuments documents = new ConsultationDocuments(clinic, new Audit(clinic));
        ClinicSettings settings = documents.clinicSettings();
        Language lang = language != null ? language : settings.language();
        PaperSize size = paper != null ? paper : documents.clinicPaper();
        if (consultation != null) {
            return fromRecords(input, folder, clinic, documents, lang, size);
        }
        var planned = input.plan(intakeFile, clinic.today());
        if (planned.isEmpty()) {
            return ClearpathCommand.INVALID;
        }
        Source source = documents.unsaved(planned.get().intake(), planned.get().plan(), planned.get().catalog(),
                List.of(), null, number);
        return write(documents, source, lang, size) ? 0 : ClearpathCommand.INVALID;
    }

    /** A kept consultation's document, noted in its events as a saved PDF. */
    private int fromRecords(CommandInput input, DataFolder folder, Clinic clinic, ConsultationDocuments documents,
                            Language lang, PaperSize size) throws Exception {
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
        if (clinic.open().status() instanceof DatabaseStatus.Unavailable closed) {
            throw closed.failure();
        }
        try {
            List<UUID> ids = documents.consultationsNamed(asked);
            if (ids.size() > 1) {
                root.err().println("--consultation: " + asked + " is the number of " + ids.size()
                        + " consultations; give the full id (" + ids.get(0) + " or " + ids.get(1) + ")");
                return ClearpathCommand.INVALID;
            }
            if (ids.isEmpty()) {
                root.err().println("--consultation: no consultation " + asked + " in " + folder.database());
                return ClearpathCommand.INVALID;
            }
            Source source;
            try {
                source = documents.kept(ids.get(0));
            } catch (ConsultationDocuments.Refused e) {
                root.err().println(e.reason() == ConsultationDocuments.Reason.GONE
                        ? "--consultation: no consultation " + asked + " in " + folder.database()
                        // A draft's plan can still change; the client takes home what was agreed.
                        : "--consultation: " + asked + " is a draft; only a final consultation's documents are written");
                return ClearpathCommand.INVALID;
            }
            if (input.catalog().isEmpty()) {
                return ClearpathCommand.INVALID;
            }
            return write(documents, number != null ? source.numbered(number) : source, lang, size) ? 0
                    : ClearpathCommand.INVALID;
        } finally {
            clinic.close();
        }
    }

    /**
     * Renders and writes the PDF whole or not at all (owner-only), noted in a kept consultation's events; false, with
     * the line printed, if there is nothing to print or the target appeared meanwhile.
     */
    private boolean write(ConsultationDocuments documents, Source source, Language lang, PaperSize size)
            throws IOException, RecordsFailure {
        ConsultationDocuments.Rendered doc;
        try {
            doc = documents.render(source, summary ? DocumentKind.CLINICIAN_SUMMARY : DocumentKind.HANDOUT, lang, size);
        } catch (ConsultationDocuments.Refused e) {
            root.err().println("handout: " + (e.reason() == ConsultationDocuments.Reason.NO_PROTOCOL
                    ? "this plan was kept before plans carried a combined protocol; there is no agreed "
                    + "plan to print (the clinician summary lists every option: use --summary)"
                    : "every step of the plan was declined; there is no agreed plan to print"));
            return false;
        }
        Path target = output.toAbsolutePath();
        ConsultationDocuments.Saved saved;
        try {
            saved = documents.save(source, doc, target, force);
        } catch (FileAlreadyExistsException e) {
            root.err().println(OutputFile.appeared(target));
            return false;
        }
        root.out().println("Wrote " + output + " (" + doc.pages() + (doc.pages() == 1 ? " page)" : " pages)"));
        if (saved.notRecorded().isPresent()) {
            // Written, but the consultation's history does not say so: not a success to script around.
            Exception e = saved.notRecorded().get();
            throw new IllegalStateException(FailureWords.notNoted(e), e);
        }
        return true;
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
