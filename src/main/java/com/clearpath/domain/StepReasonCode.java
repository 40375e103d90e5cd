package com.clearpath.domain;

/** Why a protocol step is there and why its treatment was chosen; the words are made by whoever shows them. */
public enum StepReasonCode {
    /** args: Fitzpatrick type (roman), priming weeks min, max. */
    PRIME_DARKER_SKIN,
    /** args: priming weeks min, max. */
    PRIME_PIH,
    /** args: concern kinds (codes, comma separated), treatment. */
    MATCHES_MORPHOLOGY,
    /** Individual scars are revised first so that resurfacing also smooths them. */
    INDIVIDUAL_BEFORE_RESURFACING,
    /** args: gap weeks min, max. */
    GAP_AFTER_INDIVIDUAL,
    /** Subcision before or together with the first resurfacing session. */
    RELEASE_WITH_RESURFACING,
    /** One resurfacing series; the other devices are alternatives. */
    ONE_RESURFACING_SERIES,
    /** Lowest pigment risk chosen in darker or sensitive skin. */
    LOWEST_PIGMENT_RISK,
    /** Filler last, for the volume that remains. */
    VOLUME_LAST,
    /** Raised scars are a separate track. */
    RAISED_SEPARATE_TRACK,
    /** PIH: topicals and sun protection first; procedures second line. */
    MARKS_TOPICALS_FIRST,
    /** PIE: vascular laser, or time. */
    MARKS_VASCULAR,
    /** A retinoid keeps atrophic scar counts from rising. */
    MAINTAIN_RETINOID,
    /** Daily sun protection continues. */
    MAINTAIN_SUN,
    /** args: concern kinds (codes, comma separated) this step is there to cover. */
    COVERS_CONCERN,
    /** args: hold codes (comma separated). */
    WAITS_FOR_HOLDS
}
