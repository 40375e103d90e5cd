package com.clearpath.domain;

/** Why a consent was not signed, opened or withdrawn; the words are made at the edge. */
public enum ConsentRefusal {
    /** No such consultation. */
    CONSULTATION_NOT_FOUND,
    /** Consent is signed for an agreed plan: the consultation must be final first. */
    CONSULTATION_NOT_FINAL,
    /** The consultation names no client to sign. */
    CLIENT_NOT_RECORDED,
    /** No treatment was chosen. */
    NO_TREATMENTS,
    /** A treatment is not in the consultation's agreed plan ({@code Consents.Refused#treatment()}). */
    NOT_IN_PLAN,
    /** The consent texts have no text for a treatment ({@code Consents.Refused#treatment()}). */
    NO_TEXT,
    /** The client's pad is empty or holds only a dot or a slip. */
    CLIENT_NOT_SIGNED,
    /** The practitioner's pad was given but holds no signature. */
    PRACTITIONER_NOT_SIGNED,
    /** The practitioner's name is blank. */
    PRACTITIONER_NAME_REQUIRED,
    /** No such signed consent. */
    CONSENT_NOT_FOUND,
    /** The consent was withdrawn already. */
    ALREADY_WITHDRAWN,
    /** A withdrawal says why. */
    REASON_REQUIRED,
    /** The signed document could not be written to the data folder. */
    FILE_NOT_WRITTEN
}
