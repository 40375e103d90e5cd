package com.clearpath.domain;

import java.time.Instant;

/**
 * The practitioner's decision against the engine, with why. {@code DECLINED} and {@code ADDED} are about a ranked
 * option; the others change the combined protocol, whose steps are named by the treatment the engine chose for them
 * (or the treatment added as a step):
 * <ul>
 * <li>{@code ALTERNATIVE_CHOSEN}: {@code treatment} (one of the step's alternatives) replaces {@code replaces},
 * the step's treatment in the plan's protocol;</li>
 * <li>{@code STEP_DROPPED}: the step of {@code treatment} is left out;</li>
 * <li>{@code STEP_MOVED}: the step of {@code treatment} begins in week {@code startWeek} of the protocol;</li>
 * <li>{@code STEP_ADDED}: {@code treatment}, a suitable option not in the protocol, becomes a step of its own
 * (from week {@code startWeek} when given).</li>
 * </ul>
 * {@code replaces} and {@code startWeek} are null where they do not apply (and in overrides stored before them).
 * The rules an override list must follow are {@link OverrideRules}.
 */
public record PlanOverride(Treatment treatment, Action action, String reason, String by, Instant at,
                           Treatment replaces, Integer startWeek) {
    public enum Action {
        DECLINED, ADDED, ALTERNATIVE_CHOSEN, STEP_DROPPED, STEP_MOVED, STEP_ADDED;

        /** True for the actions that change the protocol's steps rather than the ranked options. */
        public boolean onProtocol() {
            return this != DECLINED && this != ADDED;
        }
    }

    public PlanOverride {
        if (treatment == null || action == null) {
            throw new IllegalArgumentException("An override names a treatment and an action");
        }
        if (OverrideRules.blank(reason)) {
            throw new IllegalArgumentException("An override needs a reason");
        }
        reason = reason.strip();
    }

    /** A ranked option declined or added, as overrides were before the protocol could be changed. */
    public PlanOverride(Treatment treatment, Action action, String reason, String by, Instant at) {
        this(treatment, action, reason, by, at, null, null);
    }

    public static PlanOverride alternativeChosen(Treatment step, Treatment alternative, String reason, String by,
                                                 Instant at) {
        return new PlanOverride(alternative, Action.ALTERNATIVE_CHOSEN, reason, by, at, step, null);
    }

    public static PlanOverride stepDropped(Treatment step, String reason, String by, Instant at) {
        return new PlanOverride(step, Action.STEP_DROPPED, reason, by, at, null, null);
    }

    public static PlanOverride stepMoved(Treatment step, int startWeek, String reason, String by, Instant at) {
        return new PlanOverride(step, Action.STEP_MOVED, reason, by, at, null, startWeek);
    }

    public static PlanOverride stepAdded(Treatment t, Integer startWeek, String reason, String by, Instant at) {
        return new PlanOverride(t, Action.STEP_ADDED, reason, by, at, null, startWeek);
    }

    /** The step this override is about: the treatment that names it in the plan's protocol (or the added one). */
    public Treatment step() {
        return action == Action.ALTERNATIVE_CHOSEN && replaces != null ? replaces : treatment;
    }
}
