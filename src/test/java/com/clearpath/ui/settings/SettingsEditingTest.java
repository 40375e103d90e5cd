package com.clearpath.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.ui.common.BackgroundTasks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A Settings card's value: read once, changed against what was kept, one save at a time. */
class SettingsEditingTest {
    /** Holds each piece of work until released, as the real background does. */
    private static final class HeldTasks implements BackgroundTasks {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            held.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void releaseAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    private final HeldTasks tasks = new HeldTasks();
    private final List<String> kept = new ArrayList<>();
    private int reads;

    private SettingsEditing<String> editing(boolean readFails) {
        return new SettingsEditing<>(tasks, () -> {
            reads++;
            if (readFails) {
                throw new IOException("unreadable");
            }
            return "Harbor Skin Clinic";
        }, v -> {
            kept.add(v);
            return v;
        });
    }

    @Test
    void theValueIsReadOnceAndTheFormIsChangedOnlyWhenItDiffers() {
        SettingsEditing<String> e = editing(false);
        List<String> shown = new ArrayList<>();
        e.loadOnce(shown::add, error -> { });
        e.loadOnce(shown::add, error -> { });
        tasks.releaseAll();
        assertEquals(1, reads, "read the first time Settings is opened only");
        assertEquals(List.of("Harbor Skin Clinic"), shown);
        assertFalse(e.changed("Harbor Skin Clinic"));
        assertTrue(e.changed("Harbor Skin & Laser"));
    }

    @Test
    void anUnreadableValueStartsTheFormFromItsDefaults() {
        SettingsEditing<String> e = editing(true);
        List<String> shown = new ArrayList<>();
        List<Exception> failed = new ArrayList<>();
        e.loadOnce(shown::add, failed::add);
        tasks.releaseAll();
        assertEquals(1, failed.size());
        assertEquals(1, shown.size());
        assertNull(shown.get(0));
    }

    @Test
    void oneSaveAtATimeAndTheSavedValueIsTheNewBaseline() {
        SettingsEditing<String> e = editing(false);
        e.loadOnce(v -> { }, error -> { });
        tasks.releaseAll();
        e.save("Harbor Skin & Laser", v -> { }, error -> { });
        assertTrue(e.saving());
        e.save("Another name", v -> { }, error -> { });
        tasks.releaseAll();
        assertEquals(List.of("Harbor Skin & Laser"), kept, "the second save was not started while the first ran");
        assertFalse(e.saving());
        assertFalse(e.changed("Harbor Skin & Laser"));
    }
}
