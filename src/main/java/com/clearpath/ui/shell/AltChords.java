package com.clearpath.ui.shell;

import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Keeps Alt+letter (a mnemonic) from arming the menu bar. The menu bar arms itself when Alt is released with no key
 * seen since it went down, and a mnemonic's letter is taken before the menu bar sees it; so letting go of Alt a
 * moment before the letter, as a quick hand does, left File armed, taking the next arrow keys and Enter. The window
 * sees every key first: when a key goes down with Alt held, it tells the scene that a key went by, which is what
 * the menu bar waits for to stay out of the way.
 */
final class AltChords {
    private AltChords() {
    }

    static void install(Scene scene) {
        EventHandler<KeyEvent> filter = e -> {
            if (e.isAltDown() && !e.getCode().isModifierKey()) {
                Event.fireEvent(scene, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "",
                        KeyCode.UNDEFINED, false, false, false, false));
            }
        };
        scene.windowProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, filter);
            }
        });
        Window window = scene.getWindow();
        if (window != null) {
            window.addEventFilter(KeyEvent.KEY_PRESSED, filter);
        }
    }
}
