package com.clearpath.document;

import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Treatment;
import java.util.Locale;
import java.util.Objects;

/** A practitioner's change to the computed plan, as the clinician summary lists it. */
public record OverrideLine(Treatment treatment, Action action, String reason, String by) {
    public enum Action {
        DECLINED, ADDED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public OverrideLine {
        Objects.requireNonNull(treatment, "treatment");
        Objects.requireNonNull(action, "action");
        reason = reason == null ? "" : reason.strip();
        by = by == null ? "" : by.strip();
    }

    /** The line for a change the practitioner recorded on a consultation. */
    public static OverrideLine of(PlanOverride o) {
        return new OverrideLine(o.treatment(), o.action() == PlanOverride.Action.DECLINED ? Action.DECLINED : Action.ADDED,
                o.reason(), o.by());
    }
}
