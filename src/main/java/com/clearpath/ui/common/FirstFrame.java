package com.clearpath.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Tells when a newly shown scene is ready for the user: laid out, drawn once, with the keyboard focus in place and
 * the FX thread free to take the first key press.
 */
public final class FirstFrame {
    private FirstFrame() {
    }

    /**
     * Runs {@code then} on the FX thread once the scene has been drawn with a focus owner. The first pulse after that
     * lays the scene out and hands its frame to the renderer; the next pulse waits for that frame to be finished, so
     * {@code then} runs after the second one, from the event queue like any key press would.
     */
    public static void whenReady(Scene scene, Runnable then) {
        int[] pulses = {0};
        boolean[] done = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done[0] || scene.getWindow() == null || !scene.getWindow().isShowing() || scene.getFocusOwner() == null) {
                return;
            }
            pulses[0]++;
            if (pulses[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            done[0] = true;
            Platform.runLater(() -> {
                // Removed here, not from inside the pulse, which is walking the listeners.
                scene.removePostLayoutPulseListener(listener[0]);
                then.run();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
