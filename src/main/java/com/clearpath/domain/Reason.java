package com.clearpath.domain;

import java.util.Collection;
import java.util.List;

/**
 * One reason or caution in a plan: a code, its arguments (see {@link ReasonCode} for what each one is) and the
 * reference ids that support it. The words are made by whoever shows it, in their language.
 */
public record Reason(ReasonCode code, List<String> args, List<String> sources) {
    public Reason {
        args = List.copyOf(args);
        sources = List.copyOf(sources);
        if (args.size() != code.args().size()) {
            throw new IllegalArgumentException(code + " takes " + code.args().size() + " arguments, not " + args.size());
        }
    }

    public static Reason of(ReasonCode code, List<String> sources, String... args) {
        return new Reason(code, List.of(args), sources);
    }

    /** A reason kept only as its English words, as plans stored before reason codes carry them. */
    public static Reason text(String words, List<String> sources) {
        return new Reason(ReasonCode.TEXT, List.of(words), sources);
    }

    /** A concern as an argument: kind, zones and total count ("ROLLING:CHEEK_LEFT,CHEEK_RIGHT:8"). */
    public static String concern(ConcernKind kind, Collection<Zone> zones, Integer count) {
        return kind.name() + ":" + String.join(",", zones.stream().map(Zone::name).toList()) + ":"
                + (count == null ? "" : count.toString());
    }

    /** Concern kinds as an argument, comma separated. */
    public static String kinds(Collection<ConcernKind> kinds) {
        return String.join(",", kinds.stream().map(ConcernKind::name).toList());
    }
}
