package com.clearpath.ui.compare;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/** A snapshot's pixels, read on the FX thread, and their PNG bytes, encoded in the background. */
final class PngFile {
    private PngFile() {
    }

    /** The pixels as ARGB, row by row. */
    record Pixels(int width, int height, int[] argb) {
    }

    static Pixels pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new Pixels(w, h, argb);
    }

    /** The pixels encoded as a PNG file's bytes; writing them is the app's (atomic, owner-only). */
    static byte[] encode(Pixels pixels) throws IOException {
        BufferedImage out = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, pixels.width(), pixels.height(), pixels.argb(), 0, pixels.width());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(out, "png", bytes)) {
            throw new IOException("no PNG writer");
        }
        return bytes.toByteArray();
    }
}
