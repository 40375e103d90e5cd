package com.clearpath.ui.wizard;

import com.clearpath.domain.Problem;
import com.clearpath.words.ProblemWords;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/** Small building blocks the wizard's pages share: headings, labels tied to fields, errors under fields. */
final class Forms {
    private static final Object TOUCHED = new Object();

    private Forms() {
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("step-heading");
        l.setWrapText(true);
        return l;
    }

    static Label intro(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("step-description");
        l.setWrapText(true);
        return l;
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-section");
        l.setWrapText(true);
        return l;
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-hint");
        l.setWrapText(true);
        return l;
    }

    /** A field's label: its mnemonic (Alt + the underlined letter) focuses the field. */
    static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.getStyleClass().add("form-label");
        l.setWrapText(true);
        return l;
    }

    /** Gives a control the name a screen reader says (visible text is not always enough, e.g. for a tile). */
    static <T extends Control> T named(T control, String accessibleText) {
        control.setAccessibleText(accessibleText);
        return control;
    }

    /** The mnemonic marker removed: "_First name" becomes "First name". */
    static String plain(String withMnemonic) {
        return withMnemonic.replace("_", "");
    }

    /** Label over field over its error, as one block. */
    static VBox field(Label label, Node field, Label error) {
        VBox box = new VBox(label, field, error);
        box.getStyleClass().add("form-field");
        return box;
    }

    /**
     * An error line under a field: the validator's sentence for {@code path}, shown once the field has been left
     * (or {@code reveal} is set), hidden while there is nothing wrong. Invisible lines take no room.
     */
    static Label error(ProblemWords words, ConsultationDraft draft, String path, String fieldName,
                       BooleanProperty reveal, Node... touchedBy) {
        return error(() -> draft.problemAt(path).map(p -> sentence(words, fieldName, p)), draft.problemsProperty(),
                reveal, touchedBy);
    }

    static Label error(Supplier<Optional<String>> message, ObservableValue<?> trigger, BooleanProperty reveal,
                       Node... touchedBy) {
        Label l = new Label();
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        BooleanProperty touched = new SimpleBooleanProperty();
        l.getProperties().put(TOUCHED, touched);
        for (Node n : touchedBy) {
            n.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    touched.set(true);
                }
            });
        }
        // The trigger is read each time: a binding that is never read stays invalid and stops telling of changes,
        // which left the date-of-birth error on screen after a valid date.
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            trigger.getValue();
            return touched.get() || reveal.get() ? message.get().orElse("") : "";
        }, trigger, touched, reveal));
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        l.accessibleTextProperty().bind(l.textProperty());
        return l;
    }

    /** Forgets which fields were left, e.g. when a form is emptied to start over, so it is not all red at once. */
    static void forgetTouched(Parent root) {
        for (Node n : root.getChildrenUnmodifiable()) {
            if (n instanceof Label l && l.getProperties().get(TOUCHED) instanceof BooleanProperty touched) {
                touched.set(false);
            } else if (n instanceof Parent p) {
                forgetTouched(p);
            }
        }
    }

    /** The validator's problem under its field, in the screen's words: "First name is required". */
    static String sentence(ProblemWords words, String fieldName, Problem p) {
        return words.sentence(fieldName, p);
    }

    /**
     * What still stops a page, in a few words for the line beside Next: the names of the fields with problems,
     * in page order ({@code names} maps path prefixes to names).
     */
    static String missing(WizardText text, List<Problem> problems, Map<String, String> names) {
        LinkedHashSet<String> fields = new LinkedHashSet<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            for (Problem p : problems) {
                if (ConsultationDraft.within(p.path(), e.getKey())) {
                    fields.add(e.getValue());
                }
            }
        }
        if (fields.isEmpty() && !problems.isEmpty()) {
            fields.add(text.get("wizard.missing.other"));
        }
        return fields.isEmpty() ? "" : text.format("wizard.missing", String.join(", ", fields));
    }

    /**
     * A multi-line field that keeps the keys of every other field: Tab and Shift+Tab move the focus (a text area
     * would type a tab) and Enter is left to the wizard; Ctrl+Enter or Shift+Enter starts a new line.
     */
    static TextArea multiLine(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isAltDown() && !e.isMetaDown();
            if (e.getCode() == KeyCode.TAB && plain && !e.isControlDown()) {
                e.consume();
                // The area's own Ctrl+Tab (Ctrl+Shift+Tab) moves the focus without typing anything.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            } else if (e.getCode() == KeyCode.ENTER && plain && (e.isControlDown() || e.isShiftDown())) {
                e.consume();
                if (area.isEditable() && !area.isDisabled()) {
                    area.replaceSelection("\n");
                }
            }
        });
        return area;
    }

    /** Keeps a text control and a string property in step both ways, trimming nothing (the draft trims). */
    static void bindText(TextInputControl field, StringProperty value) {
        field.textProperty().bindBidirectional(value);
    }
}
