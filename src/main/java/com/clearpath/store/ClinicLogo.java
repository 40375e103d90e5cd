package com.clearpath.store;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Turns the image a clinic picks as its logo into what the documents use: a PNG no larger than it is ever drawn at
 * print resolution. The logo sits 40 points high (at most three times as wide) in the header, so
 * {@value #MAX_HEIGHT} × {@value #MAX_WIDTH} pixels is sharp at 300 dpi and keeps the data folder small.
 */
public final class ClinicLogo {
    /** Larger files are refused before decoding: a logo is never this big, and a huge image could exhaust memory. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    static final int MAX_HEIGHT = 240;
    static final int MAX_WIDTH = 720;
    /** Decoding a bomb of a few KB into a gigapixel buffer is what this guards against. */
    private static final long MAX_PIXELS = 40_000_000L;

    /** Why a chosen file cannot be the logo. */
    public enum Reason { EMPTY, TOO_LARGE, NOT_AN_IMAGE, UNREADABLE, NOT_CONVERTED }

    /** The chosen file is not an image the documents can use; {@link #reason()} says why, the message is for the log. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        Refused(Reason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private ClinicLogo() {
    }

    /** A PNG or JPEG file's bytes, checked, decoded and scaled down if needed, as PNG. */
    public static byte[] prepare(byte[] file) throws Refused {
        if (file == null || file.length == 0) {
            throw new Refused(Reason.EMPTY, "The file is empty.", null);
        }
        if (file.length > MAX_FILE_BYTES) {
            throw new Refused(Reason.TOO_LARGE, "The file is " + (file.length >> 20) + " MB; a logo must be under "
                    + (MAX_FILE_BYTES >> 20) + " MB.", null);
        }
        if (!isPng(file) && !isJpeg(file)) {
            throw new Refused(Reason.NOT_AN_IMAGE, "The file is not a PNG or JPEG image.", null);
        }
        BufferedImage image;
        try {
            image = decode(file);
        } catch (IOException | RuntimeException e) {
            throw new Refused(Reason.UNREADABLE, "The image cannot be read; it may be damaged. Save it again as PNG or JPEG and try "
                    + "once more.", e);
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new Refused(Reason.UNREADABLE, "The image cannot be read; it may be damaged. Save it again as PNG or JPEG and try "
                    + "once more.", null);
        }
        BufferedImage scaled = fit(image);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(scaled, "png", out)) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new Refused(Reason.NOT_CONVERTED, "The image could not be converted for printing.", e);
        }
        return out.toByteArray();
    }

    /** Reads the size from the header first, so an image claiming billions of pixels is refused before decoding. */
    private static BufferedImage decode(byte[] file) throws IOException {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            var reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new IOException("image too large: " + reader.getWidth(0) + "x" + reader.getHeight(0));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage fit(BufferedImage image) {
        double scale = Math.min(1.0, Math.min((double) MAX_WIDTH / image.getWidth(),
                (double) MAX_HEIGHT / image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        // Always redrawn into plain ARGB: indexed, grey or 16-bit images then print the same way as any other.
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static boolean isPng(byte[] b) {
        return b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    static boolean isJpeg(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }
}
