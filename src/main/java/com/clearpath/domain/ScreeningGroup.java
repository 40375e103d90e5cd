package com.clearpath.domain;

import java.util.List;

/** The screening questions, grouped the way they are asked: about today, medicines and health, history. */
public enum ScreeningGroup {
    TODAY(List.of(Screening.SKIN_SORE_OR_TENDER, Screening.ACTIVE_COLD_SORE, Screening.ACTIVE_SKIN_INFECTION,
            Screening.DERMATOSIS_FLARE, Screening.RECENT_SUN_OR_TAN)),
    HEALTH(List.of(Screening.PREGNANT_OR_BREASTFEEDING, Screening.ISOTRETINOIN_RECENT,
            Screening.ANTICOAGULANT_OR_BLEEDING_DISORDER, Screening.IMMUNOSUPPRESSED,
            Screening.PHOTOSENSITIZING_MEDICATION, Screening.TOPICAL_RETINOID_IN_USE)),
    HISTORY(List.of(Screening.COLD_SORE_HISTORY, Screening.KELOID_TENDENCY, Screening.FILLER_OR_LIDOCAINE_ALLERGY));

    private final List<Screening> codes;

    ScreeningGroup(List<Screening> codes) {
        this.codes = codes;
    }

    public List<Screening> codes() {
        return codes;
    }
}
