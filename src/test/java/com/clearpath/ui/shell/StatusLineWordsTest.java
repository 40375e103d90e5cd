package com.clearpath.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clearpath.app.DatabaseStatus;
import com.clearpath.domain.Language;
import com.clearpath.domain.RecordsFailure;
import com.clearpath.ui.common.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A database that cannot be opened is said in the screen's language, not in the records' log line. */
class StatusLineWordsTest {

    @Test
    void aLockedDatabaseIsSaidInSpanishOnASpanishScreen() {
        DatabaseStatus locked = new DatabaseStatus.Unavailable(Path.of("clearpath.db"), new RecordsFailure(
                RecordsFailure.Code.LOCKED, RecordsFailure.Doing.OPEN_DATABASE, null));
        assertEquals("Base de datos no disponible: La base de datos la está usando otra copia de Clearpath u otro "
                + "programa; ciérrelo y vuelva a intentarlo (al abrir la base de datos). No se pueden guardar "
                + "consultas; vea Ajustes.", StatusLine.describe(Messages.load(Language.ES), locked));
    }
}
