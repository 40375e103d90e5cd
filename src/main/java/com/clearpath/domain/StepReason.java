package com.clearpath.domain;

import java.util.List;

/** One reason for a protocol step: a code, its arguments and the reference ids that support it. */
public record StepReason(StepReasonCode code, List<String> args, List<String> sources) {
    public StepReason {
        args = List.copyOf(args);
        sources = List.copyOf(sources);
    }

    public static StepReason of(StepReasonCode code, List<String> sources, String... args) {
        return new StepReason(code, List.of(args), sources);
    }
}
