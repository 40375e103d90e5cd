package com.clearpath.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a draft needs beyond its intake to come back exactly as it was left: the ten questionnaire answers (the
 * intake keeps only their total, and an answer may still be missing) and the wizard step reached.
 */
public record DraftExtras(List<Integer> answers, int step) {
    public DraftExtras {
        answers = Collections.unmodifiableList(new ArrayList<>(answers));
    }
}
