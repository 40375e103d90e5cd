package com.clearpath.store;

import com.clearpath.domain.Client;
import java.time.Instant;
import java.util.UUID;

/** A client as kept in the records. */
public record StoredClient(UUID id, Client client, Instant createdAt, Instant updatedAt) {
}
