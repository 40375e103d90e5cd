package com.clearpath.ui.wizard;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/**
 * One step of a wizard. The frame around it owns the step indicator and the Back / Next buttons; the page owns
 * its fields and says whether they are complete enough to move on.
 *
 * <p>Enter presses Next (it is the default button) unless the focused control uses Enter itself: a text field with
 * an {@code onAction} handler does, so leave that unset on single-line fields. A text area does not (Ctrl+Enter
 * breaks its lines): give it {@link Forms#multiLine} so Tab leaves it too.
 */
public interface WizardPage {

    /** The short name in the step indicator, e.g. "Skin". */
    String title();

    /** The page's content; created once per page and kept while the wizard runs, so entries survive Back. */
    Node content();

    /** True when Next may be pressed; the frame disables Next (and Enter) while it is false. */
    ObservableBooleanValue valid();

    /** Called each time the page comes on screen: focus the first field. Leaving focus alone focuses Next. */
    default void shown() {
    }

    /**
     * While the page is incomplete, a few words on what is still needed, shown beside the disabled Next button so
     * it never looks stuck for no reason. Null for no such line.
     */
    default ObservableStringValue blocking() {
        return null;
    }

    /** Enter was pressed while the page is incomplete: show every problem under its field, not only touched ones. */
    default void revealProblems() {
    }
}
