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

    /**
     * The purpose a treatment serves when it is a step on its own (a concern the other steps leave, or a treatment
     * the practitioner adds): home care that is not a marks procedure looks after the results.
     */
    public static StepPurpose of(Treatment t) {
        return switch (t) {
            case TCA_CROSS, PUNCH_TECHNIQUES -> INDIVIDUAL_SCARS;
            case SUBCISION -> RELEASE;
            case DERMAL_FILLER -> VOLUME;
            case INTRALESIONAL_STEROID -> RAISED_SCARS;
            case RF_MICRONEEDLING, MICRONEEDLING_PRP, MICRONEEDLING, FRACTIONAL_NONABLATIVE_LASER,
                 FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM, ABLATIVE_RESURFACING -> RESURFACE;
            case VASCULAR_LASER, IPL, CHEMICAL_PEEL_SUPERFICIAL -> MARKS;
            default -> MAINTAIN;
        };
    }

    /** The in-clinic steps for atrophic scars, of which a protocol has at most three. */
    public boolean atrophic() {
        return ATROPHIC.contains(this);
    }
}
