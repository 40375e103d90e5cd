package com.clearpath.domain;

import java.util.List;

/**
 * One thing that differs between an earlier visit and this one, as a code and its arguments (the codes' names:
 * {@link ConcernKind}, {@link Zone}, {@link PigmentDepth}, {@link Sensitivity}, {@link Screening}, {@link Treatment},
 * or numbers); the screens and documents make the words.
 */
public record IntakeChange(Code code, List<String> args) {

    public enum Code {
        /** A scar type not recorded at the earlier visit. Args: kind, then each zone it is in. */
        CONCERN_NEW,
        /** A scar type of the earlier visit no longer recorded. Args: kind. */
        CONCERN_GONE,
        /** PIH or PIE marks not recorded at the earlier visit. Args: kind, then each zone they are in. */
        MARKS_NEW,
        /** PIH or PIE marks of the earlier visit no longer recorded. Args: kind. */
        MARKS_GONE,
        /** A concern kept, now also in more zones. Args: kind, then each new zone. */
        ZONES_ADDED,
        /** A concern kept, no longer in some zones. Args: kind, then each cleared zone. */
        ZONES_CLEARED,
        /** PIH marks whose depth reads differently. Args: from, to. */
        PIGMENT_DEPTH_CHANGED,
        /** Goodman &amp; Baron grade lower (milder). Args: from, to. */
        GRADE_BETTER,
        /** Goodman &amp; Baron grade higher (more severe). Args: from, to. */
        GRADE_WORSE,
        /** Fitzpatrick type recorded differently. Args: from, to (1–6). */
        FITZPATRICK_CHANGED,
        /** Args: from, to. */
        SENSITIVITY_CHANGED,
        /** Active acne milder on the IGA scale. Args: from, to (0–4). */
        ACNE_BETTER,
        /** Active acne more severe on the IGA scale. Args: from, to (0–4). */
        ACNE_WORSE,
        /** Nodules or cysts now, none at the earlier visit. No args. */
        NODULES_NEW,
        /** Nodules or cysts at the earlier visit, none now. No args. */
        NODULES_GONE,
        /** A screening answer that is yes now and was not. Args: screening code. */
        SCREENING_NEW,
        /** A screening answer that was yes and is not now. Args: screening code. */
        SCREENING_GONE,
        /** A treatment in this plan that the earlier agreed plan did not have. Args: treatment. */
        TREATMENT_ADDED,
        /** A treatment of the earlier agreed plan no longer in this one. Args: treatment. */
        TREATMENT_DROPPED
    }

    public IntakeChange {
        args = List.copyOf(args);
    }

    public static IntakeChange of(Code code, String... args) {
        return new IntakeChange(code, List.of(args));
    }

    /** The argument at {@code i}; the codes above say how many each has. */
    public String arg(int i) {
        return args.get(i);
    }
}
