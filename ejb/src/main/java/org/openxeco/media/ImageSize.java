package org.openxeco.media;

import java.util.Optional;

/**
 * The pixel size of an image, read from its header without decoding any pixel data.
 * Headers that are cut short or odd give no size rather than an error.
 */
public record ImageSize(int width, int height) {

    /** The size the header of an image of the given format states, if it can be read. */
    public static Optional<ImageSize> read(ImageFormat format, byte[] bytes) {
        try {
            ImageSize size = switch (format) {
                case PNG -> png(bytes);
                case JPEG -> jpeg(bytes);
                case GIF -> new ImageSize(u16le(bytes, 6), u16le(bytes, 8));
                case WEBP -> webp(bytes);
            };
            return Optional.ofNullable(size).filter(s -> s.width > 0 && s.height > 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static ImageSize png(byte[] b) {
        if (!ImageFormat.startsWith(b, 12, ImageFormat.ascii("IHDR"))) {
            return null;
        }
        return new ImageSize(u32be(b, 16), u32be(b, 20));
    }

    /** Walks the JPEG segments up to the first start-of-frame, which holds the size. */
    private static ImageSize jpeg(byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if (u8(b, i) != 0xff) {
                return null;
            }
            int marker = u8(b, i + 1);
            if (marker == 0xff) {
                i++;
            } else if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
                i += 2;
            } else if (marker == 0xd9 || marker == 0xda) {
                return null;
            } else if (isStartOfFrame(marker)) {
                return new ImageSize(u16be(b, i + 7), u16be(b, i + 5));
            } else {
                i += 2 + u16be(b, i + 2);
            }
        }
        return null;
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
                && marker != 0xcc;
    }

    private static ImageSize webp(byte[] b) {
        if (ImageFormat.startsWith(b, 12, ImageFormat.ascii("VP8 "))) {
            if (u8(b, 23) != 0x9d || u8(b, 24) != 0x01 || u8(b, 25) != 0x2a) {
                return null;
            }
            return new ImageSize(u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
        }
        if (ImageFormat.startsWith(b, 12, ImageFormat.ascii("VP8L"))) {
            if (u8(b, 20) != 0x2f) {
                return null;
            }
            long bits = u16le(b, 21) | ((long) u16le(b, 23) << 16);
            return new ImageSize((int) (bits & 0x3fff) + 1, (int) ((bits >> 14) & 0x3fff) + 1);
        }
        if (ImageFormat.startsWith(b, 12, ImageFormat.ascii("VP8X"))) {
            return new ImageSize(u24le(b, 24) + 1, u24le(b, 27) + 1);
        }
        return null;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xff;
    }

    private static int u16be(byte[] b, int i) {
        return u8(b, i) << 8 | u8(b, i + 1);
    }

    private static int u16le(byte[] b, int i) {
        return u8(b, i) | u8(b, i + 1) << 8;
    }

    private static int u24le(byte[] b, int i) {
        return u16le(b, i) | u8(b, i + 2) << 16;
    }

    /** A big-endian 32-bit size; anything beyond int range comes back negative (no size). */
    private static int u32be(byte[] b, int i) {
        return u16be(b, i) << 16 | u16be(b, i + 2);
    }
}
