package com.clearpath.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (disk, database, documents) away from the FX thread and hands the outcome back on it, so the
 * window never freezes. Views depend on this interface only; tests substitute an implementation that runs
 * everything on the calling thread.
 */
public interface BackgroundTasks {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} with its result or {@code onFailure} with what it
     * threw, on the FX thread.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);
}
