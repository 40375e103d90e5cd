package com.clearpath.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BackgroundTasksTest {

    /** Both implementations keep the same promise: exactly one callback, with the result or the failure. */
    static Stream<Supplier<BackgroundTasks>> implementations() {
        return Stream.of(SameThreadBackgroundTasks::new,
                () -> new ExecutorBackgroundTasks(Executors.newSingleThreadExecutor(), Runnable::run));
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void handsTheResultToTheSuccessCallback(Supplier<BackgroundTasks> make) throws Exception {
        BlockingQueue<Object> outcomes = new ArrayBlockingQueue<>(2);
        make.get().run(() -> 6 * 7, outcomes::add, outcomes::add);
        assertEquals(42, outcomes.poll(5, TimeUnit.SECONDS));
        assertTrue(outcomes.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("implementations")
    void handsTheFailureToTheFailureCallback(Supplier<BackgroundTasks> make) throws Exception {
        BlockingQueue<Object> outcomes = new ArrayBlockingQueue<>(2);
        make.get().run(() -> {
            throw new IOException("disk full");
        }, outcomes::add, outcomes::add);
        Object outcome = outcomes.poll(5, TimeUnit.SECONDS);
        assertInstanceOf(IOException.class, outcome);
        assertEquals("disk full", ((IOException) outcome).getMessage());
        assertTrue(outcomes.isEmpty());
    }

    @Test
    void worksOffTheCallingThreadAndCallsBackOnTheUiExecutor() throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
        ExecutorBackgroundTasks tasks = new ExecutorBackgroundTasks(Executors.newSingleThreadExecutor(), ui);
        AtomicReference<String> workThread = new AtomicReference<>();
        BlockingQueue<String> callbackThread = new ArrayBlockingQueue<>(1);
        tasks.run(() -> {
            workThread.set(Thread.currentThread().getName());
            return "done";
        }, result -> callbackThread.add(Thread.currentThread().getName()), e -> {
        });
        assertEquals("test-ui", callbackThread.poll(5, TimeUnit.SECONDS));
        assertNotEquals(Thread.currentThread().getName(), workThread.get());
        assertNotEquals("test-ui", workThread.get());
        ui.shutdownNow();
    }

    @Test
    void finishWaitsForWorkAlreadyHandedOver() {
        ExecutorBackgroundTasks tasks = new ExecutorBackgroundTasks(Executors.newFixedThreadPool(2), Runnable::run);
        CountDownLatch started = new CountDownLatch(1);
        List<String> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        tasks.run(() -> {
            started.countDown();
            Thread.sleep(300);
            written.add("window.json");
            return null;
        }, r -> {
        }, e -> {
        });
        assertTrue(tasks.finish(Duration.ofSeconds(5)));
        assertEquals(List.of("window.json"), written);
        assertFalse(started.getCount() > 0);
    }

    @Test
    void finishGivesUpAfterTheWait() {
        ExecutorBackgroundTasks tasks = new ExecutorBackgroundTasks(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }), Runnable::run);
        CountDownLatch never = new CountDownLatch(1);
        tasks.run(() -> {
            never.await();
            return null;
        }, r -> {
        }, e -> {
        });
        assertFalse(tasks.finish(Duration.ofMillis(100)));
        never.countDown();
    }

    @Test
    void workHandedOverAfterFinishIsNotStartedAndDoesNotThrow() throws Exception {
        ExecutorBackgroundTasks tasks = new ExecutorBackgroundTasks(Executors.newSingleThreadExecutor(), Runnable::run);
        assertTrue(tasks.finish(Duration.ofSeconds(5)));
        List<Object> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch ran = new CountDownLatch(1);
        tasks.run(() -> {
            ran.countDown();
            return "backup";
        }, outcomes::add, outcomes::add);
        assertFalse(ran.await(300, TimeUnit.MILLISECONDS));
        assertTrue(outcomes.isEmpty());
    }
}
