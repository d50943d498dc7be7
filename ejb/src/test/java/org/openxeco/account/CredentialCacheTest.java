package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A remembered sign-in holds only for the same password against the same stored hash, lasts
 * while it is used within the idle time, and ends an hour after the full check however often
 * it is used.
 */
class CredentialCacheTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final char[] PASSWORD = "Secret-Password-1".toCharArray();

    private final CredentialCache cache = new CredentialCache();
    private Instant now = Instant.parse("2026-12-05T10:00:00Z");

    @BeforeEach
    void clock() {
        cache.seconds = 60;
        passes(Duration.ZERO);
    }

    /** Moves the cache's clock on. */
    private void passes(Duration time) {
        now = now.plus(time);
        cache.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void onlyTheSamePasswordAgainstTheSameStoredHashIsKnown() {
        assertFalse(cache.knows("Ada", HASH, PASSWORD), "nothing remembered yet");
        cache.remember("ada", HASH, PASSWORD);
        assertTrue(cache.knows("ADA", HASH, PASSWORD), "the user name in any case");
        assertFalse(cache.knows("ada", HASH, "Secret-Password-2".toCharArray()));
        assertFalse(cache.knows("ada", HASH + "x", PASSWORD),
                "a password changed on another server changes the stored hash");
        assertFalse(cache.knows("bob", HASH, PASSWORD));
        assertFalse(cache.knows("ada", null, PASSWORD));
        cache.forget("Ada");
        assertFalse(cache.knows("ada", HASH, PASSWORD));
    }

    @Test
    void useKeepsItUntilTheIdleTimeOrTheHourRunsOut() {
        cache.remember("ada", HASH, PASSWORD);
        for (int i = 0; i < 60; i++) {
            passes(Duration.ofSeconds(59));
            assertTrue(cache.knows("ada", HASH, PASSWORD), "used every 59 s, step " + i);
        }
        passes(Duration.ofSeconds(59));
        assertTrue(cache.knows("ada", HASH, PASSWORD), "59 min 59 s after the full check");
        passes(Duration.ofSeconds(2));
        assertFalse(cache.knows("ada", HASH, PASSWORD), "an hour after the full check");

        cache.remember("ada", HASH, PASSWORD);
        passes(Duration.ofSeconds(60));
        assertFalse(cache.knows("ada", HASH, PASSWORD), "unused for the idle time");
    }

    @Test
    void nothingIsRememberedWhenTheCacheIsOff() {
        cache.seconds = 0;
        cache.remember("ada", HASH, PASSWORD);
        assertFalse(cache.knows("ada", HASH, PASSWORD));
    }
}
