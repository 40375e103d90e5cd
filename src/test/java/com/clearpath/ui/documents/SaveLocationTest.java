package com.clearpath.ui.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save PDF starts in the user's Documents folder, with a file name that is safe anywhere. */
class SaveLocationTest {
    @TempDir
    Path home;

    @Test
    void savePdfOpensInDocumentsWhenThereIsOne() throws IOException {
        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertEquals(documents, DocumentFiles.defaultSaveFolder(home));
    }

    @Test
    void savePdfOpensInTheHomeFolderWhenThereIsNoDocumentsFolder() {
        assertEquals(home, DocumentFiles.defaultSaveFolder(home));
    }

    @Test
    void namesLoseWhatAFileSystemCannotTakeAndKeepTheirLetters() {
        assertEquals("O-Brien-Smith", DocumentFiles.fileNameSafe("O'Brien / Smith"));
        assertEquals("García", DocumentFiles.fileNameSafe("Garci\u0301a"));
        assertEquals("etc-passwd", DocumentFiles.fileNameSafe("../etc/passwd\u0000"));
        assertEquals("Li-李", DocumentFiles.fileNameSafe("  Li: 李?  "));
        assertEquals("", DocumentFiles.fileNameSafe("\u200b*"));
    }
}
