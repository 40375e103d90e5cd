package com.clearpath.ui.consent;

import com.clearpath.app.Consents;
import com.clearpath.domain.ConsentStanding;
import com.clearpath.domain.Language;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.ConsentText;
import com.clearpath.ui.common.Dialogs;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.consent.ConsentsModel.Coverage;
import com.clearpath.ui.consent.ConsentsModel.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The consultation page's treatment consents: each procedure of the agreed plan and whether a valid consent covers
 * it, the consents signed in this consultation with Open and Withdraw, and "Sign consent…" for what is not covered.
 * Everything it shows comes from {@link ConsentsModel}.
 */
final class ConsentsPanel {
    /** What the panel opens over the main window: the signing window and a signed consent's pages. */
    interface Windows {
        void sign(ConsentReading reading, Messages clientWords, Consumer<Signed> onSigned);

        void show(ConsentStanding standing, byte[] pdf);
    }

    private final ConsentWords words;
    private final Messages text;
    private final ConsentsModel model;
    private final Dialogs dialogs;
    private final Windows windows;
    private final Supplier<Language> language;
    private final String clientName;
    private final VBox root = new VBox();
    private final VBox coverage = new VBox();
    private final VBox signed = new VBox();
    private final Button signNew = new Button();
    private final Label message = new Label();

    ConsentsPanel(ConsentWords words, ConsentsModel model, Dialogs dialogs, Windows windows,
                  Supplier<Language> language, String clientName) {
        this.words = words;
        this.text = words.text();
        this.model = model;
        this.dialogs = dialogs;
        this.windows = windows;
        this.language = language;
        this.clientName = clientName;
        root.setId("consultation-consents");
        root.setSpacing(8);
        coverage.setSpacing(6);
        signed.setSpacing(6);
        root.getStyleClass().addAll("detail-section", "consents-panel");
        Label heading = new Label(text.get("clients.consent.title"));
        heading.getStyleClass().add("detail-section-title");
        Label planTitle = new Label(text.get("clients.consent.plan"));
        planTitle.getStyleClass().add("detail-item-name");
        coverage.setId("consent-coverage");
        signNew.setText(text.get("clients.consent.sign"));
        signNew.setId("consent-sign-new");
        signNew.setAccessibleText(text.get("clients.consent.sign.accessible"));
        signNew.setMinWidth(Region.USE_PREF_SIZE);
        signNew.setOnAction(e -> signNew());
        message.setId("consent-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        Label signedTitle = new Label(text.get("clients.consent.signed.title"));
        signedTitle.getStyleClass().add("detail-item-name");
        signed.setId("consent-signed");
        root.getChildren().addAll(heading, planTitle, coverage, signNew, message, signedTitle, signed);

        model.coverage().addListener((ListChangeListener<Coverage>) c -> showCoverage());
        model.signed().addListener((ListChangeListener<ConsentStanding>) c -> showSigned());
        model.files().addListener((MapChangeListener<Object, Object>) c -> showSigned());
        model.stateProperty().addListener((o, was, now) -> showState());
        model.busyProperty().addListener((o, was, now) -> showState());
        model.outcomeProperty().addListener((o, was, now) -> showOutcome(now));
        showCoverage();
        showSigned();
        showState();
    }

    Node node() {
        return root;
    }

    /** Reads the texts of what is not covered in the screen's language and opens the signing window on them. */
    void signNew() {
        Language in = language.get();
        model.texts(in, texts -> {
            List<Treatment> chosen = texts.texts().stream().map(ConsentText::treatment).toList();
            Messages client = in == text.language() ? text : Messages.load(in);
            windows.sign(ConsentWords.reading(texts, client, clientName), client,
                    on -> model.sign(chosen, in, on));
        });
    }

    private void showState() {
        ConsentsModel.State state = model.stateProperty().get();
        signNew.setDisable(!model.canSign());
        if (state == ConsentsModel.State.FAILED) {
            say(words.failure(model.failureProperty().get()), true);
        }
    }

    private void showOutcome(Optional<Outcome> outcome) {
        if (outcome.isEmpty()) {
            message.setVisible(false);
            return;
        }
        Outcome o = outcome.get();
        if (o instanceof ConsentsModel.Kept k) {
            say(text.format("clients.consent.kept", words.treatments(k.standing().consent().treatments())), false);
        } else if (o instanceof ConsentsModel.Withdrawn w) {
            say(text.format("clients.consent.withdrawn", words.treatments(w.standing().consent().treatments())),
                    false);
        } else if (o instanceof ConsentsModel.Refused r) {
            say(words.refusal(r), true);
        } else if (o instanceof ConsentsModel.Failed f) {
            say(words.failure(f.error()), true);
        }
    }

    private void say(String said, boolean problem) {
        message.setText(said);
        message.getStyleClass().removeAll("detail-warning", "detail-text");
        message.getStyleClass().add(problem ? "detail-warning" : "detail-text");
        message.setVisible(true);
    }

    private void showCoverage() {
        coverage.getChildren().clear();
        for (Coverage c : model.coverage()) {
            Label name = new Label(words.records().treatment(c.treatment()));
            name.getStyleClass().add("detail-item-name");
            name.setWrapText(true);
            Label where = new Label(words.cover(c));
            where.setId("consent-cover-" + c.treatment().name());
            where.getStyleClass().add(c.cover() == ConsentsModel.Cover.COVERED ? "detail-text" : "detail-warning");
            where.setWrapText(true);
            // The procedure's name over where it stands: long names stay whole on a narrow page.
            VBox row = new VBox(2, name, where);
            row.getStyleClass().add("consent-cover");
            coverage.getChildren().add(row);
        }
        if (model.coverage().isEmpty()) {
            coverage.getChildren().add(muted(text.get(model.stateProperty().get() == ConsentsModel.State.LOADING
                    ? "clients.consent.loading" : "clients.consent.noProcedures")));
        }
        showState();
    }

    private void showSigned() {
        signed.getChildren().clear();
        for (ConsentStanding s : model.signed()) {
            signed.getChildren().add(entry(s));
        }
        if (model.signed().isEmpty()) {
            signed.getChildren().add(muted(text.get("clients.consent.signed.none")));
        }
    }

    private Node entry(ConsentStanding s) {
        String id = s.consent().id().toString();
        Label heading = new Label(words.treatments(s.consent().treatments()));
        heading.getStyleClass().add("detail-item-name");
        heading.setWrapText(true);
        Label by = new Label(words.signedBy(s));
        by.getStyleClass().add("detail-item-body");
        by.setWrapText(true);
        Consents.FileState file = model.files().getOrDefault(s.consent().id(), Consents.FileState.INTACT);
        Label state = new Label(file == Consents.FileState.INTACT ? words.state(s)
                : text.get(file == Consents.FileState.CHANGED ? "clients.consent.state.file.CHANGED"
                        : "clients.consent.state.file.MISSING"));
        state.setId("consent-state-" + id);
        state.getStyleClass().add(model.trusted(s) ? "detail-text" : "detail-warning");
        state.setWrapText(true);
        VBox about = new VBox(heading, by, state);
        HBox.setHgrow(about, Priority.ALWAYS);
        Button open = new Button(text.get("clients.consent.open"));
        open.setId("consent-open-" + id);
        open.setAccessibleText(text.format("clients.consent.open.accessible", heading.getText()));
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> open(s));
        HBox box = new HBox(8, about, open);
        if (s.state() != ConsentStanding.State.WITHDRAWN) {
            Button withdraw = new Button(text.get("clients.consent.withdraw"));
            withdraw.setId("consent-withdraw-" + id);
            withdraw.setAccessibleText(text.format("clients.consent.withdraw.accessible", heading.getText()));
            withdraw.setMinWidth(Region.USE_PREF_SIZE);
            withdraw.setOnAction(e -> withdraw(s));
            box.getChildren().add(withdraw);
        }
        box.getStyleClass().addAll("detail-item", "consent-entry");
        box.setId("consent-entry-" + id);
        return box;
    }

