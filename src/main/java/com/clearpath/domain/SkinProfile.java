package com.clearpath.domain;

import java.util.List;

/** Fitzpatrick type (1–6, from the questionnaire), sensitivity and conditions present. */
public record SkinProfile(Integer fitzpatrick, Sensitivity sensitivity, List<SkinCondition> conditions) {
    public SkinProfile {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
