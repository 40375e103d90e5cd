package com.clearpath.engine;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Range;
import com.clearpath.domain.Treatment;
import java.util.List;

/**
 * One treatment as this clinic describes it: names and patient text in each language, schedule figures from the
 * literature, who performs it, and clinician cautions with sources. {@code sessions} and {@code intervalWeeks} are
 * null for daily home care. {@code offered} is false when the clinic refers the treatment out.
 */
public record CatalogTreatment(
        Treatment code,
        PerformedBy performedBy,
        Localized name,
        Localized description,
        Range sessions,
        Range intervalWeeks,
        Range downtimeDays,
        Localized resultsShow,
        List<ConcernKind> targets,
        LocalizedLines before,
        LocalizedLines aftercare,
        List<String> cautions,
        List<String> sources,
        String priceText,
        boolean offered) {

    public enum PerformedBy { PRACTITIONER, PHYSICIAN, HOME }

    public CatalogTreatment {
        targets = List.copyOf(targets);
        cautions = List.copyOf(cautions);
        sources = List.copyOf(sources);
    }
}