    private void open(ConsentStanding s) {
        model.open(s.consent().id(), opened -> {
            switch (opened.file()) {
                case INTACT -> windows.show(opened.standing(), opened.pdf().orElseThrow());
                case CHANGED -> dialogs.create(Alert.AlertType.ERROR, "consent-changed",
                        text.get("clients.consent.changed.heading"), text.get("clients.consent.changed.body"),
                        List.of(ButtonType.OK)).show();
                case MISSING -> dialogs.create(Alert.AlertType.ERROR, "consent-missing",
                        text.get("clients.consent.missing.heading"), text.get("clients.consent.missing.body"),
                        List.of(ButtonType.OK)).show();
            }
        });
    }

    /** Asks why; the reason is required, so Withdraw works only once one is typed. */
    private void withdraw(ConsentStanding s) {
        ButtonType yes = new ButtonType(text.get("clients.consent.withdraw.yes"), ButtonData.OK_DONE);
        ButtonType no = new ButtonType(text.get("clients.consent.withdraw.no"), ButtonData.CANCEL_CLOSE);
        Alert ask = dialogs.create(Alert.AlertType.CONFIRMATION, "consent-withdraw",
                text.get("clients.consent.withdraw.heading"),
                text.format("clients.consent.withdraw.body", words.treatments(s.consent().treatments())),
                List.of(yes, no));
        TextField reason = new TextField();
        reason.setId("consent-withdraw-reason");
        reason.setPromptText(text.get("clients.consent.withdraw.reason"));
        reason.setAccessibleText(text.get("clients.consent.withdraw.reason"));
        Label body = new Label(ask.getContentText());
        body.setWrapText(true);
        ask.getDialogPane().setContent(new VBox(8, body, reason));
        Node confirm = ask.getDialogPane().lookupButton(yes);
        confirm.disableProperty().bind(reason.textProperty().map(String::isBlank));
        ask.setOnShown(e -> reason.requestFocus());
        ask.setOnHidden(e -> {
            if (ask.getResult() == yes) {
                model.withdraw(s.consent().id(), reason.getText());
            }
        });
        ask.show();
    }

    private static Label muted(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("detail-muted");
        return l;
    }
}
