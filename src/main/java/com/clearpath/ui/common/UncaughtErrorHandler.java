package com.clearpath.ui.common;

import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last stop for errors nobody caught, on any thread: logs each one once and shows it on the FX thread.
 * While one error is on screen, further ones are logged but not shown, so a fault that repeats on every layout
 * pass cannot bury the window under dialogs.
 */
public final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(UncaughtErrorHandler.class.getName());

    private final ErrorPresenter presenter;
    private final Executor uiThread;
    private final BooleanSupplier onUiThread;
    /** Only read and written on the FX thread. */
    private boolean showing;

    public UncaughtErrorHandler(ErrorPresenter presenter, Executor uiThread, BooleanSupplier onUiThread) {
        this.presenter = presenter;
        this.uiThread = uiThread;
        this.onUiThread = onUiThread;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error on thread " + thread.getName(), error);
        if (onUiThread.getAsBoolean()) {
            present(error);
        } else {
            try {
                uiThread.execute(() -> present(error));
            } catch (RuntimeException e) {
                // The FX toolkit is already gone (quitting): the log entry above is all that can be done.
            }
        }
    }

    private void present(Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            presenter.present(error, () -> showing = false);
        } catch (RuntimeException e) {
            showing = false;
            // Not rethrown: that would come straight back here.
            LOG.log(Level.SEVERE, "Could not show the error dialog", e);
        }
    }
}
