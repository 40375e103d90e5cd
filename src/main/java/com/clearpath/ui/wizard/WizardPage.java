package com.clearpath.ui.wizard;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * One step of a wizard. The frame around it owns the step indicator and the Back / Next buttons; the page owns
 * its fields and says whether they are complete enough to move on.
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
}
