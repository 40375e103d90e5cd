package com.clearpath.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Case10;
import com.clearpath.domain.OverrideRules;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.StoredConsultation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Plan step's change being entered, without a window: refusals name their field and keep what was typed. */
class ProtocolEditingTest {
    private final Planner planner = new Planner(TreatmentCatalog.builtIn());
    private final ConsultationDraft draft = ConsultationDraft.restore(() -> planner, () -> LocalDate.of(2026, 11, 22),
            Clock.fixed(Instant.parse("2026-11-22T15:00:00Z"), ZoneOffset.UTC),
            StoredConsultation.newDraft(Case10.inWizard()), Optional.empty());
    private final ProtocolEditing editing = new ProtocolEditing(draft);

    @Test
    void aWeekThatIsNotANumberIsRefusedAtTheWeekAndTheReasonIsKept() {
        editing.open(PlanOverride.Action.STEP_MOVED, Treatment.TCA_CROSS, null, "0");
        ProtocolEditing.Outcome o = editing.confirm(null, "soon", "After her exams");
        ProtocolEditing.Refusal r = assertInstanceOf(ProtocolEditing.Outcome.Refused.class, o).refusal();
        assertEquals(ProtocolEditing.Field.WEEK, r.field());
        assertTrue(r.weekNotNumber());
        assertEquals("After her exams", editing.current().orElseThrow().reason(), "nothing typed is lost");
        assertTrue(draft.overrides().isEmpty());
    }

    @Test
    void aMoveNeedsAWeekAndABlankReasonIsRefusedByTheRules() {
        editing.open(PlanOverride.Action.STEP_MOVED, Treatment.TCA_CROSS, null, "");
        assertTrue(assertInstanceOf(ProtocolEditing.Outcome.Refused.class, editing.confirm(null, " ", "x"))
                .refusal().weekRequired());
        ProtocolEditing.Refusal blank = assertInstanceOf(ProtocolEditing.Outcome.Refused.class,
                editing.confirm(null, "3", "  ")).refusal();
        assertEquals(ProtocolEditing.Field.REASON, blank.field());
        assertEquals(OverrideRules.REASON, blank.problem().orElseThrow().path());
    }

    @Test
    void aRecordedChangeClosesTheEditor() {
        editing.open(PlanOverride.Action.ALTERNATIVE_CHOSEN, Treatment.FRACTIONAL_ABLATIVE_LASER,
                Treatment.RF_MICRONEEDLING, "");
        ProtocolEditing.Outcome o = editing.confirm(Treatment.RF_MICRONEEDLING, "", "Less downtime");
        assertEquals(Treatment.RF_MICRONEEDLING, assertInstanceOf(ProtocolEditing.Outcome.Recorded.class, o).chosen());
        assertTrue(editing.current().isEmpty());
        assertEquals(PlanOverride.Action.ALTERNATIVE_CHOSEN, draft.overrides().get(0).action());
    }
}
