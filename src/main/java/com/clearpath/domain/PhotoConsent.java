package com.clearpath.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A client's photo consent as it stands, folded from its events: photos for the clinical record (who recorded the
 * yes, and when) and, separately, use in marketing. Treatment consent is another matter and not kept here.
 */
public record PhotoConsent(UUID clientId, Optional<Given> clinicalRecords, Optional<Given> marketing) {

    /** A yes, as recorded; {@code textVersion} is the consent text shown, empty for a yes kept before texts were. */
    public record Given(String recordedBy, Instant at, OptionalInt textVersion) {
    }

    /** One change to a client's photo consent; {@code detail} names the text shown (see {@link #textDetail}). */
    public record Event(UUID clientId, Kind kind, String actor, String detail, Instant at) {
    }

    /** Kept in an event's detail, which was empty before, so older records and archives read unchanged. */
    private static final String TEXT_VERSION = "text-version:";

    public enum Kind { CLINICAL_GIVEN, CLINICAL_WITHDRAWN, MARKETING_GIVEN, MARKETING_WITHDRAWN }

    public static PhotoConsent none(UUID clientId) {
        return new PhotoConsent(clientId, Optional.empty(), Optional.empty());
    }

    /** The consent after {@code events}, oldest first. */
    public static PhotoConsent of(UUID clientId, List<Event> events) {
        Optional<Given> clinical = Optional.empty();
        Optional<Given> marketing = Optional.empty();
        for (Event e : events) {
            Optional<Given> given = Optional.of(new Given(e.actor(), e.at(), textVersion(e.detail())));
            switch (e.kind()) {
                case CLINICAL_GIVEN -> clinical = given;
                case CLINICAL_WITHDRAWN -> clinical = Optional.empty();
                case MARKETING_GIVEN -> marketing = given;
                case MARKETING_WITHDRAWN -> marketing = Optional.empty();
            }
        }
        return new PhotoConsent(clientId, clinical, marketing);
    }

    /** The detail of an event recorded with version {@code version} of the photo consent text shown. */
    public static String textDetail(int version) {
        return TEXT_VERSION + version;
    }

    /** The text version an event's detail names; empty for none or a detail of another kind. */
    public static OptionalInt textVersion(String detail) {
        if (detail == null || !detail.startsWith(TEXT_VERSION)) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(detail.substring(TEXT_VERSION.length())));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    public boolean clinical() {
        return clinicalRecords.isPresent();
    }

    public boolean marketingUse() {
        return marketing.isPresent();
    }
}
