package com.clearpath.domain;

/** What the protocol arranged around the client's event date. */
public enum EventFitCode {
    /** args: clear days. Every visit's downtime is over at least that many days before the date. */
    CLEAR,
    /** args: clear days. No in-clinic visit has downtime to keep clear. */
    NO_VISITS,
    /** args: clear days, resume date. The visits begin after the date. */
    STARTS_AFTER,
    /** args: clear days, last visit before (date), resume date, first visit moved (number). */
    PAUSED,
    /** args: clear days, step order, treatment. The step would have to move (its series cannot pause that long). */
    STEP_MUST_MOVE
}
