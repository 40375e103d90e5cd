package com.clearpath.engine;

import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.RecordedSession;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.TreatmentSession;
import com.clearpath.domain.Visit;
import com.clearpath.domain.VisitSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A plan the engine built keeps its own gaps when a session is late: the weeks after TCA CROSS among them. */
class VisitScheduleGapsTest {

    @Test
    void aLateIndividualScarSessionMovesTheResurfacingByAsMuchKeepingTheGapAfterIt() {
        Protocol p = new Planner(TreatmentCatalog.builtIn()).plan(intake().concern(ConcernKind.ICE_PICK)
                .concern(ConcernKind.BOXCAR_SHALLOW).grade(3).build()).protocol();
        List<Visit> planned = p.visits();
        Visit first = planned.get(0);
        Treatment individual = first.treatments().get(0);
        assertTrue(List.of(Treatment.TCA_CROSS, Treatment.PUNCH_TECHNIQUES).contains(individual), first.toString());
        int individualVisits = (int) planned.stream().filter(v -> v.treatments().contains(individual)).count();
        assertTrue(individualVisits < planned.size(), "resurfacing follows");
        Visit lastIndividual = planned.get(individualVisits - 1);
        Visit resurfacing = planned.get(individualVisits);
        long gap = ChronoUnit.WEEKS.between(lastIndividual.date(), resurfacing.date());
        assertTrue(gap >= PlannerOptions.defaults().gapAfterIndividualScarsWeeks().min(), "the builder's gap: " + gap);

        LocalDate late = first.date().plusWeeks(2);
        RecordedSession done = new RecordedSession(UUID.randomUUID(), UUID.randomUUID(), new TreatmentSession(late,
                individual, "Dr Ruiz", List.of(), "", Map.of(), "", "", "", "", ""), Optional.empty(),
                Instant.parse("2026-01-01T00:00:00Z"), "Dr Ruiz");
        List<Visit> standing = VisitSchedule.of(p, List.of(done)).standing().visits();
        for (int i = 0; i < planned.size(); i++) {
            assertEquals(planned.get(i).date().plusWeeks(2), standing.get(i).date(), "visit " + (i + 1));
        }
        assertEquals(gap, ChronoUnit.WEEKS.between(standing.get(individualVisits - 1).date(),
                standing.get(individualVisits).date()), "the gap after the individual-scar technique is kept");
    }
}
