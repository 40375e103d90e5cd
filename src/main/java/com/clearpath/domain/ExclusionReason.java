package com.clearpath.domain;

import java.util.List;

public record ExclusionReason(ExclusionCode code, Reason reason) {
    public List<String> sources() {
        return reason.sources();
    }
}
