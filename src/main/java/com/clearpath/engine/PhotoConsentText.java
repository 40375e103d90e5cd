package com.clearpath.engine;

/** The words of the photo consent: photos for the clinical record, and separately their use in marketing. */
public record PhotoConsentText(int version, Localized title, LocalizedLines clinicalRecords, LocalizedLines marketing) {
}
