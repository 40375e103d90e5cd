package com.clearpath.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An informed consent the client signed for treatments of a consultation's agreed plan, as kept: never changed
 * after signing (a withdrawal is an event of its own). {@code versions} says which text each treatment's consent
 * was read in; the signed document is {@code file} in the data folder, checked against {@code sha256}.
 *
 * @param practitionerSigned whether the practitioner drew a signature too (their name is always printed)
 */
public record SignedConsent(UUID id, UUID consultationId, UUID clientId, Map<Treatment, ConsentVersion> versions,
                            Language language, Instant signedAt, String clientName, String practitionerName,
                            boolean practitionerSigned, String file, String sha256, long bytes, String recordedBy) {

    public SignedConsent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(signedAt, "signedAt");
        if (versions == null || versions.isEmpty()) {
            throw new IllegalArgumentException("a consent covers at least one treatment");
        }
        versions = Map.copyOf(new EnumMap<>(versions));
    }

    /** Where the signed document of a consent lives in the data folder, by id. */
    public static String fileFor(UUID id) {
        return "consents/" + id + ".pdf";
    }

    /** The treatments covered, in the treatments' own order. */
    public List<Treatment> treatments() {
        return new EnumMap<>(versions).keySet().stream().toList();
    }

    /** The same consent under the client as this clinic's records know them (an import matches clients anew). */
    public SignedConsent ofClient(UUID client) {
        return new SignedConsent(id, consultationId, client, versions, language, signedAt, clientName, practitionerName,
                practitionerSigned, file, sha256, bytes, recordedBy);
    }

    public boolean covers(Treatment t) {
        return versions.containsKey(t);
    }
}
