package com.clearpath.engine;

import static com.clearpath.domain.ConcernKind.BOXCAR_DEEP;
import static com.clearpath.domain.ConcernKind.BOXCAR_SHALLOW;
import static com.clearpath.domain.ConcernKind.HYPERTROPHIC;
import static com.clearpath.domain.ConcernKind.ICE_PICK;
import static com.clearpath.domain.ConcernKind.KELOID;
import static com.clearpath.domain.ConcernKind.PIE;
import static com.clearpath.domain.ConcernKind.PIH;
import static com.clearpath.domain.ConcernKind.ROLLING;
import static com.clearpath.domain.Treatment.ABLATIVE_RESURFACING;
import static com.clearpath.domain.Treatment.CHEMICAL_PEEL_MEDIUM;
import static com.clearpath.domain.Treatment.CHEMICAL_PEEL_SUPERFICIAL;
import static com.clearpath.domain.Treatment.DERMAL_FILLER;
import static com.clearpath.domain.Treatment.FRACTIONAL_ABLATIVE_LASER;
import static com.clearpath.domain.Treatment.FRACTIONAL_NONABLATIVE_LASER;
import static com.clearpath.domain.Treatment.INTRALESIONAL_STEROID;
import static com.clearpath.domain.Treatment.IPL;
import static com.clearpath.domain.Treatment.MICRONEEDLING;
import static com.clearpath.domain.Treatment.MICRONEEDLING_PRP;
import static com.clearpath.domain.Treatment.PUNCH_TECHNIQUES;
import static com.clearpath.domain.Treatment.RF_MICRONEEDLING;
import static com.clearpath.domain.Treatment.SILICONE_GEL;
import static com.clearpath.domain.Treatment.SUBCISION;
import static com.clearpath.domain.Treatment.SUN_PROTECTION;
import static com.clearpath.domain.Treatment.TCA_CROSS;
import static com.clearpath.domain.Treatment.TOPICAL_DEPIGMENTING;
import static com.clearpath.domain.Treatment.TOPICAL_RETINOID;
import static com.clearpath.domain.Treatment.VASCULAR_LASER;

import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import java.util.EnumSet;

/**
 * What each kind of scar or mark calls for (reference sections B, C and H), with scores that put the first choice
 * first. Scores: 100 first choice, 80–95 strong options, 60–79 alternatives and adjuncts, below 60 second line or
 * foundation care. PIH's first line (depigmenting topical, sun protection) scores above every procedure: pigment is
 * treated first and primes darker skin before any procedure (reference C, D). Safety (who must not have what) is not decided here but in {@link SafetyRules}.
 */
final class Indications {
    /** Above any procedure's score, including skin-type bonuses. */
    static final int PIH_FIRST_LINE = 130;

    private Indications() {
    }

    static Candidates of(ClientFacts f) {
        Candidates c = new Candidates();
        if (f.has(ICE_PICK)) {
            icePick(f, c);
        }
        if (f.has(BOXCAR_SHALLOW)) {
            boxcarShallow(f, c);
        }
        if (f.has(BOXCAR_DEEP)) {
            boxcarDeep(f, c);
        }
        if (f.has(ROLLING)) {
            rolling(f, c);
        }
        if (f.has(HYPERTROPHIC)) {
            hypertrophic(f, c);
        }
        if (f.has(KELOID)) {
            keloid(f, c);
        }
        if (f.has(PIH)) {
            pih(f, c);
        }
        if (f.has(PIE)) {
            pie(f, c);
        }
        foundation(f, c);
        forThisSkin(f, c);
        return c;
    }

    /** Ice pick: focal treatment first; resurfacing only as an adjunct (reference G2, R24). */
    private static void icePick(ClientFacts f, Candidates c) {
        String d = cap(f.describe(ICE_PICK));
        c.add(TCA_CROSS, 100, ICE_PICK, d + ": ice pick scars are narrow (< 2 mm wide), deep tracts, and focal "
                + "high-strength TCA (CROSS) is a first choice for them: 82–94 % good response in Fitzpatrick IV–V skin, "
                + "and 50 % TCA worked as well as 80 % with milder side effects.", "R12", "R13", "R14");
        c.add(PUNCH_TECHNIQUES, 90, ICE_PICK, d + ": punch excision removes individual deep ice pick tracts "
                + "(1.5–3.5 mm punch and a stitch, out after about a week).", "R3", "R11");
        c.add(FRACTIONAL_ABLATIVE_LASER, 55, ICE_PICK, d + ": resurfacing alone does little for ice pick scars; "
                + "after focal treatment it blends the surrounding surface.", "R24");
        c.add(RF_MICRONEEDLING, 50, ICE_PICK, d + ": RF microneedling can blend the surface after focal treatment "
                + "of ice pick scars, which it does not fill on its own.", "R19", "R24");
    }

