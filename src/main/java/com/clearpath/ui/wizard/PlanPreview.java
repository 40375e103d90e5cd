package com.clearpath.ui.wizard;

import com.clearpath.domain.AgreedPlan;
import com.clearpath.domain.Flag;
import com.clearpath.domain.Hold;
import com.clearpath.domain.Language;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Protocol;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Treatment;
import com.clearpath.engine.TreatmentCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The live plan beside the steps: its status, the holds and flags, and the first treatments, redrawn on every
 * change. Before the skin and screening steps are done it shows a provisional plan and says so.
 */
final class PlanPreview {
    static final int TOP = 5;
    static final PseudoClass PROVISIONAL = PseudoClass.getPseudoClass("provisional");
    static final PseudoClass HOLDING = PseudoClass.getPseudoClass("holding");

    private final ConsultationDraft draft;
    private final WizardText text;
    private final TreatmentCatalog catalog;
    private final VBox content = new VBox();
    private final ScrollPane root = new ScrollPane(content);

    PlanPreview(ConsultationDraft draft, WizardText text, TreatmentCatalog catalog) {
        this.draft = draft;
        this.text = text;
        this.catalog = catalog;
        content.getStyleClass().add("plan-preview");
        content.setId("plan-preview");
        content.setAccessibleRole(AccessibleRole.TEXT);
        root.getStyleClass().add("plan-preview-scroller");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setAccessibleText(text.get("wizard.preview.title"));
        draft.previewProperty().addListener((o, was, now) -> redraw());
        // A provisional plan can equal the real one exactly (records compare by value), so no change fires for
        // the preview; the plan's own change still says it is no longer provisional.
        draft.planProperty().addListener((o, was, now) -> redraw());
        draft.overrides().addListener((ListChangeListener<PlanOverride>) c -> redraw());
        redraw();
    }

    Node node() {
        return root;
    }

    private void redraw() {
        Plan plan = draft.previewProperty().get();
        boolean provisional = plan != null && draft.planProperty().get() == null;
        content.getChildren().clear();
        Label title = new Label(text.get("wizard.preview.title"));
        title.getStyleClass().add("preview-title");
        content.getChildren().add(title);
        content.pseudoClassStateChanged(PROVISIONAL, provisional);
        content.pseudoClassStateChanged(HOLDING, plan != null && plan.status() == PlanStatus.DEFER);
        if (plan == null) {
            content.getChildren().add(line(text.get("wizard.preview.empty"), "preview-muted"));
            content.setAccessibleText(text.get("wizard.preview.empty"));
            return;
        }
        Label status = line(text.get(plan.status() == PlanStatus.READY ? "wizard.preview.ready" : "wizard.preview.defer"),
                "preview-status");
        status.setId("preview-status");
        content.getChildren().add(status);
        if (provisional) {
            content.getChildren().add(line(text.get("wizard.preview.provisional"), "preview-muted"));
        }
        for (Hold h : plan.holds()) {
            content.getChildren().add(line(text.format("wizard.preview.hold", text.hold(h.code())), "preview-hold"));
        }
        for (Flag f : plan.flags()) {
            content.getChildren().add(line(text.format("wizard.preview.flag", text.flag(f.code())), "preview-flag"));
        }
        // The provisional plan has no changes of its own yet; the real one is shown as agreed.
        AgreedPlan agreed = AgreedPlan.of(plan, provisional ? List.of() : List.copyOf(draft.overrides()));
        Set<Treatment> declined = agreed.declined();
        if (agreed.protocol() != null && !agreed.protocol().steps().isEmpty()) {
            // The protocol is the plan: the ranked options stay on the Plan step, folded, not beside it.
            protocol(agreed);
        } else {
            options(agreed, plan);
        }
        if (!declined.isEmpty()) {
            content.getChildren().add(line(text.format("wizard.preview.declined", declined.size()), "preview-muted"));
        }
        StringBuilder spoken = new StringBuilder();
        content.getChildren().forEach(c -> spoken.append(((Label) c).getText()).append(". "));
        content.setAccessibleText(spoken.toString());
    }

    /** Without a protocol (nothing in-clinic to sequence), the options as ranked. */
    private void options(AgreedPlan agreed, Plan plan) {
        List<Recommendation> now = agreed.recommendations();
        List<PlanOverride> added = draft.overrides().stream().filter(o -> o.action() == PlanOverride.Action.ADDED).toList();
        content.getChildren().add(line(text.get("wizard.preview.now"), "preview-heading"));
        int n = 0;
        for (Recommendation r : now) {
            if (n++ == TOP) {
                content.getChildren().add(line(text.format("wizard.preview.more", now.size() - TOP), "preview-muted"));
                break;
            }
            Label item = line(n + ". " + text.treatment(r), "preview-item");
            item.setId("preview-item-" + r.treatment().name());
            content.getChildren().add(item);
        }
        for (PlanOverride o : added) {
            content.getChildren().add(line(text.format("wizard.preview.added", catalog.get(o.treatment()).name().in(text.language())),
                    "preview-item"));
        }
        if (!plan.deferred().isEmpty()) {
            content.getChildren().add(line(text.format("wizard.preview.waiting", plan.deferred().size()), "preview-heading"));
            plan.deferred().stream().limit(TOP).forEach(r -> content.getChildren().add(line(text.treatment(r), "preview-item")));
        }
    }

    /** The agreed protocol in three lines: its steps in order, its visits and length, and what was changed. */
    private void protocol(AgreedPlan agreed) {
        Protocol p = agreed.protocol();
        content.getChildren().add(line(text.get("wizard.preview.protocol"), "preview-heading"));
        String steps = p.steps().stream()
                .map(s -> s.order() + ". " + text.treatment(s.treatment(), catalog.get(s.treatment()).name().in(Language.EN)))
                .collect(Collectors.joining("  \u00b7  "));
        Label order = line(steps, "preview-item");
        order.setId("preview-protocol-steps");
        LocalDate first = p.visits().isEmpty() ? p.startsOn() : p.visits().get(0).date();
        Label totals = line(text.format("wizard.preview.protocol.totals", p.visitCount().toString(),
                p.durationWeeks().toString(), text.shortDate(first)), "preview-muted");
        totals.setId("preview-protocol-totals");
        long changes = agreed.overrides().stream().filter(o -> o.action().onProtocol()).count();
        Label changed = line(text.format("wizard.preview.protocol.changes", changes), "preview-muted");
        changed.setId("preview-protocol-changes");
        content.getChildren().addAll(order, totals, changed);
    }

    private static Label line(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
