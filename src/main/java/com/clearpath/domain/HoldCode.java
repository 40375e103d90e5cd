package com.clearpath.domain;

/** Why procedures wait today. */
public enum HoldCode {
    ACTIVE_ACNE,
    ACTIVE_COLD_SORE,
    SKIN_SORE_OR_TENDER,
    ACTIVE_SKIN_INFECTION,
    PREGNANT_OR_BREASTFEEDING,
    DERMATOSIS_FLARE
}