    private static void boxcarShallow(ClientFacts f, Candidates c) {
        String d = cap(f.describe(BOXCAR_SHALLOW));
        c.add(FRACTIONAL_ABLATIVE_LASER, 90, BOXCAR_SHALLOW, d + ": fractional CO2 or Er:YAG softens the sharp edges "
                + "of boxcar scars; 85 % of type IV patients improved 25–50 % or more, with gains continuing to 6 months.",
                "R11", "R23", "R24");
        c.add(RF_MICRONEEDLING, 88, BOXCAR_SHALLOW, d + ": RF microneedling remodels collagen under shallow atrophic "
                + "scars, with improvement that did not depend on skin type; it is among the best-evidenced options.",
                "R19", "R20", "R22", "R60");
        c.add(FRACTIONAL_NONABLATIVE_LASER, 82, BOXCAR_SHALLOW, d + ": non-ablative fractional laser improves shallow "
                + "atrophic scars with almost no downtime (Level 2 evidence).", "R26", "R28");
        c.add(MICRONEEDLING_PRP, 80, BOXCAR_SHALLOW, d + ": microneedling with PRP gave more patients over 50 % "
                + "improvement than microneedling alone (odds ratio 2.97, 14 studies).", "R18");
        c.add(MICRONEEDLING, 78, BOXCAR_SHALLOW, d + ": microneedling (median 3 sessions, 4 weeks apart) improves "
                + "shallow atrophic scars, and pigment change afterwards is uncommon.", "R15", "R16");
        c.add(CHEMICAL_PEEL_MEDIUM, 55, BOXCAR_SHALLOW, d + ": a medium-depth peel can smooth superficial scars; "
                + "light peels do little for scars.", "R38", "R4");
    }

    private static void boxcarDeep(ClientFacts f, Candidates c) {
        String d = cap(f.describe(BOXCAR_DEEP));
        c.add(PUNCH_TECHNIQUES, 95, BOXCAR_DEEP, d + ": punch elevation lifts a sharp-edged boxcar scar with a "
                + "normal-looking base; punch excision removes one that is not.", "R3", "R11");
        c.add(FRACTIONAL_ABLATIVE_LASER, 88, BOXCAR_DEEP, d + ": fractional CO2 or Er:YAG effaces the edges of "
                + "boxcar scars and improves the surface overall.", "R11", "R23", "R24");
        c.add(RF_MICRONEEDLING, 84, BOXCAR_DEEP, d + ": RF microneedling improves atrophic scars across skin types.",
                "R19", "R21", "R22", "R60");
        c.add(TCA_CROSS, 72, BOXCAR_DEEP, d + ": focal TCA (CROSS) also improves deep atrophic scars.", "R12");
        c.add(MICRONEEDLING_PRP, 68, BOXCAR_DEEP, d + ": microneedling with PRP outperformed microneedling alone.", "R18");
        c.add(MICRONEEDLING, 66, BOXCAR_DEEP, d + ": microneedling gives modest improvement in deeper boxcar scars.",
                "R15", "R16");
        c.add(FRACTIONAL_NONABLATIVE_LASER, 62, BOXCAR_DEEP, d + ": non-ablative fractional laser is a "
                + "lower-downtime option with smaller gains in deep scars.", "R26", "R28");
        c.add(ABLATIVE_RESURFACING, 58, BOXCAR_DEEP, d + ": fully ablative resurfacing treats severe boxcar scarring, "
                + "at the cost of 7–10 days to new skin and a month or more to recover.", "R11", "R28");
        if (!Boolean.FALSE.equals(f.distensible(BOXCAR_DEEP)) && !f.onlyTrunk(BOXCAR_DEEP)) {
            c.add(DERMAL_FILLER, 56, BOXCAR_DEEP, d + ": filler under a boxcar scar can support it after resurfacing.",
                    "R11", "R29");
        }
    }

