package com.clearpath.engine;

import static com.clearpath.domain.ConcernKind.BOXCAR_DEEP;
import static com.clearpath.domain.ConcernKind.BOXCAR_SHALLOW;
import static com.clearpath.domain.ConcernKind.HYPERTROPHIC;
import static com.clearpath.domain.ConcernKind.ICE_PICK;
import static com.clearpath.domain.ConcernKind.KELOID;
import static com.clearpath.domain.ConcernKind.PIE;
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
import static com.clearpath.domain.Treatment.PUNCH_TECHNIQUES;
import static com.clearpath.domain.Treatment.RF_MICRONEEDLING;
import static com.clearpath.domain.Treatment.SILICONE_GEL;
import static com.clearpath.domain.Treatment.SUBCISION;
import static com.clearpath.domain.Treatment.SUN_PROTECTION;
import static com.clearpath.domain.Treatment.TCA_CROSS;
import static com.clearpath.domain.Treatment.TOPICAL_DEPIGMENTING;
import static com.clearpath.domain.Treatment.TOPICAL_RETINOID;
import static com.clearpath.domain.Treatment.VASCULAR_LASER;
import static com.clearpath.engine.IntakeBuilder.intake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.ExclusionCode;
import com.clearpath.domain.FlagCode;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Plan;
import com.clearpath.domain.PlanStatus;
import com.clearpath.domain.Recommendation;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One table per section of the clinical reference, each row a behaviour a practitioner would expect. */
class PlannerRulesTest {
    static final Planner PLANNER = new Planner(TreatmentCatalog.builtIn());

    static Plan plan(IntakeBuilder b) {
        return PLANNER.plan(b.build());
    }

    static List<Treatment> order(Plan p) {
        return p.recommendations().stream().map(Recommendation::treatment).toList();
    }

    static Recommendation rec(Plan p, Treatment t) {
        return p.recommendations().stream().filter(r -> r.treatment() == t).findFirst()
                .orElseThrow(() -> new AssertionError(t + " not recommended: " + order(p)));
    }

    static void excludedFor(Plan p, Treatment t, ExclusionCode code) {
        assertTrue(p.exclusion(t).map(e -> e.hasReason(code)).orElse(false),
                t + " excluded for " + code + ": " + p.exclusion(t));
    }

    static void firstProcedure(Plan p, Treatment t) {
        Treatment first = p.recommendations().stream().map(Recommendation::treatment).filter(Treatment::procedure)
                .findFirst().orElseThrow();
        assertEquals(t, first, "first procedure in " + order(p));
    }

    @Nested
    class B_ByScarType {
        @Test
        void icePickScarsGetFocalTreatmentFirstAndNoFiller() {
            Plan p = plan(intake().concern(ICE_PICK));
            firstProcedure(p, TCA_CROSS);
            assertTrue(p.recommendedTreatments().contains(PUNCH_TECHNIQUES));
            assertFalse(p.recommendedTreatments().contains(DERMAL_FILLER), "fillers do not suit ice pick scars (G6)");
            assertFalse(p.recommendedTreatments().contains(MICRONEEDLING), "needling alone does little for ice picks (G2)");
        }

        @Test
        void distensibleRollingScarsAreReleasedThenFilled() {
            Plan p = plan(intake().distensible(ROLLING, true));
            firstProcedure(p, SUBCISION);
            assertTrue(order(p).indexOf(DERMAL_FILLER) == 1, "filler right after subcision: " + order(p));
        }

        @Test
        void rollingScarsThatDoNotFlattenGetNoFiller() {
            Plan p = plan(intake().distensible(ROLLING, false));
            excludedFor(p, DERMAL_FILLER, ExclusionCode.NOT_DISTENSIBLE);
            firstProcedure(p, SUBCISION);
        }

        @Test
        void rollingScarsOnTheBackGetNoFiller() {
            Plan p = plan(intake().distensible(ROLLING, true, Zone.BACK));
            assertFalse(p.recommendedTreatments().contains(DERMAL_FILLER));
        }

        @Test
        void deepBoxcarScarsStartWithPunchTechniques() {
            firstProcedure(plan(intake().concern(BOXCAR_DEEP)), PUNCH_TECHNIQUES);
        }

