package com.clearpath.domain;

import java.util.List;

public record Hold(HoldCode code, String text, List<String> sources) {
    public Hold {
        sources = List.copyOf(sources);
    }
}
