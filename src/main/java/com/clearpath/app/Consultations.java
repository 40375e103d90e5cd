package com.clearpath.app;

import com.clearpath.domain.AuditAction;
import com.clearpath.domain.AuditSubject;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.domain.DraftExtras;
import com.clearpath.domain.KeptDraft;
import com.clearpath.domain.Photo;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.store.DraftExtrasFiles;
import com.clearpath.store.KeptDrafts;
import com.clearpath.store.PhotoFiles;
import com.clearpath.store.SettingsStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One consultation's way through the records: saved as a draft while it is typed (with the answers the intake does
 * not carry), made final, started as a follow-up or a correction, discarded, listed while unfinished, opened again,
 * and kept as a file when the records cannot take it at a quit. Every method blocks; the desktop calls them from
 * background work.
 */
public final class Consultations {
    private static final Logger LOG = Logger.getLogger(Consultations.class.getName());

    /** An unfinished consultation in the records: as listed, and as it will open. */
    public record Unfinished(ConsultationSummary summary, StoredConsultation consultation) {
    }

    private final Clinic clinic;
    private final DraftExtrasFiles extras;
    private final KeptDrafts kept;
    private final SettingsStore settings;
    private final String workstation;
    private final Audit audit;

    /** Keeps its files in the clinic's data folder; {@code workstation} is this computer's name. */
    public Consultations(Clinic clinic, String workstation) {
        this(clinic, workstation, new Audit(clinic));
    }

    /** Noting each consultation opened in {@code audit}. */
    public Consultations(Clinic clinic, String workstation, Audit audit) {
        this(clinic, new DraftExtrasFiles(clinic.folder()), new KeptDrafts(clinic.folder()),
                new SettingsStore(clinic.folder()), workstation, audit);
    }

    public Consultations(Clinic clinic, DraftExtrasFiles extras, KeptDrafts kept, SettingsStore settings,
                         String workstation) {
        this(clinic, extras, kept, settings, workstation, new Audit(clinic));
    }

    public Consultations(Clinic clinic, DraftExtrasFiles extras, KeptDrafts kept, SettingsStore settings,
                         String workstation, Audit audit) {
        this.audit = audit;
        this.clinic = clinic;
        this.extras = extras;
        this.kept = kept;
        this.settings = settings;
        this.workstation = workstation;
    }

    /**
     * Saves a draft as it is on screen, naming the row version it replaces (see
     * {@link com.clearpath.store.ConsultationRepository#saveDraft}), then its extras. The result carries the new
     * version. A draft saved meanwhile elsewhere is refused with {@link RecordsFailure.Kind#CHANGED_ELSEWHERE}.
     */
    public StoredConsultation saveDraft(StoredConsultation draft, DraftExtras answers) throws RecordsFailure {
        StoredConsultation saved = clinic.with(s -> s.consultations().saveDraft(draft, clinic.actor()));
        try {
            extras.write(draft.id(), answers);
        } catch (IOException e) {
            // The intake is saved; only the single questionnaire answers would have to be asked again.
            LOG.log(Level.WARNING, "Could not keep the questionnaire answers of a draft", e);
        }
        return saved;
    }

    /**
     * Saves the draft's latest answers and makes it final (read-only); the client is matched or made now, from the
     * details as they are (see {@link com.clearpath.store.ConsultationRepository#finalise(StoredConsultation, String)}).
     * Its extras are no longer needed then.
     */
    public StoredConsultation finalise(StoredConsultation draft) throws RecordsFailure, IOException {
        StoredConsultation result = clinic.with(s -> s.consultations().finalise(draft, clinic.actor()));
        extras.delete(draft.id());
        return result;
    }

    /** A new draft for the client's next visit, carrying over what {@link com.clearpath.domain.Intake#followUp} says. */
    public StoredConsultation startFollowUp(UUID clientId) throws RecordsFailure {
        return clinic.with(s -> s.consultations().startFollowUp(clientId, clinic.today(), clinic.actor()));
    }