    private static void rolling(ClientFacts f, Candidates c) {
        String d = cap(f.describe(ROLLING));
        c.add(SUBCISION, 100, ROLLING, d + ": rolling scars are tethered to deeper tissue by fibrous bands, "
                + "which subcision releases.", "R63", "R3");
        Boolean distensible = f.distensible(ROLLING);
        if (!f.onlyTrunk(ROLLING)) {
            if (Boolean.TRUE.equals(distensible)) {
                c.add(DERMAL_FILLER, 92, ROLLING, d + ": these scars flatten when the skin is stretched, so filler can "
                        + "lift them; PMMA-collagen is FDA-approved for distensible cheek scars from age 21, and "
                        + "hyaluronic acid fillers last 6 months to 2 years.", "R29", "R11");
            } else if (distensible == null) {
                c.add(DERMAL_FILLER, 75, ROLLING, d + ": filler suits rolling scars that flatten when stretched; "
                        + "do the stretch test before choosing it.", "R29", "R4");
            }
        }
        c.add(RF_MICRONEEDLING, 82, ROLLING, d + ": RF microneedling improves rolling scars and adds to release by "
                + "subcision.", "R19", "R21", "R60");
        c.add(FRACTIONAL_ABLATIVE_LASER, 80, ROLLING, d + ": resurfacing smooths rolling scars; filler or release "
                + "underneath keeps the result from fading.", "R11", "R24");
        c.add(MICRONEEDLING_PRP, 76, ROLLING, d + ": microneedling with PRP outperformed microneedling alone.", "R18");
        c.add(MICRONEEDLING, 74, ROLLING, d + ": microneedling improves rolling scars with little risk of pigment "
                + "change.", "R15", "R16");
        c.add(FRACTIONAL_NONABLATIVE_LASER, 64, ROLLING, d + ": non-ablative fractional laser is a lower-downtime "
                + "option for the surface.", "R26", "R28");
        if (f.goodmanGrade() != null && f.goodmanGrade() >= 3) {
            c.add(ABLATIVE_RESURFACING, 56, ROLLING, d + ": with Goodman grade " + f.goodmanGrade() + ", fully "
                    + "ablative resurfacing is an option, with 7–10 days to new skin.", "R11", "R28", "R61");
        }
    }

    private static void hypertrophic(ClientFacts f, Candidates c) {
        String d = cap(f.describe(HYPERTROPHIC));
        c.add(INTRALESIONAL_STEROID, 95, HYPERTROPHIC, d + ": intralesional triamcinolone flattens raised scars "
                + "(50–100 % regression), and adding 5-FU works better than either alone.", "R30", "R3");
        c.add(SILICONE_GEL, 90, HYPERTROPHIC, d + ": silicone gel or sheets soften and flatten raised scars at home.",
                "R3");
        c.add(VASCULAR_LASER, 60, HYPERTROPHIC, d + ": pulsed dye laser is used for red, raised scars (limited "
                + "evidence).", "R69");
    }

    private static void keloid(ClientFacts f, Candidates c) {
        String d = cap(f.describe(KELOID));
        c.add(INTRALESIONAL_STEROID, 100, KELOID, d + ": intralesional triamcinolone (± 5-FU) is the most used "
                + "treatment for keloids; they recur in 33 % at 1 year and 50 % at 5 years.", "R30", "R3");
        c.add(SILICONE_GEL, 90, KELOID, d + ": silicone gel or sheets are a first step at home and help prevent "
                + "regrowth.", "R3");
    }

    /** PIH: topicals and sun protection first; procedures are second line and can worsen it (C, G7, G8). */
    private static void pih(ClientFacts f, Candidates c) {
        String d = cap(f.describe(PIH));
        boolean dermal = f.concerns(PIH).stream().anyMatch(k -> k.pigmentDepth() == PigmentDepth.DERMAL
                || k.pigmentDepth() == PigmentDepth.MIXED);
        c.add(TOPICAL_DEPIGMENTING, PIH_FIRST_LINE, PIH, d + ": PIH is pigment, not a scar. First line is a depigmenting topical "
                + "(azelaic acid, hydroquinone from a prescriber, vitamin C, niacinamide, tranexamic acid) with daily "
                + "sun protection, while avoiding irritation, which itself worsens PIH.", "R39", "R42", "R47", "R44");
        if (dermal) {
            c.add(TOPICAL_DEPIGMENTING, PIH_FIRST_LINE, PIH, "Blue-grey (dermal) pigment sits deeper: it fades very slowly and may be "
                    + "permanent, so expectations should be set honestly.", "R39");
        }
        c.add(SUN_PROTECTION, PIH_FIRST_LINE - 2, PIH, d + ": UV and visible light keep PIH dark; a tinted (iron-oxide) "
                + "broad-spectrum SPF 30+ sunscreen protects pigment-prone skin.", "R39", "R45");
        c.add(TOPICAL_RETINOID, 85, PIH, d + ": a topical retinoid is first line for acne patients with "
                + "hyperpigmentation and also treats the acne that causes the marks.", "R43", "R57");
        c.add(CHEMICAL_PEEL_SUPERFICIAL, 45, PIH, d + ": second line — if the marks persist after 2–3 months of "
                + "topicals, superficial peels can help; any procedure can itself worsen PIH.", "R39", "R42", "R38");
        c.add(FRACTIONAL_NONABLATIVE_LASER, 42, PIH, d + ": second line for persistent PIH — low-energy 1927 nm "
                + "fractional laser followed by hydroquinone (7 of 8 type IV patients improved, none worsened).",
                "R46", "R41");
        // IPL is not offered for PIH at all: listing it as a PIH treatment is one of the articles' errors (G7),
        // and light can worsen pigment; it remains an option for PIE, where redness is the target.
    }