        @Test
        void shallowBoxcarScarsAreResurfaced() {
            Plan p = plan(intake().concern(BOXCAR_SHALLOW).fitzpatrick(2));
            assertTrue(p.recommendedTreatments().containsAll(List.of(FRACTIONAL_ABLATIVE_LASER, RF_MICRONEEDLING,
                    FRACTIONAL_NONABLATIVE_LASER, MICRONEEDLING)));
            assertFalse(p.recommendedTreatments().contains(PUNCH_TECHNIQUES));
        }

        @Test
        void raisedScarsGetInjectionsAndSiliconeNotNeedling() {
            for (var kind : List.of(HYPERTROPHIC, KELOID)) {
                Plan p = plan(intake().concern(kind, Zone.CHEST));
                assertTrue(p.recommendedTreatments().containsAll(List.of(INTRALESIONAL_STEROID, SILICONE_GEL)));
                excludedFor(p, MICRONEEDLING, ExclusionCode.KELOID_TENDENCY);
                excludedFor(p, ABLATIVE_RESURFACING, ExclusionCode.KELOID_TENDENCY);
                assertTrue(p.flagged(FlagCode.CLINICIAN_REVIEW));
            }
        }

        @Test
        void mixedScarsGetACombinationCoveringEachType() {
            Plan p = plan(intake().concern(ROLLING).concern(ICE_PICK));
            assertTrue(p.recommendedTreatments().containsAll(List.of(SUBCISION, TCA_CROSS)));
            assertTrue(rec(p, SUBCISION).targets().contains(ROLLING));
            assertTrue(rec(p, TCA_CROSS).targets().contains(ICE_PICK));
        }

        @Test
        void everyRecommendationCarriesCatalogFigures() {
            Plan p = plan(intake().concern(ROLLING));
            Recommendation subcision = rec(p, SUBCISION);
            assertEquals(TreatmentCatalog.builtIn().get(SUBCISION).sessions(), subcision.sessions());
            assertTrue(subcision.downtimeDays().min() > 0, "subcision has downtime");
            assertTrue(rec(p, DERMAL_FILLER).downtimeDays().max() >= 7, "filler bruising up to a week (G6)");
        }
    }

    @Nested
    class C_Pigment {
        @Test
        void pihIsTreatedWithTopicalsBeforeAnyProcedure() {
            Plan p = plan(intake().pih(PigmentDepth.EPIDERMAL).fitzpatrick(2));
            assertEquals(TOPICAL_DEPIGMENTING, order(p).get(0));
            int firstProcedure = order(p).indexOf(order(p).stream().filter(Treatment::procedure).findFirst().orElseThrow());
            assertTrue(order(p).indexOf(SUN_PROTECTION) < firstProcedure);
            assertTrue(order(p).indexOf(TOPICAL_RETINOID) < firstProcedure);
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(ints = {2, 4, 5, 6})
        void pihWithScarsStillStartsWithTopicalsAndSunProtection(int type) {
            Plan p = plan(intake().concern(ROLLING).concern(ICE_PICK).pih(PigmentDepth.EPIDERMAL).fitzpatrick(type));
            assertEquals(List.of(TOPICAL_DEPIGMENTING, SUN_PROTECTION), order(p).subList(0, 2), order(p).toString());
            assertEquals(java.util.Set.of(TCA_CROSS, SUBCISION), java.util.Set.copyOf(order(p).subList(2, 4)),
                    "each scar type's first choice leads the procedures: " + order(p));
        }

        @Test
        void iplIsNeverOfferedForPihEvenInLightSkin() {
            Plan p = plan(intake().pih(PigmentDepth.EPIDERMAL).fitzpatrick(1));
            excludedFor(p, IPL, ExclusionCode.NOT_INDICATED);
        }

        @Test
        void dermalPihIsDescribedAsSlowAndPossiblyPermanent() {
            Plan p = plan(intake().pih(PigmentDepth.DERMAL));
            assertTrue(rec(p, TOPICAL_DEPIGMENTING).why().stream().map(com.clearpath.words.ReasonWords.english()::of).anyMatch(w -> w.contains("permanent")));
        }

        @Test
        void pihInDarkSkinExcludesIplAndRecommendsTintedSunscreen() {
            Plan p = plan(intake().pih(PigmentDepth.EPIDERMAL).fitzpatrick(5));
            excludedFor(p, IPL, ExclusionCode.FITZPATRICK_IV_VI);
            assertTrue(rec(p, SUN_PROTECTION).why().stream().map(com.clearpath.words.ReasonWords.english()::of).anyMatch(w -> w.contains("tinted")));
        }

        @Test
        void pieIsTreatedWithVascularDevicesNotDepigmentingCream() {
            Plan p = plan(intake().concern(PIE).fitzpatrick(2));
            firstProcedure(p, VASCULAR_LASER);
            assertTrue(p.recommendedTreatments().contains(IPL));
            assertFalse(p.recommendedTreatments().contains(TOPICAL_DEPIGMENTING));
        }

        @Test
        void pieInDarkSkinUsesNdYagNotIpl() {
            Plan p = plan(intake().concern(PIE).fitzpatrick(5));
            excludedFor(p, IPL, ExclusionCode.FITZPATRICK_IV_VI);
            assertTrue(rec(p, VASCULAR_LASER).cautions().stream().map(com.clearpath.words.ReasonWords.english()::of).anyMatch(c -> c.contains("Nd:YAG")));
        }
    }

