package com.clearpath.exchange;

import com.clearpath.domain.ConcernKind;
import com.clearpath.domain.EventFit;
import com.clearpath.domain.StepReason;
import com.clearpath.domain.Treatment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The English words of the protocol's codes, as plan JSON carries them in {@code text} and {@code why} (the
 * handout makes its own words in each language from the same codes).
 */
public final class ProtocolWords {
    private ProtocolWords() {
    }

    public static String treatment(Treatment t) {
        return switch (t) {
            case SUN_PROTECTION -> "sun protection";
            case TOPICAL_RETINOID -> "topical retinoid";
            case TOPICAL_DEPIGMENTING -> "depigmenting topical";
            case CHEMICAL_PEEL_SUPERFICIAL -> "superficial chemical peel";
            case CHEMICAL_PEEL_MEDIUM -> "medium-depth chemical peel";
            case TCA_CROSS -> "TCA CROSS";
            case MICRONEEDLING -> "microneedling";
            case MICRONEEDLING_PRP -> "microneedling with PRP";
            case RF_MICRONEEDLING -> "RF microneedling";
            case FRACTIONAL_NONABLATIVE_LASER -> "non-ablative fractional laser";
            case FRACTIONAL_ABLATIVE_LASER -> "fractional ablative laser";
            case ABLATIVE_RESURFACING -> "fully ablative resurfacing";
            case IPL -> "IPL";
            case VASCULAR_LASER -> "vascular laser";
            case SUBCISION -> "subcision";
            case PUNCH_TECHNIQUES -> "punch techniques";
            case DERMAL_FILLER -> "dermal filler";
            case INTRALESIONAL_STEROID -> "steroid injections";
            case SILICONE_GEL -> "silicone gel";
        };
    }

    public static String kind(ConcernKind k) {
        return switch (k) {
            case ICE_PICK -> "ice pick scars";
            case BOXCAR_SHALLOW -> "shallow boxcar scars";
            case BOXCAR_DEEP -> "deep boxcar scars";
            case ROLLING -> "rolling scars";
            case HYPERTROPHIC -> "hypertrophic scars";
            case KELOID -> "keloids";
            case PIH -> "brown marks (PIH)";
            case PIE -> "red marks (PIE)";
        };
    }

    /** A comma-separated list of codes as words, e.g. "ice pick scars and deep boxcar scars". */
    static String list(String codes, Function<String, String> word) {
        List<String> words = Arrays.stream(codes.split(",")).filter(s -> !s.isBlank()).map(word).toList();
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private static String kinds(String codes) {
        return list(codes, c -> kind(ConcernKind.valueOf(c)));
    }

    private static String holds(String codes) {
        return list(codes, c -> c.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static String reason(StepReason r) {
        List<String> a = r.args();
        return switch (r.code()) {
            case PRIME_DARKER_SKIN -> "Fitzpatrick " + a.get(0) + " skin: a depigmenting topical and daily sunscreen for "
                    + a.get(1) + "–" + a.get(2) + " weeks before procedures lower the risk of new pigment; priming "
                    + "before resurfacing in skin of colour reduces pigment after it.";
            case PRIME_PIH -> "Brown marks (PIH): a depigmenting topical and daily sunscreen for " + a.get(0) + "–"
                    + a.get(1) + " weeks before procedures treat the marks and prepare the skin.";
            case MATCHES_MORPHOLOGY -> cap(treatment(Treatment.valueOf(a.get(1)))) + " is the usual technique for "
                    + (a.get(0).isBlank() ? "these scars" : kinds(a.get(0))) + ".";
            case INDIVIDUAL_BEFORE_RESURFACING -> "Individual scars are treated first, so that the later resurfacing "
                    + "also smooths the revised scars.";
            case GAP_AFTER_INDIVIDUAL -> "Begins " + a.get(0) + "–" + a.get(1) + " weeks after the last individual-scar "
                    + "session on the same area (the traditional gap; the clinic can change it).";
            case RELEASE_WITH_RESURFACING -> "Subcision before or together with the first resurfacing session improved "
                    + "scars more than laser alone.";
            case ONE_RESURFACING_SERIES -> "One resurfacing series for overall texture; the other options are "
                    + "alternatives, not parallel series.";
            case LOWEST_PIGMENT_RISK -> "In darker or sensitive skin the option with the least risk of new pigment is "
                    + "chosen.";
            case VOLUME_LAST -> "Filler comes last, for the volume that remains after release and resurfacing.";
            case RAISED_SEPARATE_TRACK -> "Raised scars are a separate track: silicone and steroid injections, never "
                    + "resurfacing or needling in keloid-prone skin.";
            case MARKS_TOPICALS_FIRST -> "Brown marks (PIH): topicals and sun protection come first; procedures are "
                    + "second line and can themselves darken the marks.";
            case MARKS_VASCULAR -> "Red marks (PIE): a vascular laser treats the redness, which also fades with time.";
            case MAINTAIN_RETINOID -> "A nightly topical retinoid keeps atrophic scar counts from rising.";
            case MAINTAIN_SUN -> "Daily broad-spectrum sunscreen continues throughout.";
            case COVERS_CONCERN -> "Added so that the " + kinds(a.get(0)) + " are treated too.";
            case WAITS_FOR_HOLDS -> "Waits until the holds clear (" + holds(a.get(0)) + ").";
        };
    }

    public static String event(EventFit e) {
        List<String> a = e.args();
        String date = e.date().toString();
        return switch (e.code()) {
            case CLEAR -> "Every visit's downtime is over at least " + a.get(0) + " days before " + date + ".";
            case NO_VISITS -> "No clinic visit has downtime to keep clear of " + date + ".";
            case STARTS_AFTER -> "Starting sooner would put downtime in the " + a.get(0) + " days before " + date
                    + ", so the visits begin on " + a.get(1) + ", after it.";
            case PAUSED -> "The visits pause after " + a.get(1) + " so that no downtime falls in the " + a.get(0)
                    + " days before " + date + ", and resume on " + a.get(2) + " (visit " + a.get(3) + ").";
            case STEP_MUST_MOVE -> "The downtime cannot be kept clear of the " + a.get(0) + " days before " + date
                    + ": step " + a.get(1) + " (" + treatment(Treatment.valueOf(a.get(2))) + ") would have to move, "
                    + "to finish sooner or to begin after the date, because its sessions cannot pause that long.";
        };
    }

    static String joined(List<String> parts) {
        return parts.stream().collect(Collectors.joining(" "));
    }
}
