package com.clearpath.domain;

import java.util.OptionalLong;

/**
 * What checking the audit trail's chain found: intact over {@code checked} entries, or the first sequence where it
 * breaks and how ({@code CHANGED}: the entry's content no longer matches its hash; {@code MISSING}: the entry is
 * gone; {@code UNLINKED}: the entry no longer follows the one before it).
 */
public record AuditCheck(long checked, OptionalLong brokenAt, Break kind) {
    public enum Break { NONE, CHANGED, MISSING, UNLINKED }

    public static AuditCheck intact(long checked) {
        return new AuditCheck(checked, OptionalLong.empty(), Break.NONE);
    }

    public static AuditCheck broken(long checked, long seq, Break kind) {
        return new AuditCheck(checked, OptionalLong.of(seq), kind);
    }

    public boolean isIntact() {
        return brokenAt.isEmpty();
    }
}
