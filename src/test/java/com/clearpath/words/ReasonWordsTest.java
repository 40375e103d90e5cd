package com.clearpath.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Language;
import com.clearpath.domain.Reason;
import com.clearpath.domain.ReasonCode;
import com.clearpath.domain.ReasonWord;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.engine.TreatmentCatalog;
import java.text.MessageFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ReasonWordsTest {
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static ResourceBundle bundle(String name, Language l) {
        return ResourceBundle.getBundle(name, Locale.forLanguageTag(l.code()), EXACT);
    }

    /** Every key the words need: one per code (but the two made elsewhere), word, concern kind and zone. */
    static Set<String> expectedKeys() {
        Set<String> keys = new TreeSet<>(List.of("concern.plain", "concern.counted"));
        for (ReasonCode c : EnumSet.complementOf(EnumSet.of(ReasonCode.TEXT, ReasonCode.CATALOG_CAUTION))) {
            keys.add("reason." + c.name());
        }
        for (ReasonWord w : ReasonWord.values()) {
            keys.add("word." + w.name());
        }
        for (ConcernKind k : ConcernKind.values()) {
            keys.add("concern." + k.name());
        }
        for (Zone z : Zone.values()) {
            keys.add("zone." + z.name());
        }
        return keys;
    }

    @Test
    void everyCodeHasWordsInBothLanguagesAndNoKeyIsUnused() {
        for (Language l : Language.values()) {
            assertEquals(expectedKeys(), new TreeSet<>(bundle(ReasonWords.REASONS, l).keySet()), "keys in " + l);
        }
    }

    @Test
    void placeholdersMatchTheCodesArgumentsInBothLanguages() {
        for (Language l : Language.values()) {
            ResourceBundle b = bundle(ReasonWords.REASONS, l);
            for (ReasonCode c : EnumSet.complementOf(EnumSet.of(ReasonCode.TEXT, ReasonCode.CATALOG_CAUTION))) {
                String pattern = b.getString("reason." + c.name());
                assertEquals(c.args().size(), new MessageFormat(pattern).getFormatsByArgumentIndex().length,
                        l + " reason." + c + ": " + pattern);
                for (int i = 0; i < c.args().size(); i++) {
                    assertTrue(pattern.contains("{" + i + "}"), l + " reason." + c + " uses {" + i + "}");
                }
                assertFalse(pattern.matches(".*[^']'[^'].*"), l + " reason." + c + ": a lone apostrophe is lost");
            }
            assertEquals(2, new MessageFormat(b.getString("concern.plain")).getFormatsByArgumentIndex().length);
            assertEquals(3, new MessageFormat(b.getString("concern.counted")).getFormatsByArgumentIndex().length);
        }
    }

    @Test
    void spanishWordsAreSpanish() {
        ResourceBundle en = bundle(ReasonWords.REASONS, Language.EN);
        ResourceBundle es = bundle(ReasonWords.REASONS, Language.ES);
        for (String key : expectedKeys()) {
            if (!key.startsWith("concern.plain") && !key.startsWith("concern.counted") && !key.equals("word.ACNE_PLAIN")) {
                assertFalse(en.getString(key).equals(es.getString(key)), key + " is translated");
            }
        }
        Reason r = Reason.of(ReasonCode.ROLLING_SUBCISION, List.of("R63"),
                Reason.concern(ConcernKind.ROLLING, List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT), 8));
        assertEquals("Rolling scars (left cheek, right cheek; 8): rolling scars are tethered to deeper tissue by "
                + "fibrous bands, which subcision releases.", ReasonWords.in(Language.EN).of(r));
        assertEquals("Cicatrices onduladas (mejilla izquierda, mejilla derecha; 8): las cicatrices onduladas están "
                + "ancladas al tejido profundo por bandas fibrosas, que la subcisión libera.",
                ReasonWords.in(Language.ES).of(r));
        assertEquals("Fototipo V de Fitzpatrick: parámetros conservadores; la evidencia en los fototipos V–VI es escasa.",
                ReasonWords.in(Language.ES).of(Reason.of(ReasonCode.DARKER_SKIN_NONABLATIVE, List.of(), "V")));
        assertEquals("Acné activo (IGA 3 con nódulos o quistes): los procedimientos para cicatrices esperan a que el "
                + "acné esté controlado; los ensayos de tratamientos de cicatrices incluyeron a personas sin lesiones "
                + "activas.", ReasonWords.in(Language.ES).of(Reason.of(ReasonCode.ACTIVE_ACNE_HOLD, List.of(), "3",
                ReasonWord.ACNE_NODULES.name())));
        assertEquals(ReasonWords.in(Language.ES), ReasonWords.in(Locale.forLanguageTag("es-MX")));
        assertEquals(ReasonWords.in(Language.EN), ReasonWords.in(Locale.GERMANY));
    }

    @Test
    void everyCatalogCautionHasItsWordsAndNoneIsLeftOver() {
        TreatmentCatalog catalog = TreatmentCatalog.builtIn();
        ResourceBundle en = bundle(ReasonWords.CATALOG, Language.EN);
        Set<String> keys = new TreeSet<>();
        for (Treatment t : Treatment.values()) {
            List<String> cautions = catalog.get(t).cautions();
            for (int i = 0; i < cautions.size(); i++) {
                String key = "caution." + t.name() + "." + (i + 1);
                keys.add(key);
                assertEquals(cautions.get(i), en.getString(key), key + " says what the catalog says");
                Reason r = Reason.of(ReasonCode.CATALOG_CAUTION, List.of(), t.name(), Integer.toString(i + 1));
                for (Language l : Language.values()) {
                    assertFalse(ReasonWords.in(l).of(r).startsWith("["), key + " in " + l);
                }
            }
        }
        assertEquals(keys, new TreeSet<>(en.keySet()));
        ResourceBundle es = bundle(ReasonWords.CATALOG, Language.ES);
        assertEquals(keys, new TreeSet<>(es.keySet()), "every catalog caution in Spanish, none left over");
        for (String key : keys) {
            assertFalse(en.getString(key).equals(es.getString(key)), key + " is translated");
            assertEquals(citations(en.getString(key)), citations(es.getString(key)), key + " cites the same sources");
        }
        assertTrue(ReasonWords.in(Language.ES).of(Reason.of(ReasonCode.CATALOG_CAUTION, List.of(), "TCA_CROSS", "1"))
                .contains("picahielo"));
    }

    private static List<String> citations(String text) {
        return java.util.regex.Pattern.compile("\\[R\\d+\\]").matcher(text).results().map(m -> m.group()).toList();
    }

    @Test
    void wordsKeptFromBeforeCodesAreShownAsTheyAre() {
        Reason kept = Reason.text("Whatever a stored plan said, it's kept.", List.of("R1"));
        assertEquals("Whatever a stored plan said, it's kept.", ReasonWords.in(Language.ES).of(kept));
    }
}
