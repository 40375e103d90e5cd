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

    /**
     * The main window with a dialog over it, as a person sees them: the window dimmed slightly and the dialog drawn
     * where it sits on screen.
     */
    public static Path saveWithDialog(Scene main, Scene dialog, String name) {
        WritableImage back = onFxThread(() -> main.snapshot(null));
        WritableImage front = onFxThread(() -> dialog.snapshot(null));
        double[] offset = new double[2];
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                offset[0] = dialog.getWindow().getX() + dialog.getX() - main.getWindow().getX() - main.getX();
                offset[1] = dialog.getWindow().getY() + dialog.getY() - main.getWindow().getY() - main.getY();
                return null;
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not place the dialog", e);
        }
        BufferedImage out = toBufferedImage(back);
        java.awt.Graphics2D g = out.createGraphics();
        g.setColor(new java.awt.Color(0, 0, 0, 60));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        BufferedImage top = toBufferedImage(front);
        int x = (int) Math.round(Math.max(0, Math.min(offset[0], out.getWidth() - top.getWidth())));
        int y = (int) Math.round(Math.max(0, Math.min(offset[1], out.getHeight() - top.getHeight())));
        g.setColor(new java.awt.Color(0, 0, 0, 90));
        g.drawRect(x - 1, y - 1, top.getWidth() + 1, top.getHeight() + 1);
        g.drawImage(top, x, y, null);
        g.dispose();
        return write(out, name);
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
        return write(toBufferedImage(image), name);
    }

    private static Path write(BufferedImage image, String name) {
        Path file = folder().resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("No PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        return file;
    }
}
