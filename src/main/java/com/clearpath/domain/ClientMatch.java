package com.clearpath.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One search result: enough to recognise the client and see how often they have been seen. */
public record ClientMatch(UUID id, String firstName, String lastName, LocalDate dateOfBirth, String phone,
                          int consultations, LocalDate lastConsultedOn) {
    public String displayName() {
        return firstName + " " + lastName;
    }
}
