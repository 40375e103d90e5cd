package com.clearpath.ui.wizard;

import com.clearpath.domain.Language;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TextField;

/**
 * A date typed as text into a draft's date property. What cannot be read stays on screen as typed (and is flagged),
 * so nothing the practitioner entered is lost; a date set by the draft (a resumed consultation) shows as ISO.
 */
final class DateField {
    private final TextField field = new TextField();
    private final BooleanProperty unreadable = new SimpleBooleanProperty();
    private boolean syncing;

    DateField(String id, ObjectProperty<LocalDate> value, Language language) {
        field.setId(id);
        field.setMaxWidth(220);
        field.setText(value.get() == null ? "" : value.get().toString());
        field.textProperty().addListener((o, was, now) -> {
            if (syncing) {
                return;
            }
            Optional<LocalDate> parsed = ClientPage.parseDate(now, language);
            unreadable.set(!now.isBlank() && parsed.isEmpty());
            syncing = true;
            try {
                value.set(parsed.orElse(null));
            } finally {
                syncing = false;
            }
        });
        value.addListener((o, was, now) -> {
            if (!syncing) {
                syncing = true;
                try {
                    field.setText(now == null ? "" : now.toString());
                    unreadable.set(false);
                } finally {
                    syncing = false;
                }
            }
        });
    }

    TextField field() {
        return field;
    }

    /** True while the text is not blank and not a date. */
    ReadOnlyBooleanProperty unreadable() {
        return unreadable;
    }
}
