package com.clearpath.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A test's app is gone once the next test's app runs: the screen tests start one app per test in one JVM, and
 * every app kept (its window, pages, images) brought the suite to an OutOfMemoryError.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunningAppReleaseTest {
    /** The first test's app, watched from the second; only a weak reference, so it does not keep the app itself. */
    private static WeakReference<ClearpathApp> firstApp;

    private RunningApp running;

    @RegisterExtension
    final RunningAppExtension fixture = RunningAppExtension.fresh();

    @Test
    @Order(1)
    void firstAppRuns() {
        running.awaitReady();
        firstApp = new WeakReference<>(running.app);
    }

    @Test
    @Order(2)
    void firstAppIsReleasedOnceItsTestEnded() throws InterruptedException {
        running.awaitReady();
        assertNotNull(firstApp, "the first test ran before this one");
        // A collection is only asked for: a few tries leave room for the first app's last timers to run out.
        for (int i = 0; i < 50 && firstApp.get() != null; i++) {
            System.gc();
            Thread.sleep(100);
        }
        assertNull(firstApp.get(), "the first test's app is still reachable after its test ended");
    }
}
