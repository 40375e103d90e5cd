package com.clearpath.domain;

import java.time.Instant;
import java.util.UUID;

/** A client as kept in the records. */
public record StoredClient(UUID id, Client client, Instant createdAt, Instant updatedAt) {
}
