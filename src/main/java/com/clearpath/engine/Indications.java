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
import com.clearpath.domain.ReasonCode;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.SkinProfile;
import java.util.EnumSet;
import java.util.List;

/**
 * What each kind of scar or mark calls for (reference sections B, C and H), with scores that put the first choice
 * first. Scores: 100 first choice, 80–95 strong options, 60–79 alternatives and adjuncts, below 60 second line or
 * foundation care. PIH's first line (depigmenting topical, sun protection) scores above every procedure: pigment is
 * treated first and primes darker skin before any procedure (reference C,
         D). Safety (who must not have what) is not decided here but in {@link SafetyRules}.
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
        List<String> d = List.of(f.concern(ICE_PICK));
        c.add(TCA_CROSS, 100, ICE_PICK, ReasonCode.ICE_PICK_TCA_CROSS, d, "R12", "R13", "R14");
        c.add(PUNCH_TECHNIQUES, 90, ICE_PICK, ReasonCode.ICE_PICK_PUNCH, d, "R3", "R11");
        c.add(FRACTIONAL_ABLATIVE_LASER, 55, ICE_PICK, ReasonCode.ICE_PICK_FRACTIONAL_ABLATIVE, d, "R24");
        c.add(RF_MICRONEEDLING, 50, ICE_PICK, ReasonCode.ICE_PICK_RF_MICRONEEDLING, d, "R19", "R24");
    }

    private static void boxcarShallow(ClientFacts f, Candidates c) {
        List<String> d = List.of(f.concern(BOXCAR_SHALLOW));
        c.add(FRACTIONAL_ABLATIVE_LASER, 90, BOXCAR_SHALLOW, ReasonCode.BOXCAR_SHALLOW_FRACTIONAL_ABLATIVE, d, "R11",
                "R23", "R24");
        c.add(RF_MICRONEEDLING, 88, BOXCAR_SHALLOW, ReasonCode.BOXCAR_SHALLOW_RF_MICRONEEDLING, d, "R19", "R20",
                "R22", "R60");
        c.add(FRACTIONAL_NONABLATIVE_LASER, 82, BOXCAR_SHALLOW, ReasonCode.BOXCAR_SHALLOW_NONABLATIVE, d, "R26", "R28");
        c.add(MICRONEEDLING_PRP, 80, BOXCAR_SHALLOW, ReasonCode.BOXCAR_SHALLOW_MICRONEEDLING_PRP, d, "R18");
        c.add(MICRONEEDLING, 78, BOXCAR_SHALLOW, ReasonCode.BOXCAR_SHALLOW_MICRONEEDLING, d, "R15", "R16");
        c.add(CHEMICAL_PEEL_MEDIUM, 55, BOXCAR_SHALLOW, ReasonCode.BOXCAR_SHALLOW_MEDIUM_PEEL, d, "R38", "R4");
    }

    private static void boxcarDeep(ClientFacts f, Candidates c) {
        List<String> d = List.of(f.concern(BOXCAR_DEEP));
        c.add(PUNCH_TECHNIQUES, 95, BOXCAR_DEEP, ReasonCode.BOXCAR_DEEP_PUNCH, d, "R3", "R11");
        c.add(FRACTIONAL_ABLATIVE_LASER, 88, BOXCAR_DEEP, ReasonCode.BOXCAR_DEEP_FRACTIONAL_ABLATIVE, d, "R11",
                "R23", "R24");
        c.add(RF_MICRONEEDLING, 84, BOXCAR_DEEP, ReasonCode.BOXCAR_DEEP_RF_MICRONEEDLING, d, "R19", "R21", "R22",
                "R60");
        c.add(TCA_CROSS, 72, BOXCAR_DEEP, ReasonCode.BOXCAR_DEEP_TCA_CROSS, d, "R12");
        c.add(MICRONEEDLING_PRP, 68, BOXCAR_DEEP, ReasonCode.MICRONEEDLING_PRP_OUTPERFORMS, d, "R18");
        c.add(MICRONEEDLING, 66, BOXCAR_DEEP, ReasonCode.BOXCAR_DEEP_MICRONEEDLING, d, "R15", "R16");
        c.add(FRACTIONAL_NONABLATIVE_LASER, 62, BOXCAR_DEEP, ReasonCode.BOXCAR_DEEP_NONABLATIVE, d, "R26", "R28");
        c.add(ABLATIVE_RESURFACING, 58, BOXCAR_DEEP, ReasonCode.BOXCAR_DEEP_ABLATIVE, d, "R11", "R28");
        if (!Boolean.FALSE.equals(f.distensible(BOXCAR_DEEP)) && !f.onlyTrunk(BOXCAR_DEEP)) {
            c.add(DERMAL_FILLER, 56, BOXCAR_DEEP, ReasonCode.BOXCAR_DEEP_FILLER, d, "R11", "R29");
        }
    }

    private static void rolling(ClientFacts f, Candidates c) {
        List<String> d = List.of(f.concern(ROLLING));
        c.add(SUBCISION, 100, ROLLING, ReasonCode.ROLLING_SUBCISION, d, "R63", "R3");
        Boolean distensible = f.distensible(ROLLING);
        if (!f.onlyTrunk(ROLLING)) {
            if (Boolean.TRUE.equals(distensible)) {
                c.add(DERMAL_FILLER, 92, ROLLING, ReasonCode.ROLLING_FILLER_DISTENSIBLE, d, "R29", "R11");
            } else if (distensible == null) {
                c.add(DERMAL_FILLER, 75, ROLLING, ReasonCode.ROLLING_FILLER_UNTESTED, d, "R29", "R4");
            }
        }
        c.add(RF_MICRONEEDLING, 82, ROLLING, ReasonCode.ROLLING_RF_MICRONEEDLING, d, "R19", "R21", "R60");
        c.add(FRACTIONAL_ABLATIVE_LASER, 80, ROLLING, ReasonCode.ROLLING_FRACTIONAL_ABLATIVE, d, "R11", "R24");
        c.add(MICRONEEDLING_PRP, 76, ROLLING, ReasonCode.MICRONEEDLING_PRP_OUTPERFORMS, d, "R18");
        c.add(MICRONEEDLING, 74, ROLLING, ReasonCode.ROLLING_MICRONEEDLING, d, "R15", "R16");
        c.add(FRACTIONAL_NONABLATIVE_LASER, 64, ROLLING, ReasonCode.ROLLING_NONABLATIVE, d, "R26", "R28");
        if (f.goodmanGrade() != null && f.goodmanGrade() >= 3) {
            c.add(ABLATIVE_RESURFACING, 56, ROLLING, ReasonCode.ROLLING_ABLATIVE, List.of(d.get(0),
                    String.valueOf(f.goodmanGrade())), "R11", "R28", "R61");
        }
    }

    private static void hypertrophic(ClientFacts f, Candidates c) {
        List<String> d = List.of(f.concern(HYPERTROPHIC));
        c.add(INTRALESIONAL_STEROID, 95, HYPERTROPHIC, ReasonCode.HYPERTROPHIC_STEROID, d, "R30", "R3");
        c.add(SILICONE_GEL, 90, HYPERTROPHIC, ReasonCode.HYPERTROPHIC_SILICONE, d, "R3");
        c.add(VASCULAR_LASER, 60, HYPERTROPHIC, ReasonCode.HYPERTROPHIC_VASCULAR, d, "R69");
    }

    private static void keloid(ClientFacts f, Candidates c) {
        List<String> d = List.of(f.concern(KELOID));
        c.add(INTRALESIONAL_STEROID, 100, KELOID, ReasonCode.KELOID_STEROID, d, "R30", "R3");
        c.add(SILICONE_GEL, 90, KELOID, ReasonCode.KELOID_SILICONE, d, "R3");
    }

    /** PIH: topicals and sun protection first; procedures are second line and can worsen it (C, G7, G8). */
    private static void pih(ClientFacts f, Candidates c) {
        List<String> d = List.of(f.concern(PIH));
        boolean dermal = f.concerns(PIH).stream().anyMatch(k -> k.pigmentDepth() == PigmentDepth.DERMAL
                || k.pigmentDepth() == PigmentDepth.MIXED);
        c.add(TOPICAL_DEPIGMENTING, PIH_FIRST_LINE, PIH, ReasonCode.PIH_DEPIGMENTING, d, "R39", "R42", "R47", "R44");
        if (dermal) {
            c.add(TOPICAL_DEPIGMENTING, PIH_FIRST_LINE, PIH, ReasonCode.PIH_DERMAL_DEPTH, List.of(), "R39");
        }
        c.add(SUN_PROTECTION, PIH_FIRST_LINE - 2, PIH, ReasonCode.PIH_SUN, d, "R39", "R45");
        c.add(TOPICAL_RETINOID, 85, PIH, ReasonCode.PIH_RETINOID, d, "R43", "R57");
        c.add(CHEMICAL_PEEL_SUPERFICIAL, 45, PIH, ReasonCode.PIH_PEEL, d, "R39", "R42", "R38");
        c.add(FRACTIONAL_NONABLATIVE_LASER, 42, PIH, ReasonCode.PIH_NONABLATIVE, d, "R46", "R41");
        // IPL is not offered for PIH at all: listing it as a PIH treatment is one of the articles' errors (G7),
        // and light can worsen pigment; it remains an option for PIE, where redness is the target.
    }

    private static void pie(ClientFacts f, Candidates c) {
        List<String> d = List.of(f.concern(PIE));
        c.add(VASCULAR_LASER, 90, PIE, ReasonCode.PIE_VASCULAR, d, "R69", "R43");
        c.add(IPL, 80, PIE, ReasonCode.PIE_IPL, d, "R69");
        c.add(SUN_PROTECTION, 60, PIE, ReasonCode.PIE_SUN, d, "R56", "R39");
    }

    /** Every plan: sun protection; retinoid for active acne or atrophic scars; priming for darker skin. */
    private static void foundation(ClientFacts f, Candidates c) {
        c.add(SUN_PROTECTION, 30, null, f.pigmentProne() ? ReasonCode.SUN_DAILY_TINTED : ReasonCode.SUN_DAILY,
                List.of(), "R67", "R45");
        if (f.iga() >= 1 || f.nodulesOrCysts()) {
            c.add(TOPICAL_RETINOID, 88, null, ReasonCode.RETINOID_ACTIVE_ACNE, List.of(String.valueOf(f.iga())),
                    "R55", "R57");
        }
        if (f.hasAtrophic()) {
            for (var k : f.kinds()) {
                if (k.atrophic()) {
                    c.add(TOPICAL_RETINOID, 40, k, ReasonCode.RETINOID_ATROPHIC, List.of(), "R57", "R67");
                }
            }
            if (f.darkerSkin()) {
                c.add(TOPICAL_DEPIGMENTING, 62, null, ReasonCode.PRIME_DARKER_SKIN, List.of(SkinProfile.roman(f.fitzpatrick())),
                        "R27", "R67");
            }
        }
        if (f.has(Screening.TOPICAL_RETINOID_IN_USE) && c.contains(TOPICAL_RETINOID)) {
            c.add(TOPICAL_RETINOID, 0, null, ReasonCode.RETINOID_CONTINUE, List.of(), "R57");
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


}
