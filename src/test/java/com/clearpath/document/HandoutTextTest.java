package com.clearpath.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.Language;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Zone;
import org.junit.jupiter.api.Test;

class HandoutTextTest {
    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(HandoutText.load(Language.EN).keys(), HandoutText.load(Language.ES).keys());
    }

    @Test
    void everyConcernZoneHoldAndExclusionReasonHasWords() {
        for (Language l : Language.values()) {
            HandoutText t = HandoutText.load(l);
            for (ConcernKind k : ConcernKind.values()) {
                assertTrue(t.has("concern." + k + ".title") && t.has("concern." + k + ".text"), k + " " + l);
            }
            for (PigmentDepth d : PigmentDepth.values()) {
                assertTrue(t.has("concern.PIH." + d), d + " " + l);
            }
            for (Zone z : Zone.values()) {
                assertTrue(t.has("zone." + z), z + " " + l);
            }
            for (HoldCode h : HoldCode.values()) {
                assertTrue(t.has("hold." + h), h + " " + l);
            }
            for (com.clearpath.domain.ExclusionCode e : com.clearpath.domain.ExclusionCode.values()) {
                assertTrue(t.has("excluded." + e), e + " " + l);
            }
        }
    }

    @Test
    void spanishIsReadAsUtf8() {
        HandoutText es = HandoutText.load(Language.ES);
        assertEquals("Lo que encontramos", es.get("found.heading"));
        assertEquals("Su próxima cita", es.get("next.heading"));
        for (String key : es.keys()) {
            assertFalse(es.get(key).contains("Ã"), "mis-decoded text in " + key);
        }
    }

    @Test
    void placeholdersAreFilledInOrder() {
        assertEquals("Page 2 of 5", HandoutText.load(Language.EN).format("footer.page", 2, 5));
        assertEquals("Página 2 de 5", HandoutText.load(Language.ES).format("footer.page", 2, 5));
    }
}
