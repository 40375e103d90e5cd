package com.clearpath.ui.wizard;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.FitzpatrickQuestionnaire;
import com.clearpath.domain.FlagCode;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.Language;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Screening;
import com.clearpath.domain.ScreeningGroup;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.StepPurpose;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.engine.CatalogTreatment;
import com.clearpath.engine.TreatmentCatalog;
import com.clearpath.ui.common.Messages;
import com.clearpath.words.ProblemWords;
import com.clearpath.words.ReasonWords;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The wizard's words for the consultation's codes (zones, scar types, screening questions, grades…). Their keys are
 * built from the codes, so {@link #messageKeys()} lists them for the bundle check.
 */
public final class WizardText {
    private final Messages text;
    /** The clinic's catalog, for treatment names in the screens' language; null where none is needed. */
    private final Supplier<TreatmentCatalog> catalog;

    public WizardText(Messages text) {
        this(text, null);
    }

    public WizardText(Messages text, Supplier<TreatmentCatalog> catalog) {
        this.text = text;
        this.catalog = catalog;
    }

    /**
     * A recommendation's treatment as the screens name it: the engine's name (the clinic's own) in English, the
     * catalog's name in the screens' language otherwise.
     */
    public String treatment(Recommendation r) {
        if (text.language() == Language.EN || catalog == null) {
            return r.name();
        }
        return treatment(r.treatment(), r.name());
    }

    /** A catalog treatment in the screens' language; {@code fallback} when the catalog does not have it. */
    public String treatment(Treatment t, String fallback) {
        CatalogTreatment entry = catalog == null ? null : catalog.get().get(t);
        String name = entry == null ? null : entry.name().in(text.language());
        return name == null || name.isBlank() ? fallback : name;
    }

    public Messages messages() {
        return text;
    }

    /** The screens' language, for dates and the catalog's treatment names. */
    public Locale locale() {
        return text.locale();
    }

    public Language language() {
        return text.language();
    }

    public ReasonWords reasons() {
        return text.reasons();
    }

    public ProblemWords problems() {
        return text.problems();
    }

    public String get(String key) {
        return text.get(key);
    }

    public String format(String key, Object... args) {
        return text.format(key, args);
    }

    public String purpose(StepPurpose p) {
        return text.get(key("purpose", p.name()));
    }

    /** A date as the wizard shows it beside the plan, in the screens' language: "Nov 20, 2026", "20 nov 2026". */
    public String shortDate(LocalDate d) {
        return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
    }

    public String kind(ConcernKind kind) {
        return text.get(key("kind", kind.name(), "name"));
    }

    public String kindDescription(ConcernKind kind) {
        return text.get(key("kind", kind.name(), "description"));
    }

    public String zone(Zone zone) {
        return text.get(key("zone", zone.name()));
    }

    public String depth(PigmentDepth depth) {
        return text.get(key("depth", depth.name()));
    }

    public String goodmanName(int grade) {
        return text.get(key("goodman", String.valueOf(grade), "name"));
    }

    public String goodmanDescription(int grade) {
        return text.get(key("goodman", String.valueOf(grade), "description"));
    }

    public String group(FitzpatrickQuestionnaire.Group group) {
        return text.get(key("fitz.group", group.name()));
    }

    public String question(FitzpatrickQuestionnaire.Item item) {
        return text.get(key("fitz", item.name(), "question"));
    }

    public String answer(FitzpatrickQuestionnaire.Item item, int score) {
        return text.get(key("fitz", item.name(), "answer", String.valueOf(score)));
    }


    public String typeDescription(int type) {
        return text.get(key("type", String.valueOf(type), "description"));
    }

    public String sensitivity(Sensitivity s) {
        return text.get(key("sensitivity", s.name()));
    }

    public String sensitivityDescription(Sensitivity s) {
        return text.get(key("sensitivity", s.name(), "description"));
    }

    public String condition(SkinCondition c) {
        return text.get(key("condition", c.name()));
    }

    public String igaName(int grade) {
        return text.get(key("iga", String.valueOf(grade), "name"));
    }

    public String igaDescription(int grade) {
        return text.get(key("iga", String.valueOf(grade), "description"));
    }

    public String screeningQuestion(Screening s) {
        return text.get(key("screening", s.name()));
    }

    public String screeningGroup(ScreeningGroup g) {
        return text.get(key("screening.group", g.name()));
    }

    public String hold(HoldCode code) {
        return text.get(key("hold", code.name()));
    }

    public String flag(FlagCode code) {
        return text.get(key("flag", code.name()));
    }

    public String language(Language language) {
        return text.get(key("summary.language", language.code()));
    }

    /** Who carries a treatment out ({@code Recommendation.performedBy}): physician, practitioner, at home. */
    public String performedBy(String code) {
        for (CatalogTreatment.PerformedBy p : CatalogTreatment.PerformedBy.values()) {
            if (p.name().equals(code)) {
                return text.get(key("plan.by", p.name()));
            }
        }
        return code == null ? "" : code;
    }

    /** "wizard." and the parts joined with dots; keys are built this way so each part can come from a code. */
    static String key(String... parts) {
        return "wizard." + String.join(".", parts);
    }

    /** Every key built from a code, so the bundle check knows they are used. */
    public static List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        for (ConcernKind k : ConcernKind.values()) {
            keys.add(key("kind", k.name(), "name"));
            keys.add(key("kind", k.name(), "description"));
        }
        for (Zone z : Zone.values()) {
            keys.add(key("zone", z.name()));
        }
        for (PigmentDepth d : PigmentDepth.values()) {
            keys.add(key("depth", d.name()));
        }
        for (int g = 1; g <= 4; g++) {
            keys.add(key("goodman", String.valueOf(g), "name"));
            keys.add(key("goodman", String.valueOf(g), "description"));
        }
        for (FitzpatrickQuestionnaire.Group g : FitzpatrickQuestionnaire.Group.values()) {
            keys.add(key("fitz.group", g.name()));
        }
        for (FitzpatrickQuestionnaire.Item item : FitzpatrickQuestionnaire.ITEMS) {
            keys.add(key("fitz", item.name(), "question"));
            for (int a = 0; a < FitzpatrickQuestionnaire.ANSWERS; a++) {
                keys.add(key("fitz", item.name(), "answer", String.valueOf(a)));
            }
        }
        for (int t = 1; t <= 6; t++) {
            keys.add(key("type", String.valueOf(t), "description"));
        }
        for (Sensitivity s : Sensitivity.values()) {
            keys.add(key("sensitivity", s.name()));
            keys.add(key("sensitivity", s.name(), "description"));
        }
        for (SkinCondition c : SkinCondition.values()) {
            keys.add(key("condition", c.name()));
        }
        for (int g = 0; g <= 4; g++) {
            keys.add(key("iga", String.valueOf(g), "name"));
            keys.add(key("iga", String.valueOf(g), "description"));
        }
        for (Screening s : Screening.values()) {
            keys.add(key("screening", s.name()));
        }
        for (ScreeningGroup g : ScreeningGroup.values()) {
            keys.add(key("screening.group", g.name()));
        }
        for (StepPurpose p : StepPurpose.values()) {
            keys.add(key("purpose", p.name()));
        }
        for (PlanOverride.Action a : PlanOverride.Action.values()) {
            keys.add(key("override", a.name()));
            if (a.onProtocol()) {
                keys.add(key("plan.edit.heading", a.name()));
                keys.add(key("plan.edit.confirm", a.name()));
            }
        }
        keys.add(key("override", "STEP_ADDED", "week"));
        for (HoldCode h : HoldCode.values()) {
            keys.add(key("hold", h.name()));
        }
        for (FlagCode f : FlagCode.values()) {
            keys.add(key("flag", f.name()));
        }
        for (CatalogTreatment.PerformedBy p : CatalogTreatment.PerformedBy.values()) {
            keys.add(key("plan.by", p.name()));
        }
        for (Language l : Language.values()) {
            keys.add(key("summary.language", l.code()));
        }
        keys.addAll(ChangeWords.messageKeys());
        return keys;
    }
}
