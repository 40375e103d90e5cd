package com.clearpath.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The clinic's figures for putting a protocol on the calendar (reference I3: the gaps are not standardised, so each
 * clinic sets its own): weeks after punch techniques or TCA CROSS before resurfacing the same area, the days before
 * a client's event kept clear of visible downtime, and the weeks of priming before procedures. Kept as typed whole
 * numbers so a form can hold any of them; {@link #problems()} says which do not make a calendar.
 */
public record PlanCalendar(int gapAfterIndividualScarsMinWeeks, int gapAfterIndividualScarsMaxWeeks,
                           int eventClearDays, int primeMinWeeks, int primeMaxWeeks) {
    public static final String GAP_PATH = "planCalendar.gapAfterIndividualScarsWeeks";
    public static final String EVENT_PATH = "planCalendar.eventClearDays";
    public static final String PRIME_PATH = "planCalendar.primeWeeks";
    public static final int GAP_WEEKS_MIN = 1;
    public static final int GAP_WEEKS_MAX = 26;
    public static final int EVENT_CLEAR_DAYS_MAX = 90;
    public static final int PRIME_WEEKS_MAX = 12;

    /** Reference I3 (R73) for the gap, the usual two weeks before an event, I2 for priming. */
    public static PlanCalendar defaults() {
        return new PlanCalendar(4, 8, 14, 2, 4);
    }

    public Range gapAfterIndividualScarsWeeks() {
        return Range.of(gapAfterIndividualScarsMinWeeks, gapAfterIndividualScarsMaxWeeks);
    }

    public Range primeWeeks() {
        return Range.of(primeMinWeeks, primeMaxWeeks);
    }

    /** Every figure that would not make a calendar, each with its field's path; empty when it can be used. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        range(out, GAP_PATH, gapAfterIndividualScarsMinWeeks, gapAfterIndividualScarsMaxWeeks, GAP_WEEKS_MIN,
                GAP_WEEKS_MAX);
        if (eventClearDays < 0 || eventClearDays > EVENT_CLEAR_DAYS_MAX) {
            out.add(Problem.of(EVENT_PATH, ProblemCode.DAYS_OUT_OF_RANGE, EVENT_CLEAR_DAYS_MAX, eventClearDays));
        }
        range(out, PRIME_PATH, primeMinWeeks, primeMaxWeeks, 0, PRIME_WEEKS_MAX);
        return out;
    }

    private static void range(List<Problem> out, String path, int min, int max, int lowest, int highest) {
        if (min < lowest || min > highest || max < lowest || max > highest) {
            out.add(Problem.of(path, ProblemCode.WEEKS_OUT_OF_RANGE, lowest, highest, min, max));
        } else if (max < min) {
            out.add(Problem.of(path, ProblemCode.RANGE_REVERSED, max, min));
        }
    }
}
