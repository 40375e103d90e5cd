package com.clearpath.domain;

/** An inclusive whole-number range such as "3–6 sessions". */
public record Range(int min, int max) {
    public Range {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("Invalid range " + min + "–" + max);
        }
    }

    public static Range of(int min, int max) {
        return new Range(min, max);
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
