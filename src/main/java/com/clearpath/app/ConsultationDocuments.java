package com.clearpath.app;

import com.clearpath.document.ClinicProfile;
import com.clearpath.document.ClinicianSummaryRenderer;
import com.clearpath.document.DocumentInput;
import com.clearpath.document.DocumentKind;
import com.clearpath.document.HandoutRenderer;
import com.clearpath.document.NothingToPrint;
import com.clearpath.document.PaperSize;
import com.clearpath.document.VisitCalendar;
import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditSubject;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Intake;
import com.clearpath.domain.IntakeChanges;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.SignedConsent;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.VisitSchedule;
import com.clearpath.engine.ConsentTexts;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.store.AtomicFile;
import com.clearpath.store.DataFolder;
import com.clearpath.store.SettingsStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A consultation's documents, made one way for the desktop and the command line: the document input (the plan as
 * agreed, the clinic's letterhead from its settings), the handout or clinician summary rendered for a language and
 * paper, written whole and owner-only, printed, and each noted in the consultation's events. The visits file is made
 * here too. Every method blocks except the small getters; no JavaFX.
 */
public final class ConsultationDocuments {
    private static final Logger LOG = Logger.getLogger(ConsultationDocuments.class.getName());

    /** Why a document was not made; the screens and the command line make the words. */
    public enum Reason {
        /** The consultation is no longer in the records. */
        GONE,
        /** It has no plan yet. */
        NO_PLAN,
        /** It is still a draft: its plan can still change. */
        NOT_FINAL,
        /** The plan was kept before plans carried a combined protocol: no agreed plan to hand out. */
        NO_PROTOCOL,
        /** Every step was declined. */
        EMPTY_PROTOCOL,
        /** The agreed plan has no clinic visits to book. */
        NO_VISITS
    }

    /** Nothing was made, for {@link #reason()}. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        public Refused(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** What a document is made from, and the kept consultation it belongs to (empty for one not saved). */
    public record Source(Optional<UUID> consultationId, DocumentInput input) {
        public Source {
            Objects.requireNonNull(consultationId, "consultationId");
            Objects.requireNonNull(input, "input");
        }

        /** The same document with another number printed on it. */
        public Source numbered(String number) {
            return new Source(consultationId, input.withConsultationNumber(number));
        }

        /** The same document of a follow-up, with what changed since the visit it follows (null: a first one). */
        public Source withChanges(IntakeChanges changes) {
            return new Source(consultationId, input.withChanges(changes));
        }
    }

    /** A rendered document: the PDF and what it was made as. */
    public record Rendered(DocumentKind kind, Language language, PaperSize paper, byte[] pdf, int pages) {
        /** "handout (es, a4)", for the event trail. */
        public String describe() {
            return kind.recordName() + " (" + (kind.translated() ? language.code() + ", " : "") + paper.code() + ")";
        }
    }

    /** A print that was sent; {@code notRecorded} says why the consultation's events could not note it. */
    public record Printed(String printer, int copies, Optional<Exception> notRecorded) {
    }

    /** A saved PDF; {@code notRecorded} as for {@link Printed}. */
    public record Saved(Path file, Optional<Exception> notRecorded) {
    }

    /** A visits file written with {@code visits} events; {@code notRecorded} as for {@link Printed}. */
    public record VisitsWritten(Path file, int visits, Optional<Exception> notRecorded) {
    }

    /** Printing was asked for with no printer chosen and none set up as the default. */
    public static final class NoPrinter extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean noPrintSystem;

        NoPrinter(boolean noPrintSystem) {
            super(noPrintSystem ? "No printer is set up on this computer." : "No printer is set up as the default on this computer.");
            this.noPrintSystem = noPrintSystem;
        }

