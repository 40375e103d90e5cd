package com.clearpath.engine;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Reason;
import com.clearpath.domain.ReasonCode;
import com.clearpath.domain.Treatment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Treatments indicated for this client, each with a score (higher is better), targets, reasons and sources. */
final class Candidates {
    static final class Candidate {
        final Treatment treatment;
        int score;
        final Set<ConcernKind> targets = EnumSet.noneOf(ConcernKind.class);
        final Set<Reason> why = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();

        Candidate(Treatment treatment) {
            this.treatment = treatment;
        }
    }

    private final Map<Treatment, Candidate> map = new EnumMap<>(Treatment.class);

    /** Adds an indication; a treatment indicated for several concerns keeps its best score and every reason. */
    void add(Treatment t, int score, ConcernKind target, ReasonCode why, List<String> args, String... sources) {
        Candidate c = map.computeIfAbsent(t, k -> {
            Candidate n = new Candidate(k);
            n.score = Integer.MIN_VALUE;
            return n;
        });
        c.score = Math.max(c.score, score);
        if (target != null) {
            c.targets.add(target);
        }
        c.why.add(new Reason(why, args, List.of(sources)));
        c.sources.addAll(List.of(sources));
    }

    /** Moves a treatment up or down for this client (skin type, grade, sensitivity) and says why. */
    void adjust(Set<Treatment> treatments, int delta) {
        for (Treatment t : treatments) {
            Candidate c = map.get(t);
            if (c != null) {
                c.score += delta;
            }
        }
    }

    boolean contains(Treatment t) {
        return map.containsKey(t);
    }

    Candidate get(Treatment t) {
        return map.get(t);
    }

    /** Best first; equal scores keep the catalog's order so the result is deterministic. */
    List<Candidate> ranked() {
        List<Candidate> list = new ArrayList<>(map.values());
        list.sort((a, b) -> a.score != b.score ? Integer.compare(b.score, a.score)
                : Integer.compare(a.treatment.ordinal(), b.treatment.ordinal()));
        return list;
    }
}
