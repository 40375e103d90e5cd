package com.clearpath.ui.documents;

import com.clearpath.document.PaperSize;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.SegmentedButton;

/**
 * The print dialog behind "Printer…": which printer, how many copies, which paper. The printers are looked up in
 * the background (asking the print server can take a moment), so the dialog opens at once and fills in.
 */
final class PrintOptions {
    static final int MAX_COPIES = 99;
    private static final Logger LOG = Logger.getLogger(PrintOptions.class.getName());

    /** What was chosen; an empty printer means the system's default. */
    record Choice(Optional<String> printer, int copies, PaperSize paper) {
    }

    private final Messages text;
    private final BackgroundTasks tasks;
    private final Documents documents;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType printType;
    private final ChoiceBox<String> printers = new ChoiceBox<>();
    private final Spinner<Integer> copies;
    private final ToggleGroup papers = new ToggleGroup();
    private final ToggleButton letter = new ToggleButton();
    private final ToggleButton a4 = new ToggleButton();
    private final Label note = new Label();

    PrintOptions(Messages text, BackgroundTasks tasks, Documents documents, Window owner, PaperSize paper,
                 Consumer<Choice> chosen) {
        this.text = text;
        this.tasks = tasks;
        this.documents = documents;
        this.copies = new Spinner<>(1, MAX_COPIES, documents.chosenCopies());
        printType = new ButtonType(text.get("print.options.print"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("print.options.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

        dialog.initOwner(owner);
        dialog.setTitle(text.get("print.options.heading"));
        dialog.setHeaderText(text.get("print.options.heading"));
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        pane.getStyleClass().addAll("app-dialog", "print-options");
        pane.setAccessibleText(text.get("print.options.heading"));
        pane.getButtonTypes().addAll(printType, cancel);
        pane.setContent(content(paper));
        Button print = (Button) pane.lookupButton(printType);
        print.setId("print-options-print");
        print.setAccessibleText(text.get("print.options.print"));
        print.disableProperty().bind(printers.getSelectionModel().selectedItemProperty().isNull());
        Node cancelButton = pane.lookupButton(cancel);
        cancelButton.setId("print-options-cancel");
        cancelButton.setAccessibleText(text.get("print.options.cancel"));
        dialog.setResultConverter(b -> b);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == printType && printers.getValue() != null) {
                chosen.accept(new Choice(Optional.of(printers.getValue()), copies.getValue(),
                        papers.getSelectedToggle() == a4 ? PaperSize.A4 : PaperSize.LETTER));
            }
        });
    }

    /** Opens the dialog (not waiting for it: the answer comes through the callback) and looks up the printers. */
    void show() {
        dialog.show();
        tasks.run(() -> new Found(documents.printers().names(), documents.printers().defaultPrinter()), found -> {
            printers.setDisable(false);
            printers.getItems().setAll(found.names());
            String wanted = documents.chosenPrinter().or(found::defaultPrinter).orElse(null);
            if (wanted != null && found.names().contains(wanted)) {
                printers.setValue(wanted);
            } else if (!found.names().isEmpty()) {
                printers.setValue(found.names().get(0));
            }
            if (found.names().isEmpty()) {
                note.setText(text.get("print.options.none"));
                note.getStyleClass().add("preview-problem");
            } else {
                note.setText(text.get("print.options.paperNote"));
            }
            fit();
        }, error -> {
            LOG.log(Level.WARNING, "The printers could not be listed", error);
            note.setText(text.format("print.options.failed", error.getMessage()));
            note.getStyleClass().add("preview-problem");
            fit();
        });
    }

    /** The note under the choices may have grown a line: the window grows with it, so the buttons stay in view. */
    private void fit() {
        var window = dialog.getDialogPane().getScene().getWindow();
        if (window != null) {
            window.sizeToScene();
        }
    }

    private record Found(List<String> names, Optional<String> defaultPrinter) {
    }

    private Node content(PaperSize paper) {
        printers.setId("print-options-printer");
        printers.setAccessibleText(text.get("print.options.printer"));
        printers.setDisable(true);
        printers.setMaxWidth(Double.MAX_VALUE);
        copies.setId("print-options-copies");
        copies.setEditable(true);
        copies.setAccessibleText(text.get("print.options.copies"));
        copies.setPrefWidth(110);
        // A typed number counts even if the field still has the focus when Print is pressed.
        copies.getEditor().textProperty().addListener((o, was, now) -> {
            if (now.isEmpty()) {
                return;
            }
            try {
                int n = Integer.parseInt(now.strip());
                if (n >= 1 && n <= MAX_COPIES) {
                    copies.getValueFactory().setValue(n);
                }
            } catch (NumberFormatException e) {
                copies.getEditor().setText(was);
            }
        });
        letter.setText(text.get("print.paper.letter"));
        letter.setId("print-options-letter");
        letter.setAccessibleText(text.get("print.paper.letter"));
        a4.setText(text.get("print.paper.aFour"));
        a4.setId("print-options-a4");
        a4.setAccessibleText(text.get("print.paper.aFour"));
        letter.setToggleGroup(papers);
        a4.setToggleGroup(papers);
        papers.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                papers.selectToggle(was);
            }
        });
        // As in the preview window: one segmented control, which gives the two ends their pill shapes.
        SegmentedButton paperButtons = new SegmentedButton(letter, a4);
        paperButtons.setToggleGroup(papers);
        paperButtons.getStyleClass().add("preview-toggles");
        paperButtons.setId("print-options-paper");
        paperButtons.setAccessibleText(text.get("print.options.paper"));
        papers.selectToggle(paper == PaperSize.A4 ? a4 : letter);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("print-options-grid");
        row(grid, 0, "print.options.printer", printers);
        row(grid, 1, "print.options.copies", copies);
        row(grid, 2, "print.options.paper", paperButtons);
        note.setId("print-options-note");
        note.setText(text.get("print.options.looking"));
        note.setWrapText(true);
        note.getStyleClass().add("preview-note");
        note.setMaxWidth(Double.MAX_VALUE);
        // Wrapped to the dialog's width: without this a dialog lays the label out on one line and cuts it.
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setPrefWidth(380);
        VBox box = new VBox(grid, note);
        box.getStyleClass().add("dialog-content");
        return box;
    }

    private void row(GridPane grid, int row, String key, Node field) {
        Label label = new Label(text.get(key));
        label.getStyleClass().add("settings-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }
}
