package com.clearpath.ui.wizard;

import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A step that so far only says what it will ask: a heading and one sentence. Always complete. */
public final class StepOutlinePage implements WizardPage {
    private final String title;
    private final VBox content;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    public StepOutlinePage(String title, String heading, String description) {
        this.title = title;
        Label headingLabel = new Label(heading);
        headingLabel.getStyleClass().add("step-heading");
        headingLabel.setWrapText(true);
        Label descriptionLabel = new Label(description);
        descriptionLabel.getStyleClass().add("step-description");
        descriptionLabel.setWrapText(true);
        content = new VBox(headingLabel, descriptionLabel);
        content.getStyleClass().add("step-outline");
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public Node content() {
        return content;
    }

    @Override
    public ObservableBooleanValue valid() {
        return valid.getReadOnlyProperty();
    }
}
