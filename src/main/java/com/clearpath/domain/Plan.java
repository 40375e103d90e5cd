package com.clearpath.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the client should do now, later and not at all, and why ({@code clearpath.plan/1}), with the one combined
 * protocol proposed from it. {@code protocol} is null only in plans stored before it existed.
 */
public record Plan(
        String format,
        PlanStatus status,
        List<Hold> holds,
        List<Recommendation> recommendations,
        List<Recommendation> deferred,
        List<Exclusion> excluded,
        List<Flag> flags,
        String catalogVersion,
        String engineVersion,
        Protocol protocol) {

    public static final String FORMAT = "clearpath.plan/1";

    public Plan {
        holds = List.copyOf(holds);
        recommendations = List.copyOf(recommendations);
        deferred = List.copyOf(deferred);
        excluded = List.copyOf(excluded);
        flags = List.copyOf(flags);
    }

    /** A plan without a protocol, as plans were stored before the protocol existed. */
    public Plan(String format, PlanStatus status, List<Hold> holds, List<Recommendation> recommendations,
                List<Recommendation> deferred, List<Exclusion> excluded, List<Flag> flags, String catalogVersion,
                String engineVersion) {
        this(format, status, holds, recommendations, deferred, excluded, flags, catalogVersion, engineVersion, null);
    }

    public Optional<Protocol> protocolIfAny() {
        return Optional.ofNullable(protocol);
    }

    public Set<Treatment> recommendedTreatments() {
        return treatments(recommendations);
    }

    public Set<Treatment> deferredTreatments() {
        return treatments(deferred);
    }

    public Optional<Exclusion> exclusion(Treatment t) {
        return excluded.stream().filter(e -> e.treatment() == t).findFirst();
    }

    public boolean flagged(FlagCode code) {
        return flags.stream().anyMatch(f -> f.code() == code);
    }

    private static Set<Treatment> treatments(List<Recommendation> list) {
        EnumSet<Treatment> set = EnumSet.noneOf(Treatment.class);
        list.forEach(r -> set.add(r.treatment()));
        return set;
    }
}
