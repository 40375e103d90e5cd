package com.clearpath.ui.settings;

import com.clearpath.ui.common.BackgroundTasks;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What a Settings card edits, apart from its fields: the value as last read or saved (the form is changed when it
 * differs), read once when Settings is first opened, and one save at a time. Plain Java over {@link BackgroundTasks},
 * so a card's behaviour is testable without a window.
 */
final class SettingsEditing<T> {
    /** Writes the value; returns it as kept. */
    @FunctionalInterface
    interface Save<T> {
        T save(T value) throws Exception;
    }

    private final BackgroundTasks tasks;
    private final Callable<T> load;
    private final Save<T> store;
    private T saved;
    private boolean loaded;
    private boolean saving;

    SettingsEditing(BackgroundTasks tasks, Callable<T> load, Save<T> store) {
        this.tasks = tasks;
        this.load = load;
        this.store = store;
    }

    /**
     * Reads the value the first time it is asked; after that the form keeps what is being typed. {@code done} gets
     * the value read, or null when it could not be read (the form then starts from its defaults).
     */
    void loadOnce(Consumer<T> done, Consumer<Exception> failed) {
        if (loaded) {
            return;
        }
        loaded = true;
        tasks.run(load, value -> {
            saved = value;
            done.accept(value);
        }, error -> {
            failed.accept(error);
            done.accept(null);
        });
    }

    /** True when {@code now} is not what was last read or saved. */
    boolean changed(T now) {
        return !Objects.equals(now, saved);
    }

    boolean saving() {
        return saving;
    }

    /** Saves {@code wanted}; a second save while one is under way is not started. */
    void save(T wanted, Consumer<T> done, Consumer<Exception> failed) {
        if (saving) {
            return;
        }
        saving = true;
        tasks.run(() -> store.save(wanted), kept -> {
            saving = false;
            saved = kept;
            done.accept(kept);
        }, error -> {
            saving = false;
            failed.accept(error);
        });
    }
}
