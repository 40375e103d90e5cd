package com.clearpath.ui.wizard;

import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Treatment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A recorded change to the plan in the wizard's words, the same on the Plan and the Summary steps. */
final class OverrideWords {
    private OverrideWords() {
    }

    static String change(WizardText text, Function<Treatment, String> name, AgreedPlan agreed, PlanOverride o) {
        String what = name.apply(o.treatment());
        return switch (o.action()) {
            case DECLINED, ADDED -> text.format("wizard.override." + o.action().name(), what);
            case ALTERNATIVE_CHOSEN -> text.format("wizard.override.ALTERNATIVE_CHOSEN", order(agreed, o.replaces(), o.treatment()),
                    what, o.replaces() == null ? "" : name.apply(o.replaces()));
            case STEP_DROPPED -> text.format("wizard.override.STEP_DROPPED", order(agreed, o.treatment(), null), what);
            case STEP_MOVED -> text.format("wizard.override.STEP_MOVED", order(agreed, o.treatment(), o.treatment()), what,
                    o.startWeek() == null ? "?" : o.startWeek(), startDate(text, agreed, o.startWeek()));
            case STEP_ADDED -> o.startWeek() == null ? text.format("wizard.override.STEP_ADDED", what)
                    : text.format("wizard.override.STEP_ADDED.week", what, o.startWeek(), startDate(text, agreed, o.startWeek()));
        };
    }

    /** Every change with its reason, one line each. */
    static List<String> lines(WizardText text, Function<Treatment, String> name, AgreedPlan agreed) {
        List<String> out = new ArrayList<>();
        for (PlanOverride o : agreed.overrides()) {
            out.add(text.format("wizard.summary.override", change(text, name, agreed, o), o.reason()));
        }
        return out;
    }

    /** The step's number as agreed, else as proposed (for a dropped one). */
    private static String order(AgreedPlan agreed, Treatment proposed, Treatment now) {
        Optional<ProtocolStep> s = Optional.empty();
        if (agreed.protocol() != null) {
            // A moved step may have been given an alternative: it is found by the step it came from.
            s = agreed.protocol().steps().stream().filter(x -> x.treatment() == now
                    || agreed.proposed(x).map(ProtocolStep::treatment).orElse(null) == proposed).findFirst();
        }
        if (s.isEmpty() && agreed.plan().protocol() != null) {
            s = agreed.plan().protocol().steps().stream().filter(x -> x.treatment() == proposed).findFirst();
        }
        return s.map(x -> Integer.toString(x.order())).orElse("?");
    }

    private static String startDate(WizardText text, AgreedPlan agreed, Integer week) {
        if (week == null || agreed.protocol() == null) {
            return "";
        }
        return text.shortDate(agreed.protocol().startsOn().plusWeeks(week));
    }
}
