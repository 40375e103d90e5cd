package com.clearpath.domain;

import java.util.List;

/**
 * Why a treatment is recommended, what to watch with it, why it waits or is ruled out, and what must be acted on.
 * Each code declares its arguments; the words are made at the edge ({@code reasons_*.properties}).
 */
public enum ReasonCode {
    // Indications: what each concern calls for. A CONCERN argument is the concern as recorded today.
    ICE_PICK_TCA_CROSS(Arg.CONCERN),
    ICE_PICK_PUNCH(Arg.CONCERN),
    ICE_PICK_FRACTIONAL_ABLATIVE(Arg.CONCERN),
    ICE_PICK_RF_MICRONEEDLING(Arg.CONCERN),
    BOXCAR_SHALLOW_FRACTIONAL_ABLATIVE(Arg.CONCERN),
    BOXCAR_SHALLOW_RF_MICRONEEDLING(Arg.CONCERN),
    BOXCAR_SHALLOW_NONABLATIVE(Arg.CONCERN),
    BOXCAR_SHALLOW_MICRONEEDLING_PRP(Arg.CONCERN),
    BOXCAR_SHALLOW_MICRONEEDLING(Arg.CONCERN),
    BOXCAR_SHALLOW_MEDIUM_PEEL(Arg.CONCERN),
    BOXCAR_DEEP_PUNCH(Arg.CONCERN),
    BOXCAR_DEEP_FRACTIONAL_ABLATIVE(Arg.CONCERN),
    BOXCAR_DEEP_RF_MICRONEEDLING(Arg.CONCERN),
    BOXCAR_DEEP_TCA_CROSS(Arg.CONCERN),
    /** Deep boxcar and rolling scars alike. */
    MICRONEEDLING_PRP_OUTPERFORMS(Arg.CONCERN),
    BOXCAR_DEEP_MICRONEEDLING(Arg.CONCERN),
    BOXCAR_DEEP_NONABLATIVE(Arg.CONCERN),
    BOXCAR_DEEP_ABLATIVE(Arg.CONCERN),
    BOXCAR_DEEP_FILLER(Arg.CONCERN),
    ROLLING_SUBCISION(Arg.CONCERN),
    ROLLING_FILLER_DISTENSIBLE(Arg.CONCERN),
    ROLLING_FILLER_UNTESTED(Arg.CONCERN),
    ROLLING_RF_MICRONEEDLING(Arg.CONCERN),
    ROLLING_FRACTIONAL_ABLATIVE(Arg.CONCERN),
    ROLLING_MICRONEEDLING(Arg.CONCERN),
    ROLLING_NONABLATIVE(Arg.CONCERN),
    /** args: concern, Goodman grade. */
    ROLLING_ABLATIVE(Arg.CONCERN, Arg.TEXT),
    HYPERTROPHIC_STEROID(Arg.CONCERN),
    HYPERTROPHIC_SILICONE(Arg.CONCERN),
    HYPERTROPHIC_VASCULAR(Arg.CONCERN),
    KELOID_STEROID(Arg.CONCERN),
    KELOID_SILICONE(Arg.CONCERN),
    PIH_DEPIGMENTING(Arg.CONCERN),
    PIH_DERMAL_DEPTH,
    PIH_SUN(Arg.CONCERN),
    PIH_RETINOID(Arg.CONCERN),
    PIH_PEEL(Arg.CONCERN),
    PIH_NONABLATIVE(Arg.CONCERN),
    PIE_VASCULAR(Arg.CONCERN),
    PIE_IPL(Arg.CONCERN),
    PIE_SUN(Arg.CONCERN),
    SUN_DAILY_TINTED,
    SUN_DAILY,
    /** args: IGA grade. */
    RETINOID_ACTIVE_ACNE(Arg.TEXT),
    RETINOID_ATROPHIC,
    /** args: Fitzpatrick type (roman). */
    PRIME_DARKER_SKIN(Arg.TEXT),
    RETINOID_CONTINUE,

    // The plan as a whole.
    REFER_OUT,
    NOT_DISTENSIBLE_FILLER,
    /** args: the concern kinds recorded. */
    NOT_INDICATED(Arg.KINDS),
    /** args: the concern kinds no suitable option covers. */
    REFER_UNCOVERED(Arg.KINDS),

