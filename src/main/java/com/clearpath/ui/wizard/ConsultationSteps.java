package com.clearpath.ui.wizard;

import java.util.ArrayList;
import java.util.List;

/** The six steps of a consultation, in the order they are walked through with the client. */
public final class ConsultationSteps {
    /** Message key stems, in order: each has {@code .title}, {@code .heading} and {@code .description}. */
    static final List<String> STEPS = List.of("client", "concerns", "skin", "screening", "plan", "summary");

    private ConsultationSteps() {
    }

    /** Every message key the steps read, so the bundle can be checked for gaps. */
    public static List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        for (String step : STEPS) {
            for (String part : List.of(".title", ".heading", ".description")) {
                keys.add("step." + step + part);
            }
        }
        return keys;
    }
}
