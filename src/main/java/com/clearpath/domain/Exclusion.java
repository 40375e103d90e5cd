package com.clearpath.domain;

import java.util.List;

/** A catalog treatment ruled out, with every reason that applies. */
public record Exclusion(Treatment treatment, List<ExclusionReason> reasons) {
    public Exclusion {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("An exclusion needs at least one reason");
        }
    }

    public boolean hasReason(ExclusionCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
