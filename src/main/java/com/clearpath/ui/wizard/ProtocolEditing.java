package com.clearpath.ui.wizard;

import com.clearpath.domain.OverrideRules;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Problem;
import com.clearpath.domain.Treatment;
import java.util.List;
import java.util.Optional;

/**
 * The Plan step's one protocol change being entered: which change, about which step, and what was typed into it
 * (kept across the page's redraws, so nothing typed is lost), and what recording it came to. Plain Java: the page
 * builds the editor from {@link #current()} and sends the fields back through {@link #confirm}.
 */
final class ProtocolEditing {

    /** The field of the editor a refusal names, so the page can put the keyboard there. */
    enum Field { CHOICE, WEEK, REASON }

    /** A change being entered; {@code step} is null for a treatment added as a step of its own. */
    record Entry(PlanOverride.Action action, Treatment step, Treatment choice, String week, String reason,
                 Optional<Refusal> refused) {
    }

    /** Why the change was not recorded: the field, and either a problem of the rules or the week not being a number. */
    record Refusal(Field field, Optional<Problem> problem, boolean weekNotNumber, boolean weekRequired) {
    }

    /** What {@link #confirm} came to: recorded (the editor closes), or refused at a field (it stays open). */
    sealed interface Outcome {
        record Recorded(PlanOverride.Action action, Treatment step, Treatment chosen) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }

    private final ConsultationDraft draft;
    private Entry current;

    ProtocolEditing(ConsultationDraft draft) {
        this.draft = draft;
    }

    Optional<Entry> current() {
        return Optional.ofNullable(current);
    }

    boolean editing(PlanOverride.Action action, Treatment step) {
        return current != null && current.action() == action && current.step() == step;
    }

    /** Starts entering a change; the choice and week start at what the step has now. */
    void open(PlanOverride.Action action, Treatment step, Treatment choice, String week) {
        current = new Entry(action, step, choice, week == null ? "" : week, "", Optional.empty());
    }

    void cancel() {
        current = null;
    }

    /** What was typed, kept as it is typed. */
    void typed(Treatment choice, String week, String reason) {
        if (current != null) {
            current = new Entry(current.action(), current.step(), choice, week, reason, current.refused());
        }
    }

    /** Records the change through the draft's rules, or says at which field it was refused (all typed is kept). */
    Outcome confirm(Treatment choice, String week, String reason) {
        Entry e = current;
        if (e == null) {
            throw new IllegalStateException("no change is being entered");
        }
        typed(choice, week, reason);
        boolean weekAsked = e.action() == PlanOverride.Action.STEP_MOVED || e.action() == PlanOverride.Action.STEP_ADDED;
        Integer w = null;
        if (weekAsked && week != null && !week.isBlank()) {
            try {
                w = Integer.parseInt(week.strip());
            } catch (NumberFormatException ex) {
                return refuse(new Refusal(Field.WEEK, Optional.empty(), true, false));
            }
        } else if (e.action() == PlanOverride.Action.STEP_MOVED) {
            return refuse(new Refusal(Field.WEEK, Optional.empty(), false, true));
        }
        List<Problem> problems = draft.proposeChange(e.action(), e.step(), choice, w, reason);
        if (problems.isEmpty()) {
            current = null;
            return new Outcome.Recorded(e.action(), e.step(), choice);
        }
        Problem first = problems.get(0);
        Field field = switch (first.path()) {
            case OverrideRules.REASON -> Field.REASON;
            case OverrideRules.START_WEEK -> Field.WEEK;
            default -> Field.CHOICE;
        };
        return refuse(new Refusal(field, Optional.of(first), false, false));
    }

    private Outcome refuse(Refusal r) {
        current = new Entry(current.action(), current.step(), current.choice(), current.week(), current.reason(),
                Optional.of(r));
        return new Outcome.Refused(r);
    }
}
