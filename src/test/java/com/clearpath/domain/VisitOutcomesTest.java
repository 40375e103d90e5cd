package com.clearpath.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.VisitOutcomes.Change;
import com.clearpath.domain.VisitOutcomes.Direction;
import com.clearpath.domain.VisitOutcomes.Visit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outcome arithmetic: grades per visit, sessions between visits, and the change since the first graded visit. */
class VisitOutcomesTest {
    private static final UUID CLIENT = UUID.randomUUID();
    private static final LocalDate JAN = LocalDate.of(2026, 1, 10);
    private static final LocalDate APR = LocalDate.of(2026, 4, 10);
    private static final LocalDate SEP = LocalDate.of(2026, 9, 10);

    private static ConsultationSummary visit(LocalDate on, Integer grade, ConsultationStatus status, UUID corrects) {
        return new ConsultationSummary(UUID.randomUUID(), CLIENT, "Ana Reyes", on, status, "ROLLING", null, grade,
                corrects, on.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static ConsultationSummary finalVisit(LocalDate on, Integer grade) {
        return visit(on, grade, ConsultationStatus.FINAL, null);
    }

    private static Photo photo(UUID consultation, PhotoView view) {
        return new Photo(UUID.randomUUID(), consultation, CLIENT, view, Optional.empty(), null, Instant.now(), "jpg",
                10, "00", 10, 10, 1);
    }

    private static RecordedSession session(UUID consultation, LocalDate on) {
        return new RecordedSession(UUID.randomUUID(), consultation, new TreatmentSession(on, Treatment.MICRONEEDLING,
                "Dr Ruiz", List.of(), "", Map.of(), null, null, null, null, null), Optional.empty(), Instant.now(),
                "Dr Ruiz");
    }

    @Test
    void aLowerGradeIsAnImprovementByTheDifference() {
        Change c = VisitOutcomes.change(JAN, 3, 1);
        assertEquals(Direction.IMPROVED, c.direction());
        assertEquals(2, c.grades());
        assertEquals(JAN, c.since());
        assertEquals(3, c.from());
        assertEquals(1, c.to());
        assertEquals(new Change(Direction.WORSE, 1, JAN, 2, 3), VisitOutcomes.change(JAN, 2, 3));
        assertEquals(new Change(Direction.NO_CHANGE, 0, JAN, 2, 2), VisitOutcomes.change(JAN, 2, 2));
    }

    @Test
    void theChangeRunsFromTheFirstGradedVisitToTheLatestAndNeedsTwo() {
        ConsultationSummary ungraded = finalVisit(JAN.minusMonths(1), null);
        ConsultationSummary first = finalVisit(JAN, 4);
        ConsultationSummary middle = finalVisit(APR, 2);
        ConsultationSummary latest = finalVisit(SEP, 3);
        List<Visit> visits = VisitOutcomes.timeline(List.of(latest, middle, first, ungraded), List.of(), List.of());
        assertEquals(List.of(ungraded.id(), first.id(), middle.id(), latest.id()),
                visits.stream().map(Visit::id).toList(), "oldest first");
        assertEquals(Optional.of(new Change(Direction.IMPROVED, 1, JAN, 4, 3)), VisitOutcomes.change(visits));

        assertTrue(VisitOutcomes.change(VisitOutcomes.timeline(List.of(first, ungraded), List.of(), List.of()))
                .isEmpty(), "one graded visit has nothing to compare with");
    }

    @Test
    void aDraftsCopiedGradeIsNotCounted() {
        ConsultationSummary first = finalVisit(JAN, 3);
        ConsultationSummary draft = visit(APR, 1, ConsultationStatus.DRAFT, null);
        List<Visit> visits = VisitOutcomes.timeline(List.of(draft, first), List.of(), List.of());
        assertEquals(2, visits.size());
        assertTrue(visits.get(1).draft());
        assertEquals(Optional.empty(), visits.get(1).grade());
        assertFalse(VisitOutcomes.change(visits).isPresent());
    }

    @Test
    void aCorrectedVisitCountsOnceWithTheCorrectionsGradeAndEveryPhotoOfBoth() {
        ConsultationSummary original = finalVisit(JAN, 4);
        ConsultationSummary correction = visit(JAN, 3, ConsultationStatus.FINAL, original.id());
        ConsultationSummary draftFix = visit(JAN, 2, ConsultationStatus.DRAFT, correction.id());
        ConsultationSummary later = finalVisit(APR, 2);
        List<Photo> photos = List.of(photo(original.id(), PhotoView.FRONT), photo(correction.id(), PhotoView.LEFT_45),
                photo(draftFix.id(), PhotoView.RIGHT_45), photo(later.id(), PhotoView.FRONT));
        List<Visit> visits = VisitOutcomes.timeline(List.of(later, draftFix, correction, original), photos, List.of());
        assertEquals(2, visits.size(), visits.toString());
        Visit first = visits.get(0);
        assertEquals(correction.id(), first.id());
        assertEquals(Set.of(original.id(), correction.id(), draftFix.id()), first.consultations());
        assertEquals(Optional.of(3), first.grade());
        assertEquals(3, first.photos());
        assertEquals(1, visits.get(1).photos());
        assertEquals(Optional.of(new Change(Direction.IMPROVED, 1, JAN, 3, 2)), VisitOutcomes.change(visits));
    }

    @Test
    void sessionsCountFromAVisitsDayToTheDayBeforeTheNext() {
        ConsultationSummary first = finalVisit(JAN, 3);
        ConsultationSummary second = finalVisit(APR, 2);
        ConsultationSummary third = finalVisit(SEP, 2);
        List<RecordedSession> sessions = List.of(session(first.id(), JAN), session(first.id(), JAN.plusWeeks(4)),
                session(first.id(), APR.minusDays(1)), session(second.id(), APR), session(second.id(), SEP.plusDays(1)));
        List<Visit> visits = VisitOutcomes.timeline(List.of(first, second, third), List.of(), sessions);
        assertEquals(Optional.empty(), visits.get(0).sessionsBefore(), "nothing comes before the first visit");
        assertEquals(Optional.of(3), visits.get(1).sessionsBefore(), "the first visit's day to the day before April");
        assertEquals(Optional.of(1), visits.get(2).sessionsBefore());
        assertEquals(4, VisitOutcomes.sessionsBetween(sessions, JAN, SEP));
        assertEquals(4, VisitOutcomes.sessionsBetween(sessions, SEP, JAN), "either order");
        assertEquals(0, VisitOutcomes.sessionsBetween(sessions, APR.plusDays(1), SEP));
    }
}
