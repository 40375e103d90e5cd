package com.clearpath.store;

import com.clearpath.domain.PhotoRefusal;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A photo file checked before it is kept: JPEG or PNG by its content, complete, and not larger than a photo may be,
 * which the header tells before anything is decoded; and its thumbnail, decoded with subsampling so a 12-megapixel
 * photo is never decoded whole for it, turned as the camera was held.
 */
public final class PhotoImage {
    /** Far above any clinic camera (a 12 MP phone, a 45 MP body) and below what would exhaust memory. */
    public static final long MAX_PIXELS = 100_000_000L;
    public static final int THUMBNAIL_SIDE = 320;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm",
            "hevs", "mif1", "msf1", "avif");

    /** The file is not a photo that can be kept, for {@link #reason()}. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final PhotoRefusal reason;

        Refused(PhotoRefusal reason, Throwable cause) {
            super(reason.name(), cause);
            this.reason = reason;
        }

        public PhotoRefusal reason() {
            return reason;
        }
    }

    /** What the checks found: the file type ({@code jpg} or {@code png}), the size as stored, the EXIF orientation. */
    public record Checked(String format, int storedWidth, int storedHeight, int orientation) {
        public int width() {
            return ExifOrientation.swapsSides(orientation) ? storedHeight : storedWidth;
        }

        public int height() {
            return ExifOrientation.swapsSides(orientation) ? storedWidth : storedHeight;
        }
    }

    private PhotoImage() {
    }

    /** Checks a photo file's bytes; nothing is decoded but its header. */
    /** A photo checked and its thumbnail made: what is kept of it besides the original. */
    public record Prepared(Checked checked, byte[] thumbnail) {
    }

    /** Checks the file and makes its thumbnail ({@link #THUMBNAIL_SIDE}). */
    public static Prepared prepare(byte[] file) throws Refused {
        Checked checked = check(file);
        return new Prepared(checked, thumbnail(file, checked, THUMBNAIL_SIDE));
    }

    public static Checked check(byte[] file) throws Refused {
        String format = format(file);
        int width;
        int height;
        ImageReader reader = reader(format);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(in, true, true);
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw new Refused(endsEarly(file, format) ? PhotoRefusal.TRUNCATED : PhotoRefusal.DAMAGED, e);
        } finally {
            reader.dispose();
        }
        if (width < 1 || height < 1 || (long) width * height > MAX_PIXELS) {
            throw new Refused(PhotoRefusal.TOO_MANY_PIXELS, null);
        }
        if (endsEarly(file, format)) {
            throw new Refused(PhotoRefusal.TRUNCATED, null);
        }
        int orientation = format.equals("jpg") ? ExifOrientation.of(file) : ExifOrientation.AS_STORED;
        return new Checked(format, width, height, orientation);
    }

    /** A JPEG thumbnail whose longest side is at most {@code side}, turned upright. */
    public static byte[] thumbnail(byte[] file, Checked checked, int side) throws Refused {
        BufferedImage decoded;
        ImageReader reader = reader(checked.format());
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(in, true, true);
            ImageReadParam param = reader.getDefaultReadParam();
            // Whole steps of the source grid, so what is decoded is between one and two times the thumbnail.
            int step = Math.max(1, Math.max(checked.storedWidth(), checked.storedHeight()) / side);
            param.setSourceSubsampling(step, step, 0, 0);
            decoded = reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw new Refused(PhotoRefusal.DAMAGED, e);
        } finally {
            reader.dispose();
        }
        BufferedImage upright = orient(fit(decoded, side), checked.orientation());
        try {
            return jpeg(upright);
        } catch (IOException e) {
            throw new Refused(PhotoRefusal.DAMAGED, e);
        }
    }

    static String format(byte[] b) throws Refused {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "jpg";
        }
        if (b.length >= PNG_SIGNATURE.length && startsWith(b, PNG_SIGNATURE)) {
            return "png";
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p'
                && HEIF_BRANDS.contains(new String(b, 8, 4, StandardCharsets.US_ASCII))) {
            throw new Refused(PhotoRefusal.HEIC_NOT_SUPPORTED, null);
        }
        throw new Refused(PhotoRefusal.NOT_AN_IMAGE, null);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ImageReader reader(String format) throws Refused {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.equals("jpg") ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new Refused(PhotoRefusal.DAMAGED, null);
        }
        return readers.next();
    }

    /** True when the file stops before its image's end marker: JPEG's EOI, PNG's IEND chunk. */
    static boolean endsEarly(byte[] b, String format) {
        return format.equals("jpg") ? !jpegComplete(b) : !pngComplete(b);
    }

    /** Walks the segments (skipping each by its length, so an embedded EXIF thumbnail's EOI is not taken for ours). */
    private static boolean jpegComplete(byte[] b) {
        int i = 2;
        boolean inScan = false;
        while (i + 1 < b.length) {
            if (inScan) {
                if ((b[i] & 0xff) != 0xff) {
                    i++;
                    continue;
                }
                int next = b[i + 1] & 0xff;
                if (next == 0x00 || next == 0xff || next >= 0xd0 && next <= 0xd7) {
                    i += next == 0xff ? 1 : 2;
                    continue;
                }
                inScan = false;
            }
            if ((b[i] & 0xff) != 0xff) {
                return false;
            }
            int marker = b[i + 1] & 0xff;
            if (marker == 0xd9) {
                return true;
            }
            if (marker == 0xff) {
                i++;
                continue;
            }
            if (i + 3 >= b.length) {
                return false;
            }
            int length = (b[i + 2] & 0xff) << 8 | b[i + 3] & 0xff;
            if (length < 2) {
                return false;
            }
            i += 2 + length;
            inScan = marker == 0xda;
        }
        return false;
    }

    private static boolean pngComplete(byte[] b) {
        long i = PNG_SIGNATURE.length;
        while (i + 8 <= b.length) {
            int at = (int) i;
            long length = ((long) (b[at] & 0xff) << 24) | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8
                    | b[at + 3] & 0xff;
            boolean end = b[at + 4] == 'I' && b[at + 5] == 'E' && b[at + 6] == 'N' && b[at + 7] == 'D';
            i += 12 + length;
            if (end) {
                return i <= b.length;
            }
        }
        return false;
    }

    /** Scaled so its longest side is at most {@code side}, on white (a PNG's transparency has no place in a JPEG). */
    private static BufferedImage fit(BufferedImage source, int side) {
        int w = source.getWidth();
        int h = source.getHeight();
        double scale = Math.min(1.0, (double) side / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, tw, th);
            g.drawImage(source, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The picture as the camera was held: EXIF orientations 2–8 mirror and turn (on the small thumbnail only). */
    static BufferedImage orient(BufferedImage src, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return src;
        }
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = ExifOrientation.swapsSides(orientation);
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = src.getRGB(x, y);
                switch (orientation) {
                    case 2 -> out.setRGB(w - 1 - x, y, rgb);
                    case 3 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> out.setRGB(x, h - 1 - y, rgb);
                    case 5 -> out.setRGB(y, x, rgb);
                    case 6 -> out.setRGB(h - 1 - y, x, rgb);
                    case 7 -> out.setRGB(h - 1 - y, w - 1 - x, rgb);
                    default -> out.setRGB(y, w - 1 - x, rgb);
                }
            }
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
