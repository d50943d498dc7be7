package org.openxeco.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImageSizeTest {

    @Test
    void formatsAreRecognisedByTheirBytes() {
        assertEquals(Optional.of(ImageFormat.PNG),
                ImageFormat.detect(ImageSamples.image("png", 2, 2, Color.RED)));
        assertEquals(Optional.of(ImageFormat.JPEG),
                ImageFormat.detect(ImageSamples.image("jpg", 2, 2, Color.RED)));
        assertEquals(Optional.of(ImageFormat.GIF),
                ImageFormat.detect(ImageSamples.image("gif", 2, 2, Color.RED)));
        assertEquals(Optional.of(ImageFormat.WEBP),
                ImageFormat.detect(ImageSamples.webpExtended(2, 2)));
        assertEquals(Optional.empty(), ImageFormat.detect(ImageSamples.svg()));
        assertEquals(Optional.empty(), ImageFormat.detect(
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), ImageFormat.detect(new byte[] {(byte) 0x89, 'P'}));
    }

    @Test
    void sizesAreReadFromTheHeaders() {
        assertEquals(size(37, 21), read(ImageFormat.PNG,
                ImageSamples.image("png", 37, 21, Color.BLUE)));
        assertEquals(size(301, 17), read(ImageFormat.JPEG,
                ImageSamples.image("jpg", 301, 17, Color.BLUE)));
        assertEquals(size(5, 260), read(ImageFormat.GIF,
                ImageSamples.image("gif", 5, 260, Color.BLUE)));
        assertEquals(size(1920, 1080), read(ImageFormat.WEBP,
                ImageSamples.webpExtended(1920, 1080)));
        assertEquals(size(16000, 3), read(ImageFormat.WEBP,
                ImageSamples.webpLossless(16000, 3)));
        assertEquals(size(640, 480), read(ImageFormat.WEBP, ImageSamples.webpLossy(640, 480)));
    }

    @Test
    void cutOffHeadersGiveNoSize() {
        byte[] jpeg = ImageSamples.image("jpg", 30, 20, Color.GREEN);
        for (int length : new int[] {3, 10, 30}) {
            assertTrue(ImageSize.read(ImageFormat.JPEG, Arrays.copyOf(jpeg, length)).isEmpty());
        }
        byte[] png = ImageSamples.image("png", 30, 20, Color.GREEN);
        assertTrue(ImageSize.read(ImageFormat.PNG, Arrays.copyOf(png, 20)).isEmpty());
        assertTrue(ImageSize.read(ImageFormat.WEBP,
                Arrays.copyOf(ImageSamples.webpExtended(9, 9), 16)).isEmpty());
    }

    private static Optional<ImageSize> read(ImageFormat format, byte[] bytes) {
        return ImageSize.read(format, bytes);
    }

    private static Optional<ImageSize> size(int width, int height) {
        return Optional.of(new ImageSize(width, height));
    }
}