        /** Not a single printer is known: no print system, or one with no printers. */
        public boolean noPrintSystem() {
            return noPrintSystem;
        }
    }

    private final Clinic clinic;
    private final SettingsStore settingsStore;
    private final Printers printers;
    private final Consents consents;
    private final Audit audit;
    private volatile ClinicSettings settings;

    /** With {@code consents} the app's one: the consents a handout lists are the ones signed through it. */
    public ConsultationDocuments(Clinic clinic, SettingsStore settingsStore, Printers printers, Consents consents) {
        this(clinic, settingsStore, printers, consents, new Audit(clinic));
    }

    /** Noting prints, saved PDFs and settings changes in {@code audit}. */
    public ConsultationDocuments(Clinic clinic, SettingsStore settingsStore, Printers printers, Consents consents,
                                 Audit audit) {
        this.audit = audit;
        this.clinic = clinic;
        this.settingsStore = settingsStore;
        this.printers = printers;
        this.consents = consents;
    }

    public ConsultationDocuments(Clinic clinic, SettingsStore settingsStore, Printers printers) {
        this(clinic, settingsStore, printers, new Consents(clinic));
    }

    /** Over the clinic's own data folder's settings, printing on the system's printers. */
    public ConsultationDocuments(Clinic clinic) {
        this(clinic, new SettingsStore(clinic.folder()), Printers.system());
    }

    /** {@link #ConsultationDocuments(Clinic)}, noting in {@code audit}. */
    public ConsultationDocuments(Clinic clinic, Audit audit) {
        this(clinic, new SettingsStore(clinic.folder()), Printers.system(),
                new Consents(clinic, ConsentTexts::builtIn, audit), audit);
    }

    public Printers printers() {
        return printers;
    }

    // ---------------------------------------------------------------- the clinic's settings

    /** The clinic's settings, read from the data folder the first time. */
    public ClinicSettings clinicSettings() {
        ClinicSettings s = settings;
        if (s == null) {
            s = settingsStore.load();
            settings = s;
        }
        return s;
    }

    /** Keeps {@code changed}; documents made from now on use it. */
    public ClinicSettings saveClinicSettings(ClinicSettings changed) throws IOException {
        settingsStore.save(changed);
        settings = changed;
        audit.note(AuditAction.SETTING_CHANGED, AuditSubject.SETTING, "CLINIC_SETTINGS");
        return changed;
    }

    /** The paper the clinic prints on, from its settings. */
    public PaperSize clinicPaper() {
        return paper(clinicSettings().paper());
    }

    /** The clinic as its documents show it. */
    public static ClinicProfile profile(ClinicSettings s) {
        return new ClinicProfile(s.name(), s.address(), s.phone(), s.logoPng());
    }

    public static PaperSize paper(ClinicSettings.Paper paper) {
        return paper == ClinicSettings.Paper.A4 ? PaperSize.A4 : PaperSize.LETTER;
    }

    // ---------------------------------------------------------------- what documents are made from

    /** The ids of the kept consultations {@code asked} names: a full id, or the number printed on their documents. */
    public List<UUID> consultationsNamed(String asked) throws RecordsFailure {
        return clinic.with(s -> s.consultations().idsFor(asked));
    }

    /** A kept final consultation, as it was planned and agreed. */
    public Source kept(UUID consultationId) throws RecordsFailure, Refused {
        StoredConsultation k = clinic.with(s -> s.consultations().find(consultationId))
                .orElseThrow(() -> new Refused(Reason.GONE));
        if (k.plan() == null) {
            throw new Refused(Reason.NO_PLAN);
        }
        if (k.status() != ConsultationStatus.FINAL) {
            // A draft's plan can still change; the client takes home what was agreed.
            throw new Refused(Reason.NOT_FINAL);
        }
        Optional<StoredConsultation> earlier = clinic.with(s -> s.consultations().followedVisit(k.id()));
        DocumentInput input = DocumentInput.forConsultation(k.intake(), k.plan(), k.overrides(), clinic.catalog(),
                profile(clinicSettings()), k.number(), clinic.today())
                .withConsents(consents.forConsultation(k.id()));
        return new Source(Optional.of(k.id()), earlier.map(e -> input.withChanges(IntakeChanges.since(e, k.intake(),
                AgreedPlan.of(k.plan(), k.overrides())))).orElse(input));
    }

    /**
     * A consultation not kept (or not yet final): an intake planned on screen or from a file, issued today. Nothing
     * is noted in the records for it.
     */
    public Source unsaved(Intake intake, Plan plan, TreatmentCatalog catalog, List<PlanOverride> overrides,
                          Integer fitzpatrickScore, String number) {
        DocumentInput input = DocumentInput.of(intake, plan, catalog)
                .withIssuedOn(clinic.today())
                .withConsultationNumber(number)
                .withOverrides(overrides)
                .withFitzpatrickScore(fitzpatrickScore);
        return new Source(Optional.empty(), input);
    }

    // ---------------------------------------------------------------- making documents

    /**
     * The PDF of {@code kind}, with the clinic's current letterhead: the one way every screen and command renders a
     * document. The clinician summary is in English whatever {@code language} asks.
     */
    public Rendered render(Source source, DocumentKind kind, Language language, PaperSize paper)
            throws IOException, Refused {
        DocumentInput input = source.input().withClinic(profile(clinicSettings()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        int pages;
        try {
            pages = kind == DocumentKind.HANDOUT ? new HandoutRenderer().render(input, language, paper, out)
                    : new ClinicianSummaryRenderer().render(input, paper, out);
        } catch (NothingToPrint e) {
            throw new Refused(e.reason() == NothingToPrint.Reason.NO_PROTOCOL ? Reason.NO_PROTOCOL
                    : Reason.EMPTY_PROTOCOL);
        }
        return new Rendered(kind, kind.translated() ? language : Language.EN, paper, out.toByteArray(), pages);
    }

    /**
     * Writes the PDF to {@code target} through an owner-only temporary file beside it, then notes it in the
     * consultation's events. The data folder's own files are refused; without {@code replace} an existing file is
     * left alone ({@link java.nio.file.FileAlreadyExistsException}).
     */
    public Saved save(Source source, Rendered doc, Path target, boolean replace) throws IOException, RecordsFailure {
        Path absolute = target.toAbsolutePath();
        // The file chooser asked before replacing a file; the records' own files are never replaced.
        DataFolder.refuseProtected(absolute, clinic.folder());
        Files.createDirectories(absolute.getParent());
        AtomicFile.write(absolute, replace, out -> out.write(doc.pdf()));
        // The file's name may say whose document it is: the log gets what was saved, not where.
        LOG.info(() -> "Saved a " + doc.describe() + " as PDF");
        audit.note(AuditAction.CONSULTATION_PDF_SAVED, AuditSubject.CONSULTATION, subject(source), doc.kind().name(),
                doc.language().name());
        return new Saved(absolute, note(source.consultationId(), ConsultationEvent.Kind.PDF_SAVED,
                doc.describe() + " saved as " + absolute.getFileName()));
    }

    /**
     * Prints the document and notes it in the consultation's events. A print that went out but could not be noted
     * still counts as printed; {@link Printed#notRecorded()} says so.
     */
    public Printed print(Source source, Rendered doc, Optional<String> printer, int copies) throws Exception {
        // Named before printing, so the record says where it went even when that was "the default".
        Optional<String> chosen = printer.or(printers::defaultPrinter);
        if (chosen.isEmpty()) {
            throw new NoPrinter(printers.names().isEmpty());
        }
        String name = chosen.get();
        printers.print(doc.pdf(), Optional.of(name), copies);
        LOG.info(() -> "Printed a " + doc.describe() + ", " + doc.pages() + " page(s) x " + copies);
        audit.note(AuditAction.CONSULTATION_PRINTED, AuditSubject.CONSULTATION, subject(source), doc.kind().name(),
                doc.language().name(), Integer.toString(copies));
        Optional<Exception> notRecorded = note(source.consultationId(), ConsultationEvent.Kind.PRINTED,
                doc.describe() + " on " + name + ", " + copies + (copies == 1 ? " copy" : " copies"));
        return new Printed(name, copies, notRecorded);
    }

    /**
     * Writes a signed consent's document, as opened intact, to {@code target} as a handout is saved, and notes it in
     * its consultation's events; the data folder's own files are refused.
     */
    public Saved saveConsent(SignedConsent consent, byte[] pdf, Path target, boolean replace)
            throws IOException, RecordsFailure {
        Path absolute = target.toAbsolutePath();
        DataFolder.refuseProtected(absolute, clinic.folder());
        Files.createDirectories(absolute.getParent());
        AtomicFile.write(absolute, replace, out -> out.write(pdf));
        LOG.info(() -> "Saved a signed consent as PDF");
        audit.note(AuditAction.CONSULTATION_PDF_SAVED, AuditSubject.CONSENT, consent.id().toString());
        return new Saved(absolute, note(Optional.of(consent.consultationId()), ConsultationEvent.Kind.PDF_SAVED,
                "signed consent " + consent.id() + " saved as " + absolute.getFileName()));
    }

    /** Prints a signed consent's document, as opened intact, and notes it in its consultation's events. */
    public Printed printConsent(SignedConsent consent, byte[] pdf, Optional<String> printer, int copies)
            throws Exception {
        Optional<String> chosen = printer.or(printers::defaultPrinter);
        if (chosen.isEmpty()) {
            throw new NoPrinter(printers.names().isEmpty());
        }
        String name = chosen.get();
        printers.print(pdf, Optional.of(name), copies);
        LOG.info(() -> "Printed a signed consent x " + copies);
        audit.note(AuditAction.CONSULTATION_PRINTED, AuditSubject.CONSENT, consent.id().toString(),
                Integer.toString(copies));
        return new Printed(name, copies, note(Optional.of(consent.consultationId()), ConsultationEvent.Kind.PRINTED,
                "signed consent " + consent.id() + " on " + name + ", " + copies + (copies == 1 ? " copy" : " copies")));
    }

    /**
     * Writes a kept final consultation's agreed visits to {@code target} as an iCalendar file, owner-only and whole,
     * and notes it in the consultation's events.
     */
    public VisitsWritten writeVisits(UUID consultationId, Path target) throws Refused, RecordsFailure, IOException {
        StoredConsultation k = clinic.with(s -> s.consultations().find(consultationId))
                .orElseThrow(() -> new Refused(Reason.GONE));
        if (k.status() != ConsultationStatus.FINAL) {
            // A draft's plan can still change; the desk books what was agreed.
            throw new Refused(Reason.NOT_FINAL);
        }
        // The desk books the agreed visits as they stand: those done on their days, the rest moved after them.
        Protocol protocol = k.plan() == null ? null : clinic.with(s -> VisitSchedule.of(
                AgreedPlan.of(k.plan(), k.overrides()), s.sessions().forConsultation(k.id()))
                .map(VisitSchedule::standing).orElse(null));
        if (protocol == null || protocol.visits().isEmpty()) {
            throw new Refused(Reason.NO_VISITS);
        }
        Path absolute = target.toAbsolutePath();
        int visits = writeVisits(k.intake(), protocol, clinic.catalog(), absolute);
        return new VisitsWritten(absolute, visits, note(Optional.of(k.id()), ConsultationEvent.Kind.VISITS_EXPORTED,
                visits + (visits == 1 ? " visit" : " visits") + " saved as " + absolute.getFileName()));
    }

    /**
     * Writes a protocol's visits (of a plan kept or not) to {@code target} as an iCalendar file, owner-only and whole,
     * replacing what was there; the data folder's own files are refused. Nothing is noted. Returns the visits written.
     */
    public int writeVisits(Intake intake, Protocol protocol, TreatmentCatalog catalog, Path target)
            throws IOException, RecordsFailure {
        Path absolute = target.toAbsolutePath();
        // The file chooser (or --force) asked before replacing a file; the records' own files are never replaced.
        DataFolder.refuseProtected(absolute, clinic.folder());
        String calendar = VisitCalendar.write(intake, protocol, catalog, clinic.clock().instant());
        AtomicFile.write(absolute, calendar.getBytes(StandardCharsets.UTF_8));
        int visits = protocol.visits().size();
        LOG.info(() -> "Wrote " + visits + " visits as an iCalendar file");
        return visits;
    }

    /** The consultation a document is of; empty for one printed before it was kept. */
    private static String subject(Source source) {
        return source.consultationId().map(UUID::toString).orElse("");
    }

    private Optional<Exception> note(Optional<UUID> consultation, ConsultationEvent.Kind kind, String detail) {
        if (consultation.isEmpty()) {
            return Optional.empty();
        }
        UUID id = consultation.get();
        try {
            clinic.with(s -> {
                s.consultations().record(id, kind, clinic.actor(), detail);
                return null;
            });
            return Optional.empty();
        } catch (RecordsFailure | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not note " + kind.name().toLowerCase(Locale.ROOT) + " in the events", e);
            return Optional.of(e);
        }
    }
}
