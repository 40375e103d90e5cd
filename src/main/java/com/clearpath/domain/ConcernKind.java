package com.clearpath.domain;

/** What the practitioner found: a scar type or a flat mark (contract: {@code concerns[].kind}). */
public enum ConcernKind {
    ICE_PICK(Shape.ATROPHIC),
    BOXCAR_SHALLOW(Shape.ATROPHIC),
    BOXCAR_DEEP(Shape.ATROPHIC),
    ROLLING(Shape.ATROPHIC),
    HYPERTROPHIC(Shape.RAISED),
    KELOID(Shape.RAISED),
    /** Post-inflammatory hyperpigmentation: pigment, not a scar. */
    PIH(Shape.FLAT_MARK),
    /** Post-inflammatory erythema: vascular, not a scar. */
    PIE(Shape.FLAT_MARK);

    public enum Shape { ATROPHIC, RAISED, FLAT_MARK }

    private final Shape shape;

    ConcernKind(Shape shape) {
        this.shape = shape;
    }

    public Shape shape() {
        return shape;
    }

    public boolean atrophic() {
        return shape == Shape.ATROPHIC;
    }

    public boolean raised() {
        return shape == Shape.RAISED;
    }

    public boolean scar() {
        return shape != Shape.FLAT_MARK;
    }
}
