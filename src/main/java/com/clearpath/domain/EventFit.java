package com.clearpath.domain;

import java.time.LocalDate;
import java.util.List;

/** The client's event date and whether every visit's downtime stays clear of the days before it. */
public record EventFit(LocalDate date, boolean fits, EventFitCode code, List<String> args) {
    public EventFit {
        args = List.copyOf(args);
    }
}
