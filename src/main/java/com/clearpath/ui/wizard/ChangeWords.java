package com.clearpath.ui.wizard;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.IntakeChange;
import com.clearpath.domain.IntakeChanges;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed since the visit a follow-up follows, in the wizard's words: the Summary's panel and the Plan's line. */
final class ChangeWords {
    private final WizardText text;
    private final Function<Treatment, String> treatment;

    ChangeWords(WizardText text, Function<Treatment, String> treatment) {
        this.text = text;
        this.treatment = treatment;
    }

    /** "Since the visit of 1 Jun 2026". */
    String title(IntakeChanges changes) {
        return changes.since() == null ? text.get("wizard.changes.titleUndated")
                : text.format("wizard.changes.title", text.shortDate(changes.since()));
    }

    List<String> lines(IntakeChanges changes) {
        return changes.changes().stream().map(this::line).toList();
    }

    /** The plan's changes in one sentence for the Plan step, or that it has the same treatments as then. */
    String planLine(IntakeChanges changes) {
        List<String> parts = new ArrayList<>();
        for (IntakeChange c : changes.changes()) {
            if (c.code() == IntakeChange.Code.TREATMENT_ADDED || c.code() == IntakeChange.Code.TREATMENT_DROPPED) {
                String l = line(c);
                // Mid-sentence after the date: "…: the plan adds X; the plan no longer has Y."
                parts.add(l.substring(0, 1).toLowerCase(text.locale()) + l.substring(1));
            }
        }
        long others = changes.changes().size() - parts.size();
        String plan = parts.isEmpty() ? text.get("wizard.changes.plan.same") : String.join("; ", parts);
        return others == 0 ? text.format("wizard.changes.plan", title(changes), plan)
                : text.format("wizard.changes.plan.andAnswers", title(changes), plan, others);
    }

    String line(IntakeChange c) {
        String key = "wizard.changes." + c.code().name();
        return switch (c.code()) {
            case CONCERN_NEW, MARKS_NEW -> c.args().size() > 1 ? text.format(key, kind(c), zones(c))
                    : text.format("wizard.changes.noZones." + c.code().name(), kind(c));
            case CONCERN_GONE, MARKS_GONE -> text.format(key, kind(c));
            case ZONES_ADDED, ZONES_CLEARED -> text.format(key, kind(c), zones(c));
            case PIGMENT_DEPTH_CHANGED -> text.format(key, lower(text.depth(PigmentDepth.valueOf(c.arg(0)))),
                    lower(text.depth(PigmentDepth.valueOf(c.arg(1)))));
            case GRADE_BETTER, GRADE_WORSE -> text.format(key, goodman(c.arg(0)), goodman(c.arg(1)));
            case FITZPATRICK_CHANGED -> text.format(key, SkinProfile.roman(Integer.parseInt(c.arg(0))),
                    SkinProfile.roman(Integer.parseInt(c.arg(1))));
            case SENSITIVITY_CHANGED -> text.format(key, lower(text.sensitivity(Sensitivity.valueOf(c.arg(0)))),
                    lower(text.sensitivity(Sensitivity.valueOf(c.arg(1)))));
            case ACNE_BETTER, ACNE_WORSE -> text.format(key, iga(c.arg(0)), iga(c.arg(1)));
            case NODULES_NEW, NODULES_GONE -> text.get(key);
            case SCREENING_NEW, SCREENING_GONE -> text.format(key, text.get("wizard.changes.screening."
                    + Screening.valueOf(c.arg(0)).name()));
            case TREATMENT_ADDED, TREATMENT_DROPPED -> text.format(key, treatment.apply(Treatment.valueOf(c.arg(0))));
        };
    }

    private String kind(IntakeChange c) {
        return text.kind(ConcernKind.valueOf(c.arg(0)));
    }

    private String zones(IntakeChange c) {
        return c.args().subList(1, c.args().size()).stream().map(z -> lower(text.zone(Zone.valueOf(z))))
                .collect(Collectors.joining(", "));
    }

    private String goodman(String grade) {
        int g = Integer.parseInt(grade);
        return text.format("wizard.changes.grade", g, lower(text.goodmanName(g)));
    }

    private String iga(String grade) {
        int g = Integer.parseInt(grade);
        return text.format("wizard.changes.iga", g, lower(text.igaName(g)));
    }

    private String lower(String s) {
        return s.toLowerCase(text.locale());
    }

    /** The keys made from codes above, for the bundle check. */
    static List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        for (IntakeChange.Code c : IntakeChange.Code.values()) {
            keys.add("wizard.changes." + c.name());
        }
        keys.add("wizard.changes.noZones.CONCERN_NEW");
        keys.add("wizard.changes.noZones.MARKS_NEW");
        for (Screening s : Screening.values()) {
            keys.add("wizard.changes.screening." + s.name());
        }
        return keys;
    }
}
