package com.clearpath.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A line in a client's history or the recent list. */
public record ConsultationSummary(UUID id, UUID clientId, String clientName, LocalDate consultedOn,
                                  ConsultationStatus status, String mainConcerns, String topRecommendation,
                                  Integer goodmanGrade, UUID correctsId, Instant updatedAt) {
}
