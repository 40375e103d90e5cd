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
import com.clearpath.domain.Screening;
import com.clearpath.domain.ScreeningDetails;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
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
            String what = "IGA " + f.iga() + (f.nodulesOrCysts() ? " with nodules or cysts" : "");
            out.hold(HoldCode.ACTIVE_ACNE, "Active acne (" + what + "): scar procedures wait until the acne is "
                    + "controlled; trials of scar treatments enrolled people without active lesions.", "R22", "R56");
            out.flagAlways(FlagCode.ACNE_TREATMENT, "Active acne (" + what + ") needs treatment first: a topical "
                    + "retinoid with benzoyl peroxide is first line and isotretinoin is first line for very severe acne, "
                    + "as a prescriber decides; existing scars are a reason to step treatment up faster.", "R55", "R56");
        }
        if (f.nodulesOrCysts()) {
            out.flagAlways(FlagCode.CLINICIAN_REVIEW, "Nodules or cysts present: a prescriber should review acne "
                    + "treatment.", "R55");
        }
    }

    /** Herpes simplex: an active sore postpones; a history calls for antiviral cover with resurfacing (D). */
    static void coldSores(ClientFacts f, Findings out) {
        if (f.has(Screening.ACTIVE_COLD_SORE)) {
            out.hold(HoldCode.ACTIVE_COLD_SORE, "An active cold sore: procedures wait until it has fully healed, "
                    + "because resurfacing can spread herpes simplex and delay healing.", "R35", "R28");
        }
        out.flag(FlagCode.ANTIVIRAL_PROPHYLAXIS, "Fully ablative resurfacing: the prescriber should consider "
                + "antiviral prophylaxis (valacyclovir started the day before or the morning of treatment prevented "
                + "reactivation).", EnumSet.of(ABLATIVE_RESURFACING), "R35", "R36", "R28");
        if (f.coldSoreHistory()) {
            out.flag(FlagCode.ANTIVIRAL_PROPHYLAXIS, "History of cold sores: the prescriber should consider antiviral "
                    + "prophylaxis before laser resurfacing or a medium peel.", EnumSet.of(ABLATIVE_RESURFACING,
                    FRACTIONAL_ABLATIVE_LASER, FRACTIONAL_NONABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM), "R35", "R28");
            if (f.anyZone(Zone.PERIORAL)) {
                out.flag(FlagCode.ANTIVIRAL_PROPHYLAXIS, "History of cold sores and treatment around the mouth: the "
                        + "prescriber should consider antiviral prophylaxis.", ALL_PROCEDURES, "R35", "R28");
            }
        }
    }

    static void soreSkinAndInfection(ClientFacts f, Findings out) {
        if (f.has(Screening.SKIN_SORE_OR_TENDER)) {
            out.hold(HoldCode.SKIN_SORE_OR_TENDER, "The area to treat is sore, tender or irritated today: procedures "
                    + "wait until it has settled.", "R67");
        }
        if (f.has(Screening.ACTIVE_SKIN_INFECTION)) {
            out.hold(HoldCode.ACTIVE_SKIN_INFECTION, "An active skin infection in the area: procedures wait until it "
                    + "has cleared.", "R67", "R35");
        }
    }

    /** Pregnancy and breastfeeding: elective procedures wait; no retinoid or hydroquinone (D). */
    static void pregnancy(ClientFacts f, Findings out) {
        if (!f.has(Screening.PREGNANT_OR_BREASTFEEDING)) {
            return;
        }
        out.hold(HoldCode.PREGNANT_OR_BREASTFEEDING, "Pregnant, trying to conceive or breastfeeding: elective "
                + "procedures wait; evidence on their safety is limited.", "R37");
        out.exclude(EnumSet.of(TOPICAL_RETINOID), ExclusionCode.PREGNANT_OR_BREASTFEEDING, "Retinoids are avoided "
                + "while pregnant, trying to conceive or breastfeeding.", "R37", "R43");
        out.caution(EnumSet.of(TOPICAL_DEPIGMENTING), "Pregnant or breastfeeding: no hydroquinone; azelaic acid is "
                + "the usual choice.", "R37");
        out.flagAlways(FlagCode.CLINICIAN_REVIEW, "Pregnant or breastfeeding: a clinician confirms what may be used "
                + "at home and when procedures can start.", "R37");
    }

    static void dermatoses(ClientFacts f, Findings out) {
        if (f.has(Screening.DERMATOSIS_FLARE)) {
            out.hold(HoldCode.DERMATOSIS_FLARE, "Rosacea, eczema or psoriasis is flaring in the area: procedures wait "
                    + "until the flare settles.", "R67", "R38");
        }
        if (f.conditions().contains(SkinCondition.ROSACEA) || f.conditions().contains(SkinCondition.ECZEMA)
                || f.conditions().contains(SkinCondition.PSORIASIS)) {
            out.caution(PEELS, "Rosacea, eczema or psoriasis present: peels can trigger a flare; treat only when "
                    + "the skin is calm.", "R67", "R38");
        }
        if (f.conditions().contains(SkinCondition.MELASMA)) {
            out.caution(LIGHT_AND_LASER, "Melasma present: light and heat can darken it; conservative settings and a "
                    + "tinted sunscreen.", "R45", "R41");
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
            String stopped = "Isotretinoin stopped on " + details.isotretinoinStoppedOn();
            out.exclude(EnumSet.of(ABLATIVE_RESURFACING), ExclusionCode.ISOTRETINOIN_RECENT, stopped + ": fully "
                    + "ablative resurfacing and mechanical dermabrasion wait until " + ends + ", 6 months after "
                    + "stopping (ASDS 2017, JAMA Dermatology 2017).", "R32", "R33");
            out.caution(EnumSet.of(CHEMICAL_PEEL_SUPERFICIAL, FRACTIONAL_NONABLATIVE_LASER, FRACTIONAL_ABLATIVE_LASER),
                    stopped + ": the evidence does not require waiting until " + ends + " for this treatment; "
                            + "proceed with informed consent.", "R32", "R33");
            Set<Treatment> undecided = EnumSet.of(CHEMICAL_PEEL_MEDIUM, TCA_CROSS, MICRONEEDLING, MICRONEEDLING_PRP,
                    RF_MICRONEEDLING, SUBCISION, PUNCH_TECHNIQUES);
            out.caution(undecided, stopped + ": this treatment was not covered by the ASDS or JAMA Dermatology "
                    + "reviews; the clinician decides whether it waits until " + ends + " (the label's 6 months).",
                    "R32", "R33", "R34");
            out.flag(FlagCode.CLINICIAN_REVIEW, stopped + ": the clinician decides whether procedures the consensus "
                    + "reviews did not cover wait until " + ends + ".", undecided, "R32", "R33");
            return;
        }
        String now = details.takingIsotretinoin() ? "Isotretinoin being taken now" : "Isotretinoin now or in the "
                + "last 6 months";
        String recent = details.takingIsotretinoin() ? now : "Isotretinoin in the last 6 months";
        out.exclude(EnumSet.of(ABLATIVE_RESURFACING), ExclusionCode.ISOTRETINOIN_RECENT, now + ": fully ablative "
                + "resurfacing and mechanical dermabrasion are not advised "
                + "(ASDS 2017, JAMA Dermatology 2017).", "R32", "R33");
        out.caution(EnumSet.of(CHEMICAL_PEEL_SUPERFICIAL, FRACTIONAL_NONABLATIVE_LASER, FRACTIONAL_ABLATIVE_LASER),
                recent + ": the evidence does not require waiting for this treatment; "
                        + "proceed with informed consent.", "R32", "R33");
        Set<Treatment> undecided = EnumSet.of(CHEMICAL_PEEL_MEDIUM, TCA_CROSS, MICRONEEDLING, MICRONEEDLING_PRP,
                RF_MICRONEEDLING, SUBCISION, PUNCH_TECHNIQUES);
        out.caution(undecided, recent + ": this treatment was not covered by the ASDS or "
                + "JAMA Dermatology reviews; the clinician decides on timing.", "R32", "R33", "R34");
        out.flag(FlagCode.CLINICIAN_REVIEW, recent + ": the clinician decides the timing of "
                + "procedures the consensus reviews did not cover.", undecided, "R32", "R33");
    }

    /** Fitzpatrick IV–VI: more PIH after light, laser and peels (D, E2). */
    static void skinType(ClientFacts f, Findings out) {
        String type = "Fitzpatrick " + Indications.roman(f.fitzpatrick());
        if (f.darkerSkin()) {
            out.exclude(EnumSet.of(IPL), ExclusionCode.FITZPATRICK_IV_VI, type + ": IPL side effects rise with skin "
                    + "pigmentation; it is high-risk for PIH in types IV–VI.", "R51", "R39");
            out.exclude(EnumSet.of(ABLATIVE_RESURFACING), ExclusionCode.FITZPATRICK_IV_VI, type + ": fully ablative "
                    + "resurfacing carries a high risk of lasting pigment change; microneedling, RF microneedling and "
                    + "TCA CROSS have been studied in darker skin.", "R27", "R38", "R16", "R19", "R12");
            out.caution(EnumSet.of(FRACTIONAL_ABLATIVE_LASER), type + ": prime the skin and use low density and "
                    + "fluence; warn about transient hyperpigmentation.", "R23", "R25", "R27", "R11");
            out.caution(EnumSet.of(FRACTIONAL_NONABLATIVE_LASER), type + ": conservative settings; evidence in "
                    + "types V–VI is thin.", "R26");
            out.caution(EnumSet.of(CHEMICAL_PEEL_SUPERFICIAL, CHEMICAL_PEEL_MEDIUM), type + ": peels carry a PIH risk "
                    + "in darker skin; low strength, and never a deep peel.", "R38");
            out.caution(EnumSet.of(VASCULAR_LASER), type + ": prefer long-pulsed Nd:YAG (1064 nm); shorter "
                    + "wavelengths are not advised above type III.", "R67", "R48");
            Set<Treatment> risky = EnumSet.copyOf(RESURFACING);
            risky.addAll(LIGHT_AND_LASER);
            out.flag(FlagCode.TEST_SPOT, type + ": treat a test spot first and wait before full treatment; warn "
                    + "about transient hyperpigmentation.", risky, "R11", "R67");
        }
        if (f.fitzpatrick() >= 5) {
            out.exclude(EnumSet.of(FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM), ExclusionCode.FITZPATRICK_V_VI,
                    type + ": ablative lasers and medium peels carry a high risk of PIH; lower-risk options studied in "
                            + "darker skin are preferred.", "R38", "R27", "R26");
        }
    }

    /** Sun, tan or self-tanner in the last 4 weeks: light, laser and medium peels wait (D). */
    static void sunAndTan(ClientFacts f, Findings out) {
        if (f.has(Screening.RECENT_SUN_OR_TAN)) {
            Set<Treatment> wait = EnumSet.copyOf(LIGHT_AND_LASER);
            wait.add(CHEMICAL_PEEL_MEDIUM);
            out.exclude(wait, ExclusionCode.RECENT_SUN_OR_TAN, "Sunburn, tan or self-tanner in the last 4 weeks: "
                    + "light, laser and medium-peel treatments can leave permanent irregular pigment; reconsider once "
                    + "the tan has fully faded.", "R28", "R51");
            out.caution(EnumSet.of(CHEMICAL_PEEL_SUPERFICIAL), "Recent sun or tan: wait for the tan to fade before "
                    + "peeling.", "R28");
        }
    }

    static void photosensitisingMedication(ClientFacts f, Findings out) {
        if (f.has(Screening.PHOTOSENSITIZING_MEDICATION)) {
            out.exclude(EnumSet.of(IPL), ExclusionCode.PHOTOSENSITIZING_MEDICATION, "A photosensitising medicine "
                    + "(e.g. doxycycline, St John's wort) is taken: no intense pulsed light.", "R67");
            Set<Treatment> care = EnumSet.copyOf(LIGHT_AND_LASER);
            care.addAll(PEELS);
            out.caution(care, "Photosensitising medicine: check with the prescriber before light, laser or peels; the "
                    + "medicine continues as prescribed.", "R67");
            out.flag(FlagCode.PHOTOSENSITIVITY, "Photosensitising medicine: review it with the prescriber before any "
                    + "light, laser or peel; prescribed medicines continue unless the prescriber decides otherwise.",
                    care, "R67");
        }
    }

    /** Keloid or hypertrophic scarring anywhere: no aggressive resurfacing, medium peels or needling (D). */
    static void keloidTendency(ClientFacts f, Findings out) {
        if (!f.keloidProne()) {
            return;
        }
        String why = f.has(Screening.KELOID_TENDENCY) ? "History of keloids or hypertrophic scarring"
                : "Raised (" + (f.has(ConcernKind.KELOID) ? "keloid" : "hypertrophic") + ") scarring recorded today";
        out.exclude(EnumSet.of(ABLATIVE_RESURFACING, FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM, MICRONEEDLING,
                        MICRONEEDLING_PRP, RF_MICRONEEDLING), ExclusionCode.KELOID_TENDENCY,
                why + ": ablative resurfacing, medium peels and microneedling are listed as contraindications.",
                "R67", "R31");
        Set<Treatment> wounding = EnumSet.of(TCA_CROSS, SUBCISION, PUNCH_TECHNIQUES, FRACTIONAL_NONABLATIVE_LASER,
                CHEMICAL_PEEL_SUPERFICIAL, DERMAL_FILLER);
        out.caution(wounding, why + ": treat conservatively, with a test spot and lower settings.", "R67", "R31");
        out.flag(FlagCode.TEST_SPOT, why + ": test spot first, lower settings.", wounding, "R67");
        out.flagAlways(FlagCode.CLINICIAN_REVIEW, why + ": a clinician reviews the plan before any procedure.",
                "R67", "R31");
        if (f.has(ConcernKind.KELOID)) {
            out.flagAlways(FlagCode.CLINICIAN_REVIEW, "Keloids are managed by a physician; they recur in up to half "
                    + "of people within 5 years.", "R30");
        }
    }

    /** Sensitive skin: no medium or deep peel; very sensitive skin: no peels or full resurfacing (D). */
    static void sensitivity(ClientFacts f, Findings out) {
        if (f.sensitivity() == Sensitivity.SENSITIVE) {
            out.exclude(EnumSet.of(CHEMICAL_PEEL_MEDIUM), ExclusionCode.SENSITIVE_SKIN, "Sensitive skin: no medium or "
                    + "deep peels; microneedling and RF microneedling carry negligible risk in sensitive skin.",
                    "R59", "R39");
        } else if (f.sensitivity() == Sensitivity.VERY_SENSITIVE) {
            out.exclude(EnumSet.of(CHEMICAL_PEEL_MEDIUM, CHEMICAL_PEEL_SUPERFICIAL, ABLATIVE_RESURFACING),
                    ExclusionCode.VERY_SENSITIVE_SKIN, "Very sensitive skin: peels and fully ablative resurfacing "
                            + "irritate, and irritation worsens PIH; microneedling or RF microneedling is preferred.",
                    "R59", "R39", "R42");
        }
        if (f.sensitivity() != Sensitivity.NORMAL) {
            out.caution(EnumSet.of(TOPICAL_RETINOID, TOPICAL_DEPIGMENTING), "Sensitive skin: start with a low "
                    + "strength every other night; irritation itself can worsen PIH.", "R39", "R42");
        }
    }

    /** Blood thinners or a bleeding disorder: more bruising; prescribed medicines continue (D). */
    static void bleeding(ClientFacts f, Findings out) {
        if (f.has(Screening.ANTICOAGULANT_OR_BLEEDING_DISORDER)) {
            out.caution(BRUISING, "Blood thinners or a bleeding disorder: expect more bruising.", "R67", "R29");
            out.flagAlways(FlagCode.BRUISING_RISK, "Takes blood thinners or has a bleeding disorder: expect more "
                    + "bruising from needle work (subcision, filler, microneedling). Prescribed medicines continue; "
                    + "any change is the prescriber's decision.", "R67", "R29");
        }
    }

    static void immunosuppression(ClientFacts f, Findings out) {
        if (f.has(Screening.IMMUNOSUPPRESSED)) {
            out.caution(EnumSet.of(ABLATIVE_RESURFACING, FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM,
                    CHEMICAL_PEEL_SUPERFICIAL), "Immunosuppression, uncontrolled diabetes or autoimmune disease: "
                    + "healing after resurfacing and peels may be impaired.", "R38", "R67");
            out.flagAlways(FlagCode.CLINICIAN_REVIEW, "Immunosuppression, uncontrolled diabetes or autoimmune "
                    + "disease: a clinician reviews the plan; host immune status affects healing.", "R38", "R67");
        }
    }

    static void allergies(ClientFacts f, Findings out) {
        if (f.has(Screening.FILLER_OR_LIDOCAINE_ALLERGY)) {
            out.exclude(EnumSet.of(DERMAL_FILLER), ExclusionCode.FILLER_OR_LIDOCAINE_ALLERGY, "Allergy to dermal "
                    + "filler components or lidocaine: no filler.", "R29");
            Set<Treatment> anaesthetic = EnumSet.of(SUBCISION, PUNCH_TECHNIQUES);
            out.caution(anaesthetic, "Lidocaine allergy reported: the clinician chooses another local anaesthetic.",
                    "R29");
            out.flag(FlagCode.CLINICIAN_REVIEW, "Filler or lidocaine allergy: a clinician chooses the anaesthetic "
                    + "for procedures that need one.", anaesthetic, "R29");
        }
    }

    /** Retinoid in use: a retinoid-free interval before peels, agreed with the prescriber (D). */
    static void retinoidInUse(ClientFacts f, Findings out) {
        if (f.has(Screening.TOPICAL_RETINOID_IN_USE)) {
            String interval = f.darkerSkin() ? "1–2 weeks" : "several days";
            Set<Treatment> before = EnumSet.copyOf(PEELS);
            before.addAll(EnumSet.of(FRACTIONAL_ABLATIVE_LASER, ABLATIVE_RESURFACING));
            out.caution(before, "Uses a topical retinoid: plan a retinoid-free interval of " + interval + " before "
                    + "this treatment, agreed with whoever prescribed it, and resume after healing.", "R67");
        }
    }

    static void fillerAge(ClientFacts f, Findings out) {
        if (f.age() != null && f.age() < 21) {
            out.caution(EnumSet.of(DERMAL_FILLER), "Under 21: PMMA-collagen is approved only from age 21; other "
                    + "fillers are off-label for acne scars.", "R29");
        }
    }
}
