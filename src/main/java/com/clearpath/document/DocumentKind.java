package com.clearpath.document;

/** The two documents of a consultation. */
public enum DocumentKind {
    /** The client's copy, in English or Spanish. */
    HANDOUT("handout"),
    /** The practitioner's record, in English only. */
    CLINICIAN_SUMMARY("clinician summary");

    private final String recordName;

    DocumentKind(String recordName) {
        this.recordName = recordName;
    }

    /** How the consultation's event trail names it. */
    public String recordName() {
        return recordName;
    }

    /** Whether the document can be had in another language than English. */
    public boolean translated() {
        return this == HANDOUT;
    }
}
