package com.clearpath.domain;

import java.util.List;

/**
 * Fitzpatrick type (1–6, from the questionnaire), sensitivity and conditions present. {@code fitzpatrickScore} is
 * the questionnaire total (0–40) when it was taken; {@code fitzpatrickOverrideReason} says why the practitioner
 * chose a type other than the score's band. Both are optional additions to the exchange format.
 */
public record SkinProfile(Integer fitzpatrick, Sensitivity sensitivity, List<SkinCondition> conditions,
                          Integer fitzpatrickScore, String fitzpatrickOverrideReason) {
    public static final int SCORE_MAX = 40;

    public SkinProfile {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public SkinProfile(Integer fitzpatrick, Sensitivity sensitivity, List<SkinCondition> conditions) {
        this(fitzpatrick, sensitivity, conditions, null, null);
    }

    /** The Fitzpatrick type for a questionnaire total (reference E1: 0–6 I, 7–13 II, 14–20 III, 21–27 IV, 28–34 V, 35+ VI). */
    public static int typeForScore(int score) {
        return FitzpatrickQuestionnaire.typeForScore(score);
    }
}
