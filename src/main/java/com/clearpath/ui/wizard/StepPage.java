package com.clearpath.ui.wizard;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * What every consultation step has in common: its title, its root, when it is complete, what still blocks it, and
 * whether its problems are shown yet. A step sets {@link #complete} and {@link #blocking} in its constructor.
 */
abstract class StepPage implements WizardPage {
    private final String title;
    protected final VBox root = new VBox();
    /** Errors under fields show once this is set (a field was left, or Enter pressed on an incomplete step). */
    protected final BooleanProperty reveal = new SimpleBooleanProperty();
    protected BooleanBinding complete;
    protected StringBinding blocking;

    StepPage(String title) {
        this.title = title;
    }

    @Override
    public final void revealProblems() {
        reveal.set(true);
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Node content() {
        return root;
    }

    @Override
    public final ObservableBooleanValue valid() {
        return complete;
    }

    @Override
    public final ObservableStringValue blocking() {
        return blocking;
    }
}