    @Nested
    class D_Screening {
        @ParameterizedTest
        @EnumSource(value = HoldCode.class, names = {"ACTIVE_COLD_SORE", "SKIN_SORE_OR_TENDER", "ACTIVE_SKIN_INFECTION",
                "PREGNANT_OR_BREASTFEEDING", "DERMATOSIS_FLARE"})
        void eachHoldDefersEveryProcedureAndKeepsHomeCare(HoldCode hold) {
            Plan p = plan(intake().concern(ROLLING).pih(PigmentDepth.EPIDERMAL).screened(Screening.valueOf(hold.name())));
            assertEquals(PlanStatus.DEFER, p.status());
            assertTrue(p.holds().stream().anyMatch(h -> h.code() == hold));
            assertTrue(p.recommendations().stream().allMatch(r -> r.treatment().homeCare()));
            assertTrue(p.deferredTreatments().contains(SUBCISION));
            assertTrue(p.deferred().stream().allMatch(r -> r.waitsFor().contains(hold)));
            assertTrue(p.recommendedTreatments().contains(TOPICAL_DEPIGMENTING));
        }

        @Test
        void recentIsotretinoinRulesOutOnlyFullyAblativeResurfacing() {
            Plan p = plan(intake().concern(BOXCAR_DEEP).fitzpatrick(2).screened(Screening.ISOTRETINOIN_RECENT));
            assertEquals(PlanStatus.READY, p.status());
            excludedFor(p, ABLATIVE_RESURFACING, ExclusionCode.ISOTRETINOIN_RECENT);
            assertTrue(p.recommendedTreatments().containsAll(List.of(FRACTIONAL_ABLATIVE_LASER, FRACTIONAL_NONABLATIVE_LASER)));
            for (var e : p.excluded()) {
                if (e.treatment() != ABLATIVE_RESURFACING) {
                    assertFalse(e.hasReason(ExclusionCode.ISOTRETINOIN_RECENT), e.toString());
                }
            }
            assertTrue(p.flagged(FlagCode.CLINICIAN_REVIEW), "clinician decides on needling timing");
        }

        @Test
        void pregnancyRulesOutRetinoidsAndHydroquinone() {
            Plan p = plan(intake().pih(PigmentDepth.EPIDERMAL).screened(Screening.PREGNANT_OR_BREASTFEEDING));
            excludedFor(p, TOPICAL_RETINOID, ExclusionCode.PREGNANT_OR_BREASTFEEDING);
            assertTrue(rec(p, TOPICAL_DEPIGMENTING).cautions().stream().map(com.clearpath.words.ReasonWords.english()::of).anyMatch(c -> c.contains("no hydroquinone")));
        }

        @Test
        void aRecentTanRulesOutLightAndLaserButNotNeedling() {
            Plan p = plan(intake().concern(BOXCAR_SHALLOW).fitzpatrick(2).screened(Screening.RECENT_SUN_OR_TAN));
            for (Treatment t : List.of(FRACTIONAL_ABLATIVE_LASER, FRACTIONAL_NONABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM)) {
                excludedFor(p, t, ExclusionCode.RECENT_SUN_OR_TAN);
            }
            assertTrue(p.recommendedTreatments().containsAll(List.of(MICRONEEDLING, RF_MICRONEEDLING)));
        }

