package com.clearpath.domain;

/** Where a concern is; left and right are the client's own. */
public enum Zone {
    FOREHEAD, TEMPLE_LEFT, TEMPLE_RIGHT, CHEEK_LEFT, CHEEK_RIGHT, NOSE, PERIORAL, CHIN,
    JAWLINE_LEFT, JAWLINE_RIGHT, NECK, CHEST, BACK;

    /** Chest and back are the trunk; everything else is the face and neck. */
    public boolean trunk() {
        return this == CHEST || this == BACK;
    }
}
