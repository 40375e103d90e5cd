package com.clearpath.engine;

import com.clearpath.domain.ConsentVersion;
import com.clearpath.domain.Treatment;
import java.util.List;

/**
 * What a client reads before consenting to one treatment, in every language the clinic signs in: what it is, the
 * benefit hoped for, the common and the rare risks, the alternatives, the client's duties before and after, and the
 * reference sources the text rests on. {@code version} says whose text it is (built-in or the clinic's) and which.
 */
public record ConsentText(Treatment treatment, ConsentVersion version, Localized what, Localized benefit,
                          LocalizedLines commonRisks, LocalizedLines rareRisks, LocalizedLines alternatives,
                          LocalizedLines duties, List<String> sources) {
    public ConsentText {
        sources = List.copyOf(sources);
    }
}
