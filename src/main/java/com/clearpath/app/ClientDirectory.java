package com.clearpath.app;

import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.Client;
import com.clearpath.domain.ClientMatch;
import com.clearpath.domain.ConsultationEvent;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.domain.Problem;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.StoredClient;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.VisitSchedule;
import com.clearpath.store.ClientChanges;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The clinic's clients as the front desk meets them: find one as you type, read their history and a consultation,
 * spot a duplicate, correct the record (edit, merge, delete) and start the next visit from it. Every method blocks;
 * the desktop calls them from background work.
 */
public final class ClientDirectory {
    /** What a consultation's page says about its documents: printed, saved as PDF, visits exported. */
    private static final Set<ConsultationEvent.Kind> DOCUMENT_EVENTS = EnumSet.of(ConsultationEvent.Kind.PRINTED,
            ConsultationEvent.Kind.PDF_SAVED, ConsultationEvent.Kind.VISITS_EXPORTED);

    /** A client and every consultation of theirs, newest first. */
    public record History(StoredClient client, List<ConsultationSummary> consultations) {
    }

    /**
     * One consultation with what its page shows beside it: its client (none if it has no client record), the
     * consultation it corrects, its document events in the order they happened, and, for a final one with a
     * protocol, its agreed visits as they stand with the sessions done.
     */
    public record Consultation(StoredConsultation consultation, Optional<StoredClient> client,
                               Optional<StoredConsultation> corrects, List<ConsultationEvent> documents,
                               Optional<VisitSchedule> schedule) {
    }

    /** What an edit of a client's details came to. */
    public sealed interface Edit permits Edited, Refused {
    }

    public record Edited(StoredClient client) implements Edit {
    }

    /** Nothing was changed: every problem, with the intake's field paths ({@code client.firstName} …). */
    public record Refused(List<Problem> problems) implements Edit {
    }

    private final Clinic clinic;

    public ClientDirectory(Clinic clinic) {
        this.clinic = clinic;
    }

    /** True when the records hold nothing yet: no client and no consultation (the first-run screen). */
    public boolean isEmpty() throws RecordsFailure {
        return clinic.with(s -> s.clients().count() + s.consultations().count()) == 0;
    }

    /**
     * Clients matching what was typed so far (names without accents, birth date, phone digits, or a handout's
     * consultation number), at most {@code limit}; none for an empty query.
     */
    public List<ClientMatch> search(String query, int limit) throws RecordsFailure {
        return clinic.with(s -> s.clients().search(query, limit));
    }

    /** The latest consultations of any client, newest first. */
    public List<ConsultationSummary> recent(int limit) throws RecordsFailure {
        return clinic.with(s -> s.consultations().recent(limit));
    }

    public Optional<StoredClient> find(UUID clientId) throws RecordsFailure {
        return clinic.with(s -> s.clients().find(clientId));
    }

    /** The client and their consultations, read together; empty when the client is gone (merged or deleted). */
    public Optional<History> history(UUID clientId) throws RecordsFailure {
        return clinic.with(s -> {
            Optional<StoredClient> client = s.clients().find(clientId);
            if (client.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new History(client.get(), s.consultations().forClient(clientId)));
        });
    }

    /** A consultation with its client, what it corrects and its documents, read together; empty when it is gone. */
    public Optional<Consultation> consultation(UUID consultationId) throws RecordsFailure {
        return clinic.with(s -> {
            Optional<StoredConsultation> found = s.consultations().find(consultationId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            StoredConsultation k = found.get();
            Optional<StoredClient> client = k.clientId() == null ? Optional.empty() : s.clients().find(k.clientId());
            Optional<StoredConsultation> corrects = k.correctsId() == null ? Optional.empty()
                    : s.consultations().find(k.correctsId());
            List<ConsultationEvent> documents = s.consultations().events(consultationId).stream()
                    .filter(e -> DOCUMENT_EVENTS.contains(e.kind()))
                    .toList();
            Optional<VisitSchedule> schedule = k.status() != ConsultationStatus.FINAL || k.plan() == null
                    ? Optional.empty()
                    : VisitSchedule.of(AgreedPlan.of(k.plan(), k.overrides()), s.sessions().forConsultation(k.id()));
            return Optional.of(new Consultation(k, client, corrects, documents, schedule));
        });
    }

    /** Clients kept with the same name (ignoring accents and case) and date of birth: probably the same person. */
    public List<StoredClient> duplicatesOf(Client client) throws RecordsFailure {
        return clinic.with(s -> s.clients().duplicatesOf(client));
    }

    /** Corrects a client's details, or says every problem with them and changes nothing. */
    public Edit edit(UUID clientId, Client details) throws RecordsFailure {
        return clinic.with(s -> {
            try {
                return new Edited(changes(s).edit(clientId, details));
            } catch (ClientChanges.Invalid invalid) {
                return new Refused(invalid.problems());
            }
        });
    }

    /** Keeps {@code kept}, moves every consultation of {@code gone} to it and removes {@code gone}. */
    public StoredClient merge(UUID kept, UUID gone) throws RecordsFailure {
        return clinic.with(s -> changes(s).merge(kept, gone));
    }

    /** Deletes a record typed by mistake; the store refuses a client with a final consultation. */
    public void delete(UUID clientId) throws RecordsFailure {
        clinic.with(s -> {
            changes(s).delete(clientId);
            return null;
        });
    }



    private ClientChanges changes(Clinic.Store s) {
        return new ClientChanges(s.clients(), clinic.clock(), clinic.actor());
    }
}
