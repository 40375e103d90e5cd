package com.clearpath.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The exported comparison is a real PNG with the snapshot's pixels, and nothing half-written is left beside it. */
class PngFileTest {
    @TempDir
    Path temp;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theSnapshotsPixelsAreEncodedAsAPng() throws Exception {
        WritableImage snapshot = new WritableImage(3, 2);
        snapshot.getPixelWriter().setArgb(2, 1, 0xff00ff00);
        Path file = temp.resolve("Ana-Reyes-comparison-2026-06-04-2026-12-01.png");
        Files.write(file, PngFile.encode(PngFile.pixels(snapshot)));
        BufferedImage back = ImageIO.read(file.toFile());
        assertEquals(3, back.getWidth());
        assertEquals(2, back.getHeight());
        assertEquals(0xff00ff00, back.getRGB(2, 1));
        try (var left = Files.list(temp)) {
            assertEquals(1, left.count(), "only the PNG itself");
        }
    }
}
