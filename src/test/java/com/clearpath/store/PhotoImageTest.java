package com.clearpath.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clearpath.domain.PhotoRefusal;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Photo files checked from their bytes, and thumbnails made from them, with real images written by ImageIO. */
class PhotoImageTest {

    @Test
    void aJpegIsCheckedFromItsHeaderAndKeepsItsSize() throws Exception {
        PhotoImage.Checked c = PhotoImage.check(TestImages.jpeg(640, 480));
        assertEquals("jpg", c.format());
        assertEquals(640, c.width());
        assertEquals(480, c.height());
        assertEquals(1, c.orientation());
    }

    @Test
    void aPngIsCheckedToo() throws Exception {
        PhotoImage.Checked c = PhotoImage.check(TestImages.png(300, 200));
        assertEquals("png", c.format());
        assertEquals(300, c.width());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void theExifOrientationIsReadInEitherByteOrder(int orientation) throws Exception {
        byte[] plain = TestImages.jpeg(40, 20);
        assertEquals(orientation, ExifOrientation.of(TestImages.withOrientation(plain, orientation, true)));
        assertEquals(orientation, ExifOrientation.of(TestImages.withOrientation(plain, orientation, false)));
    }

    @Test
    void nonsenseInTheExifCountsAsStoredUpright() throws Exception {
        byte[] plain = TestImages.jpeg(40, 20);
        assertEquals(1, ExifOrientation.of(plain));
        assertEquals(1, ExifOrientation.of(TestImages.withOrientation(plain, 9, true)));
        byte[] garbled = TestImages.withOrientation(plain, 6, true);
        // The TIFF byte-order mark spoiled: nothing after it can be trusted.
        int tiff = indexOf(garbled, "Exif".getBytes(StandardCharsets.US_ASCII)) + 6;
        garbled[tiff] = 'X';
        assertEquals(1, ExifOrientation.of(garbled));
    }

    @Test
    void orientationSixTurnsTheThumbnailAQuarterClockwise() throws Exception {
        byte[] turned = TestImages.withOrientation(TestImages.jpeg(800, 400), 6, false);
        PhotoImage.Checked c = PhotoImage.check(turned);
        assertEquals(6, c.orientation());
        assertEquals(400, c.width(), "shown as the camera was held: portrait");
        assertEquals(800, c.height());
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(PhotoImage.thumbnail(turned, c, 320)));
        assertEquals(160, thumb.getWidth());
        assertEquals(320, thumb.getHeight());
        // The stored left half (red) is the top once turned clockwise.
        assertTrue(red(thumb.getRGB(80, 20)), Integer.toHexString(thumb.getRGB(80, 20)));
        assertTrue(blue(thumb.getRGB(80, 300)), Integer.toHexString(thumb.getRGB(80, 300)));
    }

    @Test
    void aLargePhotoGivesAThumbnailOfAtMostTheSide() throws Exception {
        byte[] big = TestImages.jpeg(4000, 3000);
        PhotoImage.Checked c = PhotoImage.check(big);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(PhotoImage.thumbnail(big, c, 320)));
        assertEquals(320, thumb.getWidth());
        assertEquals(240, thumb.getHeight());
        assertTrue(red(thumb.getRGB(10, 120)));
    }

    @Test
    void aTruncatedJpegIsRefusedAsSuch() throws Exception {
        byte[] whole = TestImages.jpeg(640, 480);
        assertEquals(PhotoRefusal.TRUNCATED, refusal(TestImages.cut(whole, 0.6)));
        assertEquals(PhotoRefusal.TRUNCATED, refusal(TestImages.cut(whole, 0.02)));
    }

    @Test
    void aProgressiveJpegIsCompleteAndItsCutCopyIsNot() throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(TestImages.halves(640, 480), null, null), param);
        } finally {
            writer.dispose();
        }
        byte[] progressive = bytes.toByteArray();
        assertEquals(640, PhotoImage.check(progressive).width());
        assertEquals(PhotoRefusal.TRUNCATED, refusal(TestImages.cut(progressive, 0.8)));
    }

    @Test
    void anEmbeddedPreviewsEndMarkerIsNotTakenForThePhotosEnd() throws Exception {
        // Cameras put a small JPEG preview, end marker and all, inside the APP1 segment.
        byte[] preview = TestImages.jpeg(16, 16);
        byte[] main = TestImages.jpeg(640, 480);
        int length = 2 + 6 + preview.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(main, 0, 2);
        out.write(0xff);
        out.write(0xe1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(preview);
        out.write(main, 2, main.length - 2);
        byte[] withPreview = out.toByteArray();
        assertEquals(640, PhotoImage.check(withPreview).width());
        assertEquals(PhotoRefusal.TRUNCATED, refusal(TestImages.cut(withPreview, 0.9)));
    }

    @Test
    void aTruncatedPngIsRefusedAsSuch() throws Exception {
        assertEquals(PhotoRefusal.TRUNCATED, refusal(TestImages.cut(TestImages.png(640, 480), 0.7)));
    }

    @Test
    void textNamedAsAJpegIsNotAnImage() {
        assertEquals(PhotoRefusal.NOT_AN_IMAGE, refusal("not a photo at all\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(PhotoRefusal.NOT_AN_IMAGE, refusal(new byte[0]));
    }

    @Test
    void aHugeDeclaredSizeIsRefusedFromTheHeaderAlone() {
        // 20,000 × 20,000 = 400 megapixels declared in 33 bytes: decoding it would need 1.6 GB.
        assertEquals(PhotoRefusal.TOO_MANY_PIXELS, refusal(TestImages.pngHeader(20_000, 20_000)));
        assertEquals(PhotoRefusal.TOO_MANY_PIXELS, refusal(TestImages.pngHeader(10_001, 10_000)));
    }

    @Test
    void heicIsRefusedWithItsOwnReason() {
        assertEquals(PhotoRefusal.HEIC_NOT_SUPPORTED, refusal(TestImages.heicStart()));
    }

    private static PhotoRefusal refusal(byte[] file) {
        return assertThrows(PhotoImage.Refused.class, () -> PhotoImage.check(file)).reason();
    }

    private static boolean red(int rgb) {
        return (rgb >> 16 & 0xff) > 180 && (rgb & 0xff) < 80;
    }

    private static boolean blue(int rgb) {
        return (rgb & 0xff) > 180 && (rgb >> 16 & 0xff) < 80;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
