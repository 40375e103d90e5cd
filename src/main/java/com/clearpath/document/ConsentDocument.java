package com.clearpath.document;

import com.clearpath.domain.Language;
import com.clearpath.domain.Signature;
import com.clearpath.engine.ConsentText;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a signed consent document is made from: the clinic, the client as signed, the consultation and consent
 * numbers, the texts read (each with the treatment's name in the client's language), when it was signed and both
 * signatures as drawn. {@code textsVersion} is the consent texts file's own version (its date).
 */
public record ConsentDocument(ClinicProfile clinic, String clientName, LocalDate dateOfBirth, String consultationNumber,
                              String consentNumber, Language language, List<Part> parts, String textsVersion,
                              ZonedDateTime signedAt, Signature clientSignature, String practitionerName,
                              Optional<Signature> practitionerSignature) {

    /** One treatment's text, under the name the client knows it by. */
    public record Part(String treatmentName, ConsentText text) {
    }

    public ConsentDocument {
        clinic = clinic == null ? ClinicProfile.defaultProfile() : clinic;
        Objects.requireNonNull(clientName, "clientName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(clientSignature, "clientSignature");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a consent covers at least one treatment");
        }
        consultationNumber = consultationNumber == null ? "" : consultationNumber;
        consentNumber = consentNumber == null ? "" : consentNumber;
        textsVersion = textsVersion == null ? "" : textsVersion;
        practitionerName = practitionerName == null ? "" : practitionerName.strip();
        practitionerSignature = practitionerSignature == null ? Optional.empty() : practitionerSignature;
    }
}
