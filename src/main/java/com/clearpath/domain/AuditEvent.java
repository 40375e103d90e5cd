package com.clearpath.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the audit trail: who, on which computer, did what to which thing, and when. {@code detail} holds codes
 * and numbers only (a treatment code, a count), never a client's name or free text.
 */
public record AuditEvent(long seq, Instant at, String actor, String workstation, AuditAction action,
                         AuditSubject subject, String subjectId, List<String> detail) {
    public AuditEvent {
        Objects.requireNonNull(at);
        Objects.requireNonNull(action);
        Objects.requireNonNull(subject);
        actor = actor == null ? "" : actor;
        workstation = workstation == null ? "" : workstation;
        subjectId = subjectId == null ? "" : subjectId;
        detail = List.copyOf(detail);
    }
}
