package com.clearpath.domain;

import java.util.List;

public record ExclusionReason(ExclusionCode code, String text, List<String> sources) {
    public ExclusionReason {
        sources = List.copyOf(sources);
    }
}
