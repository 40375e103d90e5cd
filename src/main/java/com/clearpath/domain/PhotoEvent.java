package com.clearpath.domain;

import java.time.Instant;
import java.util.UUID;

/** Something that happened to a photo, for the record: added, or deleted with the reason given. */
public record PhotoEvent(UUID photoId, Kind kind, String actor, String detail, Instant at) {
    public enum Kind { ADDED, DELETED }
}
