package com.clearpath.ui.consent;

import com.clearpath.domain.Signature;
import java.util.Objects;
import java.util.Optional;

/**
 * A consent signed on screen: the client's signature, the name the practitioner typed to confirm, and their
 * countersignature when they drew one.
 */
public record Signed(Signature client, String practitionerName, Optional<Signature> practitioner) {

    public Signed {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(practitionerName, "practitionerName");
        Objects.requireNonNull(practitioner, "practitioner");
        if (!client.isSigned() || practitionerName.isBlank() || practitioner.filter(p -> !p.isSigned()).isPresent()) {
            throw new IllegalArgumentException("a signed consent has a real signature and a practitioner's name");
        }
    }
}
