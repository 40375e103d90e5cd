package com.clearpath.domain;

import java.time.LocalDate;

/**
 * Details of screening answers (contract: {@code screeningDetails}, optional; every field optional). For
 * {@link Screening#ISOTRETINOIN_RECENT}: whether isotretinoin is being taken now, or the day it was stopped, which
 * tells when the 6 months after stopping are over.
 */
public record ScreeningDetails(LocalDate isotretinoinStoppedOn, Boolean isotretinoinCurrent) {
    public static final ScreeningDetails NONE = new ScreeningDetails(null, null);

    /** The months after stopping isotretinoin during which the label and the consensus restrict some procedures. */
    public static final int ISOTRETINOIN_MONTHS = 6;

    public boolean isEmpty() {
        return isotretinoinStoppedOn == null && isotretinoinCurrent == null;
    }

    public boolean takingIsotretinoin() {
        return Boolean.TRUE.equals(isotretinoinCurrent);
    }

    /** The day the 6 months after stopping end, when the stop date is known. */
    public LocalDate isotretinoinWaitEnds() {
        return isotretinoinStoppedOn == null ? null : isotretinoinStoppedOn.plusMonths(ISOTRETINOIN_MONTHS);
    }
}
