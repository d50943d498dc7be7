package org.openxeco.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Small real images, and the headers of formats the JDK cannot write, for tests. */
public final class ImageSamples {

    private ImageSamples() {
    }

    /** An image in a format the JDK writes ({@code png}, {@code jpg}, {@code gif}). */
    public static byte[] image(String format, int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, colour.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A distinct small PNG for every seed. */
    public static byte[] png(int seed) {
        return image("png", 4, 3, new Color(seed & 0xffffff));
    }

    /** The start of an extended WebP file (VP8X chunk) stating the canvas size. */
    public static byte[] webpExtended(int width, int height) {
        byte[] b = new byte[30];
        put(b, 0, "RIFF");
        put(b, 8, "WEBP");
        put(b, 12, "VP8X");
        b[16] = 10;
        le24(b, 24, width - 1);
        le24(b, 27, height - 1);
        return b;
    }

    /** The start of a lossless WebP file (VP8L chunk) stating the image size. */
    public static byte[] webpLossless(int width, int height) {
        byte[] b = new byte[30];
        put(b, 0, "RIFF");
        put(b, 8, "WEBP");
        put(b, 12, "VP8L");
        b[20] = 0x2f;
        long bits = (width - 1) | ((long) (height - 1) << 14);
        for (int i = 0; i < 4; i++) {
            b[21 + i] = (byte) (bits >> (8 * i));
        }
        return b;
    }

    /** The start of a lossy WebP file (VP8 chunk) stating the frame size. */
    public static byte[] webpLossy(int width, int height) {
        byte[] b = new byte[30];
        put(b, 0, "RIFF");
        put(b, 8, "WEBP");
        put(b, 12, "VP8 ");
        b[23] = (byte) 0x9d;
        b[24] = 0x01;
        b[25] = 0x2a;
        b[26] = (byte) width;
        b[27] = (byte) (width >> 8);
        b[28] = (byte) height;
        b[29] = (byte) (height >> 8);
        return b;
    }

    /** An SVG image carrying a script. */
    public static byte[] svg() {
        return ("\ufeff  <?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8);
    }

    private static void put(byte[] b, int offset, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, b, offset, bytes.length);
    }

    private static void le24(byte[] b, int offset, int value) {
        b[offset] = (byte) value;
        b[offset + 1] = (byte) (value >> 8);
        b[offset + 2] = (byte) (value >> 16);
    }
}
