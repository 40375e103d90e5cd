package com.clearpath.ui.common;

/** Shows an unexpected error to the person at the desk; called on the FX thread. */
@FunctionalInterface
public interface ErrorPresenter {

    /** Shows {@code error} without blocking, and runs {@code whenDismissed} once the person has closed it. */
    void present(Throwable error, Runnable whenDismissed);
}
