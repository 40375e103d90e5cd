package com.clearpath.ui.documents;

import com.clearpath.ui.common.Messages;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.SegmentedButton;

/** The preview's language or paper: a pair of toggles in one segmented control, in step with the model's value. */
final class PreviewChoice {
    private PreviewChoice() {
    }

    /** One of {@code values} is always chosen; the toggles wait while there is no document or one is going out. */
    static <T> Node of(Messages text, DocumentPreviewModel model, String labelKey, String id, ObjectProperty<T> value,
                       List<T> values, List<String> ids, List<String> keys) {
        ToggleGroup group = new ToggleGroup();
        // ControlsFX gives the ends their pill shapes and the theme its colours.
        SegmentedButton buttons = new SegmentedButton();
        for (int i = 0; i < values.size(); i++) {
            ToggleButton b = new ToggleButton(text.get(keys.get(i)));
            b.setId(ids.get(i));
            b.setUserData(values.get(i));
            b.setToggleGroup(group);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setAccessibleText(text.get(keys.get(i)));
            b.disableProperty().bind(model.source().isNull().or(model.busy()));
            buttons.getButtons().add(b);
        }
        buttons.setToggleGroup(group);
        Runnable follow = () -> group.getToggles().stream().filter(t -> t.getUserData() == value.get()).findFirst()
                .ifPresent(group::selectToggle);
        follow.run();
        value.addListener((o, was, now) -> follow.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A toggle group lets the selected button be clicked off; here one is always chosen.
                group.selectToggle(was);
            } else {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
        buttons.getStyleClass().add("preview-toggles");
        buttons.setAccessibleText(text.get(labelKey));
        Label label = new Label(text.get(labelKey));
        label.getStyleClass().add("preview-option-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(label, buttons);
        box.getStyleClass().add("preview-option");
        box.setId(id);
        return box;
    }
}
