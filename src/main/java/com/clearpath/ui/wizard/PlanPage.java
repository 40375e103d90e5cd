package com.clearpath.ui.wizard;

import com.clearpath.domain.Exclusion;
import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.ExclusionReason;
import com.clearpath.domain.Flag;
import com.clearpath.domain.Hold;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Range;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.TreatmentCatalog;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/**
 * Step 5: the plan. What to do now (best first), what waits for the holds to clear, what was ruled out and why
 * (treatments that simply do not fit the concerns folded into a quieter group), and the flags to act on. Every item
 * opens to its reasons, schedule, downtime, cautions and sources. The practitioner may decline a recommendation or
 * add a catalog treatment, each with a short reason, kept as a plan override.
 */
final class PlanPage implements WizardPage {
    static final PseudoClass DECLINED = PseudoClass.getPseudoClass("declined");

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

    PlanPage(ConsultationDraft draft, WizardText text, TreatmentCatalog catalog) {
        this.draft = draft;
        this.text = text;
        this.catalog = catalog;
        root.getStyleClass().addAll("wizard-step", "plan-step");
        root.setId("step-plan");
        complete = Bindings.createBooleanBinding(() -> draft.planProperty().get() != null, draft.planProperty());
        body.getStyleClass().add("plan-body");
        root.getChildren().addAll(Forms.heading(text.get("step.plan.heading")),
                Forms.intro(text.get("wizard.plan.intro")), body);
        draft.planProperty().addListener((o, was, now) -> redraw());
        draft.overrides().addListener((ListChangeListener<PlanOverride>) c -> redraw());
        draft.statusProperty().addListener((o, was, now) -> redraw());
        redraw();
    }

    String name(Treatment t) {
        return catalog.get(t).name().en();
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
        if (!plan.flags().isEmpty()) {
            body.getChildren().add(flags(plan));
        }
        body.getChildren().add(recommendedNow(plan));
        if (!plan.deferred().isEmpty()) {
            body.getChildren().add(deferred(plan));
        }
        body.getChildren().add(added(plan));
        List<Exclusion> ruledOut = plan.excluded().stream().filter(e -> !onlyNotIndicated(e)).toList();
        if (!ruledOut.isEmpty()) {
            body.getChildren().add(ruledOut(ruledOut));
        }
        List<Exclusion> notIndicated = plan.excluded().stream().filter(PlanPage::onlyNotIndicated).toList();
        if (!notIndicated.isEmpty()) {
            body.getChildren().add(notIndicated(notIndicated));
        }
        if (focusedId != null) {
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

    static boolean onlyNotIndicated(Exclusion e) {
        return e.reasons().stream().allMatch(r -> r.code() == ExclusionCode.NOT_INDICATED);
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
        Optional<PlanOverride> decision = draft.overrideFor(t).filter(o -> o.action() == PlanOverride.Action.DECLINED);

        ToggleButton open = new ToggleButton(text.format("wizard.plan.item", number, r.name()));
        open.setId("plan-item-" + key);
        open.getStyleClass().add("plan-item-toggle");
        open.setMnemonicParsing(false);
        open.setSelected(expanded.contains(t));
        open.setMaxWidth(Double.MAX_VALUE);
        open.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.shape.SVGPath chevron = new javafx.scene.shape.SVGPath();
        chevron.setContent("M3 1 L8 6 L3 11");
        chevron.getStyleClass().add("plan-chevron");
        chevron.rotateProperty().bind(Bindings.when(open.selectedProperty()).then(90).otherwise(0));
        open.setGraphic(chevron);
        Forms.named(open, text.format("wizard.plan.item.accessible", r.name(),
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
                    text.format("wizard.plan.undo.accessible", r.name()));
            undo.setOnAction(e -> draft.undoOverride(t));
            undo.disableProperty().bind(draft.finalBinding());
            header.getChildren().add(undo);
            card.getChildren().addAll(header, tags, note, details);
        } else if (now) {
            Button decline = button("wizard.plan.decline", "plan-decline-" + key,
                    text.format("wizard.plan.decline.accessible", r.name()));
            decline.disableProperty().bind(draft.finalBinding());
            header.getChildren().add(decline);
            VBox declineRow = declineRow(t, r.name());
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
        choice.getItems().setAll(offered);
        choice.setPromptText(text.get("wizard.plan.add.prompt"));
        Forms.named(choice, Forms.plain(text.get("wizard.plan.add.treatment")));
        choice.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Treatment item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name(item));
            }
        });
        choice.setButtonCell(choice.getCellFactory().call(null));
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
        TitledPane pane = new TitledPane(title, content);
        pane.setId("plan-not-indicated");
        pane.setExpanded(notIndicatedOpen);
        pane.expandedProperty().addListener((o, was, now) -> notIndicatedOpen = now);
        pane.setAnimated(false);
        pane.setMnemonicParsing(false);
        pane.getStyleClass().add("plan-quiet");
        Forms.named(pane, title);
        return pane;
    }

    // ---------- small parts ----------

    private Button button(String key, String id, String accessible) {
        Button b = new Button(text.get(key));
        b.setId(id);
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
        return text.get("step.plan.title");
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
        if (plan != null && !plan.recommendations().isEmpty()) {
            Node first = root.lookup("#plan-item-" + plan.recommendations().get(0).treatment().name());
            if (first != null) {
                first.requestFocus();
            }
        }
    }
}
