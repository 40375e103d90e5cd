package com.clearpath.ui.common;

import com.clearpath.domain.VisitSchedule;
import javafx.event.Event;
import javafx.event.EventType;

/**
 * Bubbles up from a part of a consultation's page (its treatment sessions) when the calendar as it stands was read
 * again, so the visits the page lists follow a session just logged without the page knowing who logged it.
 */
public final class CalendarMoved extends Event {
    private static final long serialVersionUID = 1L;
    public static final EventType<CalendarMoved> READ = new EventType<>(Event.ANY, "CALENDAR_READ");

    private final transient VisitSchedule schedule;

    public CalendarMoved(VisitSchedule schedule) {
        super(READ);
        this.schedule = schedule;
    }

    public VisitSchedule schedule() {
        return schedule;
    }
}
