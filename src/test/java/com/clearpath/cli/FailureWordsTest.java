package com.clearpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.RecordsFailure;
import com.clearpath.domain.RecordsFailure.Code;
import com.clearpath.domain.RecordsFailure.Doing;
import org.junit.jupiter.api.Test;

/** The command line says every failure of the records, and what they were doing, in English. */
class FailureWordsTest {

    @Test
    void everyCodeAndDoingHasEnglishWords() {
        for (Code code : Code.values()) {
            for (Doing doing : Doing.values()) {
                String said = FailureWords.of(new RecordsFailure(code, doing, null, "clearpath.db", "7"));
                assertFalse(said.isBlank() || said.contains(code.name()) || said.contains(doing.name()), said);
            }
        }
    }

    @Test
    void theWordsAreTheOnesTheCommandsAlwaysPrinted() {
        assertEquals("/data/clearpath.db is a folder, not a database", FailureWords.of(
                new RecordsFailure(Code.NOT_A_DATABASE_FILE, Doing.OPEN_DATABASE, null, "/data/clearpath.db")));
        assertTrue(FailureWords.of(new RecordsFailure(Code.NOT_WRITABLE, Doing.SAVE_CLIENT, null))
                .contains("(save the client). Nothing you entered was lost."));
    }
}
