package com.clearpath.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Language;
import com.clearpath.domain.Reason;
import com.clearpath.domain.ReasonCode;
import com.clearpath.words.ReasonWords;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The screens give the plan's reasons in the language the rest of the screen is in. */
class MessagesReasonsTest {
    @Test
    void reasonsFollowTheScreensLocale() {
        assertEquals(ReasonWords.in(Language.ES), Messages.load(Locale.forLanguageTag("es-ES")).reasons());
        assertEquals(ReasonWords.in(Language.EN), Messages.load(Locale.ENGLISH).reasons());
        Reason hold = Reason.of(ReasonCode.COLD_SORE_HOLD, List.of("R35"));
        assertTrue(Messages.load(Locale.forLanguageTag("es")).reasons().of(hold).startsWith("Herpes labial activo"));
        assertTrue(Messages.load(Locale.US).reasons().of(hold).startsWith("An active cold sore"));
    }
}
