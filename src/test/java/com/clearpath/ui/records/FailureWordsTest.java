package com.clearpath.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.Language;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import com.clearpath.ui.common.Messages;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every failure of the records, and everything they may have been doing, is said in English and in Spanish. */
class FailureWordsTest {
    private final Messages en = Messages.load(Language.EN);
    private final Messages es = Messages.load(Language.ES);

    @Test
    void everyCodeHasEnglishAndSpanishWordsNamingItsFacts() {
        for (Code code : Code.values()) {
            RecordsFailure f = new RecordsFailure(code, Doing.SAVE_CONSULTATION, null, "clearpath.db", "7");
            String english = RecordWords.failure(en, f);
            String spanish = RecordWords.failure(es, f);
            for (String said : new String[] {english, spanish}) {
                assertFalse(said.startsWith("[") || said.contains("{") || said.contains("records."), code + ": " + said);
            }
            assertNotEquals(english, spanish, code + " is said in Spanish");
            if (english.contains("clearpath.db")) {
                assertTrue(spanish.contains("clearpath.db"), code + " names the file in Spanish too: " + spanish);
            }
        }
    }

    @Test
    void everyDoingHasEnglishAndSpanishWords() {
        for (Doing doing : Doing.values()) {
            RecordsFailure f = new RecordsFailure(Code.LOCKED, doing, null);
            String english = RecordWords.failure(en, f);
            String spanish = RecordWords.failure(es, f);
            assertFalse(english.contains("[records.doing") || spanish.contains("[records.doing"), doing.name());
            assertNotEquals(english, spanish, doing.name());
        }
    }

    @Test
    void aSpanishWorkstationHearsTheRecordsInSpanish() {
        RecordsFailure locked = new RecordsFailure(Code.LOCKED, Doing.SAVE_CONSULTATION, null);
        assertEquals("La base de datos la está usando otra copia de Clearpath u otro programa; ciérrelo y vuelva a "
                + "intentarlo (al guardar la consulta)", RecordWords.failure(es, locked));
        RecordsFailure full = new RecordsFailure(Code.NOT_WRITABLE, Doing.SAVE_CONSULTATION, null);
        assertTrue(RecordWords.failure(es, full).endsWith("No se perdió nada de lo que escribió."));
        assertFalse(RecordWords.failureAlone(es, full).contains("No se perdió"), "without the reassurance");
    }

    @Test
    void otherFailuresAreSaidAsTheySaidIt() {
        assertEquals("disk full", RecordWords.failure(en, new IOException("disk full")));
        assertEquals("IOException", RecordWords.failure(en, new IOException()));
    }
}
