package com.clearpath.domain;

import java.util.List;

public record Flag(FlagCode code, String text, List<String> sources) {
    public Flag {
        sources = List.copyOf(sources);
    }
}
