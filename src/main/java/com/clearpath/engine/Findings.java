package com.clearpath.engine;

import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.FlagCode;
import com.clearpath.domain.Hold;
import com.clearpath.domain.HoldCode;
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
    final Map<Treatment, List<Note>> cautions = new EnumMap<>(Treatment.class);
    final List<ConditionalFlag> flags = new ArrayList<>();

    record Note(String text, List<String> sources) {
    }

    /** A flag raised if any of {@code whenPlanned} is recommended or deferred; an empty set means always. */
    record ConditionalFlag(FlagCode code, String text, Set<Treatment> whenPlanned, List<String> sources) {
    }

    void hold(HoldCode code, String text, String... sources) {
        holds.putIfAbsent(code, new Hold(code, text, List.of(sources)));
    }

    void exclude(Set<Treatment> treatments, ExclusionCode code, String text, String... sources) {
        for (Treatment t : treatments) {
            List<ExclusionReason> reasons = exclusions.computeIfAbsent(t, k -> new ArrayList<>());
            if (reasons.stream().noneMatch(r -> r.code() == code)) {
                reasons.add(new ExclusionReason(code, text, List.of(sources)));
            }
        }
    }

    void caution(Set<Treatment> treatments, String text, String... sources) {
        for (Treatment t : treatments) {
            cautions.computeIfAbsent(t, k -> new ArrayList<>()).add(new Note(text, List.of(sources)));
        }
    }

    void flag(FlagCode code, String text, Set<Treatment> whenPlanned, String... sources) {
        flags.add(new ConditionalFlag(code, text, whenPlanned.isEmpty() ? Set.of() : EnumSet.copyOf(whenPlanned), List.of(sources)));
    }

    void flagAlways(FlagCode code, String text, String... sources) {
        flags.add(new ConditionalFlag(code, text, Set.of(), List.of(sources)));
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
