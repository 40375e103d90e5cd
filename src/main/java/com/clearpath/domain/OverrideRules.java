package com.clearpath.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one set of rules for the practitioner's overrides, used by the wizard, import and the command line alike:
 * every override has a reason; an alternative chosen is one of that step's alternatives; a dropped or moved step
 * exists; a treatment added as a step is suitable (recommended or deferred, never excluded) and not already in the
 * protocol; and no treatment or step is decided twice. Each problem names its field ({@code overrides[2].reason}).
 */
public final class OverrideRules {
    /** The latest week a step may be moved to or added at: two years of weekly visits is already far beyond any plan. */
    public static final int START_WEEK_MAX = 104;
    public static final String REASON = "reason";
    public static final String TREATMENT = "treatment";
    public static final String REPLACES = "replaces";
    public static final String START_WEEK = "startWeek";

    private OverrideRules() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The reason's problem, if any, at {@code path}. */
    public static Optional<Problem> reason(String path, String reason) {
        return blank(reason) ? Optional.of(Problem.of(path, ProblemCode.CHANGE_REASON_REQUIRED))
                : Optional.empty();
    }

    /** A start week's problem, if any, at {@code path} (null is "required" only when {@code required}). */
    public static Optional<Problem> startWeek(String path, Integer week, boolean required) {
        if (week == null) {
            return required ? Optional.of(Problem.of(path, ProblemCode.START_WEEK_REQUIRED))
                    : Optional.empty();
        }
        if (week < 0 || week > START_WEEK_MAX) {
            return Optional.of(Problem.of(path, ProblemCode.START_WEEK_OUT_OF_RANGE, START_WEEK_MAX, week));
        }
        return Optional.empty();
    }

    /** The treatments that may be added as steps: suitable now or later, not excluded, not already in the protocol. */
    public static List<Treatment> addable(Plan plan, List<PlanOverride> overrides) {
        Set<Treatment> taken = EnumSet.noneOf(Treatment.class);
        if (plan.protocol() != null) {
            taken.addAll(plan.protocol().treatments());
        }
        for (PlanOverride o : overrides) {
            if (o.action() == PlanOverride.Action.STEP_ADDED || o.action() == PlanOverride.Action.ADDED) {
                taken.add(o.treatment());
            }
        }
        List<Treatment> out = new ArrayList<>();
        for (Recommendation r : suitable(plan)) {
            if (!taken.contains(r.treatment()) && plan.exclusion(r.treatment()).isEmpty()) {
                out.add(r.treatment());
            }
        }
        return out;
    }

    static List<Recommendation> suitable(Plan plan) {
        List<Recommendation> all = new ArrayList<>(plan.recommendations());
        all.addAll(plan.deferred());
        return all;
    }

