package com.clearpath.ui.wizard;

import com.clearpath.domain.FitzpatrickQuestionnaire;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.SkinProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Step 3: the Fitzpatrick questionnaire (ten questions, 0–4 each) with the live total and type against the bands
 * of reference E1, the practitioner's own choice of type with a reason, sensitivity and skin conditions.
 * While an answer has the focus, the keys 0–4 answer it and move on to the next question.
 */
final class SkinPage extends StepPage {
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    /** Below this width the answers stack (about 110 px per answer side by side). */
    static final double WIDE_ENOUGH = 560;

    private final ConsultationDraft draft;
    private final WizardText text;
    private final List<ToggleGroup> questionGroups = new ArrayList<>();
    private final CheckBox useOtherType = new CheckBox();
    private final TextField reason = new TextField();

    SkinPage(ConsultationDraft draft, WizardText text) {
        super(text.get(Step.SKIN.titleKey()));
        this.draft = draft;
        this.text = text;
        root.getStyleClass().addAll("wizard-step", "skin-step");
        root.setId("step-skin");
        complete = draft.completeBinding(Step.SKIN.paths());
        blocking = Bindings.createStringBinding(this::blockingText, draft.problemsProperty());

        root.getChildren().addAll(Forms.heading(text.get(Step.SKIN.headingKey())), Forms.intro(text.get("wizard.skin.intro")),
                scoreBlock(), questionnaire(), typeChoice(), sensitivityBlock(), conditionsBlock());
        root.disableProperty().bind(draft.finalBinding());
    }

    // ---------- live score ----------

    private Node scoreBlock() {
        Label score = new Label();
        score.setId("skin-score");
        score.getStyleClass().add("score-value");
        Label type = new Label();
        type.setId("skin-type");
        type.getStyleClass().add("score-type");
        type.setWrapText(true);
        Label progress = new Label();
        progress.setId("skin-answered");
        progress.getStyleClass().add("form-hint");
        List<Observable> deps = new ArrayList<>();
        deps.add(draft.scoreProperty());
        deps.add(draft.overrideTypeProperty());
        for (int i = 0; i < FitzpatrickQuestionnaire.ITEMS.size(); i++) {
            deps.add(draft.answerProperty(i));
        }
        Observable[] on = deps.toArray(Observable[]::new);
        score.textProperty().bind(Bindings.createStringBinding(() -> {
            Integer s = draft.scoreProperty().get();
            return s == null ? text.get("wizard.skin.score.none")
                    : text.format("wizard.skin.score", s, SkinProfile.SCORE_MAX);
        }, on));
        type.textProperty().bind(Bindings.createStringBinding(() -> {
            Integer s = draft.scoreProperty().get();
            if (s == null) {
                return text.get("wizard.skin.type.none");
            }
            int t = SkinProfile.typeForScore(s);
            return text.format("wizard.skin.type", WizardText.roman(t), text.typeDescription(t));
        }, on));
        progress.textProperty().bind(Bindings.createStringBinding(() -> {
            if (draft.answeredCount() == 0 && draft.carriedScoreProperty().get() != null) {
                return text.get("wizard.skin.carried");
            }
            return text.format("wizard.skin.answered", draft.answeredCount(), FitzpatrickQuestionnaire.ITEMS.size());
        }, on));
        score.accessibleTextProperty().bind(Bindings.concat(score.textProperty(), ". ", type.textProperty()));

        HBox bands = new HBox();
        bands.getStyleClass().add("type-bands");
        for (int t = 1; t <= 6; t++) {
            Label band = new Label(text.format("wizard.skin.band", WizardText.roman(t), FitzpatrickQuestionnaire.band(t)));
            band.getStyleClass().add("type-band");
            band.setId("skin-band-" + t);
            band.setMinWidth(Region.USE_PREF_SIZE);
            int type0 = t;
            Runnable mark = () -> {
                Integer s = draft.scoreProperty().get();
                band.pseudoClassStateChanged(CURRENT, s != null && SkinProfile.typeForScore(s) == type0);
            };
            draft.scoreProperty().addListener((o, was, now) -> mark.run());
            mark.run();
            bands.getChildren().add(band);
        }
        VBox texts = new VBox(score, type, progress);
        texts.getStyleClass().add("score-texts");
        VBox box = new VBox(texts, bands);
        box.getStyleClass().add("score-panel");
        box.setId("skin-score-panel");
        return box;
    }

