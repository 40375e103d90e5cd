package com.clearpath.domain;

import java.time.LocalDate;
import java.util.List;

/** One suggested in-clinic visit: its number, date, the treatments done, and the day visible downtime should be over. */
public record Visit(int visit, LocalDate date, List<Treatment> treatments, LocalDate downtimeUntil) {
    public Visit {
        treatments = List.copyOf(treatments);
    }
}
