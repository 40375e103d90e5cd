package com.clearpath.document.layout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A PNG decoded and compressed for PDF once, so each document only wraps the ready bytes (decoding and
 * re-compressing a PNG for every handout would cost more than drawing the whole page). Immutable; thread-safe.
 */
public final class PreparedImage {
    private final int width;
    private final int height;
    private final byte[] rgb;
    private final byte[] alpha;

    private PreparedImage(int width, int height, byte[] rgb, byte[] alpha) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
        this.alpha = alpha;
    }

    /** Decodes a PNG (or any format ImageIO reads); throws if the bytes are not an image. */
    public static PreparedImage of(byte[] encoded) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(encoded));
        if (img == null) {
            throw new IOException("Not a readable image");
        }
        int w = img.getWidth();
        int h = img.getHeight();
        int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
        byte[] rgb = new byte[w * h * 3];
        byte[] alpha = new byte[w * h];
        boolean translucent = false;
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            rgb[i * 3] = (byte) (p >> 16);
            rgb[i * 3 + 1] = (byte) (p >> 8);
            rgb[i * 3 + 2] = (byte) p;
            alpha[i] = (byte) (p >>> 24);
            translucent |= (p >>> 24) != 0xFF;
        }
        return new PreparedImage(w, h, deflate(rgb), translucent ? deflate(alpha) : null);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** A new image object in the given document (create once per document and reuse it on every page). */
    public PDImageXObject toXObject(PDDocument document) throws IOException {
        PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(rgb), COSName.FLATE_DECODE,
                width, height, 8, PDDeviceRGB.INSTANCE);
        if (alpha != null) {
            PDImageXObject mask = new PDImageXObject(document, new ByteArrayInputStream(alpha), COSName.FLATE_DECODE,
                    width, height, 8, PDDeviceGray.INSTANCE);
            image.getCOSObject().setItem(COSName.SMASK, mask);
        }
        return image;
    }

    private static byte[] deflate(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4);
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            d.write(raw);
        }
        return out.toByteArray();
    }
}