    private static void pie(ClientFacts f, Candidates c) {
        String d = cap(f.describe(PIE));
        c.add(VASCULAR_LASER, 90, PIE, d + ": PIE is red, blanching marks from small vessels, not a scar; vascular "
                + "lasers (pulsed dye, KTP, Nd:YAG) are reported effective, though the evidence is mostly anecdotal, "
                + "and the marks also fade with time.", "R69", "R43");
        c.add(IPL, 80, PIE, d + ": IPL also treats the redness of PIE (mostly anecdotal evidence).", "R69");
        c.add(SUN_PROTECTION, 60, PIE, d + ": sun protection keeps marks from darkening while they fade.", "R56",
                "R39");
    }

    /** Every plan: sun protection; retinoid for active acne or atrophic scars; priming for darker skin. */
    private static void foundation(ClientFacts f, Candidates c) {
        c.add(SUN_PROTECTION, 30, null, f.pigmentProne()
                ? "Daily tinted (iron-oxide) broad-spectrum SPF 30+ protects pigment-prone skin and treated skin."
                : "Daily broad-spectrum SPF 30+ protects treated skin and keeps scars and marks from darkening.",
                "R67", "R45");
        if (f.iga() >= 1 || f.nodulesOrCysts()) {
            c.add(TOPICAL_RETINOID, 88, null, "Active acne (IGA " + f.iga() + "): a topical retinoid with benzoyl "
                    + "peroxide is first line, and adapalene/BPO cut atrophic scar counts by about 30 % over 24 weeks.",
                    "R55", "R57");
        }
        if (f.hasAtrophic()) {
            for (var k : f.kinds()) {
                if (k.atrophic()) {
                    c.add(TOPICAL_RETINOID, 40, k, "Atrophic scars: a nightly retinoid supports the skin between "
                            + "procedures and kept scar counts from rising in trials.", "R57", "R67");
                }
            }
            if (f.darkerSkin()) {
                c.add(TOPICAL_DEPIGMENTING, 62, null, "Fitzpatrick " + roman(f.fitzpatrick()) + " skin: priming with "
                        + "a depigmenting topical for 2–4 weeks before peels or resurfacing lowers the risk of new pigment.",
                        "R27", "R67");
            }
        }
        if (f.has(Screening.TOPICAL_RETINOID_IN_USE) && c.contains(TOPICAL_RETINOID)) {
            c.add(TOPICAL_RETINOID, 0, null, "Already uses a topical retinoid: continue it as part of this plan.", "R57");
        }
    }

    /** Moves options up or down for this skin (reference D and E2, Goodman grade A2). */
    private static void forThisSkin(ClientFacts f, Candidates c) {
        if (f.darkerSkin()) {
            c.adjust(EnumSet.of(MICRONEEDLING, MICRONEEDLING_PRP, RF_MICRONEEDLING, TCA_CROSS, SUBCISION,
                    PUNCH_TECHNIQUES), 8);
            c.adjust(EnumSet.of(FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM), -20);
            c.adjust(EnumSet.of(FRACTIONAL_NONABLATIVE_LASER, CHEMICAL_PEEL_SUPERFICIAL), -5);
        }
        if (f.sensitivity() != Sensitivity.NORMAL || f.conditions().contains(SkinCondition.ROSACEA)) {
            c.adjust(EnumSet.of(MICRONEEDLING, RF_MICRONEEDLING), 5);
            c.adjust(EnumSet.of(FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_SUPERFICIAL, CHEMICAL_PEEL_MEDIUM), -5);
        }
        Integer grade = f.goodmanGrade();
        if (grade != null && grade <= 2) {
            c.adjust(EnumSet.of(MICRONEEDLING, MICRONEEDLING_PRP, FRACTIONAL_NONABLATIVE_LASER), 5);
        } else if (grade != null) {
            c.adjust(EnumSet.of(SUBCISION, FRACTIONAL_ABLATIVE_LASER, RF_MICRONEEDLING, PUNCH_TECHNIQUES), 5);
            if (grade == 4 && !Boolean.TRUE.equals(f.distensible(ROLLING))) {
                c.adjust(EnumSet.of(DERMAL_FILLER), -15);
            }
        }
    }

    static String roman(int type) {
        return switch (type) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            case 5 -> "V";
            default -> "VI";
        };
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
