package com.clearpath.domain;

import java.util.List;

/**
 * One treatment in the plan, now or after the holds clear. {@code sessions} and {@code intervalWeeks} are null for
 * daily home care. {@code name} and {@code performedBy} come from the clinic's catalog; {@code referOut} is true
 * when the clinic does not offer the treatment itself; {@code why} and {@code cautions} are codes, made into words by whoever shows them; {@code waitsFor} lists the holds a deferred item waits on.
 */
public record Recommendation(
        Treatment treatment,
        String name,
        String performedBy,
        List<ConcernKind> targets,
        Range sessions,
        Range intervalWeeks,
        Range downtimeDays,
        List<Reason> why,
        List<Reason> cautions,
        List<String> sources,
        boolean referOut,
        List<HoldCode> waitsFor) {

    public Recommendation {
        targets = List.copyOf(targets);
        why = List.copyOf(why);
        cautions = List.copyOf(cautions);
        sources = List.copyOf(sources);
        waitsFor = waitsFor == null ? List.of() : List.copyOf(waitsFor);
    }
}
