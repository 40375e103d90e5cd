package com.clearpath.domain;

import java.time.Instant;

/** The practitioner's decision against the engine: a recommendation declined or a treatment added, with why. */
public record PlanOverride(Treatment treatment, Action action, String reason, String by, Instant at) {
    public enum Action { DECLINED, ADDED }

    public PlanOverride {
        if (treatment == null || action == null) {
            throw new IllegalArgumentException("An override names a treatment and an action");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An override needs a reason");
        }
    }
}
