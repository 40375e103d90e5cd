package com.clearpath.domain;

import java.util.List;

/**
 * One kind of scar or mark in one or more zones. {@code count}, {@code distensible} and {@code pigmentDepth} are
 * optional (null when not recorded).
 */
public record Concern(ConcernKind kind, List<Zone> zones, Integer count, Boolean distensible, PigmentDepth pigmentDepth) {
    public Concern {
        zones = zones == null ? List.of() : List.copyOf(zones);
    }

    public Concern(ConcernKind kind, List<Zone> zones) {
        this(kind, zones, null, null, null);
    }
}
