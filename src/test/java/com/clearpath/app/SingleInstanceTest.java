package com.clearpath.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.store.DataFolder;
import com.clearpath.store.InstanceLock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One app per data folder: a second start learns who holds it and asks that window to come forward. */
class SingleInstanceTest {
    @TempDir
    Path temp;

    @Test
    void aSecondStartFindsTheHolderAndBringsItsWindowForward() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("clinic-data")).ensureExists();
        CountDownLatch broughtForward = new CountDownLatch(1);
        SingleInstance.Claim first = SingleInstance.claim(folder, broughtForward::countDown);
        SingleInstance owner = assertInstanceOf(SingleInstance.Owner.class, first).instance();
        try {
            SingleInstance.Claim second = SingleInstance.claim(folder, () -> { });
            SingleInstance.Second told = assertInstanceOf(SingleInstance.Second.class, second);
            assertEquals(ProcessHandle.current().pid(), told.holder().pid());
            assertEquals(InstanceLock.thisHost(), told.holder().host());
            assertTrue(told.broughtForward(), "the window already open answered");
            assertTrue(broughtForward.await(5, TimeUnit.SECONDS));
        } finally {
            owner.close();
        }
    }

    @Test
    void onceClosedTheFolderCanBeClaimedAgain() throws IOException {
        DataFolder folder = new DataFolder(temp.resolve("clinic-data")).ensureExists();
        SingleInstance.Owner first = assertInstanceOf(SingleInstance.Owner.class,
                SingleInstance.claim(folder, () -> { }));
        first.instance().close();
        SingleInstance.Owner again = assertInstanceOf(SingleInstance.Owner.class,
                SingleInstance.claim(folder, () -> { }));
        again.instance().close();
    }
}
