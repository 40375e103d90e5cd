package com.clearpath.domain;

/** A draft is still being written; a final consultation is read-only (a correction is a new consultation). */
public enum ConsultationStatus { DRAFT, FINAL }
