package com.clearpath.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one combined plan the practitioner proposes (contract: {@code plan.protocol}): a few steps in order, the
 * suggested visits with dates from {@code startsOn}, totals as ranges, and the event date's fit when one was given.
 * {@code startsAfterHolds} is true when in-clinic steps wait for the plan's holds (the dates are then provisional).
 */
public record Protocol(
        LocalDate startsOn,
        boolean startsAfterHolds,
        List<ProtocolStep> steps,
        List<Visit> visits,
        Range visitCount,
        Range durationWeeks,
        Range downtimeDays,
        EventFit eventDate) {

    public Protocol {
        steps = List.copyOf(steps);
        visits = List.copyOf(visits);
    }

    public Optional<ProtocolStep> step(StepPurpose purpose) {
        return steps.stream().filter(s -> s.purpose() == purpose).findFirst();
    }

    /** Every treatment in a step, chosen or alternative. */
    public Set<Treatment> treatments() {
        Set<Treatment> all = EnumSet.noneOf(Treatment.class);
        for (ProtocolStep s : steps) {
            all.add(s.treatment());
            all.addAll(s.alternatives());
        }
        return all;
    }

    public Optional<EventFit> event() {
        return Optional.ofNullable(eventDate);
    }
}
