package com.clearpath.domain;

import static com.clearpath.domain.Treatment.MICRONEEDLING;
import static com.clearpath.domain.Treatment.SUBCISION;
import static com.clearpath.domain.Treatment.TCA_CROSS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.VisitSchedule.Scheduled;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The calendar as it stands: done visits on the days performed, the next one booked or a planned gap after. */
class VisitScheduleTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final UUID CONSULTATION = UUID.randomUUID();

    /**
     * TCA CROSS in weeks 0 and 4, the six weeks' gap after individual-scar techniques (reference I2.3), then
     * subcision with the first of three microneedling sessions four weeks apart: visits in weeks 0, 4, 10, 14, 18.
     */
    private static Protocol protocol() {
        List<Visit> visits = List.of(
                visit(1, 0, List.of(TCA_CROSS), 7),
                visit(2, 4, List.of(TCA_CROSS), 7),
                visit(3, 10, List.of(SUBCISION, MICRONEEDLING), 14),
                visit(4, 14, List.of(MICRONEEDLING), 3),
                visit(5, 18, List.of(MICRONEEDLING), 3));
        return new Protocol(START, false, List.of(), visits, Range.of(5, 5), Range.of(22, 22), Range.of(34, 34), null);
    }

    private static Visit visit(int n, int week, List<Treatment> treatments, int downtimeDays) {
        LocalDate on = START.plusWeeks(week);
        return new Visit(n, on, treatments, on.plusDays(downtimeDays));
    }

    private static RecordedSession session(Treatment t, LocalDate on, LocalDate booked) {
        TreatmentSession s = new TreatmentSession(on, t, "Dr Ruiz", List.of(Zone.CHEEK_LEFT), "", Map.of(), "", "", "",
                "", "").withNextVisit(booked);
        return new RecordedSession(UUID.randomUUID(), CONSULTATION, s, Optional.empty(),
                on.atStartOfDay(ZoneOffset.UTC).toInstant(), "Dr Ruiz");
    }

    private static List<LocalDate> dates(VisitSchedule schedule) {
        return schedule.visits().stream().map(v -> v.standing().date()).toList();
    }

    private static LocalDate week(int w) {
        return START.plusWeeks(w);
    }

    @Test
    void withNoSessionTheCalendarIsAsPlanned() {
        VisitSchedule s = VisitSchedule.of(protocol(), List.of());
        assertEquals(List.of(week(0), week(4), week(10), week(14), week(18)), dates(s));
        assertTrue(s.visits().stream().noneMatch(Scheduled::moved));
        assertEquals(1, s.next().orElseThrow().planned().visit());
        assertEquals(protocol(), s.standing());
    }

    @Test
    void aSessionTwoWeeksLateMovesEverythingAfterItTwoWeeksKeepingTheGaps() {
        VisitSchedule s = VisitSchedule.of(protocol(), List.of(
                session(TCA_CROSS, week(0), null),
                session(TCA_CROSS, week(6), null)));
        assertEquals(List.of(week(0), week(6), week(12), week(16), week(20)), dates(s));
        Scheduled next = s.next().orElseThrow();
        assertEquals(3, next.planned().visit());
        assertTrue(next.moved());
        assertEquals(week(10), next.planned().date());
        assertFalse(s.visits().get(0).moved(), "done on the day planned");
        assertEquals(week(12).plusDays(14), next.standing().downtimeUntil(), "the downtime moves with its visit");
    }

    @Test
    void anEarlySessionMovesTheRestEarlier() {
        VisitSchedule s = VisitSchedule.of(protocol(), List.of(session(TCA_CROSS, week(0).minusDays(3), null)));
        assertEquals(List.of(week(0).minusDays(3), week(4).minusDays(3), week(10).minusDays(3),
                week(14).minusDays(3), week(18).minusDays(3)), dates(s));
    }

    @Test
    void aBookedDateIsTheNextVisitAndTheLaterOnesKeepTheirGapsAfterIt() {
        LocalDate booked = week(4).plusDays(9);
        VisitSchedule s = VisitSchedule.of(protocol(), List.of(session(TCA_CROSS, week(0), booked)));
        assertEquals(List.of(week(0), booked, booked.plusWeeks(6), booked.plusWeeks(10), booked.plusWeeks(14)),
                dates(s));
        assertEquals(booked, s.next().orElseThrow().standing().date());
    }

    @Test
    void aBookingCountsOnlyAsTheLatestSessionsNextVisit() {
        LocalDate booked = week(5);
        VisitSchedule s = VisitSchedule.of(protocol(), List.of(
                session(TCA_CROSS, week(0), booked),
                session(TCA_CROSS, week(5), null)));
        assertEquals(week(11), s.next().orElseThrow().standing().date(),
                "the visit booked was done; the next follows it by the planned gap");
    }

    @Test
    void doneVisitsStayWhereTheyWereDoneAndNothingComesBeforeThem() {
        VisitSchedule s = VisitSchedule.of(protocol(), List.of(
                session(TCA_CROSS, week(0), null),
                session(TCA_CROSS, week(4), null),
                session(MICRONEEDLING, week(12), null),
                session(SUBCISION, week(12).plusDays(2), week(12).minusDays(1))));
        Scheduled third = s.visits().get(2);
        assertTrue(third.done());
        assertEquals(week(12).plusDays(2), third.standing().date(), "a visit of two is done by the later session");
        assertEquals(week(12).plusDays(2), s.next().orElseThrow().standing().date(),
                "a booking before a visit done does not put the next one before it");
        assertEquals(week(0), s.visits().get(0).standing().date());
    }

    @Test
    void aCorrectedSessionCountsByItsCorrection() {
        RecordedSession wrong = session(TCA_CROSS, week(3), null);
        RecordedSession fixed = new RecordedSession(UUID.randomUUID(), CONSULTATION, new TreatmentSession(week(1),
                TCA_CROSS, "Dr Ruiz", List.of(), "", Map.of(), "", "", "", "", ""), Optional.of(wrong.id()),
                Instant.parse("2026-02-01T00:00:00Z"), "Dr Ruiz");
        VisitSchedule s = VisitSchedule.of(protocol(), List.of(wrong, fixed));
        assertEquals(week(1), s.visits().get(0).standing().date());
        assertEquals(week(5), s.visits().get(1).standing().date());
    }

    @Test
    void aSessionBeyondThePlanIsARepeatTheNextVisitKeepsItsGapAfter() {
        VisitSchedule s = VisitSchedule.of(protocol(), List.of(
                session(TCA_CROSS, week(0), null),
                session(TCA_CROSS, week(4), null),
                session(TCA_CROSS, week(5), null)));
        assertEquals(List.of(week(0), week(4), week(11), week(15), week(19)), dates(s),
                "the resurfacing waits its six weeks after the third TCA CROSS");
        assertEquals(2, s.visits().stream().filter(Scheduled::done).count(), "the repeat is no visit of the plan");
        VisitSchedule outside = VisitSchedule.of(protocol(), List.of(
                session(TCA_CROSS, week(0), null),
                session(Treatment.DERMAL_FILLER, week(1), null)));
        assertEquals(week(5), outside.next().orElseThrow().standing().date(),
                "a treatment outside the plan is a visit too: the next keeps its gap after it");
    }

    @Test
    void allDoneLeavesNoNextVisit() {
        List<RecordedSession> all = new ArrayList<>();
        all.add(session(TCA_CROSS, week(0), null));
        all.add(session(TCA_CROSS, week(4), null));
        all.add(session(SUBCISION, week(10), null));
        all.add(session(MICRONEEDLING, week(10), null));
        all.add(session(MICRONEEDLING, week(14), null));
        all.add(session(MICRONEEDLING, week(18), null));
        assertTrue(VisitSchedule.of(protocol(), all).next().isEmpty());
    }

    @Test
    void theSuggestedNextVisitIsThePlannedGapAfterTheSessionBeingLogged() {
        VisitSchedule s = VisitSchedule.of(protocol(), List.of(session(TCA_CROSS, week(0), null)));
        assertEquals(Optional.of(week(6).plusWeeks(6)), s.nextAfter(week(6), TCA_CROSS),
                "six weeks after the second TCA CROSS comes the resurfacing");
        assertEquals(Optional.of(week(4)), VisitSchedule.of(protocol(), List.of()).nextAfter(week(0), TCA_CROSS));
    }

    @Test
    void aVisitMovedIntoTheDaysBeforeAnEventSaysTheEventNoLongerFits() {
        Protocol p = protocol();
        LocalDate wedding = week(22);
        EventFit clear = new EventFit(wedding, true, EventFitCode.CLEAR, List.of("14"));
        Protocol withEvent = new Protocol(p.startsOn(), false, p.steps(), p.visits(), p.visitCount(), p.durationWeeks(),
                p.downtimeDays(), clear);
        assertEquals(clear, VisitSchedule.of(withEvent, List.of(session(TCA_CROSS, week(0), null))).standing()
                .eventDate(), "as planned, still clear");
        EventFit moved = VisitSchedule.of(withEvent, List.of(session(TCA_CROSS, week(2), null))).standing().eventDate();
        assertFalse(moved.fits(), "the last microneedling now falls in the two weeks before the wedding");
        assertEquals(EventFitCode.STEP_MUST_MOVE, moved.code());
        assertEquals("MICRONEEDLING", moved.args().get(2));
    }
}
