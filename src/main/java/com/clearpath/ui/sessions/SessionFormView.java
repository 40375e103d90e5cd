package com.clearpath.ui.sessions;

import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.ui.common.Messages;
import com.clearpath.ui.records.RecordWords;
import com.clearpath.ui.sessions.SessionForm.Field;
import com.clearpath.ui.sessions.SessionForm.Issue;
import com.clearpath.ui.sessions.SessionForm.Problem;
import com.clearpath.ui.sessions.SessionForm.SettingRow;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The form that logs a session or corrects one: every field in tab order, Enter saves from any one-line field, and a
 * field that cannot be kept is marked and named in a message above the buttons, with everything typed still there.
 */
final class SessionFormView {
    private static final String PROBLEM = "session-field-problem";
    /** The id of the consents section's "Sign consent…" button. */
    private static final String SIGN_CONSENT = "consent-sign-new";

    private final Messages text;
    private final SessionWords words;
    private final SessionForm form;
    private final VBox root = new VBox();
    private final GridPane grid = new GridPane();
    private final ComboBox<Treatment> treatment = new ComboBox<>();
    private final VBox settingRows = new VBox();
    private final VBox problems = new VBox();
    private final Map<Field, Control> fields = new EnumMap<>(Field.class);
    private final FlowPane zones = new FlowPane();
    private int row;

