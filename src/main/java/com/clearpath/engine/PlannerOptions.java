package com.clearpath.engine;

import com.clearpath.domain.Range;

/**
 * The clinic's settings for building the protocol's calendar (reference I3: gaps are not standardised, so a clinic
 * must be able to change them). {@code eventClearDays}: days before the client's event kept free of visible downtime;
 * {@code gapAfterIndividualScarsWeeks}: weeks from the last individual-scar session to the next technique on the
 * same area; {@code primeWeeks}: weeks of priming before procedures; {@code homeCareReviewWeeks}: when a plan of home
 * care only is reviewed.
 */
public record PlannerOptions(int eventClearDays, Range gapAfterIndividualScarsWeeks, Range primeWeeks,
                             Range homeCareReviewWeeks) {
    public static final int EVENT_CLEAR_DAYS = 14;
    public static final int EVENT_CLEAR_DAYS_MAX = 90;

    public PlannerOptions {
        if (eventClearDays < 0 || eventClearDays > EVENT_CLEAR_DAYS_MAX) {
            throw new IllegalArgumentException("eventClearDays must be 0–" + EVENT_CLEAR_DAYS_MAX + ", not " + eventClearDays);
        }
        if (gapAfterIndividualScarsWeeks == null || primeWeeks == null || homeCareReviewWeeks == null) {
            throw new IllegalArgumentException("every gap is required");
        }
    }

    /** Reference I3 (R73) for the gap after punch techniques, I2 for priming, C for reviewing topicals. */
    public static PlannerOptions defaults() {
        return new PlannerOptions(EVENT_CLEAR_DAYS, Range.of(4, 8), Range.of(2, 4), Range.of(8, 12));
    }

    public PlannerOptions withEventClearDays(int days) {
        return new PlannerOptions(days, gapAfterIndividualScarsWeeks, primeWeeks, homeCareReviewWeeks);
    }

    public PlannerOptions withGapAfterIndividualScarsWeeks(Range weeks) {
        return new PlannerOptions(eventClearDays, weeks, primeWeeks, homeCareReviewWeeks);
    }
}
