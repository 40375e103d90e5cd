package com.clearpath.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes what a node or scene looks like to {@code target/screenshots/<name>.png} (the {@code clearpath.screenshots}
 * property). Callable from any thread: the snapshot is taken on the FX thread, the PNG written on the caller's.
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static Path save(Node node, String name) {
        return write(onFxThread(() -> node.snapshot(null, null)), name);
    }

    public static Path save(Scene scene, String name) {
        return write(onFxThread(() -> scene.snapshot(null)), name);
    }

    public static Path folder() {
        return Path.of(System.getProperty("clearpath.screenshots", "target/screenshots"));
    }

    private static WritableImage onFxThread(java.util.concurrent.Callable<WritableImage> snapshot) {
        if (Platform.isFxApplicationThread()) {
            try {
                return snapshot.call();
            } catch (Exception e) {
                throw new IllegalStateException("Snapshot failed", e);
            }
        }
        // Let pending layout and CSS settle first, so the picture shows what a person would see.
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(snapshot).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while taking a snapshot", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Snapshot failed", e);
        }
    }

    static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, width, height, WritablePixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        return out;
    }

    private static Path write(WritableImage image, String name) {
        Path file = folder().resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(toBufferedImage(image), "png", file.toFile())) {
                throw new IOException("No PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        return file;
    }
}
