package com.clearpath.domain;

/** READY: procedures may start now. DEFER: at least one hold stops every procedure today. */
public enum PlanStatus { READY, DEFER }
