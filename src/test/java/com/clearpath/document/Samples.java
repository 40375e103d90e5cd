package com.clearpath.document;

import com.clearpath.domain.ActiveAcne;
import com.clearpath.domain.Client;
import com.clearpath.domain.Concern;
import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.Intake;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.PlanOverride;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.SkinProfile;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import com.clearpath.engine.Planner;
import com.clearpath.engine.TreatmentCatalog;
import java.time.LocalDate;
import java.util.List;

/** Realistic consultations for document tests and sample renders. */
public final class Samples {
    public static final TreatmentCatalog CATALOG = TreatmentCatalog.builtIn();
    public static final LocalDate CONSULTED = LocalDate.of(2026, 11, 20);
    public static final LocalDate ISSUED = LocalDate.of(2026, 11, 22);
    public static final ClinicProfile CLINIC = new ClinicProfile("Harbor Skin Clinic",
            "1200 Bayview Avenue, Suite 4\nSan Diego, CA 92101", "+1 619 555 0148", null);

    private Samples() {
    }

    public static DocumentInput input(Intake intake) {
        return new DocumentInput(intake, new Planner(CATALOG).plan(intake), CATALOG, CLINIC, "C-2026-0142", ISSUED,
                List.of(), null);
    }

    /** Rolling and ice-pick scars with brown marks, type IV sensitive skin, acne almost clear: a READY plan. */
    public static Intake zoe() {
        return intake("Zoë", "Nguyễn", List.of(
                new Concern(ConcernKind.ROLLING, List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT), 8, true, null),
                new Concern(ConcernKind.ICE_PICK, List.of(Zone.CHEEK_LEFT), 5, false, null),
                new Concern(ConcernKind.PIH, List.of(Zone.FOREHEAD, Zone.CHIN), null, null, PigmentDepth.EPIDERMAL)),
                3, new SkinProfile(4, Sensitivity.SENSITIVE, List.of(SkinCondition.ROSACEA)), new ActiveAcne(1, false),
                List.of(Screening.COLD_SORE_HISTORY, Screening.TOPICAL_RETINOID_IN_USE));
    }

    /** Shallow box scars and blue-grey marks in type V skin. */
    public static Intake maria() {
        return intake("María José", "Hernández Peña", List.of(
                new Concern(ConcernKind.BOXCAR_SHALLOW, List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT, Zone.TEMPLE_RIGHT), 12, true, null),
                new Concern(ConcernKind.PIH, List.of(Zone.JAWLINE_LEFT, Zone.JAWLINE_RIGHT), null, null, PigmentDepth.DERMAL)),
                2, new SkinProfile(5, Sensitivity.NORMAL, List.of()), new ActiveAcne(0, false), List.of());
    }

    /** Moderate active acne: every procedure waits (a DEFER plan). */
    public static Intake deferred() {
        return intake("Li", "李", List.of(
                new Concern(ConcernKind.ROLLING, List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT), 6, true, null),
                new Concern(ConcernKind.PIE, List.of(Zone.CHIN), null, null, null)),
                3, new SkinProfile(3, Sensitivity.NORMAL, List.of()), new ActiveAcne(3, false),
                List.of(Screening.ACTIVE_COLD_SORE));
    }

    /** Every kind of scar and mark on light, robust skin: the longest plan. */
    public static Intake many() {
        return intake("Alexandra", "Whitfield-Montgomery", List.of(
                new Concern(ConcernKind.ICE_PICK, List.of(Zone.CHEEK_LEFT, Zone.CHEEK_RIGHT), 10, false, null),
                new Concern(ConcernKind.BOXCAR_SHALLOW, List.of(Zone.TEMPLE_LEFT, Zone.TEMPLE_RIGHT), 6, true, null),
                new Concern(ConcernKind.BOXCAR_DEEP, List.of(Zone.CHEEK_RIGHT), 4, false, null),
                new Concern(ConcernKind.ROLLING, List.of(Zone.CHEEK_LEFT, Zone.JAWLINE_LEFT), 9, true, null),
                new Concern(ConcernKind.HYPERTROPHIC, List.of(Zone.CHEST), 3, null, null),
                new Concern(ConcernKind.KELOID, List.of(Zone.BACK), 1, null, null),
                new Concern(ConcernKind.PIH, List.of(Zone.FOREHEAD), null, null, PigmentDepth.MIXED),
                new Concern(ConcernKind.PIE, List.of(Zone.NOSE, Zone.PERIORAL, Zone.CHIN), null, null, null)),
                4, new SkinProfile(2, Sensitivity.NORMAL, List.of()), new ActiveAcne(0, false), List.of());
    }

    public static List<PlanOverride> overrides() {
        return List.of(new PlanOverride(Treatment.DERMAL_FILLER, PlanOverride.Action.DECLINED,
                        "Client prefers to avoid injectables for now", "J. Park", null),
                new PlanOverride(Treatment.CHEMICAL_PEEL_SUPERFICIAL, PlanOverride.Action.ADDED,
                        "Brown marks on forehead; start at low strength after a test spot", "J. Park", null));
    }

    static Intake intake(String first, String last, List<Concern> concerns, Integer grade, SkinProfile skin,
                         ActiveAcne acne, List<Screening> screening) {
        return new Intake(Intake.FORMAT, new Client(first, last, LocalDate.of(1994, 3, 9), "+1 619 555 0101",
                "client@example.com"), CONSULTED, "J. Park", concerns, grade, skin, acne, screening,
                "Smoother cheeks before a wedding in June", "Prefers morning appointments.");
    }
}
