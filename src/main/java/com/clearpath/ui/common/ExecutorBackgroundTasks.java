package com.clearpath.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/** {@link BackgroundTasks} on a small pool of worker threads, calling back through the given UI executor. */
public final class ExecutorBackgroundTasks implements BackgroundTasks {
    private static final Logger LOG = Logger.getLogger(ExecutorBackgroundTasks.class.getName());

    private final ExecutorService workers;
    private final Executor uiThread;

    public ExecutorBackgroundTasks(ExecutorService workers, Executor uiThread) {
        this.workers = workers;
        this.uiThread = uiThread;
    }

    /**
     * Daemon workers (a stuck task must not keep the app alive after its window closed) calling back with
     * {@link Platform#runLater}.
     */
    public static ExecutorBackgroundTasks onFxThread(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "clearpath-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return new ExecutorBackgroundTasks(Executors.newFixedThreadPool(threads, factory), Platform::runLater);
    }

    /**
     * Work handed over once {@link #finish} has begun (a callback of earlier work, say the records having opened
     * and asking for the day's backup, arriving as the window closes) is not started: the app is quitting, and
     * neither callback is called.
     */
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        try {
            workers.execute(task(work, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            if (!workers.isShutdown()) {
                throw e;
            }
            LOG.fine("Not started, the app is closing: " + work);
        }
    }

    private <T> Runnable task(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        return () -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                uiThread.execute(() -> onFailure.accept(e));
                return;
            }
            uiThread.execute(() -> onSuccess.accept(result));
        };
    }

    /**
     * Stops taking work and waits for what was already handed over (a window-size save, the database opening) so
     * nothing is cut off half-written when the app quits.
     *
     * @return true if every task finished in time
     */
    public boolean finish(Duration wait) {
        workers.shutdown();
        try {
            boolean done = workers.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                LOG.warning("Background work still running after " + wait.toMillis() + " ms at exit");
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.WARNING, "Interrupted while waiting for background work at exit", e);
            return false;
        }
    }
}
