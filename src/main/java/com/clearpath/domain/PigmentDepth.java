package com.clearpath.domain;

/** Depth of PIH: brown marks are epidermal, blue-grey marks dermal. */
public enum PigmentDepth { EPIDERMAL, DERMAL, MIXED, UNKNOWN }
