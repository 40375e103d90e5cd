package com.clearpath.domain;

import java.util.List;

/** One flag with every reason it was raised for, in the order found. */
public record Flag(FlagCode code, List<Reason> reasons, List<String> sources) {
    public Flag {
        reasons = List.copyOf(reasons);
        sources = List.copyOf(sources);
    }
}
