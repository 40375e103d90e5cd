package com.clearpath.domain;

public enum Sensitivity { NORMAL, SENSITIVE, VERY_SENSITIVE }