    /** Every problem of {@code overrides} against {@code plan}, each under {@code path} ("overrides"). */
    public static List<Problem> problems(Plan plan, List<PlanOverride> overrides, String path) {
        List<Problem> out = new ArrayList<>();
        Protocol protocol = plan == null ? null : plan.protocol();
        Set<Treatment> addedSteps = EnumSet.noneOf(Treatment.class);
        for (PlanOverride o : overrides) {
            if (o.action() == PlanOverride.Action.STEP_ADDED || o.action() == PlanOverride.Action.ADDED) {
                addedSteps.add(o.treatment());
            }
        }
        // What each step or treatment has had decided: its fate (declined, added, dropped), its choice, its week.
        Map<Treatment, PlanOverride> fate = new EnumMap<>(Treatment.class);
        Map<Treatment, PlanOverride> choice = new EnumMap<>(Treatment.class);
        Map<Treatment, PlanOverride> week = new EnumMap<>(Treatment.class);
        Set<Treatment> chosenAlternatives = EnumSet.noneOf(Treatment.class);
        for (int i = 0; i < overrides.size(); i++) {
            PlanOverride o = overrides.get(i);
            String at = path + "[" + i + "]";
            reason(at + "." + REASON, o.reason()).ifPresent(out::add);
            Map<Treatment, PlanOverride> slot = switch (o.action()) {
                case ALTERNATIVE_CHOSEN -> choice;
                case STEP_MOVED -> week;
                default -> fate;
            };
            if (slot.containsKey(o.step())) {
                out.add(Problem.of(at + "." + TREATMENT, ProblemCode.DECIDED_TWICE, o.step().name(), o.action(),
                        slot.get(o.step()).action()));
            } else {
                slot.put(o.step(), o);
            }
            if (plan == null) {
                continue;
            }
            switch (o.action()) {
                case ALTERNATIVE_CHOSEN -> {
                    Optional<ProtocolStep> step = step(protocol, o.replaces());
                    if (o.replaces() == null) {
                        out.add(Problem.of(at + "." + REPLACES, ProblemCode.REPLACES_REQUIRED));
                    } else if (step.isEmpty()) {
                        out.add(Problem.of(at + "." + REPLACES, ProblemCode.NOT_A_STEP, o.replaces().name()));
                    } else if (!step.get().alternatives().contains(o.treatment())) {
                        out.add(Problem.of(at + "." + TREATMENT, ProblemCode.NOT_AN_ALTERNATIVE, o.treatment().name(),
                                step.get().order(), o.replaces().name()));
                    } else if (!chosenAlternatives.add(o.treatment())) {
                        out.add(Problem.of(at + "." + TREATMENT, ProblemCode.CHOSEN_TWICE, o.treatment().name()));
                    }
                }
                case STEP_DROPPED -> {
                    if (step(protocol, o.treatment()).isEmpty()) {
                        out.add(Problem.of(at + "." + TREATMENT, ProblemCode.NOT_A_STEP, o.treatment().name()));
                    }
                }
                case STEP_MOVED -> {
                    if (step(protocol, o.treatment()).isEmpty() && !addedSteps.contains(o.treatment())) {
                        out.add(Problem.of(at + "." + TREATMENT, ProblemCode.NOT_A_STEP, o.treatment().name()));
                    }
                    startWeek(at + "." + START_WEEK, o.startWeek(), true).ifPresent(out::add);
                }
                case STEP_ADDED -> {
                    boolean suitable = suitable(plan).stream().anyMatch(r -> r.treatment() == o.treatment());
                    if (plan.exclusion(o.treatment()).isPresent() || !suitable) {
                        out.add(Problem.of(at + "." + TREATMENT, ProblemCode.NOT_SUITABLE, o.treatment().name()));
                    } else if (protocol != null && protocol.treatments().contains(o.treatment())) {
                        out.add(Problem.of(at + "." + TREATMENT, ProblemCode.ALREADY_IN_PROTOCOL,
                                o.treatment().name()));
                    }
                    startWeek(at + "." + START_WEEK, o.startWeek(), false).ifPresent(out::add);
                }
                default -> {
                }
            }
        }
        // A dropped step takes no other change.
        for (int i = 0; i < overrides.size(); i++) {
            PlanOverride o = overrides.get(i);
            PlanOverride f = fate.get(o.step());
            boolean gone = f != null && (f.action() == PlanOverride.Action.STEP_DROPPED
                    || f.action() == PlanOverride.Action.DECLINED);
            if (gone && (o.action() == PlanOverride.Action.ALTERNATIVE_CHOSEN || o.action() == PlanOverride.Action.STEP_MOVED)) {
                out.add(Problem.of(path + "[" + i + "]." + TREATMENT, ProblemCode.STEP_DROPPED_CHANGED,
                        o.step().name()));
            }
        }
        return out;
    }

    static Optional<ProtocolStep> step(Protocol protocol, Treatment t) {
        if (protocol == null || t == null) {
            return Optional.empty();
        }
        return protocol.steps().stream().filter(s -> s.treatment() == t).findFirst();
    }
}
