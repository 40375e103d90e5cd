package com.clearpath.domain;

import java.util.EnumSet;
import java.util.Set;

/** Every treatment the catalog knows (contract: treatment codes). */
public enum Treatment {
    SUN_PROTECTION,
    TOPICAL_RETINOID,
    TOPICAL_DEPIGMENTING,
    CHEMICAL_PEEL_SUPERFICIAL,
    CHEMICAL_PEEL_MEDIUM,
    TCA_CROSS,
    MICRONEEDLING,
    MICRONEEDLING_PRP,
    RF_MICRONEEDLING,
    FRACTIONAL_NONABLATIVE_LASER,
    FRACTIONAL_ABLATIVE_LASER,
    ABLATIVE_RESURFACING,
    IPL,
    VASCULAR_LASER,
    SUBCISION,
    PUNCH_TECHNIQUES,
    DERMAL_FILLER,
    INTRALESIONAL_STEROID,
    SILICONE_GEL;

    private static final Set<Treatment> HOME_CARE =
            EnumSet.of(SUN_PROTECTION, TOPICAL_RETINOID, TOPICAL_DEPIGMENTING, SILICONE_GEL);

    /** Home care and topicals continue while procedures wait; everything else is a procedure. */
    public boolean homeCare() {
        return HOME_CARE.contains(this);
    }

    public boolean procedure() {
        return !homeCare();
    }
}
