package com.clearpath.domain;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A draft kept as a file when the records could not take it at a quit: the consultation as it was on screen, its
 * questionnaire answers, when it was kept and where.
 */
public record KeptDraft(StoredConsultation consultation, List<Integer> answers, Instant keptAt, Path file) {
    public KeptDraft {
        answers = Collections.unmodifiableList(new ArrayList<>(answers));
    }
}
