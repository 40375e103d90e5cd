package com.clearpath.app;

import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.SessionRefusal;
import com.clearpath.domain.StepProgress;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.VisitSchedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The treatment sessions performed against a final consultation's agreed plan: recorded (then read-only),
 * corrected by a new linked entry, listed, counted per step ("session 2 of 3"), and the plan's calendar as it stands
 * with them; only under the client's valid consent to the treatment ({@link Consents}). Every method blocks.
 */
public final class Sessions {

    /**
     * Nothing was recorded, for {@link #reason()}; a refusal for want of consent names the {@link #treatment()} and,
     * when the consent expired, the day it did ({@link #expiredOn()}).
     */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final SessionRefusal reason;
        private final Treatment treatment;
        private final LocalDate expiredOn;

        public Refused(SessionRefusal reason) {
            this(reason, Optional.empty(), Optional.empty());
        }

        public Refused(SessionRefusal reason, Optional<Treatment> treatment, Optional<LocalDate> expiredOn) {
            super(reason.name() + treatment.map(t -> " " + t).orElse("") + expiredOn.map(d -> " " + d).orElse(""));
            this.reason = reason;
            this.treatment = treatment.orElse(null);
            this.expiredOn = expiredOn.orElse(null);
        }

        public SessionRefusal reason() {
            return reason;
        }

        public Optional<Treatment> treatment() {
            return Optional.ofNullable(treatment);
        }

        public Optional<LocalDate> expiredOn() {
            return Optional.ofNullable(expiredOn);
        }
    }

    private final Clinic clinic;
    private final Consents consents;

    public Sessions(Clinic clinic) {
        this(clinic, new Consents(clinic));
    }

    /** Checking each session against {@code consents}, the app's one, so a consent just signed covers it. */
    public Sessions(Clinic clinic, Consents consents) {
        this.clinic = clinic;
        this.consents = consents;
    }

    /** Records a session performed for the consultation's plan; the consultation must be final. */
    public RecordedSession record(UUID consultationId, TreatmentSession session) throws Refused, RecordsFailure {
        StoredConsultation k = finalConsultation(consultationId);
        check(session);
        consented(k, session.treatment());
        return clinic.with(s -> s.sessions().record(consultationId, session, Optional.empty(), clinic.actor()));
    }

    /**
     * Corrects a recorded session with a new entry linked to it (the entry itself is never changed); only the
     * latest entry of a chain can be corrected.
     */
    public RecordedSession correct(UUID sessionId, TreatmentSession corrected) throws Refused, RecordsFailure {
        RecordedSession original = clinic.with(s -> s.sessions().find(sessionId))
                .orElseThrow(() -> new Refused(SessionRefusal.SESSION_NOT_FOUND));
        if (clinic.with(s -> s.sessions().correctionOf(sessionId)).isPresent()) {
            throw new Refused(SessionRefusal.ALREADY_CORRECTED);
        }
        check(corrected);
        StoredConsultation k = clinic.with(s -> s.consultations().find(original.consultationId()))
                .orElseThrow(() -> new Refused(SessionRefusal.CONSULTATION_NOT_FOUND));
        consented(k, corrected.treatment());
        return clinic.with(s -> s.sessions().record(original.consultationId(), corrected, Optional.of(sessionId),
                clinic.actor()));
    }

    /** Every entry, corrected ones included (each correction names what it corrects), in the order performed. */
    public List<RecordedSession> list(UUID consultationId) throws RecordsFailure {
        return clinic.with(s -> s.sessions().forConsultation(consultationId));
    }

    /** The entries that count: corrected ones replaced by their corrections. */
    public List<RecordedSession> current(UUID consultationId) throws RecordsFailure {
        return StepProgress.current(list(consultationId));
    }

    /** Sessions done per in-clinic step of the agreed plan, against those planned. */
    public StepProgress.Progress progress(UUID consultationId) throws Refused, RecordsFailure {
        StoredConsultation k = finalConsultation(consultationId);
        return StepProgress.of(AgreedPlan.of(k.plan(), k.overrides()), list(consultationId));
    }

    /**
     * The agreed plan's visits as they stand with the sessions done (the next one moved to the day booked, if any);
     * empty when the plan has no protocol.
     */
    public Optional<VisitSchedule> schedule(UUID consultationId) throws Refused, RecordsFailure {
        StoredConsultation k = finalConsultation(consultationId);
        return VisitSchedule.of(AgreedPlan.of(k.plan(), k.overrides()), list(consultationId));
    }

    private StoredConsultation finalConsultation(UUID id) throws Refused, RecordsFailure {
        StoredConsultation k = clinic.with(s -> s.consultations().find(id))
                .orElseThrow(() -> new Refused(SessionRefusal.CONSULTATION_NOT_FOUND));
        if (k.status() != ConsultationStatus.FINAL || k.plan() == null) {
            throw new Refused(SessionRefusal.CONSULTATION_NOT_FINAL);
        }
        return k;
    }

    /** A treatment is performed only under the client's valid consent covering it (signed, not withdrawn or expired). */
    private void consented(StoredConsultation k, Treatment treatment) throws Refused, RecordsFailure {
        Optional<ConsentStanding> cover = k.clientId() == null ? Optional.empty()
                : consents.coverFor(k.clientId(), treatment);
        if (cover.isEmpty()) {
            throw new Refused(SessionRefusal.NO_CONSENT, Optional.of(treatment), Optional.empty());
        }
        switch (cover.get().state()) {
            case VALID -> intact(cover.get(), treatment);
            case EXPIRED -> throw new Refused(SessionRefusal.CONSENT_EXPIRED, Optional.of(treatment),
                    Optional.of(cover.get().dueOn()));
            case WITHDRAWN -> throw new Refused(SessionRefusal.CONSENT_WITHDRAWN, Optional.of(treatment),
                    Optional.empty());
        }
    }

    /** A consent is relied on only while its signed document is the one signed (its SHA-256 checked). */
    private void intact(ConsentStanding cover, Treatment treatment) throws Refused, RecordsFailure {
        Consents.FileState file;
        try {
            file = consents.open(cover.consent().id()).file();
        } catch (Consents.Refused e) {
            throw new Refused(SessionRefusal.NO_CONSENT, Optional.of(treatment), Optional.empty());
        }
        if (file != Consents.FileState.INTACT) {
            throw new Refused(SessionRefusal.CONSENT_NOT_INTACT, Optional.of(treatment), Optional.empty());
        }
    }

    private void check(TreatmentSession session) throws Refused {
        if (session.performedOn().isAfter(clinic.today())) {
            throw new Refused(SessionRefusal.IN_THE_FUTURE);
        }
        if (session.settings().keySet().stream().anyMatch(name -> name == null || name.isBlank())) {
            throw new Refused(SessionRefusal.SETTING_WITHOUT_NAME);
        }
        if (session.nextVisit().filter(d -> !d.isAfter(session.performedOn())).isPresent()) {
            throw new Refused(SessionRefusal.NEXT_VISIT_NOT_AFTER);
        }
    }
}
