package com.clearpath.ui.wizard;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/**
 * A step whose page is made the first time it is needed. At start only step one is on screen, so only step one is
 * built then; the others are made ahead in idle moments or, at the latest, when the step is reached. The title is
 * known up front for the step indicator.
 */
final class LazyPage implements WizardPage {
    private final String title;
    private final Supplier<? extends WizardPage> make;
    private WizardPage page;

    LazyPage(String title, Supplier<? extends WizardPage> make) {
        this.title = title;
        this.make = make;
    }

    /** The page, made now if it was not yet. */
    WizardPage page() {
        if (page == null) {
            page = make.get();
        }
        return page;
    }

    boolean made() {
        return page != null;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Node content() {
        return page().content();
    }

    @Override
    public ObservableBooleanValue valid() {
        return page().valid();
    }

    @Override
    public void shown() {
        page().shown();
    }

    @Override
    public ObservableStringValue blocking() {
        return page().blocking();
    }

    @Override
    public void revealProblems() {
        page().revealProblems();
    }
}
