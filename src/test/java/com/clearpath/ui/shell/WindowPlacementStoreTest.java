package com.clearpath.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.app.Workstation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPlacementStoreTest {
    @TempDir
    Path folder;

    @Test
    void savesAndLoadsThePlacement() throws Exception {
        WindowPlacementStore store = new WindowPlacementStore(new Workstation(folder, "front-desk"));
        WindowPlacement placement = new WindowPlacement(12.5, 40, 1100, 720, true);
        store.save(placement);
        assertEquals(Optional.of(placement), store.load());
    }

    @Test
    void replacesTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        WindowPlacementStore store = new WindowPlacementStore(new Workstation(folder, "front-desk"));
        store.save(new WindowPlacement(1, 2, 1100, 700, false));
        store.save(new WindowPlacement(3, 4, 1200, 750, false));
        assertEquals(3, store.load().orElseThrow().x());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void nothingSavedYetMeansNoPlacement() {
        assertEquals(Optional.empty(), new WindowPlacementStore(new Workstation(folder, "front-desk")).load());
    }

    @Test
    void aDamagedFileIsIgnored() throws Exception {
        Path file = folder.resolve("window.json");
        Files.writeString(file, "{\"x\": 10, \"y\": ", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), new WindowPlacementStore(new Workstation(folder, "front-desk")).load());
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws Exception {
        Path file = folder.resolve("window.json");
        Files.writeString(file, "{\"x\":5,\"y\":6,\"width\":1100,\"height\":700,\"maximized\":false,\"screen\":2}");
        assertEquals(Optional.of(new WindowPlacement(5, 6, 1100, 700, false)), new WindowPlacementStore(new Workstation(folder, "front-desk")).load());
    }

    @Test
    void createsTheFolderIfNeeded() throws Exception {
        WindowPlacementStore store = new WindowPlacementStore(new Workstation(folder.resolve("new"), "front-desk"));
        store.save(new WindowPlacement(0, 0, 1024, 680, false));
        assertTrue(Files.isRegularFile(folder.resolve("new/window.json")));
    }
}
