package com.clearpath.domain;

/** Why a catalog treatment was ruled out for this client. */
public enum ExclusionCode {
    ISOTRETINOIN_RECENT,
    FITZPATRICK_IV_VI,
    FITZPATRICK_V_VI,
    RECENT_SUN_OR_TAN,
    PHOTOSENSITIZING_MEDICATION,
    KELOID_TENDENCY,
    SENSITIVE_SKIN,
    VERY_SENSITIVE_SKIN,
    PREGNANT_OR_BREASTFEEDING,
    FILLER_OR_LIDOCAINE_ALLERGY,
    /** Scars that do not flatten when stretched are not lifted by filler. */
    NOT_DISTENSIBLE,
    /** Not a treatment for any concern recorded in this consultation. */
    NOT_INDICATED
}
