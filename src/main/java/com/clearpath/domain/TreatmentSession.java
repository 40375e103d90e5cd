package com.clearpath.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One treatment session as performed: when, what, by whom, on which zones, with which device and settings (free
 * named fields in the order entered, e.g. energy, passes, needle depth, TCA strength), the filler product and its
 * lot number, the anaesthetic, the immediate reaction and notes. Text fields are empty when not given, never null.
 */
public record TreatmentSession(LocalDate performedOn, Treatment treatment, String practitioner, List<Zone> zones,
                               String device, Map<String, String> settings, String fillerProduct, String fillerLot,
                               String anaesthetic, String immediateReaction, String notes) {
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
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