    // ---------- the ten questions ----------

    private Node questionnaire() {
        VBox box = new VBox();
        box.getStyleClass().add("questionnaire");
        FitzpatrickQuestionnaire.Group last = null;
        for (int i = 0; i < FitzpatrickQuestionnaire.ITEMS.size(); i++) {
            FitzpatrickQuestionnaire.Item item = FitzpatrickQuestionnaire.ITEMS.get(i);
            if (item.group() != last) {
                last = item.group();
                box.getChildren().add(Forms.section(text.group(last)));
            }
            box.getChildren().add(question(i, item));
        }
        Label err = Forms.error(() -> draft.problemAt("skin.fitzpatrick").map(p ->
                        text.format("wizard.skin.questionnaire.incomplete", draft.answeredCount(),
                                FitzpatrickQuestionnaire.ITEMS.size())),
                draft.problemsProperty(), reveal);
        err.setId("skin-questionnaire-error");
        box.getChildren().addAll(err, result());
        return box;
    }

    /**
     * The score and type again under the last question, where the eyes are after answering it: the panel at the
     * top is out of view by then. The choice of another type (focused after the last answer) is shown with it and
     * carries it as its help text, so a screen reader says the result when the focus arrives.
     */
    private Node result() {
        Label result = new Label();
        result.setId("skin-result");
        result.getStyleClass().add("skin-result");
        result.setWrapText(true);
        List<Observable> deps = new ArrayList<>();
        deps.add(draft.scoreProperty());
        for (int i = 0; i < FitzpatrickQuestionnaire.ITEMS.size(); i++) {
            deps.add(draft.answerProperty(i));
        }
        result.textProperty().bind(Bindings.createStringBinding(() -> {
            Integer s = draft.scoreProperty().get();
            if (s == null) {
                return text.format("wizard.skin.result.none", draft.answeredCount(), FitzpatrickQuestionnaire.ITEMS.size());
            }
            int t = SkinProfile.typeForScore(s);
            return text.format("wizard.skin.result", WizardText.roman(t), text.typeDescription(t), s,
                    SkinProfile.SCORE_MAX);
        }, deps.toArray(Observable[]::new)));
        result.accessibleTextProperty().bind(result.textProperty());
        useOtherType.accessibleHelpProperty().bind(result.textProperty());
        WizardFrame.showWith(useOtherType, result);
        return result;
    }

