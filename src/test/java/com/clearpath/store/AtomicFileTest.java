package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced whole or not at all, owner-only, and nothing temporary is left beside it either way. */
class AtomicFileTest {
    @TempDir
    Path folder;

    @Test
    void writesTheWholeFileOwnerOnly() throws IOException {
        Path target = folder.resolve("settings.json");
        AtomicFile.write(target, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"a\":1}", Files.readString(target));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        }
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("export.json");
        AtomicFile.write(target, "old".getBytes(StandardCharsets.UTF_8));
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(target, true, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertArrayEquals("old".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void withoutReplacingAnExistingFileIsLeftAlone() throws IOException {
        Path target = folder.resolve("handout.pdf");
        AtomicFile.write(target, "kept".getBytes(StandardCharsets.UTF_8));
        assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFile.write(target, false, out -> out.write("new".getBytes(StandardCharsets.UTF_8))));
        assertEquals("kept", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aWriterThatClosesItsStreamStillGetsItsFileOnDisk() throws IOException {
        Path target = folder.resolve("export.json");
        AtomicFile.write(target, true, out -> {
            out.write("complete".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertEquals("complete", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aMissingFolderIsReportedNotCreated() {
        Path target = folder.resolve("mistyped/export.json");
        assertThrows(NoSuchFileException.class, () -> AtomicFile.write(target, new byte[] {1}));
        assertEquals(List.of(), files());
    }

    @Test
    void aCompleteFileMovesOverTheTarget() throws IOException {
        Path target = folder.resolve("clearpath.db");
        Files.writeString(target, "old");
        Path temp = AtomicFile.temporaryBeside(target);
        assertEquals(folder, temp.getParent());
        Files.writeString(temp, "new");
        AtomicFile.moveIntoPlace(temp, target);
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    private List<Path> files() {
        try (Stream<Path> all = Files.list(folder)) {
            return all.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
