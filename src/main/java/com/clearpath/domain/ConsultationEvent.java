package com.clearpath.domain;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to a consultation, for the record: who and when. */
public record ConsultationEvent(UUID consultationId, Kind kind, String actor, String detail, Instant at) {
    /**
     * {@code IMPORTED_PLAN}: the plan an imported file carried, kept as a record when it differed (detail: its JSON).
     * {@code VISITS_EXPORTED}: the protocol's visits written as an iCalendar file for booking.
     * {@code CONSENT_SIGNED}, {@code CONSENT_WITHDRAWN}: an informed consent signed or taken back (detail: its id).
     */
    public enum Kind { CREATED, FINALISED, CORRECTED, PRINTED, EXPORTED, IMPORTED, IMPORTED_PLAN, PDF_SAVED, VISITS_EXPORTED,
        CONSENT_SIGNED, CONSENT_WITHDRAWN }
}
