package com.clearpath.domain;

import java.util.Optional;

/** A signed consent with its withdrawal, if it was withdrawn: how an export carries it. */
public record ConsentRecord(SignedConsent consent, Optional<ConsentWithdrawal> withdrawal) {
    public ConsentRecord {
        withdrawal = withdrawal == null ? Optional.empty() : withdrawal;
    }
}
