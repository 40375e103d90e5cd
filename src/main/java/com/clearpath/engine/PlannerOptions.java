package com.clearpath.engine;

import com.clearpath.domain.PlanCalendar;
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
    public static final int EVENT_CLEAR_DAYS_MAX = PlanCalendar.EVENT_CLEAR_DAYS_MAX;

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

    /**
     * The options the clinic chose in Settings: the one place the saved figures become the engine's. Figures that do
     * not make a calendar (a hand-edited file) are refused, as the settings' own check would refuse them.
     */
    public static PlannerOptions from(PlanCalendar calendar) {
        if (!calendar.problems().isEmpty()) {
            throw new IllegalArgumentException("The plan calendar settings cannot be used: " + calendar.problems());
        }
        return defaults().withEventClearDays(calendar.eventClearDays())
                .withGapAfterIndividualScarsWeeks(calendar.gapAfterIndividualScarsWeeks())
                .withPrimeWeeks(calendar.primeWeeks());
    }

    public PlannerOptions withPrimeWeeks(Range weeks) {
        return new PlannerOptions(eventClearDays, gapAfterIndividualScarsWeeks, weeks, homeCareReviewWeeks);
    }

    public PlannerOptions withEventClearDays(int days) {
        return new PlannerOptions(days, gapAfterIndividualScarsWeeks, primeWeeks, homeCareReviewWeeks);
    }

    public PlannerOptions withGapAfterIndividualScarsWeeks(Range weeks) {
        return new PlannerOptions(eventClearDays, weeks, primeWeeks, homeCareReviewWeeks);
    }
}