    SessionFormView(SessionWords words, SessionLog model, SessionForm form) {
        this.text = words.records().text();
        this.words = words;
        this.form = form;
        RecordWords records = words.records();
        root.setId("session-form");
        root.getStyleClass().add("session-form");
        Label title = new Label(form.corrects().isPresent()
                ? text.format("clients.session.form.correcting", records.date(form.corrects().get().session().performedOn()))
                : text.get("clients.session.form.title"));
        title.getStyleClass().add("detail-item-name");

        grid.getStyleClass().add("session-form-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        // The labels are never cut short: the inputs take what width is left.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);

        treatment.setId("session-treatment");
        treatment.getItems().setAll(form.choices());
        treatment.setConverter(new StringConverter<>() {
            @Override
            public String toString(Treatment t) {
                return t == null ? "" : records.treatment(t);
            }

            @Override
            public Treatment fromString(String s) {
                return null;
            }
        });
        treatment.valueProperty().bindBidirectional(form.treatmentProperty());
        treatment.setMaxWidth(Double.MAX_VALUE);
        add(Field.TREATMENT, "clients.session.field.treatment", treatment);

        TextField date = textField("session-date", form.dateProperty());
        date.setPromptText(text.get("clients.session.date.prompt"));
        date.setMaxWidth(220);
        add(Field.DATE, "clients.session.field.date", date);
        add(Field.PRACTITIONER, "clients.session.field.practitioner",
                textField("session-practitioner", form.practitionerProperty()));

        zones.setId("session-zones");
        zones.setHgap(10);
        zones.setVgap(4);
        for (Zone z : Zone.values()) {
            CheckBox box = new CheckBox(records.zone(z));
            box.setId("session-zone-" + z.name().toLowerCase(Locale.ROOT));
            box.setAccessibleText(records.zone(z));
            box.setSelected(form.zones().contains(z));
            box.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    form.zones().add(z);
                } else {
                    form.zones().remove(z);
                }
            });
            zones.getChildren().add(box);
        }
        addRow("clients.session.field.zones", zones);

        add(null, "clients.session.field.device", textField("session-device", form.deviceProperty()));

        settingRows.setId("session-settings");
        settingRows.setSpacing(4);
        Button addSetting = new Button(text.get("clients.session.setting.add"));
        addSetting.setId("session-setting-add");
        addSetting.setAccessibleText(text.get("clients.session.setting.add"));
        addSetting.setOnAction(e -> {
            form.addSetting();
            focusLastSetting();
        });
        Button suggest = new Button(text.get("clients.session.setting.suggest"));
        suggest.setId("session-setting-suggest");
        suggest.setAccessibleText(text.get("clients.session.setting.suggest.accessible"));
        suggest.setOnAction(e -> form.addSuggestedSettings());
        suggest.managedProperty().bind(suggest.visibleProperty());
        HBox settingButtons = new HBox(8, addSetting, suggest);
        addRow("clients.session.field.settings", new VBox(4, settingRows, settingButtons));
        form.settings().addListener((ListChangeListener<SettingRow>) c -> showSettings());
        showSettings();

        Label productLabel = new Label(text.get("clients.session.field.fillerProduct"));
        TextField product = textField("session-filler-product", form.fillerProductProperty());
        Label lotLabel = new Label(text.get("clients.session.field.fillerLot"));
        TextField lot = textField("session-filler-lot", form.fillerLotProperty());
        fields.put(Field.FILLER_PRODUCT, product);
        fields.put(Field.FILLER_LOT, lot);
        productLabel.setMinWidth(Region.USE_PREF_SIZE);
        lotLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row++, productLabel, product);
        grid.addRow(row++, lotLabel, lot);
        for (Node n : new Node[] {productLabel, product, lotLabel, lot}) {
            n.managedProperty().bind(n.visibleProperty());
        }

        add(null, "clients.session.field.anaesthetic", textField("session-anaesthetic", form.anaestheticProperty()));
        add(null, "clients.session.field.reaction", textField("session-reaction", form.reactionProperty()));
        TextArea notes = new TextArea();
        notes.setId("session-notes");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());
        add(null, "clients.session.field.notes", notes);

        TextField nextVisit = textField("session-next-visit-field", form.nextVisitProperty());
        nextVisit.setPromptText(text.get("clients.session.date.prompt"));
        nextVisit.setMaxWidth(220);
        Label nextHint = new Label(text.get("clients.session.nextVisit.hint"));
        nextHint.getStyleClass().add("detail-muted");
        nextHint.setWrapText(true);
        nextVisit.setAccessibleText(text.get("clients.session.field.nextVisit"));
        nextVisit.setAccessibleHelp(nextHint.getText());
        fields.put(Field.NEXT_VISIT, nextVisit);
        addRow("clients.session.field.nextVisit", new VBox(2, nextVisit, nextHint));

        Runnable byTreatment = () -> {
            Treatment t = form.treatmentProperty().get();
            boolean filler = SessionForm.asksForFiller(t);
            for (Node n : new Node[] {productLabel, product, lotLabel, lot}) {
                n.setVisible(filler);
            }
            suggest.setVisible(!SessionForm.suggested(t).isEmpty());
        };
        form.treatmentProperty().addListener((o, was, now) -> byTreatment.run());
        byTreatment.run();

        problems.setId("session-problems");
        problems.getStyleClass().add("inline-problem");
        problems.managedProperty().bind(problems.visibleProperty());
        form.problems().addListener((ListChangeListener<Problem>) c -> {
            showProblems();
            focusFirstProblem();
        });
        Label failure = new Label();
        failure.setId("session-save-failure");
        failure.getStyleClass().add("inline-problem");
        failure.setWrapText(true);
        failure.managedProperty().bind(failure.visibleProperty());
        failure.visibleProperty().bind(model.saveFailureProperty().isNotNull());
        model.saveFailureProperty().addListener((o, was, now) -> failure.setText(now == null ? ""
                : text.format("clients.session.saveFailed", RecordWords.failure(text, now))));
        showProblems();

        Button save = new Button(text.get("clients.session.save"));
        save.setId("session-save");
        save.setAccessibleText(text.get("clients.session.save.accessible"));
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save());
        Button cancel = new Button(text.get("clients.session.cancel"));
        cancel.setId("session-cancel");
        cancel.setAccessibleText(text.get("clients.session.cancel"));
        cancel.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(8, save, cancel);
        root.setSpacing(8);
        root.getChildren().addAll(title, grid, problems, failure, buttons);
    }

    Node node() {
        return root;
    }

    void focus() {
        treatment.requestFocus();
    }

    private TextField textField(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    /** A labelled control; {@code field} names it for problems (null when nothing can be wrong with it). */
    private void add(Field field, String labelKey, Control control) {
        control.setAccessibleText(text.get(labelKey));
        if (field != null) {
            fields.put(field, control);
        }
        addRow(labelKey, control);
    }

    private void addRow(String labelKey, Node content) {
        Label label = new Label(text.get(labelKey));
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(content);
        GridPane.setHgrow(content, Priority.ALWAYS);
        grid.addRow(row++, label, content);
    }

    private void showSettings() {
        settingRows.getChildren().clear();
        int i = 0;
        for (SettingRow r : form.settings()) {
            i++;
            TextField name = textField("session-setting-name-" + i, r.nameProperty());
            name.setPromptText(text.get("clients.session.setting.name"));
            name.setAccessibleText(text.format("clients.session.setting.name.accessible", i));
            name.getStyleClass().add("session-setting-name");
            TextField value = textField("session-setting-value-" + i, r.valueProperty());
            value.setPromptText(text.get("clients.session.setting.value"));
            value.setAccessibleText(text.format("clients.session.setting.value.accessible", i));
            value.getStyleClass().add("session-setting-value");
            Button remove = new Button(text.get("clients.session.setting.remove"));
            remove.setAccessibleText(text.format("clients.session.setting.remove.accessible", i));
            remove.setOnAction(e -> form.removeSetting(r));
            HBox.setHgrow(value, Priority.ALWAYS);
            settingRows.getChildren().add(new HBox(6, name, value, remove));
        }
        showProblems();
    }

    private void focusLastSetting() {
        int n = settingRows.getChildren().size();
        if (n > 0 && settingRows.getChildren().get(n - 1) instanceof HBox last) {
            last.getChildren().get(0).requestFocus();
        }
    }

    /**
     * A link to the page's own "Sign consent…", when the page has one: the consents are a sibling section, so it is
     * found by its id rather than passed in.
     */
    private Optional<Hyperlink> signConsentLink() {
        if (root.getScene() == null || !(root.getScene().lookup("#" + SIGN_CONSENT) instanceof Button sign)) {
            return Optional.empty();
        }
        Hyperlink link = new Hyperlink(words.records().text().get("clients.session.signConsent"));
        link.setId("session-sign-consent");
        link.setOnAction(e -> {
            sign.requestFocus();
            sign.fire();
        });
        return Optional.of(link);
    }

    private void showProblems() {
        problems.getChildren().clear();
        Set<Field> bad = new HashSet<>();
        Set<Integer> badRows = new HashSet<>();
        for (Problem p : form.problems()) {
            Label l = new Label(words.problem(p));
            l.setWrapText(true);
            l.getStyleClass().add("session-problem");
            problems.getChildren().add(l);
            if (p.issue() == Issue.NO_CONSENT || p.issue() == Issue.CONSENT_EXPIRED
                    || p.issue() == Issue.CONSENT_WITHDRAWN || p.issue() == Issue.CONSENT_NOT_INTACT) {
                signConsentLink().ifPresent(problems.getChildren()::add);
            }
            bad.add(p.field());
            if (p.row() >= 0) {
                badRows.add(p.row());
            }
        }
        problems.setVisible(!form.problems().isEmpty());
        fields.forEach((f, c) -> mark(c, bad.contains(f)));
        mark(zones, bad.contains(Field.ZONES));
        for (int i = 0; i < settingRows.getChildren().size(); i++) {
            if (settingRows.getChildren().get(i) instanceof HBox h) {
                mark(h.getChildren().get(0), badRows.contains(i) || bad.contains(Field.SETTINGS) && badRows.isEmpty());
            }
        }
    }

    /** The first field named in a problem takes the focus, so the fix starts where the message points. */
    private void focusFirstProblem() {
        for (Problem p : form.problems()) {
            Node n = p.field() == Field.ZONES ? zones.getChildren().get(0) : fields.get(p.field());
            if (p.field() == Field.SETTINGS && p.row() >= 0 && p.row() < settingRows.getChildren().size()
                    && settingRows.getChildren().get(p.row()) instanceof HBox h) {
                n = h.getChildren().get(0);
            }
            if (n != null) {
                n.requestFocus();
                return;
            }
        }
    }

    private static void mark(Node n, boolean problem) {
        n.getStyleClass().remove(PROBLEM);
        if (problem) {
            n.getStyleClass().add(PROBLEM);
        }
    }
}
