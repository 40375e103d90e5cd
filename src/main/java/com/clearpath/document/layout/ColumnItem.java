package com.clearpath.document.layout;

import java.io.IOException;

/**
 * One measured piece of column text (a bullet, a small heading). {@code height} includes the space after it;
 * {@code keepWithNext} keeps a heading in the same column as the item after it.
 */
public record ColumnItem(float height, boolean keepWithNext, Placed drawing) {
    @FunctionalInterface
    public interface Placed {
        void draw(Canvas canvas, float x, float top) throws IOException;
    }
}
