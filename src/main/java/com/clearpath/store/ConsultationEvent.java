package com.clearpath.store;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to a consultation, for the record: who and when. */
public record ConsultationEvent(UUID consultationId, Kind kind, String actor, String detail, Instant at) {
    public enum Kind { CREATED, FINALISED, CORRECTED, PRINTED, EXPORTED, IMPORTED, PDF_SAVED }
}
