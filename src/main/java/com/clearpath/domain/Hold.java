package com.clearpath.domain;

import java.util.List;

public record Hold(HoldCode code, Reason reason) {
    public List<String> sources() {
        return reason.sources();
    }
}
