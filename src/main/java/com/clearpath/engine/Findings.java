package com.clearpath.engine;

import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.FlagCode;
import com.clearpath.domain.Hold;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.Reason;
import com.clearpath.domain.ReasonCode;
import com.clearpath.domain.Treatment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the safety rules found, before the plan is assembled: holds, exclusions, cautions attached to treatments,
 * and flags that apply only if one of their treatments ends up in the plan.
 */
final class Findings {
    final Map<HoldCode, Hold> holds = new EnumMap<>(HoldCode.class);
    final Map<Treatment, List<ExclusionReason>> exclusions = new EnumMap<>(Treatment.class);
    final Map<Treatment, List<Reason>> cautions = new EnumMap<>(Treatment.class);
    final List<ConditionalFlag> flags = new ArrayList<>();


    /** A flag raised if any of {@code whenPlanned} is recommended or deferred; an empty set means always. */
    record ConditionalFlag(FlagCode code, Reason reason, Set<Treatment> whenPlanned) {
    }

    void hold(HoldCode code, ReasonCode why, List<String> args, String... sources) {
        holds.putIfAbsent(code, new Hold(code, new Reason(why, args, List.of(sources))));
    }

    void exclude(Set<Treatment> treatments, ExclusionCode code, ReasonCode why, List<String> args,
                 String... sources) {
        for (Treatment t : treatments) {
            List<ExclusionReason> reasons = exclusions.computeIfAbsent(t, k -> new ArrayList<>());
            if (reasons.stream().noneMatch(r -> r.code() == code)) {
                reasons.add(new ExclusionReason(code, new Reason(why, args, List.of(sources))));
            }
        }
    }

    void caution(Set<Treatment> treatments, ReasonCode why, List<String> args, String... sources) {
        for (Treatment t : treatments) {
            cautions.computeIfAbsent(t, k -> new ArrayList<>()).add(new Reason(why, args, List.of(sources)));
        }
    }

    void flag(FlagCode code, ReasonCode why, List<String> args, Set<Treatment> whenPlanned, String... sources) {
        flags.add(new ConditionalFlag(code, new Reason(why, args, List.of(sources)),
                whenPlanned.isEmpty() ? Set.of() : EnumSet.copyOf(whenPlanned)));
    }

    void flagAlways(FlagCode code, ReasonCode why, List<String> args, String... sources) {
        flags.add(new ConditionalFlag(code, new Reason(why, args, List.of(sources)), Set.of()));
    }

    boolean excluded(Treatment t) {
        return exclusions.containsKey(t);
    }

    Map<FlagCode, List<ConditionalFlag>> flagsByCode() {
        Map<FlagCode, List<ConditionalFlag>> out = new LinkedHashMap<>();
        for (ConditionalFlag f : flags) {
            out.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }
}
