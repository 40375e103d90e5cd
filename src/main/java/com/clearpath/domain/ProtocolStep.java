package com.clearpath.domain;

import java.util.List;

/**
 * One step of the combined protocol: its purpose, the chosen treatment and the other suitable ones as alternatives,
 * the concerns it targets, when it begins (weeks after the protocol's start, as a range when the schedule may vary)
 * and, for in-clinic treatments, its sessions and interval (null for home care).
 */
public record ProtocolStep(
        int order,
        StepPurpose purpose,
        Treatment treatment,
        List<Treatment> alternatives,
        List<ConcernKind> targets,
        Range startWeek,
        Range sessions,
        Range intervalWeeks,
        List<String> sources,
        List<StepReason> why) {

    public ProtocolStep {
        alternatives = List.copyOf(alternatives);
        targets = List.copyOf(targets);
        sources = List.copyOf(sources);
        why = List.copyOf(why);
    }

    public boolean inClinic() {
        return treatment.procedure();
    }

    public ProtocolStep withOrder(int newOrder) {
        return new ProtocolStep(newOrder, purpose, treatment, alternatives, targets, startWeek, sessions,
                intervalWeeks, sources, why);
    }
}
