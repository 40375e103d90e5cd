package com.clearpath.domain;

/** Why a treatment session was not recorded; the words are made at the edge. */
public enum SessionRefusal {
    /** No such consultation. */
    CONSULTATION_NOT_FOUND,
    /** Sessions are recorded against an agreed plan: the consultation must be final first. */
    CONSULTATION_NOT_FINAL,
    /** No such session to correct. */
    SESSION_NOT_FOUND,
    /** The session was corrected already; correct its correction instead. */
    ALREADY_CORRECTED,
    /** The session is dated after today. */
    IN_THE_FUTURE,
    /** A setting was given without a name. */
    SETTING_WITHOUT_NAME,
    /** The next visit booked is not after the session's own day. */
    NEXT_VISIT_NOT_AFTER,
    /** The client never signed a consent covering the session's treatment. */
    NO_CONSENT,
    /** The client's consent covering the treatment expired (on {@code Sessions.Refused#expiredOn()}). */
    CONSENT_EXPIRED,
    /** The client withdrew the consent covering the treatment. */
    CONSENT_WITHDRAWN,
    /** The signed consent's document is missing or no longer the one signed, so it cannot be relied on. */
    CONSENT_NOT_INTACT
}
