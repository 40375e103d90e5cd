package com.clearpath.ui.compare;

import com.clearpath.app.Photos;
import com.clearpath.domain.Photo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * Reads a photo's original and decodes it down-sampled to the box asked for (a screen, not twelve megapixels), then
 * turns it upright as its EXIF orientation says. Blocks: it runs in the background. The comparison and the gallery's
 * viewer both decode with it.
 */
public final class PhotoDecoder implements VisitComparison.Decoder {
    private final Photos photos;

    public PhotoDecoder(Photos photos) {
        this.photos = photos;
    }

    @Override
    public Image decode(Photo photo, double width, double height) throws Exception {
        boolean turned = photo.orientation() >= 5 && photo.orientation() <= 8;
        // The file is stored as taken: a turned photo is decoded into the box turned too.
        double boxW = turned ? height : width;
        double boxH = turned ? width : height;
        Image image;
        try (InputStream in = Files.newInputStream(photos.original(photo.id()))) {
            image = new Image(in, boxW, boxH, true, true);
        }
        if (image.isError() || image.getWidth() <= 0) {
            Exception cause = image.getException();
            throw new IOException("The photo could not be decoded: " + photo.id(), cause);
        }
        return upright(image, photo.orientation());
    }

    /** The image as its EXIF orientation (1–8) says it is seen. */
    static Image upright(Image image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        boolean turned = orientation >= 5;
        WritableImage out = new WritableImage(turned ? h : w, turned ? w : h);
        PixelReader from = image.getPixelReader();
        PixelWriter to = out.getPixelWriter();
        int outW = (int) out.getWidth();
        int outH = (int) out.getHeight();
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }
                }
                to.setArgb(x, y, from.getArgb(sx, sy));
            }
        }
        return out;
    }
}
