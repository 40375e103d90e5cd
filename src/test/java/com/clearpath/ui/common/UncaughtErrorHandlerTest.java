package com.clearpath.ui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UncaughtErrorHandlerTest {
    private final Logger logger = Logger.getLogger(UncaughtErrorHandler.class.getName());
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final List<Throwable> shown = new ArrayList<>();
    private final List<Runnable> dismissers = new ArrayList<>();
    private final List<Runnable> queuedForUi = new ArrayList<>();
    private final Executor uiQueue = queuedForUi::add;

    @BeforeEach
    void listen() {
        logger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(capture);
    }

    private UncaughtErrorHandler handler(boolean onUiThread) {
        return new UncaughtErrorHandler((error, dismissed) -> {
            shown.add(error);
            dismissers.add(dismissed);
        }, uiQueue, () -> onUiThread);
    }

    @Test
    void logsOnceAndShowsOnTheUiThread() {
        IllegalStateException error = new IllegalStateException("stale draft");
        handler(false).uncaughtException(new Thread("worker"), error);

        assertEquals(1, logged.size());
        assertEquals(Level.SEVERE, logged.get(0).getLevel());
        assertSame(error, logged.get(0).getThrown());
        assertEquals(0, shown.size(), "not shown until the UI thread runs it");
        queuedForUi.forEach(Runnable::run);
        assertEquals(List.of(error), shown);
        assertEquals(1, logged.size(), "showing does not log it again");
    }

    @Test
    void showsOneErrorAtATime() {
        UncaughtErrorHandler handler = handler(true);
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("first"));
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("second"));
        assertEquals(1, shown.size());
        assertEquals(2, logged.size(), "the second is still logged");

        dismissers.get(0).run();
        handler.uncaughtException(Thread.currentThread(), new IllegalStateException("third"));
        assertEquals(2, shown.size());
        assertEquals("third", shown.get(1).getMessage());
    }

    @Test
    void aFailingDialogIsLoggedNotRethrown() {
        UncaughtErrorHandler handler = new UncaughtErrorHandler((error, dismissed) -> {
            throw new IllegalStateException("no window");
        }, uiQueue, () -> true);
        assertDoesNotThrow(() -> handler.uncaughtException(Thread.currentThread(), new RuntimeException("x")));
        assertEquals(2, logged.size());
        // After a failed attempt the next error is tried again.
        handler.uncaughtException(Thread.currentThread(), new RuntimeException("y"));
        assertEquals(4, logged.size());
    }
}
