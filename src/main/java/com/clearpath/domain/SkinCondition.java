package com.clearpath.domain;

/** A skin condition present (not necessarily flaring). */
public enum SkinCondition { ROSACEA, ECZEMA, PSORIASIS, MELASMA }
