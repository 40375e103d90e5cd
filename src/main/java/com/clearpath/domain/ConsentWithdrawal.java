package com.clearpath.domain;

import java.time.Instant;
import java.util.UUID;

/** The client took back a signed consent: why, who recorded it and when. The signed consent itself is unchanged. */
public record ConsentWithdrawal(UUID consentId, String reason, String actor, Instant at) {
}
