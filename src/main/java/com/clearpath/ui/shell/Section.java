package com.clearpath.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The main window's sections, in navigation order. */
public enum Section {
    NEW_CONSULTATION("nav.newConsultation", "nav-new-consultation",
            "M8 2.5 V13.5 M2.5 8 H13.5"),
    CLIENTS("nav.clients", "nav-clients",
            "M8 2.25 A2.75 2.75 0 1 1 7.99 2.25 Z M2.75 14 C2.75 10.9 5 9.25 8 9.25 C11 9.25 13.25 10.9 13.25 14"),
    SETTINGS("nav.settings", "nav-settings",
            "M2.5 4 H13.5 M2.5 8 H13.5 M2.5 12 H13.5 M5.5 2.5 V5.5 M10.5 6.5 V9.5 M7 10.5 V13.5");

    private final String messageKey;
    private final String nodeId;
    private final String iconPath;

    Section(String messageKey, String nodeId, String iconPath) {
        this.messageKey = messageKey;
        this.nodeId = nodeId;
        this.iconPath = iconPath;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The navigation button's node id, for keyboard focus and tests. */
    public String nodeId() {
        return nodeId;
    }

    /** Ctrl+1, Ctrl+2, … in navigation order (Cmd on macOS), like a browser's tabs. */
    public KeyCombination shortcut() {
        return new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (ordinal() + 1)), KeyCombination.SHORTCUT_DOWN);
    }

    /** A 16×16 line drawing: plain shapes keep the look without bundling an icon font. */
    String iconPath() {
        return iconPath;
    }
}