    /**
     * The earlier visit a follow-up is compared with (see
     * {@link com.clearpath.store.ConsultationRepository#followedVisit}); empty for a first consultation.
     */
    public Optional<StoredConsultation> followedVisit(UUID id) throws RecordsFailure {
        return clinic.with(s -> s.consultations().followedVisit(id));
    }

    /** A new draft correcting a final consultation, with its answers, linked to it. */
    public StoredConsultation startCorrection(UUID finalId) throws RecordsFailure {
        return clinic.with(s -> s.consultations().startCorrection(finalId, clinic.actor()));
    }

    /** Deletes an unfinished consultation, its extras and its photos; a final one is never deleted. */
    public void discard(UUID id) throws RecordsFailure, IOException {
        List<Photo> photos = clinic.with(s -> {
            List<Photo> taken = s.photos().forConsultation(id);
            s.consultations().discardDraft(id);
            return taken;
        });
        extras.delete(id);
        if (clinic.with(s -> s.consultations().find(id)).isEmpty()) {
            // The photos' rows went with the draft; their files would otherwise stay in the data folder unlisted.
            PhotoFiles files = new PhotoFiles(clinic.folder());
            for (Photo p : photos) {
                files.remove(p.id(), p.format());
            }
        }
    }

    /** The consultation, its viewing noted in the audit trail. */
    public Optional<StoredConsultation> open(UUID id) throws RecordsFailure {
        Optional<StoredConsultation> found = clinic.with(s -> s.consultations().find(id));
        found.ifPresent(k -> audit.note(AuditAction.CONSULTATION_OPENED, AuditSubject.CONSULTATION, id.toString()));
        return found;
    }

    /** The saved extras of a draft, or empty when there are none or they cannot be read. */
    public Optional<DraftExtras> extras(UUID id) {
        return extras.read(id);
    }

    /** Unfinished consultations in the records, newest first, leaving out {@code skip} (the one on screen); at most {@code limit}. */
    public List<Unfinished> unfinished(UUID skip, int limit) throws RecordsFailure {
        return clinic.with(s -> {
            List<Unfinished> found = new ArrayList<>();
            for (ConsultationSummary d : s.consultations().drafts()) {
                if (d.id().equals(skip)) {
                    continue;
                }
                s.consultations().find(d.id()).ifPresent(k -> found.add(new Unfinished(d, k)));
                if (found.size() >= limit) {
                    break;
                }
            }
            return found;
        });
    }

    /** Drafts kept as files at a quit, newest first; readable while the records are not open. */
    public List<KeptDraft> kept() {
        return kept.list();
    }

    /** Keeps the consultation on screen as a file in the data folder, offered again at the next start. */
    public Path keep(StoredConsultation snapshot, List<Integer> answers) throws IOException {
        return kept.keep(snapshot, answers, clinic.clock().instant());
    }

    /** Removes a kept draft's file (saved in the records again, or discarded). */
    public void forgetKept(UUID id) throws IOException {
        kept.forget(id);
    }

    /**
     * What a kept draft opens as: the same draft when the records still hold the version it was based on (or do not
     * hold it at all); otherwise (saved meanwhile elsewhere, or made final) a draft of its own, so neither set of
     * answers replaces the other.
     */
    public StoredConsultation resumeKept(KeptDraft draft) throws RecordsFailure {
        StoredConsultation k = draft.consultation();
        Optional<StoredConsultation> row = open(k.id());
        boolean same = row.isEmpty() || row.get().status() == ConsultationStatus.DRAFT
                && row.get().version() == k.version();
        StoredConsultation toOpen = same ? k : new StoredConsultation(UUID.randomUUID(), k.clientId(),
                ConsultationStatus.DRAFT, k.intake(), null, k.overrides(), k.correctsId(), null, null, 0, k.step());
        // Not in the records at all: its first save inserts it.
        return row.isEmpty() ? toOpen.at(0, k.step()) : toOpen;
    }

    /** The practitioner last named at this workstation, or empty. */
    public String lastPractitioner() {
        return settings.lastPractitioner(workstation);
    }

    /** Remembers the practitioner for the next consultation at this workstation. */
    public void rememberPractitioner(String name) throws IOException {
        settings.rememberPractitioner(workstation, name);
    }
}
