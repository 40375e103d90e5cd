package com.clearpath.domain;

import java.time.Instant;
import java.util.Optional;

/** Which audit events to list: an action, an actor, a time range [from, until), a page of them, newest first. */
public record AuditFilter(Optional<AuditAction> action, Optional<String> actor, Optional<Instant> from,
                          Optional<Instant> until, int offset, int limit) {
    public AuditFilter {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        actor = actor.filter(a -> !a.isBlank());
    }

    /** Every event, the first page. */
    public static AuditFilter all(int limit) {
        return new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, limit);
    }

    public AuditFilter page(int newOffset) {
        return new AuditFilter(action, actor, from, until, newOffset, limit);
    }
}
