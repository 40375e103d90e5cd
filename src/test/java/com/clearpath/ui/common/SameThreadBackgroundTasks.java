package com.clearpath.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** For tests: runs the work and its callback right away on the calling thread, so outcomes are visible at once. */
public final class SameThreadBackgroundTasks implements BackgroundTasks {
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
