package com.clearpath.document;

import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.Language;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.TreatmentCatalog;
import java.util.Optional;

/** A practitioner's change to the computed plan, as the clinician summary lists it: what changed, why, by whom. */
public record OverrideLine(String change, String reason, String by) {

    public OverrideLine {
        change = change == null ? "" : change.strip();
        reason = reason == null ? "" : reason.strip();
        by = by == null ? "" : by.strip();
    }

    /** The line for one override of {@code agreed}, in the summary's English. */
    public static OverrideLine of(PlanOverride o, AgreedPlan agreed, TreatmentCatalog catalog) {
        return new OverrideLine(change(o, agreed, catalog), o.reason(), o.by());
    }

    static String change(PlanOverride o, AgreedPlan agreed, TreatmentCatalog catalog) {
        String name = name(o.treatment(), catalog);
        return switch (o.action()) {
            case DECLINED -> "Declined: " + name;
            case ADDED -> "Added: " + name;
            case ALTERNATIVE_CHOSEN -> step(agreed, o.replaces(), o.treatment()) + ": " + name + " chosen in place of "
                    + name(o.replaces(), catalog);
            // The step is gone from the agreed protocol, so its number is the one it had as proposed.
            case STEP_DROPPED -> "Proposed s" + step(agreed, o.treatment(), null).substring(1) + " dropped: " + name;
            case STEP_MOVED -> step(agreed, o.treatment(), o.treatment()) + ": " + name + " moved to begin in week "
                    + o.startWeek() + startDate(agreed.protocol(), o.startWeek());
            case STEP_ADDED -> "Added as a step: " + name + (o.startWeek() == null ? ""
                    : ", from week " + o.startWeek() + startDate(agreed.protocol(), o.startWeek()));
        };
    }

    /** "Step 2 · Resurfacing": the agreed step when it is still there, else the plan's own. */
    private static String step(AgreedPlan agreed, Treatment proposed, Treatment now) {
        Optional<ProtocolStep> s = Optional.empty();
        if (agreed.protocol() != null && now != null) {
            s = agreed.protocol().steps().stream().filter(x -> x.treatment() == now).findFirst();
        }
        if (s.isEmpty() && agreed.plan().protocol() != null) {
            s = agreed.plan().protocol().steps().stream().filter(x -> x.treatment() == proposed).findFirst();
        }
        return s.map(x -> "Step " + x.order() + " · " + ClinicalTerms.purpose(x.purpose())).orElse("Step");
    }

    private static String startDate(Protocol p, Integer week) {
        return p == null || week == null ? "" : " (" + p.startsOn().plusWeeks(week) + ")";
    }

    private static String name(Treatment t, TreatmentCatalog catalog) {
        if (t == null) {
            return "–";
        }
        var entry = catalog.get(t);
        return entry == null ? t.name() : entry.name().in(Language.EN);
    }
}
