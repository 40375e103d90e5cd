package com.clearpath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clearpath.store.DataFolder;
import com.clearpath.store.InstanceLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This computer's files sit in the data folder, owner-only, replaced whole. */
class WorkstationTest {
    @TempDir
    Path temp;

    @Test
    void thisComputerKeepsItsFilesInTheDataFolderUnderItsName() throws IOException {
        DataFolder data = new DataFolder(temp.resolve("clinic-data")).ensureExists();
        Workstation here = Workstation.of(data);
        assertEquals(InstanceLock.thisHost(), here.name());
        assertEquals(data.root().resolve("window.json"), here.file("window.json"));
    }

    @Test
    void aFileIsReplacedWholeOwnerOnlyAndItsFolderMadeIfMissing() throws IOException {
        Path folder = temp.resolve("not-yet");
        Workstation desk = new Workstation(folder, "front-desk");
        desk.write("workstation.json", "{\"first\":true}".getBytes(StandardCharsets.UTF_8));
        desk.write("workstation.json", "{\"second\":true}".getBytes(StandardCharsets.UTF_8));
        Path file = folder.resolve("workstation.json");
        assertEquals("{\"second\":true}", Files.readString(file));
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void noNameIsAnEmptyName() {
        assertEquals("", new Workstation(temp, null).name());
    }
}
