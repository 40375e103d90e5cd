package com.clearpath.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Where a signed consent stands today: valid until {@code dueOn} (signed date plus the clinic's months), expired
 * from that day, or withdrawn. {@code dueOn} is when it is due to be signed again.
 */
public record ConsentStanding(SignedConsent consent, State state, LocalDate dueOn,
                              Optional<ConsentWithdrawal> withdrawal) {

    public enum State { VALID, EXPIRED, WITHDRAWN }

    public static ConsentStanding of(SignedConsent c, Optional<ConsentWithdrawal> withdrawal, int validMonths,
                                     LocalDate today, ZoneId zone) {
        LocalDate due = c.signedAt().atZone(zone).toLocalDate().plusMonths(validMonths);
        State state = withdrawal.isPresent() ? State.WITHDRAWN : today.isBefore(due) ? State.VALID : State.EXPIRED;
        return new ConsentStanding(c, state, due, withdrawal);
    }

    public boolean valid() {
        return state == State.VALID;
    }
}
