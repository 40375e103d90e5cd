package com.clearpath.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One treatment session as performed: when, what, by whom, on which zones, with which device and settings (free
 * named fields in the order entered, e.g. energy, passes, needle depth, TCA strength), the filler product and its
 * lot number, the anaesthetic, the immediate reaction and notes, and the next visit when one was booked with the
 * client before they left ({@link VisitSchedule} moves the calendar to it). Text fields are empty when not given,
 * never null.
 */
public record TreatmentSession(LocalDate performedOn, Treatment treatment, String practitioner, List<Zone> zones,
                               String device, Map<String, String> settings, String fillerProduct, String fillerLot,
                               String anaesthetic, String immediateReaction, String notes,
                               Optional<LocalDate> nextVisit) {
    /** A session with no next visit booked. */
    public TreatmentSession(LocalDate performedOn, Treatment treatment, String practitioner, List<Zone> zones,
                            String device, Map<String, String> settings, String fillerProduct, String fillerLot,
                            String anaesthetic, String immediateReaction, String notes) {
        this(performedOn, treatment, practitioner, zones, device, settings, fillerProduct, fillerLot, anaesthetic,
                immediateReaction, notes, Optional.empty());
    }

    public TreatmentSession {
        Objects.requireNonNull(performedOn, "performedOn");
        Objects.requireNonNull(treatment, "treatment");
        practitioner = text(practitioner);
        zones = zones == null ? List.of() : List.copyOf(zones);
        device = text(device);
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        fillerProduct = text(fillerProduct);
        fillerLot = text(fillerLot);
        anaesthetic = text(anaesthetic);
        immediateReaction = text(immediateReaction);
        notes = text(notes);
        nextVisit = nextVisit == null ? Optional.empty() : nextVisit;
    }

    /** The same session with {@code booked} as its next visit (none when null). */
    public TreatmentSession withNextVisit(LocalDate booked) {
        return new TreatmentSession(performedOn, treatment, practitioner, zones, device, settings, fillerProduct,
                fillerLot, anaesthetic, immediateReaction, notes, Optional.ofNullable(booked));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
