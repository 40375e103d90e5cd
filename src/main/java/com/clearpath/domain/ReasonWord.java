package com.clearpath.domain;

/** A word or phrase a {@link ReasonCode} takes as an argument ({@link ReasonCode.Arg#WORD}). */
public enum ReasonWord {
    /** Active acne without nodules or cysts: nothing is added after the IGA grade. */
    ACNE_PLAIN,
    ACNE_NODULES,
    ISOTRETINOIN_TAKING,
    ISOTRETINOIN_NOW_OR_RECENT,
    ISOTRETINOIN_RECENT,
    KELOID_HISTORY,
    RAISED_KELOID,
    RAISED_HYPERTROPHIC,
    /** The retinoid-free interval before peels in darker skin. */
    INTERVAL_DARKER,
    INTERVAL_OTHER
}