        @Test
        void bloodThinnersFlagBruisingAndNeverSayStop() {
            Plan p = plan(intake().concern(ROLLING).screened(Screening.ANTICOAGULANT_OR_BLEEDING_DISORDER));
            assertTrue(p.flagged(FlagCode.BRUISING_RISK));
            assertTrue(rec(p, SUBCISION).cautions().stream().map(com.clearpath.words.ReasonWords.english()::of).anyMatch(c -> c.contains("bruising")));
            p.flags().forEach(f -> assertFalse(com.clearpath.words.ReasonWords.english().joined(f.reasons()).toLowerCase().contains("stop"), com.clearpath.words.ReasonWords.english().joined(f.reasons())));
        }

        @Test
        void keloidTendencyRulesOutAggressiveResurfacingAndAsksForTestSpot() {
            Plan p = plan(intake().concern(BOXCAR_SHALLOW).fitzpatrick(2).screened(Screening.KELOID_TENDENCY));
            for (Treatment t : List.of(ABLATIVE_RESURFACING, FRACTIONAL_ABLATIVE_LASER, CHEMICAL_PEEL_MEDIUM, MICRONEEDLING)) {
                excludedFor(p, t, ExclusionCode.KELOID_TENDENCY);
            }
            assertTrue(p.recommendedTreatments().contains(FRACTIONAL_NONABLATIVE_LASER));
            assertTrue(p.flagged(FlagCode.TEST_SPOT) && p.flagged(FlagCode.CLINICIAN_REVIEW));
        }

        @Test
        void coldSoreHistoryWithLaserAsksForAntiviralCover() {
            Plan p = plan(intake().concern(BOXCAR_SHALLOW).fitzpatrick(2).screened(Screening.COLD_SORE_HISTORY));
            assertTrue(p.recommendedTreatments().contains(FRACTIONAL_ABLATIVE_LASER));
            assertTrue(p.flagged(FlagCode.ANTIVIRAL_PROPHYLAXIS));
        }

        @Test
        void coldSoreHistoryAroundTheMouthAsksForAntiviralCoverForAnyProcedure() {
            Plan p = plan(intake().concern(ROLLING, Zone.PERIORAL).fitzpatrick(5)
                    .screened(Screening.COLD_SORE_HISTORY, Screening.KELOID_TENDENCY));
            assertTrue(p.flagged(FlagCode.ANTIVIRAL_PROPHYLAXIS));
        }

        @Test
        void noColdSoreHistoryAndNoAblationMeansNoAntiviralFlag() {
            Plan p = plan(intake().concern(ROLLING).fitzpatrick(5));
            assertFalse(p.flagged(FlagCode.ANTIVIRAL_PROPHYLAXIS), p.flags().toString());
        }

        @Test
        void photosensitisingMedicineRulesOutIpl() {
            Plan p = plan(intake().concern(PIE).fitzpatrick(2).screened(Screening.PHOTOSENSITIZING_MEDICATION));
            excludedFor(p, IPL, ExclusionCode.PHOTOSENSITIZING_MEDICATION);
            assertTrue(p.flagged(FlagCode.PHOTOSENSITIVITY));
        }

        @Test
        void fillerAllergyRulesOutFiller() {
            Plan p = plan(intake().distensible(ROLLING, true).screened(Screening.FILLER_OR_LIDOCAINE_ALLERGY));
            excludedFor(p, DERMAL_FILLER, ExclusionCode.FILLER_OR_LIDOCAINE_ALLERGY);
        }

        @Test
        void immunosuppressionAsksForClinicianReview() {
            assertTrue(plan(intake().concern(ROLLING).screened(Screening.IMMUNOSUPPRESSED)).flagged(FlagCode.CLINICIAN_REVIEW));
        }

        @Test
        void sensitiveSkinGetsNoMediumPeelAndVerySensitiveNoPeelsAtAll() {
            Plan sensitive = plan(intake().concern(BOXCAR_SHALLOW).sensitivity(Sensitivity.SENSITIVE));
            excludedFor(sensitive, CHEMICAL_PEEL_MEDIUM, ExclusionCode.SENSITIVE_SKIN);
            Plan very = plan(intake().concern(BOXCAR_SHALLOW).pih(PigmentDepth.EPIDERMAL).sensitivity(Sensitivity.VERY_SENSITIVE));
            excludedFor(very, CHEMICAL_PEEL_MEDIUM, ExclusionCode.VERY_SENSITIVE_SKIN);
            excludedFor(very, CHEMICAL_PEEL_SUPERFICIAL, ExclusionCode.VERY_SENSITIVE_SKIN);
            assertTrue(very.recommendedTreatments().contains(MICRONEEDLING));
        }

