package com.clearpath.ui.wizard;

import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.Exclusion;
import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.Flag;
import com.clearpath.domain.Hold;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.IntakeChanges;
import com.clearpath.domain.OverrideRules;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.ProtocolStep;
import com.clearpath.domain.Range;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Visit;
import com.clearpath.engine.TreatmentCatalog;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/**
 * Step 5: the plan. What to do now (best first), what waits for the holds to clear, what was ruled out and why
 * (treatments that simply do not fit the concerns folded into a quieter group), and the flags to act on. Every item
 * opens to its reasons, schedule, downtime, cautions and sources. The practitioner may decline a recommendation or
 * add a catalog treatment, each with a short reason, kept as a plan override. Above them, the combined protocol as
 * agreed: a timeline of its steps, and per step a chosen alternative, a drop or a new start week, or a treatment added
 * as a step, each with its reason; the ranked options are folded below it.
 */
final class PlanPage implements WizardPage {
    static final PseudoClass DECLINED = PseudoClass.getPseudoClass("declined");
    static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private final ConsultationDraft draft;
    private final WizardText text;
    private final TreatmentCatalog catalog;
    private final VBox root = new VBox();
    private final VBox body = new VBox();
    private final BooleanBinding complete;
    /** Which items are open, and what was typed into a reason not yet confirmed: kept across redraws. */
    private final Set<Treatment> expanded = EnumSet.noneOf(Treatment.class);
    private final Map<Treatment, String> pendingDecline = new EnumMap<>(Treatment.class);
    private Treatment addChoice;
    private String addReason = "";
    private boolean notIndicatedOpen;
    private boolean optionsOpen;
    /** The protocol change being entered (one at a time), and what was typed into it: kept across redraws. */
    private final ProtocolEditing editing;
    private String focusAfter;

    PlanPage(ConsultationDraft draft, WizardText text, TreatmentCatalog catalog) {
        this.draft = draft;
        this.editing = new ProtocolEditing(draft);
        this.text = text;
        this.catalog = catalog;
        root.getStyleClass().addAll("wizard-step", "plan-step");
        root.setId("step-plan");
        complete = Bindings.createBooleanBinding(() -> draft.planProperty().get() != null, draft.planProperty());
        body.getStyleClass().add("plan-body");
        root.getChildren().addAll(Forms.heading(text.get(Step.PLAN.headingKey())),
                Forms.intro(text.get("wizard.plan.intro")), changesLine(), body);
        draft.planProperty().addListener((o, was, now) -> redraw());
        draft.overrides().addListener((ListChangeListener<PlanOverride>) c -> redraw());
        draft.takenBack().addListener((ListChangeListener<PlanOverride>) c -> redraw());
        draft.statusProperty().addListener((o, was, now) -> redraw());
        redraw();
    }

    /** For a follow-up, one line on how this plan differs from the one agreed at the visit it follows. */
    private Node changesLine() {
        Label line = Forms.hint("");
        line.setId("plan-changes");
        line.getStyleClass().add("plan-changes");
        ChangeWords words = new ChangeWords(text, this::name);
        Runnable show = () -> {
            IntakeChanges c = draft.changesProperty().get();
            line.setText(c == null ? "" : words.planLine(c));
        };
        line.visibleProperty().bind(draft.changesProperty().isNotNull());
        line.managedProperty().bind(line.visibleProperty());
        draft.changesProperty().addListener((o, was, now) -> show.run());
        show.run();
        return line;
    }

    String name(Treatment t) {
        return catalog.get(t).name().in(text.language());
    }

    /** The name without its closing explanation in brackets, where room is short: "Pinpoint acid treatment". */
    private String shortName(Treatment t) {
        String n = name(t);
        int open = n.lastIndexOf(" (");
        return open > 0 && n.endsWith(")") ? n.substring(0, open) : n;
    }

