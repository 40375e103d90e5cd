package com.clearpath.domain;

import java.util.List;
import java.util.Objects;

/**
 * A hand-drawn signature as the strokes the pen, mouse or finger made, each a list of points in the pad's own
 * coordinates ({@code width} by {@code height}, origin top left). Kept as strokes rather than pixels so it can be
 * drawn at any size on the signed document and checked for being a signature at all.
 */
public record Signature(double width, double height, List<Stroke> strokes) {

    /** Below this drawn length, in the pad's units, a mark is a dot or a slip, not a signature. */
    public static final double SHORTEST_LENGTH = 40;

    public record Point(double x, double y) {
    }

    public record Stroke(List<Point> points) {
        public Stroke {
            points = List.copyOf(Objects.requireNonNull(points, "points"));
        }

        /** The drawn length of the stroke: the sum of its segments. */
        public double length() {
            double sum = 0;
            for (int i = 1; i < points.size(); i++) {
                sum += Math.hypot(points.get(i).x() - points.get(i - 1).x(), points.get(i).y() - points.get(i - 1).y());
            }
            return sum;
        }
    }

    public Signature {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a signature pad has a size");
        }
        strokes = List.copyOf(Objects.requireNonNull(strokes, "strokes"));
    }

    public static Signature empty(double width, double height) {
        return new Signature(width, height, List.of());
    }

    /** All strokes together long enough to be a signature: an empty pad or a single dot is refused. */
    public boolean isSigned() {
        return strokes.stream().mapToDouble(Stroke::length).sum() >= SHORTEST_LENGTH;
    }
}
