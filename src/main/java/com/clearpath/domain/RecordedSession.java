package com.clearpath.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A treatment session as kept: read-only once saved. A correction is a new entry naming the one it corrects
 * ({@code correctsId}); the corrected entry stays in the record but no longer counts.
 */
public record RecordedSession(UUID id, UUID consultationId, TreatmentSession session, Optional<UUID> correctsId,
                              Instant recordedAt, String recordedBy) {
    public RecordedSession {
        correctsId = correctsId == null ? Optional.empty() : correctsId;
    }
}
