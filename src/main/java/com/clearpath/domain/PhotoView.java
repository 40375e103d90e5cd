package com.clearpath.domain;

/** The standard views a consultation photo is taken from, so two visits compare like with like. */
public enum PhotoView {
    FRONT, LEFT_45, RIGHT_45, LEFT_PROFILE, RIGHT_PROFILE, CLOSE_UP
}
