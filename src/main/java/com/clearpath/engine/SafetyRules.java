package com.clearpath.engine;

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
import static com.clearpath.domain.Treatment.SUBCISION;
import static com.clearpath.domain.Treatment.TCA_CROSS;
import static com.clearpath.domain.Treatment.TOPICAL_DEPIGMENTING;
import static com.clearpath.domain.Treatment.TOPICAL_RETINOID;
import static com.clearpath.domain.Treatment.VASCULAR_LASER;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.FlagCode;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.ReasonCode;
import com.clearpath.domain.ReasonWord;
import com.clearpath.domain.Screening;
import com.clearpath.domain.ScreeningDetails;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Who must not have what, what waits, and what the practitioner must act on (reference sections D, E2 and F).
 * One method per topic, so everything about, say, recent isotretinoin is in {@link #isotretinoin}.
 * Wording rule: no text ever tells anyone to stop a prescribed medicine; prescribed medicines continue and any
 * change is the prescriber's decision.
 */
final class SafetyRules {
    /** Light- and laser-based treatments. */
    static final Set<Treatment> LIGHT_AND_LASER = EnumSet.of(IPL, VASCULAR_LASER, FRACTIONAL_NONABLATIVE_LASER,
            FRACTIONAL_ABLATIVE_LASER, ABLATIVE_RESURFACING);
    /** Treatments that wound the skin's surface and rely on it healing well. */
    static final Set<Treatment> RESURFACING = EnumSet.of(CHEMICAL_PEEL_SUPERFICIAL, CHEMICAL_PEEL_MEDIUM, TCA_CROSS,
            MICRONEEDLING, MICRONEEDLING_PRP, RF_MICRONEEDLING, FRACTIONAL_NONABLATIVE_LASER, FRACTIONAL_ABLATIVE_LASER,
            ABLATIVE_RESURFACING);
    /** Needle and blade work that bruises. */
    static final Set<Treatment> BRUISING = EnumSet.of(SUBCISION, DERMAL_FILLER, MICRONEEDLING, MICRONEEDLING_PRP,
            RF_MICRONEEDLING, PUNCH_TECHNIQUES, INTRALESIONAL_STEROID);
    static final Set<Treatment> PEELS = EnumSet.of(CHEMICAL_PEEL_SUPERFICIAL, CHEMICAL_PEEL_MEDIUM, TCA_CROSS);
    static final Set<Treatment> ALL_PROCEDURES = EnumSet.copyOf(
            List.of(Treatment.values()).stream().filter(Treatment::procedure).toList());

    /** Every topic, in the order its findings appear in the plan. */
    static final List<BiConsumer<ClientFacts, Findings>> TOPICS = List.of(
            SafetyRules::activeAcne,
            SafetyRules::coldSores,
            SafetyRules::soreSkinAndInfection,
            SafetyRules::pregnancy,
            SafetyRules::dermatoses,
            SafetyRules::isotretinoin,
            SafetyRules::skinType,
            SafetyRules::sunAndTan,
            SafetyRules::photosensitisingMedication,
            SafetyRules::keloidTendency,
            SafetyRules::sensitivity,
            SafetyRules::bleeding,
            SafetyRules::immunosuppression,
            SafetyRules::allergies,
            SafetyRules::retinoidInUse,
            SafetyRules::fillerAge);

    private SafetyRules() {
    }

    static Findings evaluate(ClientFacts f) {
        Findings out = new Findings();
        TOPICS.forEach(topic -> topic.accept(f, out));
        return out;
    }

    /** Active acne: control it before scar procedures (F, D); scarring is a reason to escalate (PACE). */
    static void activeAcne(ClientFacts f, Findings out) {
        if (f.iga() >= 2 || f.nodulesOrCysts()) {
            List<String> what = List.of(String.valueOf(f.iga()),
                    (f.nodulesOrCysts() ? ReasonWord.ACNE_NODULES : ReasonWord.ACNE_PLAIN).name());
            out.hold(HoldCode.ACTIVE_ACNE, ReasonCode.ACTIVE_ACNE_HOLD, what, "R22", "R56");
            out.flagAlways(FlagCode.ACNE_TREATMENT, ReasonCode.ACTIVE_ACNE_TREATMENT, what, "R55", "R56");
        }
        if (f.nodulesOrCysts()) {
            out.flagAlways(FlagCode.CLINICIAN_REVIEW, ReasonCode.NODULES_REVIEW, List.of(), "R55");
        }
    }

    /** Herpes simplex: an active sore postpones; a history calls for antiviral cover with resurfacing (D). */
    static void coldSores(ClientFacts f, Findings out) {
        if (f.has(Screening.ACTIVE_COLD_SORE)) {
            out.hold(HoldCode.ACTIVE_COLD_SORE, ReasonCode.COLD_SORE_HOLD, List.of(), "R35", "R28");
        }
        out.flag(FlagCode.ANTIVIRAL_PROPHYLAXIS, ReasonCode.ANTIVIRAL_ABLATIVE, List.of(),
                EnumSet.of(ABLATIVE_RESURFACING), "R35", "R36", "R28");
        if (f.coldSoreHistory()) {
            out.flag(FlagCode.ANTIVIRAL_PROPHYLAXIS, ReasonCode.ANTIVIRAL_HISTORY, List.of(),
                    EnumSet.of(ABLATIVE_RESURFACING,
                    FRACTIONAL_ABLATIVE_LASER, FRACTIONAL_NONABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM), "R35", "R28");
            if (f.anyZone(Zone.PERIORAL)) {
                out.flag(FlagCode.ANTIVIRAL_PROPHYLAXIS, ReasonCode.ANTIVIRAL_PERIORAL, List.of(), ALL_PROCEDURES,
                        "R35", "R28");
            }
        }
    }

    static void soreSkinAndInfection(ClientFacts f, Findings out) {
        if (f.has(Screening.SKIN_SORE_OR_TENDER)) {
            out.hold(HoldCode.SKIN_SORE_OR_TENDER, ReasonCode.SORE_SKIN_HOLD, List.of(), "R67");
        }
        if (f.has(Screening.ACTIVE_SKIN_INFECTION)) {
            out.hold(HoldCode.ACTIVE_SKIN_INFECTION, ReasonCode.SKIN_INFECTION_HOLD, List.of(), "R67", "R35");
        }
    }

    /** Pregnancy and breastfeeding: elective procedures wait; no retinoid or hydroquinone (D). */
    static void pregnancy(ClientFacts f, Findings out) {
        if (!f.has(Screening.PREGNANT_OR_BREASTFEEDING)) {
            return;
        }
        out.hold(HoldCode.PREGNANT_OR_BREASTFEEDING, ReasonCode.PREGNANCY_HOLD, List.of(), "R37");
        out.exclude(EnumSet.of(TOPICAL_RETINOID), ExclusionCode.PREGNANT_OR_BREASTFEEDING,
                ReasonCode.PREGNANCY_NO_RETINOID, List.of(), "R37", "R43");
        out.caution(EnumSet.of(TOPICAL_DEPIGMENTING), ReasonCode.PREGNANCY_NO_HYDROQUINONE, List.of(), "R37");
        out.flagAlways(FlagCode.CLINICIAN_REVIEW, ReasonCode.PREGNANCY_REVIEW, List.of(), "R37");
    }

    static void dermatoses(ClientFacts f, Findings out) {
        if (f.has(Screening.DERMATOSIS_FLARE)) {
            out.hold(HoldCode.DERMATOSIS_FLARE, ReasonCode.DERMATOSIS_HOLD, List.of(), "R67", "R38");
        }
        if (f.conditions().contains(SkinCondition.ROSACEA) || f.conditions().contains(SkinCondition.ECZEMA)
                || f.conditions().contains(SkinCondition.PSORIASIS)) {
            out.caution(PEELS, ReasonCode.DERMATOSIS_PEELS, List.of(), "R67", "R38");
        }
        if (f.conditions().contains(SkinCondition.MELASMA)) {
            out.caution(LIGHT_AND_LASER, ReasonCode.MELASMA_LIGHT, List.of(), "R45", "R41");
        }
    }

    /**
     * Isotretinoin now or in the last 6 months. ASDS 2017 and JAMA Dermatology 2017: only fully ablative laser and
     * mechanical dermabrasion stay restricted; superficial peels and fractional or non-ablative lasers need not
     * wait. Other procedures were not covered, so the clinician decides. With the stop date known (screening
     * details), what is restricted waits until 6 months after it, and the plan names that day; without it the
     * wording stays as it always was.
     */
    static void isotretinoin(ClientFacts f, Findings out) {
        if (!f.has(Screening.ISOTRETINOIN_RECENT)) {
            return;
        }
        ScreeningDetails details = f.intake().screeningDetails();
        LocalDate ends = details.takingIsotretinoin() ? null : details.isotretinoinWaitEnds();
        if (ends != null) {
            List<String> dates = List.of(details.isotretinoinStoppedOn().toString(), ends.toString());
            out.exclude(EnumSet.of(ABLATIVE_RESURFACING), ExclusionCode.ISOTRETINOIN_RECENT,
                    ReasonCode.ISOTRETINOIN_ABLATIVE_UNTIL, dates, "R32", "R33");
            out.caution(EnumSet.of(CHEMICAL_PEEL_SUPERFICIAL, FRACTIONAL_NONABLATIVE_LASER,
                    FRACTIONAL_ABLATIVE_LASER), ReasonCode.ISOTRETINOIN_NO_WAIT_UNTIL, dates, "R32", "R33");
            Set<Treatment> undecided = EnumSet.of(CHEMICAL_PEEL_MEDIUM, TCA_CROSS, MICRONEEDLING, MICRONEEDLING_PRP,
                    RF_MICRONEEDLING, SUBCISION, PUNCH_TECHNIQUES);
            out.caution(undecided, ReasonCode.ISOTRETINOIN_UNCOVERED_UNTIL, dates, "R32", "R33", "R34");
            out.flag(FlagCode.CLINICIAN_REVIEW, ReasonCode.ISOTRETINOIN_REVIEW_UNTIL, dates, undecided, "R32", "R33");
            return;
        }
        List<String> now = List.of((details.takingIsotretinoin() ? ReasonWord.ISOTRETINOIN_TAKING
                : ReasonWord.ISOTRETINOIN_NOW_OR_RECENT).name());
        List<String> recent = List.of((details.takingIsotretinoin() ? ReasonWord.ISOTRETINOIN_TAKING
                : ReasonWord.ISOTRETINOIN_RECENT).name());
        out.exclude(EnumSet.of(ABLATIVE_RESURFACING), ExclusionCode.ISOTRETINOIN_RECENT,
                ReasonCode.ISOTRETINOIN_ABLATIVE, now, "R32", "R33");
        out.caution(EnumSet.of(CHEMICAL_PEEL_SUPERFICIAL, FRACTIONAL_NONABLATIVE_LASER, FRACTIONAL_ABLATIVE_LASER),
                ReasonCode.ISOTRETINOIN_NO_WAIT, recent, "R32", "R33");
        Set<Treatment> undecided = EnumSet.of(CHEMICAL_PEEL_MEDIUM, TCA_CROSS, MICRONEEDLING, MICRONEEDLING_PRP,
                RF_MICRONEEDLING, SUBCISION, PUNCH_TECHNIQUES);
        out.caution(undecided, ReasonCode.ISOTRETINOIN_UNCOVERED, recent, "R32", "R33", "R34");
        out.flag(FlagCode.CLINICIAN_REVIEW, ReasonCode.ISOTRETINOIN_REVIEW, recent, undecided, "R32", "R33");
    }

    /** Fitzpatrick IV–VI: more PIH after light, laser and peels (D, E2). */
    static void skinType(ClientFacts f, Findings out) {
        List<String> type = List.of(SkinProfile.roman(f.fitzpatrick()));
        if (f.darkerSkin()) {
            out.exclude(EnumSet.of(IPL), ExclusionCode.FITZPATRICK_IV_VI, ReasonCode.DARKER_SKIN_IPL, type, "R51",
                    "R39");
            out.exclude(EnumSet.of(ABLATIVE_RESURFACING), ExclusionCode.FITZPATRICK_IV_VI,
                    ReasonCode.DARKER_SKIN_ABLATIVE, type, "R27", "R38", "R16", "R19", "R12");
            out.caution(EnumSet.of(FRACTIONAL_ABLATIVE_LASER), ReasonCode.DARKER_SKIN_FRACTIONAL_ABLATIVE, type,
                    "R23", "R25", "R27", "R11");
            out.caution(EnumSet.of(FRACTIONAL_NONABLATIVE_LASER), ReasonCode.DARKER_SKIN_NONABLATIVE, type, "R26");
            out.caution(EnumSet.of(CHEMICAL_PEEL_SUPERFICIAL, CHEMICAL_PEEL_MEDIUM), ReasonCode.DARKER_SKIN_PEELS,
                    type, "R38");
            out.caution(EnumSet.of(VASCULAR_LASER), ReasonCode.DARKER_SKIN_VASCULAR, type, "R67", "R48");
            Set<Treatment> risky = EnumSet.copyOf(RESURFACING);
            risky.addAll(LIGHT_AND_LASER);
            out.flag(FlagCode.TEST_SPOT, ReasonCode.DARKER_SKIN_TEST_SPOT, type, risky, "R11", "R67");
        }
        if (f.fitzpatrick() >= 5) {
            out.exclude(EnumSet.of(FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM), ExclusionCode.FITZPATRICK_V_VI,
                    ReasonCode.TYPE_V_VI_ABLATIVE_MEDIUM_PEEL, type, "R38", "R27", "R26");
        }
    }

    /** Sun, tan or self-tanner in the last 4 weeks: light, laser and medium peels wait (D). */
    static void sunAndTan(ClientFacts f, Findings out) {
        if (f.has(Screening.RECENT_SUN_OR_TAN)) {
            Set<Treatment> wait = EnumSet.copyOf(LIGHT_AND_LASER);
            wait.add(CHEMICAL_PEEL_MEDIUM);
            out.exclude(wait, ExclusionCode.RECENT_SUN_OR_TAN, ReasonCode.SUN_TAN_WAIT, List.of(), "R28", "R51");
            out.caution(EnumSet.of(CHEMICAL_PEEL_SUPERFICIAL), ReasonCode.SUN_TAN_PEEL, List.of(), "R28");
        }
    }

    static void photosensitisingMedication(ClientFacts f, Findings out) {
        if (f.has(Screening.PHOTOSENSITIZING_MEDICATION)) {
            out.exclude(EnumSet.of(IPL), ExclusionCode.PHOTOSENSITIZING_MEDICATION, ReasonCode.PHOTOSENSITISING_IPL,
                    List.of(), "R67");
            Set<Treatment> care = EnumSet.copyOf(LIGHT_AND_LASER);
            care.addAll(PEELS);
            out.caution(care, ReasonCode.PHOTOSENSITISING_CAUTION, List.of(), "R67");
            out.flag(FlagCode.PHOTOSENSITIVITY, ReasonCode.PHOTOSENSITISING_REVIEW, List.of(), care, "R67");
        }
    }

    /** Keloid or hypertrophic scarring anywhere: no aggressive resurfacing, medium peels or needling (D). */
    static void keloidTendency(ClientFacts f, Findings out) {
        if (!f.keloidProne()) {
            return;
        }
        List<String> why = List.of((f.has(Screening.KELOID_TENDENCY) ? ReasonWord.KELOID_HISTORY
                : f.has(ConcernKind.KELOID) ? ReasonWord.RAISED_KELOID : ReasonWord.RAISED_HYPERTROPHIC).name());
        out.exclude(EnumSet.of(ABLATIVE_RESURFACING, FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM, MICRONEEDLING,
                        MICRONEEDLING_PRP, RF_MICRONEEDLING), ExclusionCode.KELOID_TENDENCY,
                                ReasonCode.KELOID_EXCLUDED, why, "R67", "R31");
        Set<Treatment> wounding = EnumSet.of(TCA_CROSS, SUBCISION, PUNCH_TECHNIQUES, FRACTIONAL_NONABLATIVE_LASER,
                CHEMICAL_PEEL_SUPERFICIAL, DERMAL_FILLER);
        out.caution(wounding, ReasonCode.KELOID_CONSERVATIVE, why, "R67", "R31");
        out.flag(FlagCode.TEST_SPOT, ReasonCode.KELOID_TEST_SPOT, why, wounding, "R67");
        out.flagAlways(FlagCode.CLINICIAN_REVIEW, ReasonCode.KELOID_REVIEW, why, "R67", "R31");
        if (f.has(ConcernKind.KELOID)) {
            out.flagAlways(FlagCode.CLINICIAN_REVIEW, ReasonCode.KELOID_PHYSICIAN, List.of(), "R30");
        }
    }

    /** Sensitive skin: no medium or deep peel; very sensitive skin: no peels or full resurfacing (D). */
    static void sensitivity(ClientFacts f, Findings out) {
        if (f.sensitivity() == Sensitivity.SENSITIVE) {
            out.exclude(EnumSet.of(CHEMICAL_PEEL_MEDIUM), ExclusionCode.SENSITIVE_SKIN,
                    ReasonCode.SENSITIVE_NO_MEDIUM_PEEL, List.of(), "R59", "R39");
        } else if (f.sensitivity() == Sensitivity.VERY_SENSITIVE) {
            out.exclude(EnumSet.of(CHEMICAL_PEEL_MEDIUM, CHEMICAL_PEEL_SUPERFICIAL, ABLATIVE_RESURFACING),
                    ExclusionCode.VERY_SENSITIVE_SKIN, ReasonCode.VERY_SENSITIVE_NO_PEELS, List.of(), "R59", "R39",
                            "R42");
        }
        if (f.sensitivity() != Sensitivity.NORMAL) {
            out.caution(EnumSet.of(TOPICAL_RETINOID, TOPICAL_DEPIGMENTING), ReasonCode.SENSITIVE_START_LOW,
                    List.of(), "R39", "R42");
        }
    }

    /** Blood thinners or a bleeding disorder: more bruising; prescribed medicines continue (D). */
    static void bleeding(ClientFacts f, Findings out) {
        if (f.has(Screening.ANTICOAGULANT_OR_BLEEDING_DISORDER)) {
            out.caution(BRUISING, ReasonCode.BLEEDING_BRUISING, List.of(), "R67", "R29");
            out.flagAlways(FlagCode.BRUISING_RISK, ReasonCode.BLEEDING_FLAG, List.of(), "R67", "R29");
        }
    }

    static void immunosuppression(ClientFacts f, Findings out) {
        if (f.has(Screening.IMMUNOSUPPRESSED)) {
            out.caution(EnumSet.of(ABLATIVE_RESURFACING, FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM,
                    CHEMICAL_PEEL_SUPERFICIAL), ReasonCode.IMMUNOSUPPRESSION_HEALING, List.of(), "R38", "R67");
            out.flagAlways(FlagCode.CLINICIAN_REVIEW, ReasonCode.IMMUNOSUPPRESSION_REVIEW, List.of(), "R38", "R67");
        }
    }

    static void allergies(ClientFacts f, Findings out) {
        if (f.has(Screening.FILLER_OR_LIDOCAINE_ALLERGY)) {
            out.exclude(EnumSet.of(DERMAL_FILLER), ExclusionCode.FILLER_OR_LIDOCAINE_ALLERGY,
                    ReasonCode.ALLERGY_NO_FILLER, List.of(), "R29");
            Set<Treatment> anaesthetic = EnumSet.of(SUBCISION, PUNCH_TECHNIQUES);
            out.caution(anaesthetic, ReasonCode.LIDOCAINE_ANAESTHETIC, List.of(), "R29");
            out.flag(FlagCode.CLINICIAN_REVIEW, ReasonCode.ALLERGY_REVIEW, List.of(), anaesthetic, "R29");
        }
    }

    /** Retinoid in use: a retinoid-free interval before peels, agreed with the prescriber (D). */
    static void retinoidInUse(ClientFacts f, Findings out) {
        if (f.has(Screening.TOPICAL_RETINOID_IN_USE)) {
            List<String> interval = List.of((f.darkerSkin() ? ReasonWord.INTERVAL_DARKER : ReasonWord.INTERVAL_OTHER).name());
            Set<Treatment> before = EnumSet.copyOf(PEELS);
            before.addAll(EnumSet.of(FRACTIONAL_ABLATIVE_LASER, ABLATIVE_RESURFACING));
            out.caution(before, ReasonCode.RETINOID_FREE_INTERVAL, interval, "R67");
        }
    }

    static void fillerAge(ClientFacts f, Findings out) {
        if (f.age() != null && f.age() < 21) {
            out.caution(EnumSet.of(DERMAL_FILLER), ReasonCode.FILLER_UNDER_21, List.of(), "R29");
        }
    }
}
