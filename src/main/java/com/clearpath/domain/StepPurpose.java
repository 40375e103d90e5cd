package com.clearpath.domain;

import java.util.EnumSet;
import java.util.Set;

/** What a protocol step is for (contract: {@code steps[].purpose}), in the order steps usually begin. */
public enum StepPurpose {
    PRIME,
    INDIVIDUAL_SCARS,
    RELEASE,
    RESURFACE,
    VOLUME,
    RAISED_SCARS,
    MARKS,
    MAINTAIN;

    private static final Set<StepPurpose> ATROPHIC = EnumSet.of(INDIVIDUAL_SCARS, RELEASE, RESURFACE, VOLUME);

    /** The in-clinic steps for atrophic scars, of which a protocol has at most three. */
    public boolean atrophic() {
        return ATROPHIC.contains(this);
    }
}
