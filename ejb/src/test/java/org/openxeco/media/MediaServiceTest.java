package org.openxeco.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.testing.Services;

class MediaServiceTest {

    private static Services services;

    @BeforeAll
    static void start() {
        services = new Services();
    }

    @AfterAll
    static void stop() {
        services.close();
    }

    @Test
    void identicalBytesAreStoredOnceUnderTheirHash() throws Exception {
        byte[] png = ImageSamples.image("png", 7, 5, new Color(0x123456));

        MediaItem first = store(png, "logo.png");
        MediaItem again = store(png.clone(), "another-name.png");

        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        assertEquals(hash, first.getHash());
        assertEquals(hash, again.getHash());
        assertEquals(first.getCreated(), again.getCreated());
        assertEquals(1L, services.asVisitor(() -> services.entityManager().createQuery(
                "select count(m) from MediaItem m where m.hash = :h", Long.class)
                .setParameter("h", hash).getSingleResult()));

        MediaItem read = services.asVisitor(() -> services.media.find(hash)).orElseThrow();
        assertArrayEquals(png, read.getContent());
        assertEquals("image/png", read.getContentType());
        assertEquals(png.length, read.getSize());
        assertEquals(7, read.getWidth());
        assertEquals(5, read.getHeight());
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        MediaItem jpeg = store(ImageSamples.image("jpg", 40, 30, Color.ORANGE), "logo.png");
        MediaItem gif = store(ImageSamples.image("gif", 3, 9, Color.ORANGE), "logo.svg");
        MediaItem webp = store(ImageSamples.webpExtended(800, 600), null);

        assertEquals("image/jpeg", jpeg.getContentType());
        assertEquals(40, jpeg.getWidth());
        assertEquals("image/gif", gif.getContentType());
        assertEquals(9, gif.getHeight());
        assertEquals("image/webp", webp.getContentType());
        assertEquals(800, webp.getWidth());
    }

    @Test
    void svgIsRefusedWhateverItIsCalled() {
        FieldError error = refused(ImageSamples.svg(), "logo.png");
        assertTrue(error.message().contains("SVG"), error.message());
    }

    @Test
    void otherFilesAndEmptyOnesAreRefused() {
        FieldError pdf = refused("%PDF-1.7 ...".getBytes(), "logo.png");
        assertTrue(pdf.message().contains("PNG, JPEG, GIF or WebP"), pdf.message());
        refused(new byte[0], "empty.png");
        refused(null, "missing.png");
    }

    @Test
    void aLogoOverTheLimitIsRefusedNamingTheLimit() {
        byte[] png = ImageSamples.png(1);
        byte[] tooLarge = Arrays.copyOf(png, (int) MediaService.DEFAULT_MAX_LOGO_BYTES + 1);

        FieldError error = refused(tooLarge, "huge.png");

        assertTrue(error.message().contains("1 MiB (1048576 bytes)"), error.message());
        assertTrue(store(Arrays.copyOf(png, (int) MediaService.DEFAULT_MAX_LOGO_BYTES), "max.png")
                .getSize() == MediaService.DEFAULT_MAX_LOGO_BYTES);
    }

    @Test
    void theLimitFollowsTheConfiguration() {
        long configured = services.media.maxLogoBytes;
        services.media.maxLogoBytes = 2048;
        try {
            FieldError error = refused(Arrays.copyOf(ImageSamples.png(2), 2049), "a.png");
            assertTrue(error.message().contains("2 KiB (2048 bytes)"), error.message());
        } finally {
            services.media.maxLogoBytes = configured;
        }
    }

    @Test
    void visitorsCannotStoreImagesButCanReadThem() {
        byte[] png = ImageSamples.png(3);
        assertThrows(NotAllowedException.class, () -> services.asVisitor(() ->
                services.media.store(png, "intruder.png")));

        String hash = store(png, "logo.png").getHash();
        assertTrue(services.asVisitor(() -> services.media.find(hash)).isPresent());
        assertTrue(services.asVisitor(() -> services.media.exists(hash)));
    }

    @Test
    void unknownAndMalformedHashesFindNothing() {
        String unknown = "0".repeat(64);
        assertTrue(services.asVisitor(() -> services.media.find(unknown)).isEmpty());
        assertTrue(services.asVisitor(() -> services.media.find("../etc/passwd")).isEmpty());
        assertTrue(services.asVisitor(() -> services.media.find(null)).isEmpty());
        assertTrue(!services.asVisitor(() -> services.media.exists(unknown.toUpperCase())));
    }

    @Test
    void theBytesLiveInABinaryColumnNotALargeObject() {
        Object type = services.asVisitor(() -> services.entityManager().createNativeQuery(
                "select data_type from information_schema.columns where lower(table_name) ="
                        + " 'media' and lower(column_name) = 'content'"
                        + " and lower(table_schema) = lower(current_schema)")
                .getSingleResult());
        assertTrue(Set.of("bytea", "binary varying").contains(
                type.toString().toLowerCase(Locale.ROOT)), type.toString());
    }

    private static MediaItem store(byte[] bytes, String name) {
        return services.asAdmin(() -> services.media.store(bytes, name));
    }

    private static FieldError refused(byte[] bytes, String name) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> store(bytes, name));
        assertEquals(1, e.errors().size());
        assertEquals("logo", e.errors().get(0).field());
        return e.errors().get(0);
    }
}