    private Node question(int index, FitzpatrickQuestionnaire.Item item) {
        Label q = new Label(text.format("wizard.skin.question", index + 1, text.question(item)));
        q.getStyleClass().add("question-text");
        q.setWrapText(true);
        ToggleGroup group = new ToggleGroup();
        questionGroups.add(group);
        GridPane answers = new GridPane();
        answers.getStyleClass().add("answer-grid");
        for (int a = 0; a < FitzpatrickQuestionnaire.ANSWERS; a++) {
            RadioButton r = new RadioButton(text.answer(item, a));
            r.setWrapText(true);
            r.setMnemonicParsing(false);
            r.setUserData(a);
            r.setToggleGroup(group);
            r.setId("fitz-" + item.name() + "-" + a);
            r.getStyleClass().add("answer");
            r.setMaxWidth(Double.MAX_VALUE);
            Forms.named(r, text.format("wizard.skin.answer.accessible", text.question(item), text.answer(item, a), a));
            answers.getChildren().add(r);
        }
        arrange(answers, FitzpatrickQuestionnaire.ANSWERS);
        ObjectProperty<Integer> value = draft.answerProperty(index);
        group.getToggles().forEach(t -> t.setSelected(Objects.equals(t.getUserData(), value.get())));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                value.set((Integer) now.getUserData());
            }
        });
        value.addListener((o, was, now) -> group.getToggles().forEach(t -> t.setSelected(Objects.equals(t.getUserData(), now))));
        VBox box = new VBox(q, answers);
        box.getStyleClass().add("question");
        // Five answers side by side read at a glance; in a narrow window each would wrap a word per line, so they
        // stack instead.
        box.widthProperty().addListener((o, was, now) -> arrange(answers,
                now.doubleValue() >= WIDE_ENOUGH ? FitzpatrickQuestionnaire.ANSWERS : 1));
        box.setId("fitz-" + item.name());
        // Digits answer the focused question and move to the next one: ten keys for the whole questionnaire.
        box.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c.length() == 1 && c.charAt(0) >= '0' && c.charAt(0) <= '0' + FitzpatrickQuestionnaire.MAX_ANSWER) {
                int answer = c.charAt(0) - '0';
                value.set(answer);
                focusQuestion(index + 1);
                e.consume();
            }
        });
        return box;
    }

    /** Puts the answers in {@code columns} equal columns (1 = one under the other). */
    static void arrange(GridPane grid, int columns) {
        if (grid.getColumnConstraints().size() == columns) {
            return;
        }
        grid.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100.0 / columns);
            col.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(col);
        }
        for (int i = 0; i < grid.getChildren().size(); i++) {
            Node n = grid.getChildren().get(i);
            GridPane.setColumnIndex(n, i % columns);
            GridPane.setRowIndex(n, i / columns);
        }
    }

    private void focusQuestion(int index) {
        if (index >= questionGroups.size()) {
            useOtherType.requestFocus();
            return;
        }
        ToggleGroup g = questionGroups.get(index);
        Node target = g.getSelectedToggle() != null ? (Node) g.getSelectedToggle() : (Node) g.getToggles().get(0);
        target.requestFocus();
    }

    // ---------- the practitioner's own choice ----------

    private Node typeChoice() {
        useOtherType.setText(text.get("wizard.skin.override"));
        useOtherType.setId("skin-override");
        Forms.named(useOtherType, Forms.plain(text.get("wizard.skin.override")));
        useOtherType.setSelected(draft.overrideTypeProperty().get() != null);

        ToggleGroup types = new ToggleGroup();
        HBox typeButtons = new HBox();
        typeButtons.getStyleClass().add("segmented-choice");
        for (int t = 1; t <= 6; t++) {
            ToggleButton b = new ToggleButton(WizardText.roman(t));
            b.setUserData(t);
            b.setToggleGroup(types);
            b.setId("skin-override-type-" + t);
            b.setMnemonicParsing(false);
            Forms.named(b, text.format("wizard.skin.override.type", WizardText.roman(t), text.typeDescription(t)));
            b.setSelected(Integer.valueOf(t).equals(draft.overrideTypeProperty().get()));
            typeButtons.getChildren().add(b);
        }
        types.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                if (useOtherType.isSelected() && was != null) {
                    types.selectToggle(was);
                }
                return;
            }
            draft.overrideTypeProperty().set((Integer) now.getUserData());
        });
        draft.overrideTypeProperty().addListener((o, was, now) -> {
            types.getToggles().forEach(t -> t.setSelected(Objects.equals(t.getUserData(), now)));
            useOtherType.setSelected(now != null);
        });
        useOtherType.selectedProperty().addListener((o, was, now) -> {
            if (now && draft.overrideTypeProperty().get() == null) {
                Integer s = draft.scoreProperty().get();
                draft.overrideTypeProperty().set(s == null ? 3 : SkinProfile.typeForScore(s));
            } else if (!now) {
                draft.overrideTypeProperty().set(null);
            }
        });

        reason.setId("skin-override-reason");
        Forms.named(reason, Forms.plain(text.get("wizard.skin.override.reason")));
        reason.setPromptText(text.get("wizard.skin.override.reason.prompt"));
        Forms.bindText(reason, draft.overrideReasonProperty());
        Label err = Forms.error(text.problems(), draft, "skin.fitzpatrickOverrideReason",
                Forms.plain(text.get("wizard.skin.override.reason")), reveal, reason);
        err.setId("skin-override-reason-error");
        VBox reasonField = Forms.field(Forms.label(text.get("wizard.skin.override.reason"), reason), reason, err);
        VBox details = new VBox(typeButtons, reasonField);
        details.getStyleClass().add("override-details");
        details.visibleProperty().bind(useOtherType.selectedProperty());
        details.managedProperty().bind(details.visibleProperty());
        VBox box = new VBox(Forms.section(text.get("wizard.skin.override.title")), useOtherType, details);
        box.getStyleClass().add("form-block");
        return box;
    }

    // ---------- sensitivity and conditions ----------

    private Node sensitivityBlock() {
        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox();
        options.getStyleClass().add("grade-options");
        for (Sensitivity s : Sensitivity.values()) {
            RadioButton r = new RadioButton(text.sensitivity(s));
            r.setUserData(s);
            r.setToggleGroup(group);
            r.setId("sensitivity-" + s.name());
            r.setMnemonicParsing(false);
            Forms.named(r, text.sensitivity(s) + ". " + text.sensitivityDescription(s));
            r.setSelected(s == draft.sensitivityProperty().get());
            Label d = Forms.hint(text.sensitivityDescription(s));
            d.getStyleClass().add("grade-description");
            VBox option = new VBox(r, d);
            option.getStyleClass().add("choice-option");
            options.getChildren().add(option);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                draft.sensitivityProperty().set((Sensitivity) now.getUserData());
            }
        });
        draft.sensitivityProperty().addListener((o, was, now) -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));
        Label err = Forms.error(() -> draft.problemAt("skin.sensitivity").map(p -> text.get("wizard.skin.sensitivity.required")),
                draft.problemsProperty(), reveal);
        err.setId("skin-sensitivity-error");
        VBox box = new VBox(Forms.section(text.get("wizard.skin.sensitivity")), options, err);
        box.getStyleClass().add("form-block");
        return box;
    }

    private Node conditionsBlock() {
        FlowPane boxes = new FlowPane();
        boxes.getStyleClass().add("choice-row");
        for (SkinCondition c : SkinCondition.values()) {
            CheckBox b = new CheckBox(text.condition(c));
            b.setId("condition-" + c.name());
            b.setMnemonicParsing(false);
            Forms.named(b, text.condition(c));
            b.setSelected(draft.conditions().contains(c));
            b.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    draft.conditions().add(c);
                } else {
                    draft.conditions().remove(c);
                }
            });
            draft.conditions().addListener((SetChangeListener<SkinCondition>) ch -> b.setSelected(draft.conditions().contains(c)));
            boxes.getChildren().add(b);
        }
        VBox box = new VBox(Forms.section(text.get("wizard.skin.conditions")), Forms.hint(text.get("wizard.skin.conditions.hint")),
                boxes);
        box.getStyleClass().add("form-block");
        return box;
    }

    private String blockingText() {
        Set<String> parts = new LinkedHashSet<>();
        for (Problem p : draft.problemsAt(Step.SKIN.paths())) {
            if (p.path().equals("skin.fitzpatrick")) {
                parts.add(text.format("wizard.skin.missing.questionnaire", draft.answeredCount(),
                        FitzpatrickQuestionnaire.ITEMS.size()));
            } else if (p.path().equals("skin.fitzpatrickOverrideReason")) {
                parts.add(text.get("wizard.skin.missing.reason"));
            } else if (p.path().equals("skin.sensitivity")) {
                parts.add(text.get("wizard.skin.missing.sensitivity"));
            } else {
                parts.add(text.get("wizard.missing.other"));
            }
        }
        return parts.isEmpty() ? "" : text.format("wizard.missing", String.join(", ", parts));
    }

    // ---------- WizardPage ----------

    @Override
    public void shown() {
        for (int i = 0; i < questionGroups.size(); i++) {
            if (draft.answerProperty(i).get() == null) {
                focusQuestion(i);
                return;
            }
        }
        focusQuestion(0);
    }
}
