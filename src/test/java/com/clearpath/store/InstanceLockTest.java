package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder's lock file, on a real folder. */
class InstanceLockTest {
    @TempDir
    Path temp;

    @Test
    void aSecondClaimIsToldWhichProcessHoldsTheFolder() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        InstanceLock.Acquired first = assertInstanceOf(InstanceLock.Acquired.class, InstanceLock.acquire(folder, 4242, "t"));
        try {
            InstanceLock.Held second = assertInstanceOf(InstanceLock.Held.class, InstanceLock.acquire(folder, 1, "u"));
            assertEquals(ProcessHandle.current().pid(), second.holder().pid());
            assertEquals(InstanceLock.thisHost(), second.holder().host());
            assertEquals(4242, second.holder().port());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.lock().file())));
        } finally {
            first.lock().close();
        }
        InstanceLock.Acquired again = assertInstanceOf(InstanceLock.Acquired.class, InstanceLock.acquire(folder, 1, "u"));
        again.lock().close();
    }

    @Test
    void aLockLeftByAProcessThatIsGoneOnThisComputerIsTakenOver() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Files.writeString(folder.root().resolve(InstanceLock.FILE_NAME), "pid=" + p.pid() + "\nhost="
                + InstanceLock.thisHost() + "\nsince=2026-01-01T00:00:00Z\nport=1\ntoken=x\n", StandardCharsets.ISO_8859_1);
        InstanceLock.Acquired taken = assertInstanceOf(InstanceLock.Acquired.class, InstanceLock.acquire(folder, 7, "t"));
        assertEquals(ProcessHandle.current().pid(), InstanceLock.holder(folder).orElseThrow().pid());
        taken.lock().close();
    }

    @Test
    void aLockNamingAnotherComputerIsNotTakenOver() throws Exception {
        DataFolder folder = new DataFolder(temp).ensureExists();
        Files.writeString(folder.root().resolve(InstanceLock.FILE_NAME), "pid=12\nhost=front-desk-2\n"
                + "since=2026-01-01T00:00:00Z\nport=1\ntoken=x\n", StandardCharsets.ISO_8859_1);
        InstanceLock.Held held = assertInstanceOf(InstanceLock.Held.class, InstanceLock.acquire(folder, 7, "t"));
        assertEquals("front-desk-2", held.holder().host());
    }
}