    // Safety rules. args: IGA grade, ACNE_PLAIN or ACNE_NODULES.
    ACTIVE_ACNE_HOLD(Arg.TEXT, Arg.WORD),
    ACTIVE_ACNE_TREATMENT(Arg.TEXT, Arg.WORD),
    NODULES_REVIEW,
    COLD_SORE_HOLD,
    ANTIVIRAL_ABLATIVE,
    ANTIVIRAL_HISTORY,
    ANTIVIRAL_PERIORAL,
    SORE_SKIN_HOLD,
    SKIN_INFECTION_HOLD,
    PREGNANCY_HOLD,
    PREGNANCY_NO_RETINOID,
    PREGNANCY_NO_HYDROQUINONE,
    PREGNANCY_REVIEW,
    DERMATOSIS_HOLD,
    DERMATOSIS_PEELS,
    MELASMA_LIGHT,
    /** args: the day isotretinoin stopped, the day 6 months later (ISO dates). */
    ISOTRETINOIN_ABLATIVE_UNTIL(Arg.TEXT, Arg.TEXT),
    ISOTRETINOIN_NO_WAIT_UNTIL(Arg.TEXT, Arg.TEXT),
    ISOTRETINOIN_UNCOVERED_UNTIL(Arg.TEXT, Arg.TEXT),
    ISOTRETINOIN_REVIEW_UNTIL(Arg.TEXT, Arg.TEXT),
    /** args: ISOTRETINOIN_TAKING, _NOW_OR_RECENT or _RECENT. */
    ISOTRETINOIN_ABLATIVE(Arg.WORD),
    ISOTRETINOIN_NO_WAIT(Arg.WORD),
    ISOTRETINOIN_UNCOVERED(Arg.WORD),
    ISOTRETINOIN_REVIEW(Arg.WORD),
    /** args: Fitzpatrick type (roman). */
    DARKER_SKIN_IPL(Arg.TEXT),
    DARKER_SKIN_ABLATIVE(Arg.TEXT),
    DARKER_SKIN_FRACTIONAL_ABLATIVE(Arg.TEXT),
    DARKER_SKIN_NONABLATIVE(Arg.TEXT),
    DARKER_SKIN_PEELS(Arg.TEXT),
    DARKER_SKIN_VASCULAR(Arg.TEXT),
    DARKER_SKIN_TEST_SPOT(Arg.TEXT),
    TYPE_V_VI_ABLATIVE_MEDIUM_PEEL(Arg.TEXT),
    SUN_TAN_WAIT,
    SUN_TAN_PEEL,
    PHOTOSENSITISING_IPL,
    PHOTOSENSITISING_CAUTION,
    PHOTOSENSITISING_REVIEW,
    /** args: KELOID_HISTORY, RAISED_KELOID or RAISED_HYPERTROPHIC. */
    KELOID_EXCLUDED(Arg.WORD),
    KELOID_CONSERVATIVE(Arg.WORD),
    KELOID_TEST_SPOT(Arg.WORD),
    KELOID_REVIEW(Arg.WORD),
    KELOID_PHYSICIAN,
    SENSITIVE_NO_MEDIUM_PEEL,
    VERY_SENSITIVE_NO_PEELS,
    SENSITIVE_START_LOW,
    BLEEDING_BRUISING,
    BLEEDING_FLAG,
    IMMUNOSUPPRESSION_HEALING,
    IMMUNOSUPPRESSION_REVIEW,
    ALLERGY_NO_FILLER,
    LIDOCAINE_ANAESTHETIC,
    ALLERGY_REVIEW,
    /** args: INTERVAL_DARKER or INTERVAL_OTHER. */
    RETINOID_FREE_INTERVAL(Arg.WORD),
    FILLER_UNDER_21,

    /** A caution from the clinic's catalog. args: treatment code, its number in the catalog's list (from 1). */
    CATALOG_CAUTION(Arg.TEXT, Arg.TEXT),
    /** Words kept as they are, from a plan stored before reason codes. args: the English words. */
    TEXT(Arg.TEXT);

    /** What an argument is, so the words can be made for it in each language. */
    public enum Arg {
        /** Shown as it is: a number, a Fitzpatrick type, a date. */
        TEXT,
        /** A concern as recorded ({@link Reason#concern}). */
        CONCERN,
        /** Concern kinds, comma separated ({@link Reason#kinds}). */
        KINDS,
        /** A {@link ReasonWord}. */
        WORD
    }

    private final List<Arg> args;

    ReasonCode(Arg... args) {
        this.args = List.of(args);
    }

    public List<Arg> args() {
        return args;
    }
}
