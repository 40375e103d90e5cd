package com.clearpath.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A photo of a consultation as listed in the records: the original kept unchanged under its id ({@code format} is
 * its file type, {@code jpg} or {@code png}), its SHA-256, the view and zone it shows, the day it was taken for
 * (the consultation's) and when it was added. {@code width} and {@code height} are as shown (EXIF orientation
 * applied); {@code orientation} is the EXIF value (1 when none).
 */
public record Photo(UUID id, UUID consultationId, UUID clientId, PhotoView view, Optional<Zone> zone, LocalDate takenOn,
                    Instant addedAt, String format, long bytes, String sha256, int width, int height,
                    int orientation) {
    public Photo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(view, "view");
        zone = zone == null ? Optional.empty() : zone;
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }
}
