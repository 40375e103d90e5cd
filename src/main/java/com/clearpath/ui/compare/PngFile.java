package com.clearpath.ui.compare;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;

/** A snapshot's pixels, read on the FX thread, and their PNG file, written in the background. */
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

    /** Writes the PNG next to its place, then moves it in: a failed write leaves no half file. */
    static void write(Pixels pixels, Path file) throws IOException {
        BufferedImage out = new BufferedImage(pixels.width(), pixels.height(), BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, pixels.width(), pixels.height(), pixels.argb(), 0, pixels.width());
        Path dir = file.toAbsolutePath().getParent();
        Path part = Files.createTempFile(dir, ".comparison-", ".png.part");
        try {
            if (!ImageIO.write(out, "png", part.toFile())) {
                throw new IOException("no PNG writer");
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
