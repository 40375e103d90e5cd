package com.clearpath.document;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.FlagCode;
import com.clearpath.domain.HoldCode;
import com.clearpath.domain.IntakeChange;
import com.clearpath.domain.PigmentDepth;
import com.clearpath.domain.Screening;
import com.clearpath.domain.Sensitivity;
import com.clearpath.domain.SkinCondition;
import com.clearpath.domain.StepPurpose;
import com.clearpath.domain.Treatment;
import com.clearpath.domain.Zone;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The clinician summary's words for intake codes (English, clinical but readable). */
final class ClinicalTerms {
    private ClinicalTerms() {
    }

    static String concern(ConcernKind k) {
        return switch (k) {
            case ICE_PICK -> "Ice-pick";
            case BOXCAR_SHALLOW -> "Boxcar, shallow (< 0.5 mm)";
            case BOXCAR_DEEP -> "Boxcar, deep (≥ 0.5 mm)";
            case ROLLING -> "Rolling";
            case HYPERTROPHIC -> "Hypertrophic";
            case KELOID -> "Keloid";
            case PIH -> "PIH (post-inflammatory hyperpigmentation)";
            case PIE -> "PIE (post-inflammatory erythema)";
        };
    }

    static String zone(Zone z) {
        return switch (z) {
            case FOREHEAD -> "forehead";
            case TEMPLE_LEFT -> "left temple";
            case TEMPLE_RIGHT -> "right temple";
            case CHEEK_LEFT -> "left cheek";
            case CHEEK_RIGHT -> "right cheek";
            case NOSE -> "nose";
            case PERIORAL -> "perioral";
            case CHIN -> "chin";
            case JAWLINE_LEFT -> "left jawline";
            case JAWLINE_RIGHT -> "right jawline";
            case NECK -> "neck";
            case CHEST -> "chest";
            case BACK -> "back";
        };
    }

    static String zones(List<Zone> zones) {
        return zones.stream().map(ClinicalTerms::zone).collect(Collectors.joining(", "));
    }

    static String depth(PigmentDepth d) {
        return switch (d) {
            case EPIDERMAL -> "epidermal (brown)";
            case DERMAL -> "dermal (blue-grey)";
            case MIXED -> "mixed";
            case UNKNOWN -> "unknown";
        };
    }

    static String goodman(Integer grade) {
        if (grade == null) {
            return "Not graded";
        }
        String word = switch (grade) {
            case 1 -> "macular";
            case 2 -> "mild";
            case 3 -> "moderate";
            case 4 -> "severe";
            default -> "?";
        };
        return grade + " (" + word + ")";
    }

    static String fitzpatrick(Integer type) {
        if (type == null) {
            return "Not recorded";
        }
        String[] roman = {"I", "II", "III", "IV", "V", "VI"};
        return type >= 1 && type <= 6 ? "Type " + roman[type - 1] : "Type " + type;
    }

    static String sensitivity(Sensitivity s) {
        return s == null ? "Not recorded" : switch (s) {
            case NORMAL -> "Normal";
            case SENSITIVE -> "Sensitive";
            case VERY_SENSITIVE -> "Very sensitive";
        };
    }

