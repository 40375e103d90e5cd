package com.clearpath.domain;

/** Something the practitioner or a prescriber must act on. */
public enum FlagCode {
    /** A prescriber should consider antiviral prophylaxis before the procedure. */
    ANTIVIRAL_PROPHYLAXIS,
    /** Blood thinners or a bleeding disorder: more bruising from needle work. */
    BRUISING_RISK,
    /** A licensed clinician should review the plan before it starts. */
    CLINICIAN_REVIEW,
    /** Treat a small test area first and wait before the full treatment. */
    TEST_SPOT,
    /** Active acne needs treatment (or faster escalation) by a prescriber first. */
    ACNE_TREATMENT,
    /** A photosensitising medicine is taken: light, laser and peels need care. */
    PHOTOSENSITIVITY
}
