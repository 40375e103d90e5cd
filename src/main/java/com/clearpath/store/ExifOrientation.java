package com.clearpath.store;

/**
 * The EXIF Orientation tag (0x0112) of a JPEG, read from its APP1 "Exif" segment: how the camera was held, which
 * the pixels do not show by themselves. Only IFD0 is read; anything malformed counts as "as stored" (1).
 */
final class ExifOrientation {
    static final int AS_STORED = 1;
    private static final int TAG_ORIENTATION = 0x0112;
    private static final int TYPE_SHORT = 3;

    private ExifOrientation() {
    }

    /** 1–8 as EXIF defines them, 1 when the JPEG carries none (or carries nonsense). */
    static int of(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
            int marker = jpeg[i + 1] & 0xff;
            if (marker == 0xda || marker == 0xd9) {
                break;
            }
            int length = u16(jpeg, i + 2, true);
            if (length < 2 || i + 2 + length > jpeg.length) {
                break;
            }
            if (marker == 0xe1 && length >= 8 && startsWithExif(jpeg, i + 4)) {
                return fromTiff(jpeg, i + 10, i + 2 + length);
            }
            i += 2 + length;
        }
        return AS_STORED;
    }

    private static boolean startsWithExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0
                && b[at + 5] == 0;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return AS_STORED;
        }
        boolean bigEndian;
        if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            bigEndian = true;
        } else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            bigEndian = false;
        } else {
            return AS_STORED;
        }
        long ifd = u32(b, tiff + 4, bigEndian);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return AS_STORED;
        }
        int at = (int) (tiff + ifd);
        int entries = u16(b, at, bigEndian);
        for (int e = 0; e < entries; e++) {
            int entry = at + 2 + e * 12;
            if (entry + 12 > end) {
                return AS_STORED;
            }
            if (u16(b, entry, bigEndian) == TAG_ORIENTATION) {
                if (u16(b, entry + 2, bigEndian) != TYPE_SHORT) {
                    return AS_STORED;
                }
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : AS_STORED;
            }
        }
        return AS_STORED;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int hi = b[bigEndian ? at : at + 1] & 0xff;
        int lo = b[bigEndian ? at + 1 : at] & 0xff;
        return hi << 8 | lo;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        return bigEndian ? (long) u16(b, at, true) << 16 | u16(b, at + 2, true)
                : (long) u16(b, at + 2, false) << 16 | u16(b, at, false);
    }

    /** True when the orientation turns the picture a quarter (width and height swap on screen). */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }
}
