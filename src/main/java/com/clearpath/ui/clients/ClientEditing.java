package com.clearpath.ui.clients;

import com.clearpath.app.ClientDirectory;
import com.clearpath.domain.Client;
import com.clearpath.domain.ClientMatch;
import com.clearpath.domain.ConsultationStatus;
import com.clearpath.domain.ConsultationSummary;
import com.clearpath.domain.Problem;
import com.clearpath.domain.StoredClient;
import com.clearpath.ui.common.BackgroundTasks;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A client record's own corrections, on the client's page: edit the details, merge a duplicate record into this
 * one, delete a record that has no final consultation. Each asks in place before it changes anything; the rules and
 * the trail are in the store, behind {@link ClientDirectory}.
 */
final class ClientEditing {
    /** What the page does once a change is made: show the client again, or leave the deleted one. */
    record After(Consumer<UUID> reopen, Runnable deleted) {
    }

    private final Messages text;
    private final RecordWords words;
    private final BackgroundTasks tasks;
    private final ClientDirectory directory;
    private final StoredClient client;
    private final boolean hasFinal;
    private final After after;
    private final VBox panel = new VBox();

    ClientEditing(RecordWords words, BackgroundTasks tasks, ClientDirectory directory, StoredClient client,
                  List<ConsultationSummary> consultations, After after) {
        this.text = words.text();
        this.words = words;
        this.tasks = tasks;
        this.directory = directory;
        this.client = client;
        this.hasFinal = consultations.stream().anyMatch(c -> c.status() == ConsultationStatus.FINAL);
        this.after = after;
        panel.setId("client-edit-panel");
        panel.getStyleClass().add("client-edit-panel");
        panel.setVisible(false);
        panel.managedProperty().bind(panel.visibleProperty());
    }

    /** The panel where the forms and questions appear, under the page's header. */
    Node panel() {
        return panel;
    }