        @Test
        void under21FillerCarriesThePmmaAgeCaution() {
            Plan p = plan(intake().distensible(ROLLING, true).born(LocalDate.of(2007, 1, 1)));
            assertTrue(rec(p, DERMAL_FILLER).cautions().stream().map(com.clearpath.words.ReasonWords.english()::of).anyMatch(c -> c.contains("age 21")));
        }
    }

    @Nested
    class E_SkinType {
        @Test
        void typeFourKeepsFractionalAblativeButBehindSaferOptionsWithATestSpot() {
            Plan p = plan(intake().concern(BOXCAR_SHALLOW).fitzpatrick(4));
            excludedFor(p, ABLATIVE_RESURFACING, ExclusionCode.FITZPATRICK_IV_VI);
            List<Treatment> order = order(p);
            assertTrue(order.indexOf(RF_MICRONEEDLING) < order.indexOf(FRACTIONAL_ABLATIVE_LASER), order.toString());
            assertTrue(order.indexOf(MICRONEEDLING) < order.indexOf(FRACTIONAL_ABLATIVE_LASER), order.toString());
            assertTrue(p.flagged(FlagCode.TEST_SPOT));
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(ints = {5, 6})
        void typesFiveAndSixGetNoAblationIplOrMediumPeel(int type) {
            Plan p = plan(intake().concern(BOXCAR_DEEP).concern(BOXCAR_SHALLOW).concern(PIE).fitzpatrick(type));
            excludedFor(p, FRACTIONAL_ABLATIVE_LASER, ExclusionCode.FITZPATRICK_V_VI);
            excludedFor(p, CHEMICAL_PEEL_MEDIUM, ExclusionCode.FITZPATRICK_V_VI);
            excludedFor(p, ABLATIVE_RESURFACING, ExclusionCode.FITZPATRICK_IV_VI);
            excludedFor(p, IPL, ExclusionCode.FITZPATRICK_IV_VI);
            assertTrue(p.recommendedTreatments().containsAll(List.of(RF_MICRONEEDLING, MICRONEEDLING, PUNCH_TECHNIQUES)));
            assertTrue(p.recommendedTreatments().contains(TOPICAL_DEPIGMENTING), "priming before procedures");
        }

        @Test
        void lightSkinHasNoSkinTypeExclusions() {
            Plan p = plan(intake().concern(BOXCAR_DEEP).fitzpatrick(1));
            p.excluded().forEach(e -> assertFalse(e.hasReason(ExclusionCode.FITZPATRICK_IV_VI), e.toString()));
            assertTrue(p.recommendedTreatments().contains(ABLATIVE_RESURFACING));
            assertTrue(p.flagged(FlagCode.ANTIVIRAL_PROPHYLAXIS), "antivirals with fully ablative resurfacing");
        }
    }

    @Nested
    class F_ActiveAcne {
        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(ints = {2, 3, 4})
        void igaTwoOrMoreHoldsEveryProcedure(int iga) {
            Plan p = plan(intake().concern(ROLLING).iga(iga));
            assertEquals(PlanStatus.DEFER, p.status());
            assertEquals(HoldCode.ACTIVE_ACNE, p.holds().get(0).code());
            assertTrue(p.recommendedTreatments().contains(TOPICAL_RETINOID), "acne treatment starts now");
            assertTrue(p.deferredTreatments().contains(SUBCISION));
            assertTrue(p.flagged(FlagCode.ACNE_TREATMENT));
        }

        @Test
        void almostClearSkinDoesNotHold() {
            assertEquals(PlanStatus.READY, plan(intake().concern(ROLLING).iga(1)).status());
        }

        @Test
        void aSingleNoduleHoldsEvenWhenAlmostClear() {
            Plan p = plan(intake().concern(ROLLING).iga(1).nodules());
            assertEquals(PlanStatus.DEFER, p.status());
            assertTrue(p.flagged(FlagCode.CLINICIAN_REVIEW));
        }
    }
}
