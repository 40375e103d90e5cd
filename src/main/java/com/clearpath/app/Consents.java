package com.clearpath.app;

import com.clearpath.document.ConsentDocument;
import com.clearpath.document.ConsentRenderer;
import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditSubject;
import com.clearpath.domain.Client;
import com.clearpath.domain.ClinicSettings;
import com.clearpath.domain.ConsentRefusal;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.ConsentVersion;
import com.clearpath.domain.ConsentWithdrawal;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.Language;
import com.clearpath.domain.Problem;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.Signature;
import com.clearpath.domain.SignedConsent;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.CatalogTreatment;
import com.clearpath.engine.ConsentText;
import com.clearpath.engine.ConsentTexts;
import com.clearpath.engine.PhotoConsentText;
import com.clearpath.store.ConsentFiles;
import com.clearpath.store.SettingsStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Informed consent for the treatments of a consultation's agreed plan: the texts to read in the client's language,
 * signing (the document rendered with both signatures, kept owner-only in the data folder with its SHA-256),
 * opening a signed document with its hash checked, withdrawing, and where each consent stands (valid, expired
 * after the clinic's months, withdrawn). Photo consent stays with {@link Photos}. Every method blocks.
 */
public final class Consents {
    private static final Logger LOG = Logger.getLogger(Consents.class.getName());

    /** Nothing was done, for {@link #reason()}; {@link #treatment()} names the treatment it is about, if one. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final ConsentRefusal reason;
        private final Treatment treatment;

        public Refused(ConsentRefusal reason, Optional<Treatment> treatment, Throwable cause) {
            super(reason.name() + treatment.map(t -> " " + t).orElse(""), cause);
            this.reason = reason;
            this.treatment = treatment.orElse(null);
        }

        public Refused(ConsentRefusal reason) {
            this(reason, Optional.empty(), null);
        }

        public ConsentRefusal reason() {
            return reason;
        }

        public Optional<Treatment> treatment() {
            return Optional.ofNullable(treatment);
        }
    }

    /**
     * What the client reads before signing: each treatment's text (in the treatments' order) and the treatments
     * that have none, the photo consent's words, and the texts file's version; {@code names} are the treatments as
     * the clinic's catalog names them in {@code language}.
     */
    public record Texts(Language language, List<ConsentText> texts, List<Treatment> withoutText,
                        Map<Treatment, String> names, PhotoConsentText photo, String version) {
        public Texts {
            texts = List.copyOf(texts);
            withoutText = List.copyOf(withoutText);
            names = Map.copyOf(names);
        }
    }

    /** Whether a signed document is as it was signed. */
    public enum FileState {
        /** The file's SHA-256 is the one recorded at signing. */
        INTACT,
        /** The file is there but its bytes are not those signed. */
        CHANGED,
        /** The file is gone from the data folder, or cannot be read. */
        MISSING
    }

    /** A signed consent opened: where it stands, whether its file is intact, and the PDF only when it is. */
    public record Opened(ConsentStanding standing, FileState file, Optional<byte[]> pdf) {
    }

    private final Clinic clinic;
    private final ConsentFiles files;
    private final Supplier<ConsentTexts> builtIn;
    private final Audit audit;
    private volatile ConsentRenderer renderer;
    private volatile ConsentTexts.Loaded loaded;

    /** With the consent texts shipped with the app. */
    public Consents(Clinic clinic) {
        this(clinic, ConsentTexts::builtIn);
    }

    /** With {@code builtIn} as the texts the clinic's override applies to; read the first time texts are needed. */
    public Consents(Clinic clinic, Supplier<ConsentTexts> builtIn) {
        this(clinic, builtIn, new Audit(clinic));
    }

    /** Noting consents signed, opened and withdrawn in {@code audit}. */
    public Consents(Clinic clinic, Supplier<ConsentTexts> builtIn, Audit audit) {
        this.audit = audit;
        this.clinic = clinic;
        this.files = new ConsentFiles(clinic.folder());
        this.builtIn = builtIn;
    }

    /** Made the first time a consent is signed: checking a session's consent needs no fonts. */
    private ConsentRenderer renderer() {
        ConsentRenderer r = renderer;
        if (r == null) {
            r = new ConsentRenderer();
            renderer = r;
        }
        return r;
    }

    // ---------------------------------------------------------------- texts

    /** The texts in use: the built-in ones with the clinic's override, and what of the override was left out. */
    public ConsentTexts.Loaded texts() {
        ConsentTexts.Loaded l = loaded;
        if (l == null) {
            ConsentTexts base = builtIn.get();
            try {
                l = ConsentTexts.forClinic(base, clinic.folder().consentOverride());
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The clinic's consent texts could not be read; the built-in texts are used", e);
                l = new ConsentTexts.Loaded(base, List.of());
            }
            if (!l.problems().isEmpty()) {
                LOG.warning("The clinic's consent texts have problems; the built-in text is kept for those: "
                        + l.problems());
            }
            loaded = l;
        }
        return l;
    }

    /** Problems of the clinic's {@code consent-override.json}, each naming its field; empty when it applied whole. */
    public List<Problem> overrideProblems() {
        return texts().problems();
    }

    /** The texts of the treatments of a final consultation's agreed plan. */
    public Texts textsFor(UUID consultationId, Language language) throws Refused, RecordsFailure {
        return textsFor(agreedTreatments(finalConsultation(consultationId)), language);
    }

    /** The texts of {@code treatments}, in the treatments' order. */
    public Texts textsFor(List<Treatment> treatments, Language language) {
        ConsentTexts all = texts().texts();
        List<ConsentText> found = new ArrayList<>();
        List<Treatment> missing = new ArrayList<>();
        Map<Treatment, String> names = new EnumMap<>(Treatment.class);
        Set<Treatment> ordered = EnumSet.noneOf(Treatment.class);
        ordered.addAll(treatments);
        for (Treatment t : ordered) {
            all.get(t).ifPresentOrElse(found::add, () -> missing.add(t));
            names.put(t, name(t, language));
        }
        return new Texts(language, found, missing, names, all.photo(), all.version());
    }

    /** The treatments of a final consultation's agreed plan, the ones a consent can cover. */
    public List<Treatment> agreedTreatments(UUID consultationId) throws Refused, RecordsFailure {
        return agreedTreatments(finalConsultation(consultationId));
    }

    // ---------------------------------------------------------------- signing

    /**
     * Signs the consent of the client of a final consultation to {@code treatments} of its agreed plan, in
     * {@code language}: refused for an empty pad or a dot, a blank practitioner name, a consultation not final, a
     * treatment outside the plan or without a text. The document is written whole, owner-only, never replaced, and
     * its SHA-256 kept with the record; signing is an event of the consultation's history. A document that cannot
     * be written to the data folder is refused as {@link ConsentRefusal#FILE_NOT_WRITTEN}, nothing kept.
     */
    public ConsentStanding sign(UUID consultationId, List<Treatment> treatments, Language language,
                                Signature clientSignature, String practitionerName,
                                Optional<Signature> practitionerSignature) throws Refused, RecordsFailure {
        StoredConsultation k = finalConsultation(consultationId);
        if (k.clientId() == null) {
            throw new Refused(ConsentRefusal.CLIENT_NOT_RECORDED);
        }
        if (treatments == null || treatments.isEmpty()) {
            throw new Refused(ConsentRefusal.NO_TREATMENTS);
        }
        Set<Treatment> agreed = EnumSet.noneOf(Treatment.class);
        agreed.addAll(agreedTreatments(k));
        for (Treatment t : treatments) {
            if (!agreed.contains(t)) {
                throw new Refused(ConsentRefusal.NOT_IN_PLAN, Optional.of(t), null);
            }
        }
        if (clientSignature == null || !clientSignature.isSigned()) {
            throw new Refused(ConsentRefusal.CLIENT_NOT_SIGNED);
        }
        if (practitionerName == null || practitionerName.isBlank()) {
            throw new Refused(ConsentRefusal.PRACTITIONER_NAME_REQUIRED);
        }
        Optional<Signature> byPractitioner = practitionerSignature == null ? Optional.empty() : practitionerSignature;
        if (byPractitioner.isPresent() && !byPractitioner.get().isSigned()) {
            throw new Refused(ConsentRefusal.PRACTITIONER_NOT_SIGNED);
        }
        Texts texts = textsFor(treatments, language);
        if (!texts.withoutText().isEmpty()) {
            throw new Refused(ConsentRefusal.NO_TEXT, Optional.of(texts.withoutText().get(0)), null);
        }
        UUID id = UUID.randomUUID();
        // Whole seconds: the time printed and the time recorded are the same.
        Instant now = clinic.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        Client client = k.intake().client();
        String clientName = (client.firstName().strip() + " " + client.lastName().strip()).strip();
        ClinicSettings settings = new SettingsStore(clinic.folder()).load();
        List<ConsentDocument.Part> parts = texts.texts().stream()
                .map(t -> new ConsentDocument.Part(texts.names().get(t.treatment()), t)).toList();
        ConsentDocument document = new ConsentDocument(ConsultationDocuments.profile(settings), clientName,
                client.dateOfBirth(), k.number(), number(id), language, parts, texts.version(),
                now.atZone(clinic.clock().getZone()), clientSignature, practitionerName.strip(), byPractitioner);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer().render(document, ConsultationDocuments.paper(settings.paper()), out);
        } catch (IOException e) {
            // Drawn in memory from the app's own fonts: failing here is a fault of the app, not of the folder.
            throw new UncheckedIOException(e);
        }
        byte[] pdf = out.toByteArray();
        Map<Treatment, ConsentVersion> versions = new EnumMap<>(Treatment.class);
        texts.texts().forEach(t -> versions.put(t.treatment(), t.version()));
        SignedConsent consent = new SignedConsent(id, k.id(), k.clientId(), versions, language, now, clientName,
                practitionerName.strip(), byPractitioner.isPresent(), SignedConsent.fileFor(id), sha256(pdf),
                pdf.length, clinic.actor());
        try {
            files.keep(id, pdf);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A signed consent's document could not be written to the data folder", e);
            throw new Refused(ConsentRefusal.FILE_NOT_WRITTEN, Optional.empty(), e);
        }
        try {
            clinic.with(s -> {
                s.consents().add(consent);
                return null;
            });
        } catch (RecordsFailure | RuntimeException e) {
            try {
                files.remove(id);
            } catch (IOException left) {
                e.addSuppressed(left);
            }
            throw e;
        }
        LOG.info("Consent signed for " + consent.treatments() + " (" + pdf.length + " bytes)");
        audit.note(AuditAction.CONSENT_SIGNED, AuditSubject.CONSENT, id.toString(),
                treatments.stream().map(Treatment::name).toArray(String[]::new));
        return standing(consent, Optional.empty());
    }

    // ---------------------------------------------------------------- opening, withdrawing, listing

    /** The signed document, its SHA-256 checked: a changed or missing file is said plainly, never shown as signed. */
    public Opened open(UUID consentId) throws Refused, RecordsFailure {
        ConsentStanding standing = standing(find(consentId));
        audit.note(AuditAction.CONSENT_OPENED, AuditSubject.CONSENT, consentId.toString());
        Path file = clinic.folder().root().resolve(standing.consent().file());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Opened(standing, FileState.MISSING, Optional.empty());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A signed consent's file could not be read: " + consentId, e);
            return new Opened(standing, FileState.MISSING, Optional.empty());
        }
        if (!sha256(bytes).equals(standing.consent().sha256())) {
            LOG.warning("A signed consent's file is not the one signed: " + consentId);
            return new Opened(standing, FileState.CHANGED, Optional.empty());
        }
        return new Opened(standing, FileState.INTACT, Optional.of(bytes));
    }

    /** Records that the client took the consent back, and why; the signed record and document stay as they were. */
    public ConsentStanding withdraw(UUID consentId, String reason) throws Refused, RecordsFailure {
        if (reason == null || reason.isBlank()) {
            throw new Refused(ConsentRefusal.REASON_REQUIRED);
        }
        SignedConsent c = find(consentId);
        if (!clinic.with(s -> s.consents().withdraw(c, reason.strip(), clinic.actor()))) {
            throw new Refused(ConsentRefusal.ALREADY_WITHDRAWN);
        }
        // The reason is the client's own words: the trail keeps that it happened, not why.
        audit.note(AuditAction.CONSENT_WITHDRAWN, AuditSubject.CONSENT, consentId.toString());
        return standing(c);
    }

    /** The consents signed in a consultation, oldest first, each with where it stands today. */
    public List<ConsentStanding> forConsultation(UUID consultationId) throws RecordsFailure {
        return standings(clinic.with(s -> s.consents().forConsultation(consultationId)));
    }

    /** Every consent the client signed, oldest first, each with where it stands today. */
    public List<ConsentStanding> forClient(UUID clientId) throws RecordsFailure {
        return standings(clinic.with(s -> s.consents().forClient(clientId)));
    }

    /**
     * The consent that lets {@code treatment} be performed for the client today: the valid one due last; else the
     * latest that covered it (expired or withdrawn), to say so; empty when none ever did.
     */
    public Optional<ConsentStanding> coverFor(UUID clientId, Treatment treatment) throws RecordsFailure {
        List<ConsentStanding> covering = forClient(clientId).stream().filter(s -> s.consent().covers(treatment))
                .toList();
        Optional<ConsentStanding> valid = covering.stream().filter(ConsentStanding::valid)
                .max(Comparator.comparing(ConsentStanding::dueOn));
        return valid.isPresent() ? valid : covering.stream().reduce((a, b) -> b);
    }

    // ---------------------------------------------------------------- helpers

    private List<ConsentStanding> standings(List<SignedConsent> consents) throws RecordsFailure {
        int months = validMonths();
        List<ConsentStanding> out = new ArrayList<>();
        for (SignedConsent c : consents) {
            out.add(standing(c, clinic.with(s -> s.consents().withdrawal(c.id())), months));
        }
        return out;
    }

    private ConsentStanding standing(SignedConsent c) throws RecordsFailure {
        return standing(c, clinic.with(s -> s.consents().withdrawal(c.id())));
    }

    private ConsentStanding standing(SignedConsent c, Optional<ConsentWithdrawal> withdrawal) {
        return standing(c, withdrawal, validMonths());
    }

    private ConsentStanding standing(SignedConsent c, Optional<ConsentWithdrawal> withdrawal, int months) {
        return ConsentStanding.of(c, withdrawal, months, clinic.today(), clinic.clock().getZone());
    }

    /** Read each time: a change in Settings applies to the next check without a restart. */
    private int validMonths() {
        return new SettingsStore(clinic.folder()).load().consentValidMonths();
    }

    private SignedConsent find(UUID id) throws Refused, RecordsFailure {
        return clinic.with(s -> s.consents().find(id)).orElseThrow(() -> new Refused(ConsentRefusal.CONSENT_NOT_FOUND));
    }

    private StoredConsultation finalConsultation(UUID id) throws Refused, RecordsFailure {
        StoredConsultation k = clinic.with(s -> s.consultations().find(id))
                .orElseThrow(() -> new Refused(ConsentRefusal.CONSULTATION_NOT_FOUND));
        if (k.status() != ConsultationStatus.FINAL || k.plan() == null) {
            throw new Refused(ConsentRefusal.CONSULTATION_NOT_FINAL);
        }
        return k;
    }

    /** The agreed protocol's treatments; for a plan kept before protocols, its agreed options. */
    private static List<Treatment> agreedTreatments(StoredConsultation k) {
        AgreedPlan agreed = AgreedPlan.of(k.plan(), k.overrides());
        Set<Treatment> out = new LinkedHashSet<>();
        if (agreed.protocol() != null) {
            agreed.protocol().steps().stream().map(ProtocolStep::treatment).forEach(out::add);
        } else {
            agreed.recommendations().stream().map(Recommendation::treatment).forEach(out::add);
        }
        return List.copyOf(out);
    }

    private String name(Treatment t, Language language) {
        CatalogTreatment c = clinic.catalog().get(t);
        return c == null ? t.name() : c.name().in(language);
    }

    /** The number printed on the document: the start of its id, as for consultations. */
    private static String number(UUID id) {
        return id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