    static String condition(SkinCondition c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1);
    }

    static String iga(Integer iga) {
        if (iga == null) {
            return "Not recorded";
        }
        String word = switch (iga) {
            case 0 -> "clear";
            case 1 -> "almost clear";
            case 2 -> "mild";
            case 3 -> "moderate";
            case 4 -> "severe";
            default -> "?";
        };
        return "IGA " + iga + " (" + word + ")";
    }

    static String screening(Screening s) {
        return switch (s) {
            case SKIN_SORE_OR_TENDER -> "Area to treat is sore, tender or irritated today";
            case ACTIVE_COLD_SORE -> "Active cold sore (herpes simplex) now";
            case COLD_SORE_HISTORY -> "History of cold sores";
            case ACTIVE_SKIN_INFECTION -> "Other active infection in the area";
            case ISOTRETINOIN_RECENT -> "Isotretinoin now or stopped less than 6 months ago";
            case PREGNANT_OR_BREASTFEEDING -> "Pregnant, trying to conceive, or breastfeeding";
            case KELOID_TENDENCY -> "Personal history of keloids or hypertrophic scarring";
            case ANTICOAGULANT_OR_BLEEDING_DISORDER -> "Takes blood thinners or has a bleeding disorder";
            case IMMUNOSUPPRESSED -> "Immunosuppressive therapy, uncontrolled diabetes or autoimmune disease";
            case RECENT_SUN_OR_TAN -> "Sunburn, tan or self-tanner in the last 4 weeks";
            case PHOTOSENSITIZING_MEDICATION -> "Takes a photosensitising medication";
            case DERMATOSIS_FLARE -> "Rosacea, eczema or psoriasis flaring in the area now";
            case TOPICAL_RETINOID_IN_USE -> "Currently uses a topical retinoid";
            case FILLER_OR_LIDOCAINE_ALLERGY -> "Allergy to dermal filler components or lidocaine";
        };
    }

    static String hold(HoldCode h) {
        return switch (h) {
            case ACTIVE_ACNE -> "Active acne";
            case ACTIVE_COLD_SORE -> "Active cold sore";
            case SKIN_SORE_OR_TENDER -> "Skin sore or tender today";
            case ACTIVE_SKIN_INFECTION -> "Active skin infection";
            case PREGNANT_OR_BREASTFEEDING -> "Pregnancy or breastfeeding";
            case DERMATOSIS_FLARE -> "Dermatosis flaring in the area";
        };
    }

    static String flag(FlagCode f) {
        return switch (f) {
            case ANTIVIRAL_PROPHYLAXIS -> "Antiviral prophylaxis";
            case BRUISING_RISK -> "Bruising risk";
            case CLINICIAN_REVIEW -> "Clinician review";
            case TEST_SPOT -> "Test spot first";
            case ACNE_TREATMENT -> "Acne treatment first";
            case PHOTOSENSITIVITY -> "Photosensitivity";
        };
    }

    static String purpose(StepPurpose p) {
        return switch (p) {
            case PRIME -> "Prime pigment-prone skin";
            case INDIVIDUAL_SCARS -> "Individual scars";
            case RELEASE -> "Release (subcision)";
            case RESURFACE -> "Resurfacing series";
            case VOLUME -> "Volume";
            case RAISED_SCARS -> "Raised scars";
            case MARKS -> "Marks (PIH/PIE)";
            case MAINTAIN -> "Maintenance";
        };
    }

    static String performedBy(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "PRACTITIONER" -> "Practitioner";
            case "PHYSICIAN" -> "Physician";
            case "HOME" -> "Client, at home";
            default -> code;
        };
    }

    /** One change since the earlier visit, as a line of the summary; {@code treatment} names the plan's treatments. */
    static String change(IntakeChange c, Function<Treatment, String> treatment) {
        return switch (c.code()) {
            case CONCERN_NEW, MARKS_NEW -> "New: " + concern(kind(c)) + (c.args().size() > 1 ? " on " + zones(c) : "");
            case CONCERN_GONE, MARKS_GONE -> "No longer present: " + concern(kind(c));
            case ZONES_ADDED -> concern(kind(c)) + ": now also on " + zones(c);
            case ZONES_CLEARED -> concern(kind(c)) + ": no longer on " + zones(c);
            case PIGMENT_DEPTH_CHANGED -> "PIH depth: " + depth(PigmentDepth.valueOf(c.arg(0))) + " → "
                    + depth(PigmentDepth.valueOf(c.arg(1)));
            case GRADE_BETTER -> "Goodman & Baron grade better: " + goodman(grade(c, 0)) + " → " + goodman(grade(c, 1));
            case GRADE_WORSE -> "Goodman & Baron grade worse: " + goodman(grade(c, 0)) + " → " + goodman(grade(c, 1));
            case FITZPATRICK_CHANGED -> "Fitzpatrick: " + fitzpatrick(grade(c, 0)) + " → " + fitzpatrick(grade(c, 1));
            case SENSITIVITY_CHANGED -> "Sensitivity: " + sensitivity(Sensitivity.valueOf(c.arg(0))) + " → "
                    + sensitivity(Sensitivity.valueOf(c.arg(1))).toLowerCase(Locale.ROOT);
            case ACNE_BETTER -> "Active acne better: " + iga(grade(c, 0)) + " → " + iga(grade(c, 1));
            case ACNE_WORSE -> "Active acne worse: " + iga(grade(c, 0)) + " → " + iga(grade(c, 1));
            case NODULES_NEW -> "Nodules or cysts now (none before)";
            case NODULES_GONE -> "No nodules or cysts now";
            case SCREENING_NEW -> "New screening answer: " + screening(Screening.valueOf(c.arg(0)));
            case SCREENING_GONE -> "No longer applies: " + screening(Screening.valueOf(c.arg(0)));
            case TREATMENT_ADDED -> "Plan adds " + treatment.apply(Treatment.valueOf(c.arg(0)));
            case TREATMENT_DROPPED -> "Plan no longer has " + treatment.apply(Treatment.valueOf(c.arg(0)));
        };
    }

    private static ConcernKind kind(IntakeChange c) {
        return ConcernKind.valueOf(c.arg(0));
    }

    /** The zones after a change's kind; a new concern names the zones it is in. */
    private static String zones(IntakeChange c) {
        return zones(c.args().subList(1, c.args().size()).stream().map(Zone::valueOf).toList());
    }

    private static Integer grade(IntakeChange c, int i) {
        return Integer.valueOf(c.arg(i));
    }
}
