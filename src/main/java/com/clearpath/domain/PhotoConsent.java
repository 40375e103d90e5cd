package com.clearpath.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's photo consent as it stands, folded from its events: photos for the clinical record (who recorded the
 * yes, and when) and, separately, use in marketing. Treatment consent is another matter and not kept here.
 */
public record PhotoConsent(UUID clientId, Optional<Given> clinicalRecords, Optional<Given> marketing) {

    /** A yes, as recorded. */
    public record Given(String recordedBy, Instant at) {
    }

    /** One change to a client's photo consent. */
    public record Event(UUID clientId, Kind kind, String actor, String detail, Instant at) {
    }

    public enum Kind { CLINICAL_GIVEN, CLINICAL_WITHDRAWN, MARKETING_GIVEN, MARKETING_WITHDRAWN }

    public static PhotoConsent none(UUID clientId) {
        return new PhotoConsent(clientId, Optional.empty(), Optional.empty());
    }

    /** The consent after {@code events}, oldest first. */
    public static PhotoConsent of(UUID clientId, List<Event> events) {
        Optional<Given> clinical = Optional.empty();
        Optional<Given> marketing = Optional.empty();
        for (Event e : events) {
            Optional<Given> given = Optional.of(new Given(e.actor(), e.at()));
            switch (e.kind()) {
                case CLINICAL_GIVEN -> clinical = given;
                case CLINICAL_WITHDRAWN -> clinical = Optional.empty();
                case MARKETING_GIVEN -> marketing = given;
                case MARKETING_WITHDRAWN -> marketing = Optional.empty();
            }
        }
        return new PhotoConsent(clientId, clinical, marketing);
    }

    public boolean clinical() {
        return clinicalRecords.isPresent();
    }

    public boolean marketingUse() {
        return marketing.isPresent();
    }
}
