package com.clearpath.store;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real image files made in the tests: JPEGs and PNGs written by ImageIO, and damaged or odd ones made from them. */
public final class TestImages {
    private TestImages() {
    }

    /** A picture whose left half is red and right half blue, so a turn shows where the red ends up. */
    public static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) throws IOException {
        return encode(halves(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) throws IOException {
        return encode(halves(width, height), "png");
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }

    /** The JPEG with an APP1 Exif segment (TIFF header, IFD0 with only the Orientation tag) after its APP0. */
    public static byte[] withOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
        tiff.order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        tiff.put(bigEndian ? (byte) 'M' : (byte) 'I').put(bigEndian ? (byte) 'M' : (byte) 'I').putShort((short) 42)
                .putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + exif.length + tiff.capacity();
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.write(0xff);
        segment.write(0xe1);
        segment.write(length >> 8);
        segment.write(length & 0xff);
        segment.writeBytes(exif);
        segment.writeBytes(tiff.array());
        int afterApp0 = 2;
        if ((jpeg[2] & 0xff) == 0xff && (jpeg[3] & 0xff) == 0xe0) {
            afterApp0 = 4 + ((jpeg[4] & 0xff) << 8 | jpeg[5] & 0xff);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterApp0);
        out.writeBytes(segment.toByteArray());
        out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        return out.toByteArray();
    }

    /** The first {@code keep} of the file's bytes, as a copy cut short would leave it. */
    public static byte[] cut(byte[] file, double keep) {
        return Arrays.copyOf(file, (int) (file.length * keep));
    }

    /** A PNG signature and IHDR declaring {@code width} × {@code height}, with a valid CRC, and nothing after. */
    public static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(4 + 13);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer file = ByteBuffer.allocate(8 + 4 + 17 + 4);
        file.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        return file.array();
    }

    /** The start of an iPhone HEIC file: an ftyp box of brand heic. */
    public static byte[] heicStart() {
        ByteBuffer b = ByteBuffer.allocate(24);
        b.putInt(24).put("ftypheic".getBytes(StandardCharsets.US_ASCII)).putInt(0)
                .put("mif1heic".getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }
}