    /**
     * One "Record" button beside Start follow-up, so the history keeps its room: Edit, Merge and Delete in its menu,
     * each with a mnemonic (Alt+R opens it, then the underlined letter).
     */
    MenuButton menu() {
        MenuItem edit = item("client-edit", text.get("clients.edit"), this::showEditor);
        MenuItem merge = item("client-merge", text.get("clients.merge"), this::showMerge);
        MenuItem delete = item("client-delete", text.get("clients.delete"), this::askDelete);
        delete.setDisable(hasFinal);
        MenuButton menu = new MenuButton(text.get("clients.record"), null,
                edit, merge, delete);
        menu.setId("client-record-menu");
        menu.setMnemonicParsing(true);
        menu.setAccessibleText(text.format("clients.record.accessible", ClientsView.name(client)));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        // A menu button does not register its own mnemonic, and a second Alt+R mnemonic in the scene loses to any
        // other control's R (hidden ones too): the scene takes the first it finds. So Alt+R is a key filter of the
        // scene's while this page is shown, and opens the menu as Space does.
        EventHandler<KeyEvent> altR = e -> {
            if (e.getCode() == KeyCode.R && e.isAltDown() && !e.isControlDown() && !e.isShiftDown()
                    && !e.isMetaDown() && !menu.isDisabled() && shown(menu)) {
                e.consume();
                menu.requestFocus();
                if (!menu.isShowing()) {
                    menu.show();
                }
            }
        };
        menu.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, altR);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, altR);
            }
        });
        if (hasFinal) {
            menu.setTooltip(new Tooltip(text.get("clients.delete.hasFinal")));
        }
        return menu;
    }

    /** Visible with every parent up to the scene's root. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static MenuItem item(String id, String label, Runnable action) {
        MenuItem m = new MenuItem(label);
        m.setId(id);
        m.setMnemonicParsing(true);
        m.setOnAction(e -> action.run());
        return m;
    }

    private static Button button(String id, String label, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(label.replace("_", ""));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show(Node... content) {
        panel.getChildren().setAll(content);
        panel.setVisible(true);
    }

    private void close() {
        panel.getChildren().clear();
        panel.setVisible(false);
    }

    // ---------------------------------------------------------------- edit

    private void showEditor() {
        Client c = client.client();
        TextField first = field("client-edit-first", c.firstName());
        TextField last = field("client-edit-last", c.lastName());
        TextField dob = field("client-edit-dob", c.dateOfBirth().toString());
        TextField phone = field("client-edit-phone", c.phone());
        TextField email = field("client-edit-email", c.email());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        for (Object[] f : new Object[][] {{"clients.edit.firstName", first}, {"clients.edit.lastName", last},
                {"clients.edit.dob", dob}, {"clients.edit.phone", phone}, {"clients.edit.email", email}}) {
            Label l = new Label(text.get((String) f[0]));
            l.setMnemonicParsing(true);
            l.setLabelFor((Node) f[1]);
            ((TextField) f[1]).setAccessibleText(text.get((String) f[0]).replace("_", ""));
            grid.addRow(row++, l, (Node) f[1]);
        }
        Label problems = problemLine("client-edit-problems");
        Button save = button("client-edit-save", text.get("clients.edit.save"), () -> {
            LocalDate born;
            try {
                born = LocalDate.parse(dob.getText().strip());
            } catch (DateTimeParseException e) {
                problems.setText(text.get("clients.edit.dobUnreadable"));
                problems.setVisible(true);
                return;
            }
            Client edited = new Client(first.getText().strip(), last.getText().strip(), born,
                    blankToNull(phone.getText()), blankToNull(email.getText()));
            tasks.run(() -> directory.edit(client.id(), edited), outcome -> {
                if (outcome instanceof ClientDirectory.Edited saved) {
                    after.reopen().accept(saved.client().id());
                } else if (outcome instanceof ClientDirectory.Refused refused) {
                    problems.setText(refused.problems().stream().map(this::sentence)
                            .collect(Collectors.joining("; ")));
                    problems.setVisible(true);
                }
            }, error -> {
                problems.setText(RecordWords.failure(text, error));
                problems.setVisible(true);
            });
        });
        save.setDefaultButton(true);
        Button cancel = button("client-edit-cancel", text.get("clients.cancel"), this::close);
        cancel.setCancelButton(true);
        show(heading(text.get("clients.edit.heading")), grid, problems, new HBox(8, save, cancel));
        Platform.runLater(first::requestFocus);
    }

    private String sentence(Problem p) {
        return p.path() + " " + text.problems().message(p);
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        return f;
    }

    // ---------------------------------------------------------------- merge

    private void showMerge() {
        TextField search = field("client-merge-search", "");
        search.setPromptText(text.get("clients.merge.prompt"));
        search.setAccessibleText(text.get("clients.merge.prompt"));
        VBox results = new VBox(4);
        results.setId("client-merge-results");
        Label problems = problemLine("client-merge-problems");
        search.setOnAction(e -> {
            String q = search.getText();
            tasks.run(() -> directory.search(q, 8), found -> {
                results.getChildren().clear();
                for (ClientMatch m : found) {
                    if (m.id().equals(client.id())) {
                        continue;
                    }
                    Button b = new Button(m.lastName() + ", " + m.firstName() + " \u00b7 " + words.date(m.dateOfBirth()));
                    b.setId("client-merge-candidate-" + m.id());
                    b.setMnemonicParsing(false);
                    b.setAccessibleText(b.getText());
                    b.setOnAction(x -> confirmMerge(m, results, problems));
                    results.getChildren().add(b);
                }
                if (results.getChildren().isEmpty()) {
                    results.getChildren().add(new Label(text.get("clients.merge.none")));
                }
            }, error -> {
                problems.setText(RecordWords.failure(text, error));
                problems.setVisible(true);
            });
        });
        Button cancel = button("client-merge-cancel", text.get("clients.cancel"), this::close);
        cancel.setCancelButton(true);
        show(heading(text.format("clients.merge.heading", ClientsView.name(client))), search, results, problems,
                cancel);
        Platform.runLater(search::requestFocus);
    }

    private void confirmMerge(ClientMatch other, VBox results, Label problems) {
        Label question = new Label(text.format("clients.merge.question", other.displayName(),
                words.date(other.dateOfBirth()), other.consultations(), ClientsView.name(client)));
        question.setWrapText(true);
        Button yes = button("client-merge-confirm", text.get("clients.merge.confirm"), () -> tasks.run(
                () -> directory.merge(client.id(), other.id()),
                kept -> after.reopen().accept(kept.id()), error -> {
                    problems.setText(RecordWords.failure(text, error));
                    problems.setVisible(true);
                }));
        yes.getStyleClass().add("danger");
        Button no = button("client-merge-back", text.get("clients.cancel"), this::close);
        results.getChildren().setAll(question, new HBox(8, yes, no));
        no.requestFocus();
    }

    // ---------------------------------------------------------------- delete

    private void askDelete() {
        Label question = new Label(text.format("clients.delete.question", ClientsView.name(client)));
        question.setWrapText(true);
        Label problems = problemLine("client-delete-problems");
        Button yes = button("client-delete-confirm", text.get("clients.delete.confirm"), () -> tasks.run(() -> {
            directory.delete(client.id());
            return client.id();
        }, gone -> after.deleted().run(), error -> {
            problems.setText(RecordWords.failure(text, error));
            problems.setVisible(true);
        }));
        yes.getStyleClass().add("danger");
        Button no = button("client-delete-cancel", text.get("clients.cancel"), this::close);
        no.setCancelButton(true);
        show(question, problems, new HBox(8, yes, no));
        no.requestFocus();
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("detail-section-title");
        return l;
    }

    private static Label problemLine(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("inline-problem");
        l.setWrapText(true);
        l.visibleProperty().addListener((o, was, now) -> l.setManaged(now));
        l.setVisible(false);
        l.setManaged(false);
        return l;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