    /** Rebuilds the page from the plan; the focused control is found again by its id so the keyboard stays put. */
    private void redraw() {
        Scene scene = root.getScene();
        String focusedId = scene != null && scene.getFocusOwner() != null ? scene.getFocusOwner().getId() : null;
        body.getChildren().clear();
        Plan plan = draft.planProperty().get();
        if (plan == null) {
            body.getChildren().add(Forms.hint(text.get("wizard.plan.none")));
            return;
        }
        body.getChildren().add(statusBanner(plan));
        if (!draft.takenBack().isEmpty()) {
            body.getChildren().add(takenBack());
        }
        if (!plan.flags().isEmpty()) {
            body.getChildren().add(flags(plan));
        }
        AgreedPlan agreed = AgreedPlan.of(plan, List.copyOf(draft.overrides()));
        if (agreed.protocol() != null) {
            body.getChildren().add(protocol(plan, agreed));
        }
        VBox options = new VBox();
        options.getStyleClass().add("plan-options-body");
        options.getChildren().add(recommendedNow(plan));
        if (!plan.deferred().isEmpty()) {
            options.getChildren().add(deferred(plan));
        }
        options.getChildren().add(added(plan));
        List<Exclusion> ruledOut = plan.excluded().stream().filter(e -> !onlyNotIndicated(e)).toList();
        if (!ruledOut.isEmpty()) {
            options.getChildren().add(ruledOut(ruledOut));
        }
        List<Exclusion> notIndicated = plan.excluded().stream().filter(PlanPage::onlyNotIndicated).toList();
        if (!notIndicated.isEmpty()) {
            options.getChildren().add(notIndicated(notIndicated));
        }
        if (agreed.protocol() == null) {
            body.getChildren().addAll(options.getChildren());
        } else {
            // The full ranked list stays at hand, folded, so the agreed protocol is what the page is about.
            String title = text.format("wizard.plan.options", plan.recommendations().size() + plan.deferred().size(),
                    plan.excluded().size());
            body.getChildren().add(folded("plan-options", "plan-options", title, options, optionsOpen,
                    open -> optionsOpen = open));
        }
        if (focusAfter != null) {
            focusedId = focusAfter;
            focusAfter = null;
        }
        if (focusedId != null) {
            // The folded options are only children of their pane once it has its skin: make it before looking.
            body.applyCss();
            Node again = root.lookup("#" + focusedId);
            if (again == null) {
                again = successor(focusedId);
            }
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    /**
     * Where the keyboard goes when its control went with the redraw: after a decline is confirmed or cancelled, the
     * item's header (Enter then moves on, as elsewhere); after an undo, the Decline button that came back.
     */
    private Node successor(String id) {
        for (String prefix : List.of("plan-decline-reason-", "plan-decline-confirm-", "plan-decline-cancel-")) {
            if (id.startsWith(prefix)) {
                return root.lookup("#plan-item-" + id.substring(prefix.length()));
            }
        }
        if (id.startsWith("plan-undo-")) {
            String key = id.substring("plan-undo-".length());
            Node decline = root.lookup("#plan-decline-" + key);
            return decline != null ? decline : root.lookup("#plan-item-" + key);
        }
        return null;
    }

    // ---------- the agreed protocol ----------

    /** The protocol as agreed: the timeline, each step with its actions, the change being entered, the changes made. */
    private Node protocol(Plan plan, AgreedPlan agreed) {
        Protocol p = agreed.protocol();
        VBox box = group(text.get("wizard.plan.protocol"), "plan-protocol");
        box.getStyleClass().add("protocol");
        box.getChildren().add(Forms.hint(text.get(p.startsAfterHolds() ? "wizard.plan.protocol.hint.waits"
                : "wizard.plan.protocol.hint")));
        LocalDate event = p.eventDate() != null ? p.eventDate().date() : draft.intakeProperty().get() == null ? null
                : draft.intakeProperty().get().eventDate();
        ProtocolTimeline timeline = new ProtocolTimeline();
        String spoken = p.steps().stream().map(s -> text.format("wizard.plan.step.spoken", s.order(),
                text.purpose(s.purpose()), name(s.treatment()), when(p, s))).collect(Collectors.joining(" "));
        timeline.show(p, event, this::shortName, text::purpose,
                event == null ? "" : text.format("wizard.plan.timeline.event", text.shortDate(event)), spoken,
                text.locale());
        box.getChildren().add(timeline);
        box.getChildren().add(totals(p));
        for (ProtocolStep s : p.steps()) {
            box.getChildren().add(stepRow(agreed, s));
            if (editing.current().filter(e -> e.action() != PlanOverride.Action.STEP_ADDED && e.step() == key(agreed, s))
                    .isPresent()) {
                box.getChildren().add(editor(plan, agreed, s));
            }
        }
        List<Treatment> addable = OverrideRules.addable(plan, List.copyOf(draft.overrides()));
        Button add = button("wizard.plan.step.add", "protocol-add", Forms.plain(text.get("wizard.plan.step.add")));
        add.setMnemonicParsing(true);
        if (addable.isEmpty()) {
            add.setDisable(true);
        } else {
            add.disableProperty().bind(draft.finalBinding());
        }
        add.setOnAction(e -> open(PlanOverride.Action.STEP_ADDED, null, addable.isEmpty() ? null : addable.get(0), ""));
        HBox addRow = new HBox(add);
        addRow.getStyleClass().add("protocol-add-row");
        if (addable.isEmpty()) {
            addRow.getChildren().add(Forms.hint(text.get("wizard.plan.step.add.none")));
        }
        box.getChildren().add(addRow);
        if (editing.current().filter(e -> e.action() == PlanOverride.Action.STEP_ADDED).isPresent()) {
            box.getChildren().add(editor(plan, agreed, null));
        }
        box.getChildren().add(changes(agreed));
        return box;
    }

    /** The step of the plan's protocol (or the added treatment) an agreed step is named by in the overrides. */
    private static Treatment key(AgreedPlan agreed, ProtocolStep s) {
        return agreed.proposed(s).map(ProtocolStep::treatment).orElse(s.treatment());
    }

    private String when(Protocol p, ProtocolStep s) {
        List<Visit> visits = p.visits().stream().filter(v -> v.treatments().contains(s.treatment())).toList();
        if (!s.inClinic()) {
            return text.format("wizard.plan.step.home", s.startWeek().toString());
        }
        if (visits.isEmpty()) {
            return text.format("wizard.plan.step.week", s.startWeek().toString());
        }
        if (visits.size() == 1) {
            return text.format("wizard.plan.step.visit", text.shortDate(visits.get(0).date()), s.startWeek().toString());
        }
        return text.format("wizard.plan.step.visits", visits.size(), text.shortDate(visits.get(0).date()),
                text.shortDate(visits.get(visits.size() - 1).date()), s.startWeek().toString());
    }

    private Node totals(Protocol p) {
        Label l = new Label(text.format("wizard.plan.protocol.totals", p.visitCount().toString(),
                p.durationWeeks().toString(), p.downtimeDays().toString(), text.shortDate(p.startsOn())));
        l.setWrapText(true);
        l.getStyleClass().add("protocol-totals");
        l.setId("protocol-totals");
        return l;
    }

    /** One step: number, purpose, the chosen treatment, its alternatives and dates, and what may be done to it. */
    private Node stepRow(AgreedPlan agreed, ProtocolStep s) {
        Treatment key = key(agreed, s);
        String id = key.name();
        boolean added = agreed.wasAdded(s);
        Label number = new Label(Integer.toString(s.order()));
        number.getStyleClass().add("protocol-step-number");
        number.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(text.format("wizard.plan.step.title", text.purpose(s.purpose()), name(s.treatment())));
        title.getStyleClass().add("protocol-step-title");
        title.setId("protocol-step-title-" + id);
        title.setWrapText(true);
        VBox words = new VBox(title);
        if (added || s.treatment() != key) {
            Label chosen = new Label(added ? text.get("wizard.plan.step.added")
                    : text.format("wizard.plan.step.chosenInstead", name(key)));
            chosen.getStyleClass().addAll("plan-tag", "tag-warning");
            chosen.setWrapText(true);
            chosen.setId("protocol-step-tag-" + id);
            words.getChildren().add(chosen);
        }
        Label when = new Label(when(agreed.protocol(), s) + sessions(s));
        when.setWrapText(true);
        when.getStyleClass().add("protocol-step-when");
        when.setId("protocol-step-when-" + id);
        Label alternatives = new Label(s.alternatives().isEmpty() ? text.get("wizard.plan.step.noAlternatives")
                : text.format("wizard.plan.step.alternatives", s.alternatives().stream().map(this::name)
                .collect(Collectors.joining(", "))));
        alternatives.setWrapText(true);
        alternatives.getStyleClass().add("protocol-step-alternatives");
        alternatives.setId("protocol-step-alternatives-" + id);
        words.getChildren().addAll(when, alternatives);
        words.getStyleClass().add("protocol-step-words");
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);

        String who = name(s.treatment());
        Button alt = button("wizard.plan.step.alternative", "protocol-alt-" + id,
                text.format("wizard.plan.step.alternative.accessible", s.order(), who));
        alt.setOnAction(e -> open(PlanOverride.Action.ALTERNATIVE_CHOSEN, key, s.alternatives().get(0), ""));
        Button move = button("wizard.plan.step.move", "protocol-move-" + id,
                text.format("wizard.plan.step.move.accessible", s.order(), who));
        move.setOnAction(e -> open(PlanOverride.Action.STEP_MOVED, key, null, Integer.toString(s.startWeek().min())));
        Button drop = button(added ? "wizard.plan.step.remove" : "wizard.plan.step.drop", "protocol-drop-" + id,
                text.format(added ? "wizard.plan.step.remove.accessible" : "wizard.plan.step.drop.accessible", s.order(), who));
        if (added) {
            // An added step goes by taking the addition back: there is nothing of the engine's to overrule.
            drop.setOnAction(e -> {
                focusAfter = "protocol-add";
                draft.overrides().removeIf(o -> o.treatment() == s.treatment()
                        && (o.action() == PlanOverride.Action.STEP_ADDED || o.action() == PlanOverride.Action.ADDED));
            });
        } else {
            drop.setOnAction(e -> open(PlanOverride.Action.STEP_DROPPED, key, null, ""));
        }
        for (Button b : List.of(alt, move, drop)) {
            b.getStyleClass().add("protocol-action");
        }
        alt.disableProperty().bind(draft.finalBinding().or(Bindings.createBooleanBinding(() -> s.alternatives().isEmpty())));
        move.disableProperty().bind(draft.finalBinding());
        drop.disableProperty().bind(draft.finalBinding());
        HBox actions = new HBox(alt, move, drop);
        actions.getStyleClass().add("protocol-actions");
        actions.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(number, words, actions);
        // In a narrow window the three buttons go under the step's words, which keep a readable width.
        row.widthProperty().addListener((o, was, now) -> placeActions(row, words, actions, now.doubleValue()));
        row.getStyleClass().add("protocol-step");
        row.pseudoClassStateChanged(CHANGED, added || s.treatment() != key || !agreed.overridesOf(key).isEmpty());
        row.setId("protocol-step-" + id);
        return row;
    }

    /** Below this width a step row stacks its actions under its words (about 1100 px windows and narrower). */
    static final double STACK_ACTIONS_BELOW = 680;

    private static void placeActions(HBox row, VBox words, HBox actions, double width) {
        boolean stacked = width > 0 && width < STACK_ACTIONS_BELOW;
        if (stacked && actions.getParent() == row) {
            row.getChildren().remove(actions);
            actions.setMinWidth(0);
            actions.getStyleClass().add("stacked");
            words.getChildren().add(actions);
        } else if (!stacked && actions.getParent() == words) {
            words.getChildren().remove(actions);
            actions.setMinWidth(Region.USE_PREF_SIZE);
            actions.getStyleClass().remove("stacked");
            row.getChildren().add(actions);
        }
    }

    private String sessions(ProtocolStep s) {
        if (s.sessions() == null) {
            return "";
        }
        return " \u00b7 " + text.format("wizard.plan.step.sessions", s.sessions().toString(), s.sessions().max(),
                s.intervalWeeks() == null ? "" : s.intervalWeeks().toString(), s.intervalWeeks() == null ? 0 : 1);
    }

    private void open(PlanOverride.Action action, Treatment step, Treatment choice, String week) {
        editing.open(action, step, choice, week);
        focusAfter = action == PlanOverride.Action.ALTERNATIVE_CHOSEN || action == PlanOverride.Action.STEP_ADDED
                ? "protocol-editor-choice" : action == PlanOverride.Action.STEP_MOVED ? "protocol-editor-week"
                : "protocol-editor-reason";
        redraw();
    }

    private void close(String focus) {
        editing.cancel();
        focusAfter = focus;
        redraw();
    }

    /** The change being entered: what it is about, its choice or week when it has one, and the reason it needs. */
    private Node editor(Plan plan, AgreedPlan agreed, ProtocolStep s) {
        ProtocolEditing.Entry entry = editing.current().orElseThrow();
        PlanOverride.Action action = entry.action();
        VBox box = new VBox();
        box.getStyleClass().add("protocol-editor");
        box.setId("protocol-editor");
        String about = s == null ? "" : name(s.treatment());
        Label heading = new Label(s == null ? text.get("wizard.plan.edit.heading.STEP_ADDED")
                : text.format("wizard.plan.edit.heading." + action.name(), s.order(), about));
        heading.getStyleClass().add("protocol-editor-heading");
        heading.setWrapText(true);
        box.getChildren().add(heading);
        HBox fields = new HBox();
        fields.getStyleClass().add("protocol-editor-fields");
        fields.setAlignment(Pos.BOTTOM_LEFT);

        ComboBox<Treatment> choice = null;
        if (action == PlanOverride.Action.ALTERNATIVE_CHOSEN || action == PlanOverride.Action.STEP_ADDED) {
            List<Treatment> items = action == PlanOverride.Action.ALTERNATIVE_CHOSEN ? s.alternatives()
                    : OverrideRules.addable(plan, List.copyOf(draft.overrides()));
            choice = new ComboBox<>();
            choice.setId("protocol-editor-choice");
            choice.getItems().setAll(items);
            namesTreatments(choice);
            choice.setValue(entry.choice() != null && items.contains(entry.choice()) ? entry.choice()
                    : items.isEmpty() ? null : items.get(0));
            String label = text.get(action == PlanOverride.Action.ALTERNATIVE_CHOSEN ? "wizard.plan.edit.alternative"
                    : "wizard.plan.edit.treatment");
            Forms.named(choice, Forms.plain(label));
            fields.getChildren().add(new VBox(Forms.label(label, choice), choice));
        }
        TextField week = null;
        if (action == PlanOverride.Action.STEP_MOVED || action == PlanOverride.Action.STEP_ADDED) {
            week = new TextField(entry.week());
            week.setId("protocol-editor-week");
            week.setPrefColumnCount(4);
            week.setPromptText(text.get(action == PlanOverride.Action.STEP_ADDED ? "wizard.plan.edit.week.prompt.added"
                    : "wizard.plan.edit.week.prompt"));
            String label = text.get("wizard.plan.edit.week");
            Forms.named(week, Forms.plain(label) + ". " + week.getPromptText());
            fields.getChildren().add(new VBox(Forms.label(label, week), week));
        }
        TextField reason = new TextField(entry.reason());
        reason.setId("protocol-editor-reason");
        reason.setPromptText(text.get("wizard.plan.reason.prompt"));
        String reasonLabel = text.get("wizard.plan.edit.reason");
        Forms.named(reason, Forms.plain(reasonLabel));
        VBox reasonField = new VBox(Forms.label(reasonLabel, reason), reason);
        HBox.setHgrow(reasonField, Priority.ALWAYS);
        fields.getChildren().add(reasonField);

        Button confirm = button("wizard.plan.edit.confirm." + action.name(), "protocol-editor-confirm",
                text.format("wizard.plan.edit.confirm.accessible", heading.getText()));
        confirm.setDefaultButton(false);
        Button cancel = button("wizard.plan.cancel", "protocol-editor-cancel", text.get("wizard.plan.edit.cancel.accessible"));
        cancel.getStyleClass().add("flat");
        fields.getChildren().addAll(confirm, cancel);
        box.getChildren().add(fields);

        String refusedWith = entry.refused().map(r -> refusal(r, action, reasonLabel)).orElse("");
        Label error = new Label(refusedWith);
        error.getStyleClass().add("field-error");
        error.setId("protocol-editor-error");
        error.setWrapText(true);
        error.setVisible(!refusedWith.isEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.accessibleTextProperty().bind(error.textProperty());
        box.getChildren().add(error);

        String back = s == null ? "protocol-add" : switch (action) {
            case ALTERNATIVE_CHOSEN -> "protocol-alt-" + entry.step().name();
            case STEP_MOVED -> "protocol-move-" + entry.step().name();
            default -> "protocol-drop-" + entry.step().name();
        };
        ComboBox<Treatment> picked = choice;
        TextField typedWeek = week;
        // What is typed is kept as it is typed, so a redraw (a plan recomputed meanwhile) loses nothing.
        Runnable keep = () -> editing.typed(picked == null ? null : picked.getValue(),
                typedWeek == null ? "" : typedWeek.getText(), reason.getText());
        if (picked != null) {
            picked.valueProperty().addListener((o, was, now) -> keep.run());
        }
        if (typedWeek != null) {
            typedWeek.textProperty().addListener((o, was, now) -> keep.run());
        }
        reason.textProperty().addListener((o, was, now) -> keep.run());
        confirm.setOnAction(e -> {
            ProtocolEditing.Outcome outcome = editing.confirm(picked == null ? null : picked.getValue(),
                    typedWeek == null ? "" : typedWeek.getText(), reason.getText());
            if (outcome instanceof ProtocolEditing.Outcome.Recorded done) {
                close(action == PlanOverride.Action.STEP_ADDED ? "protocol-add"
                        : focusAfterChange(action, done.step(), done.chosen()));
            } else if (outcome instanceof ProtocolEditing.Outcome.Refused refused) {
                Node at = switch (refused.refusal().field()) {
                    case REASON -> reason;
                    case WEEK -> typedWeek;
                    case CHOICE -> picked;
                };
                show(error, refusal(refused.refusal(), action, reasonLabel), at);
            }
        });
        // Enter in a field records the change, rather than moving the wizard on with it half-entered.
        reason.setOnAction(e -> confirm.fire());
        if (week != null) {
            week.setOnAction(e -> confirm.fire());
        }
        cancel.setOnAction(e -> close(back));
        box.disableProperty().bind(draft.finalBinding());
        return box;
    }

    /** Where the keyboard goes once a change is recorded: the same action on the step, or the next thing left. */
    private String focusAfterChange(PlanOverride.Action action, Treatment step, Treatment chosen) {
        return switch (action) {
            case ALTERNATIVE_CHOSEN -> "protocol-alt-" + step.name();
            case STEP_MOVED -> "protocol-move-" + step.name();
            default -> "protocol-add";
        };
    }

    /** A choice of treatments shows each by its name in the screen's language, in the list and once chosen. */
    private void namesTreatments(ComboBox<Treatment> choice) {
        choice.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Treatment item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name(item));
            }
        });
        choice.setButtonCell(choice.getCellFactory().call(null));
    }

    /** A refusal in the screen's words: the field it names, and what is wrong with it. */
    private String refusal(ProtocolEditing.Refusal r, PlanOverride.Action action, String reasonLabel) {
        String week = Forms.plain(text.get("wizard.plan.edit.week"));
        if (r.weekNotNumber()) {
            return text.format("wizard.plan.edit.week.notNumber", week);
        }
        if (r.weekRequired()) {
            return text.format("wizard.plan.edit.week.required", week);
        }
        String field = switch (r.field()) {
            case REASON -> Forms.plain(reasonLabel);
            case WEEK -> week;
            case CHOICE -> Forms.plain(text.get(action == PlanOverride.Action.STEP_ADDED ? "wizard.plan.edit.treatment"
                    : "wizard.plan.edit.alternative"));
        };
        return r.problem().map(p -> Forms.sentence(text.problems(), field, p)).orElse(field);
    }

    private void show(Label error, String message, Node field) {
        error.setText(message);
        error.setVisible(true);
        if (field != null) {
            field.requestFocus();
        }
    }

    /** The changes made to the proposed plan, each with its reason and a way to take it back. */
    private Node changes(AgreedPlan agreed) {
        VBox box = new VBox();
        box.getStyleClass().add("protocol-changes");
        box.setId("protocol-changes");
        List<PlanOverride> list = List.copyOf(draft.overrides());
        Label heading = Forms.section(text.format("wizard.plan.changes", list.size()));
        box.getChildren().add(heading);
        if (list.isEmpty()) {
            box.getChildren().add(Forms.hint(text.get("wizard.plan.changes.none")));
            return box;
        }
        for (int i = 0; i < list.size(); i++) {
            PlanOverride o = list.get(i);
            Label what = new Label(OverrideWords.change(text, this::name, agreed, o));
            what.getStyleClass().add("protocol-change-what");
            what.setWrapText(true);
            Label why = new Label(text.format("wizard.plan.change.why", o.reason()));
            why.getStyleClass().add("protocol-change-why");
            why.setWrapText(true);
            VBox words = new VBox(what, why);
            words.setId("protocol-change-" + i);
            HBox.setHgrow(words, Priority.ALWAYS);
            Button undo = button("wizard.plan.undo", "protocol-undo-" + i,
                    text.format("wizard.plan.change.undo.accessible", what.getText()));
            undo.setOnAction(e -> {
                focusAfter = "protocol-add";
                draft.undo(o);
            });
            undo.disableProperty().bind(draft.finalBinding());
            undo.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(words, undo);
            row.getStyleClass().add("protocol-change");
            box.getChildren().add(row);
        }
        return box;
    }

    static boolean onlyNotIndicated(Exclusion e) {
        return e.reasons().stream().allMatch(r -> r.code() == ExclusionCode.NOT_INDICATED);
    }

    /** Changes that answers given since no longer allow: said once, so a practitioner never loses one unawares. */
    private Node takenBack() {
        VBox box = new VBox();
        box.setId("plan-taken-back");
        box.getStyleClass().addAll("notice-hold", "plan-taken-back");
        List<PlanOverride> list = List.copyOf(draft.takenBack());
        Label title = new Label(list.size() == 1 ? text.get("wizard.plan.takenBack.one")
                : text.format("wizard.plan.takenBack.many", list.size()));
        title.getStyleClass().add("notice-title");
        title.setWrapText(true);
        box.getChildren().add(title);
        for (PlanOverride o : list) {
            Label l = new Label(text.format("wizard.plan.takenBack.item", text.get("records.override." + o.action().name()),
                    name(o.treatment()), o.reason()));
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        Button seen = new Button(text.get("wizard.plan.takenBack.seen"));
        seen.setId("plan-taken-back-seen");
        seen.setOnAction(e -> draft.acknowledgeTakenBack());
        box.getChildren().add(seen);
        return box;
    }

    private Node statusBanner(Plan plan) {
        VBox box = new VBox();
        box.setId("plan-status");
        boolean ready = plan.status() == PlanStatus.READY;
        box.getStyleClass().add(ready ? "notice-ready" : "notice-hold");
        Label title = new Label(text.get(ready ? "wizard.plan.ready" : "wizard.plan.defer"));
        title.getStyleClass().add("notice-title");
        title.setWrapText(true);
        box.getChildren().add(title);
        for (Hold h : plan.holds()) {
            Label l = new Label(text.reasons().of(h.reason()));
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        return box;
    }

    private Node flags(Plan plan) {
        VBox box = new VBox();
        box.getStyleClass().add("plan-flags");
        box.setId("plan-flags");
        for (Flag f : plan.flags()) {
            VBox card = new VBox();
            card.getStyleClass().add("notice-flag");
            card.setId("plan-flag-" + f.code().name());
            Label title = new Label(text.flag(f.code()));
            title.getStyleClass().add("notice-title");
            Label why = new Label(text.reasons().joined(f.reasons()));
            why.setWrapText(true);
            card.getChildren().addAll(title, why);
            if (!f.sources().isEmpty()) {
                card.getChildren().add(sources(f.sources()));
            }
            box.getChildren().add(card);
        }
        return box;
    }

    private Node recommendedNow(Plan plan) {
        VBox box = group(text.format("wizard.plan.now", plan.recommendations().size()), "plan-now");
        int n = 1;
        for (Recommendation r : plan.recommendations()) {
            box.getChildren().add(item(r, n++, true));
        }
        return box;
    }

    private Node deferred(Plan plan) {
        VBox box = group(text.format("wizard.plan.deferred", plan.deferred().size()), "plan-deferred");
        box.getChildren().add(Forms.hint(text.get("wizard.plan.deferred.hint")));
        int n = 1;
        for (Recommendation r : plan.deferred()) {
            box.getChildren().add(item(r, n++, false));
        }
        return box;
    }

    private VBox group(String title, String id) {
        Label heading = Forms.section(title);
        VBox box = new VBox(heading);
        box.getStyleClass().addAll("form-block", "plan-group");
        box.setId(id);
        return box;
    }

    /** One treatment: a header that opens its details, and a way to decline it (with a reason) or undo that. */
    private Node item(Recommendation r, int number, boolean now) {
        Treatment t = r.treatment();
        String key = t.name();
        Optional<PlanOverride> decision = draft.overrideFor(t).filter(o -> draft.agreed().declined().contains(t));

        ToggleButton open = new ToggleButton(text.format("wizard.plan.item", number, text.treatment(r)));
        open.setId("plan-item-" + key);
        open.getStyleClass().add("plan-item-toggle");
        open.setMnemonicParsing(false);
        open.setSelected(expanded.contains(t));
        open.setMaxWidth(Double.MAX_VALUE);
        open.setAlignment(Pos.CENTER_LEFT);
        // A long name (Spanish ones run a fifth longer) takes a second line rather than losing its end.
        open.setWrapText(true);
        open.setMinWidth(0);
        open.setMinHeight(Region.USE_PREF_SIZE);
        SVGPath chevron = new SVGPath();
        chevron.setContent("M3 1 L8 6 L3 11");
        chevron.getStyleClass().add("plan-chevron");
        chevron.rotateProperty().bind(Bindings.when(open.selectedProperty()).then(90).otherwise(0));
        open.setGraphic(chevron);
        Forms.named(open, text.format("wizard.plan.item.accessible", text.treatment(r),
                text.get(now ? "wizard.plan.item.now" : "wizard.plan.item.later")));

        FlowPane tags = new FlowPane();
        tags.getStyleClass().add("plan-tags");
        for (var k : r.targets()) {
            tags.getChildren().add(tag(text.kind(k), "tag"));
        }
        tags.getChildren().add(tag(text.performedBy(r.performedBy()), "tag-muted"));
        if (r.referOut()) {
            tags.getChildren().add(tag(text.get("wizard.plan.referOut"), "tag-warning"));
        }
        for (HoldCode h : r.waitsFor()) {
            tags.getChildren().add(tag(text.format("wizard.plan.waitsFor", text.hold(h)), "tag-warning"));
        }

        HBox header = new HBox(open);
        header.getStyleClass().add("plan-item-header");
        HBox.setHgrow(open, Priority.ALWAYS);
        VBox card = new VBox();
        card.getStyleClass().add("plan-item");
        card.setId("plan-card-" + key);
        card.pseudoClassStateChanged(DECLINED, decision.isPresent());

        VBox details = details(r);
        details.visibleProperty().bind(open.selectedProperty());
        details.managedProperty().bind(details.visibleProperty());
        open.selectedProperty().addListener((o, was, isOpen) -> {
            if (isOpen) {
                expanded.add(t);
            } else {
                expanded.remove(t);
            }
        });

        if (decision.isPresent()) {
            Label note = new Label(text.format("wizard.plan.declined", decision.get().reason()));
            note.setWrapText(true);
            note.getStyleClass().add("plan-declined-note");
            note.setId("plan-declined-" + key);
            Button undo = button("wizard.plan.undo", "plan-undo-" + key,
                    text.format("wizard.plan.undo.accessible", text.treatment(r)));
            undo.setOnAction(e -> draft.undoOverride(t));
            undo.disableProperty().bind(draft.finalBinding());
            header.getChildren().add(undo);
            card.getChildren().addAll(header, tags, note, details);
        } else if (now) {
            Button decline = button("wizard.plan.decline", "plan-decline-" + key,
                    text.format("wizard.plan.decline.accessible", text.treatment(r)));
            decline.disableProperty().bind(draft.finalBinding());
            header.getChildren().add(decline);
            VBox declineRow = declineRow(t, text.treatment(r));
            declineRow.setVisible(pendingDecline.containsKey(t));
            declineRow.managedProperty().bind(declineRow.visibleProperty());
            decline.setOnAction(e -> {
                pendingDecline.putIfAbsent(t, "");
                declineRow.setVisible(true);
                declineRow.lookup("#plan-decline-reason-" + key).requestFocus();
            });
            card.getChildren().addAll(header, tags, declineRow, details);
        } else {
            card.getChildren().addAll(header, tags, details);
        }
        return card;
    }

    private VBox declineRow(Treatment t, String name) {
        TextField reason = new TextField(pendingDecline.getOrDefault(t, ""));
        reason.setId("plan-decline-reason-" + t.name());
        reason.setPromptText(text.get("wizard.plan.reason.prompt"));
        Forms.named(reason, text.format("wizard.plan.decline.reason", name));
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.textProperty().addListener((o, was, now) -> pendingDecline.put(t, now));
        Button confirm = button("wizard.plan.decline.confirm", "plan-decline-confirm-" + t.name(),
                text.format("wizard.plan.decline.confirm.accessible", name));
        confirm.disableProperty().bind(reason.textProperty().isEmpty().or(
                Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty())));
        confirm.setOnAction(e -> {
            pendingDecline.remove(t);
            draft.decline(t, reason.getText());
        });
        // Enter in the reason confirms, rather than moving the wizard on with the reason half-entered.
        reason.setOnAction(e -> {
            if (!confirm.isDisabled()) {
                confirm.fire();
            }
        });
        Button cancel = button("wizard.plan.cancel", "plan-decline-cancel-" + t.name(), text.get("wizard.plan.cancel.accessible"));
        cancel.getStyleClass().add("flat");
        HBox row = new HBox(reason, confirm, cancel);
        row.getStyleClass().add("plan-reason-row");
        Label label = Forms.label(text.format("wizard.plan.decline.label", name), reason);
        VBox box = new VBox(label, row);
        box.getStyleClass().add("plan-reason");
        cancel.setOnAction(e -> {
            pendingDecline.remove(t);
            box.setVisible(false);
            root.lookup("#plan-decline-" + t.name()).requestFocus();
        });
        return box;
    }

    private VBox details(Recommendation r) {
        VBox box = new VBox();
        box.getStyleClass().add("plan-details");
        box.getChildren().add(subheading(text.get("wizard.plan.why")));
        text.reasons().all(r.why()).forEach(w -> box.getChildren().add(bullet(w)));
        GridPane schedule = new GridPane();
        schedule.getStyleClass().add("plan-schedule");
        int row = 0;
        row = scheduleRow(schedule, row, "wizard.plan.sessions", r.sessions(), "wizard.plan.sessions.value");
        row = scheduleRow(schedule, row, "wizard.plan.interval", r.intervalWeeks(), "wizard.plan.interval.value");
        scheduleRow(schedule, row, "wizard.plan.downtime", r.downtimeDays(), "wizard.plan.downtime.value");
        if (!schedule.getChildren().isEmpty()) {
            box.getChildren().add(schedule);
        }
        if (!r.cautions().isEmpty()) {
            box.getChildren().add(subheading(text.get("wizard.plan.cautions")));
            text.reasons().all(r.cautions()).forEach(c -> box.getChildren().add(bullet(c)));
        }
        if (!r.sources().isEmpty()) {
            box.getChildren().add(sources(r.sources()));
        }
        return box;
    }

    private int scheduleRow(GridPane grid, int row, String labelKey, Range range, String valueKey) {
        if (range == null) {
            return row;
        }
        Label l = new Label(text.get(labelKey));
        l.getStyleClass().add("plan-schedule-label");
        Label v = new Label(text.format(valueKey, range.toString(), range.max()));
        grid.addRow(row, l, v);
        return row + 1;
    }

    private Node added(Plan plan) {
        VBox box = group(text.get("wizard.plan.added"), "plan-added");
        List<PlanOverride> added = draft.overrides().stream().filter(o -> o.action() == PlanOverride.Action.ADDED).toList();
        for (PlanOverride o : added) {
            Label l = new Label(text.format("wizard.plan.added.item", name(o.treatment()), o.reason()));
            l.setWrapText(true);
            l.setId("plan-added-" + o.treatment().name());
            HBox.setHgrow(l, Priority.ALWAYS);
            l.setMaxWidth(Double.MAX_VALUE);
            Button undo = button("wizard.plan.undo", "plan-undo-" + o.treatment().name(),
                    text.format("wizard.plan.undo.accessible", name(o.treatment())));
            undo.setOnAction(e -> draft.undoOverride(o.treatment()));
            undo.disableProperty().bind(draft.finalBinding());
            HBox row = new HBox(l, undo);
            row.getStyleClass().add("plan-added-row");
            box.getChildren().add(row);
        }

        Set<Treatment> offered = EnumSet.allOf(Treatment.class);
        offered.removeAll(plan.recommendedTreatments());
        added.forEach(o -> offered.remove(o.treatment()));
        if (offered.isEmpty()) {
            return box;
        }
        ComboBox<Treatment> choice = new ComboBox<>();
        choice.setId("plan-add-treatment");
        // Sized for a usual name, not the catalog's longest, so the reason beside it keeps room to be typed.
        choice.setPrefWidth(220);
        choice.setMinWidth(150);
        choice.getItems().setAll(offered);
        choice.setPromptText(text.get("wizard.plan.add.prompt"));
        Forms.named(choice, Forms.plain(text.get("wizard.plan.add.treatment")));
        namesTreatments(choice);
        if (addChoice != null && offered.contains(addChoice)) {
            choice.setValue(addChoice);
        }
        choice.valueProperty().addListener((o, was, now) -> addChoice = now);
        TextField reason = new TextField(addReason);
        reason.setId("plan-add-reason");
        reason.setPromptText(text.get("wizard.plan.reason.prompt"));
        Forms.named(reason, Forms.plain(text.get("wizard.plan.add.reason")));
        reason.textProperty().addListener((o, was, now) -> addReason = now);
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button add = button("wizard.plan.add", "plan-add", Forms.plain(text.get("wizard.plan.add")));
        add.disableProperty().bind(choice.valueProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()))
                .or(draft.finalBinding()));
        add.setOnAction(e -> {
            Treatment t = choice.getValue();
            String why = reason.getText();
            addChoice = null;
            addReason = "";
            draft.add(t, why);
        });
        reason.setOnAction(e -> {
            if (!add.isDisabled()) {
                add.fire();
            }
        });
        choice.disableProperty().bind(draft.finalBinding());
        reason.disableProperty().bind(draft.finalBinding());
        VBox choiceField = new VBox(Forms.label(text.get("wizard.plan.add.treatment"), choice), choice);
        VBox reasonField = new VBox(Forms.label(text.get("wizard.plan.add.reason"), reason), reason);
        HBox.setHgrow(reasonField, Priority.ALWAYS);
        HBox row = new HBox(choiceField, reasonField, add);
        row.getStyleClass().add("plan-add-row");
        row.setAlignment(Pos.BOTTOM_LEFT);
        box.getChildren().addAll(Forms.hint(text.get("wizard.plan.add.hint")), row);
        return box;
    }

    private Node ruledOut(List<Exclusion> list) {
        VBox box = group(text.format("wizard.plan.excluded", list.size()), "plan-excluded");
        for (Exclusion e : list) {
            VBox entry = new VBox();
            entry.getStyleClass().add("plan-excluded-item");
            entry.setId("plan-excluded-" + e.treatment().name());
            Label name = new Label(name(e.treatment()));
            name.getStyleClass().add("plan-excluded-name");
            entry.getChildren().add(name);
            for (ExclusionReason r : e.reasons()) {
                entry.getChildren().add(bullet(text.reasons().of(r.reason())));
            }
            List<String> sources = e.reasons().stream().flatMap(r -> r.sources().stream()).distinct().toList();
            if (!sources.isEmpty()) {
                entry.getChildren().add(sources(sources));
            }
            box.getChildren().add(entry);
        }
        return box;
    }

    private Node notIndicated(List<Exclusion> list) {
        Label names = new Label(list.stream().map(e -> name(e.treatment())).collect(Collectors.joining(", ")));
        names.setWrapText(true);
        names.getStyleClass().add("form-hint");
        Label why = Forms.hint(text.get("wizard.plan.notIndicated.hint"));
        VBox content = new VBox(why, names);
        content.getStyleClass().add("plan-not-indicated");
        String title = text.format("wizard.plan.notIndicated", list.size());
        return folded("plan-not-indicated", "plan-quiet", title, content, notIndicatedOpen, open -> notIndicatedOpen = open);
    }

    /** A part of the page folded under its title; whether it is open is kept across redraws. */
    private static TitledPane folded(String id, String style, String title, Node content, boolean open,
                                     Consumer<Boolean> opened) {
        TitledPane pane = new TitledPane(title, content);
        pane.setId(id);
        pane.setExpanded(open);
        pane.expandedProperty().addListener((o, was, now) -> opened.accept(now));
        pane.setAnimated(false);
        pane.setMnemonicParsing(false);
        pane.getStyleClass().add(style);
        Forms.named(pane, title);
        return pane;
    }

    // ---------- small parts ----------

    private Button button(String key, String id, String accessible) {
        Button b = new Button(text.get(key));
        b.setId(id);
        // A button keeps its whole word ("Rechazar…", "Añadir"); the field or text beside it gives way.
        b.setMinWidth(Region.USE_PREF_SIZE);
        Forms.named(b, accessible);
        return b;
    }

    private static Label tag(String s, String style) {
        Label l = new Label(s);
        l.getStyleClass().addAll("plan-tag", style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label subheading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("plan-subheading");
        return l;
    }

    private static Label bullet(String s) {
        Label l = new Label("\u2022  " + s);
        l.setWrapText(true);
        l.getStyleClass().add("plan-bullet");
        return l;
    }

    private Label sources(List<String> ids) {
        Label l = new Label(text.format("wizard.plan.sources", String.join(", ", ids)));
        l.getStyleClass().add("plan-sources");
        l.setWrapText(true);
        return l;
    }

    // ---------- WizardPage ----------

    @Override
    public String title() {
        return text.get(Step.PLAN.titleKey());
    }

    @Override
    public Node content() {
        return root;
    }

    @Override
    public ObservableBooleanValue valid() {
        return complete;
    }

    @Override
    public void shown() {
        Plan plan = draft.planProperty().get();
        Optional<Node> step = root.lookupAll(".protocol-action").stream().filter(n -> !n.isDisabled()).findFirst();
        if (step.isPresent()) {
            step.get().requestFocus();
            return;
        }
        if (plan != null && !plan.recommendations().isEmpty()) {
            Node first = root.lookup("#plan-item-" + plan.recommendations().get(0).treatment().name());
            if (first != null) {
                first.requestFocus();
            }
        }
    }
}
