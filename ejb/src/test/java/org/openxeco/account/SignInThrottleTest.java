package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle();
    private Instant now = Instant.parse("2026-12-04T10:00:00Z");

    SignInThrottleTest() {
        throttle.maxFailures = 3;
        throttle.windowMinutes = 15;
        throttle.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void anAddressIsRefusedAfterTooManyFailuresUntilTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.allows("192.0.2.1"));
            throttle.failed("192.0.2.1");
        }

        assertFalse(throttle.allows("192.0.2.1"));
        assertTrue(throttle.allows("192.0.2.2"), "other addresses are not affected");

        now = now.plus(Duration.ofMinutes(16));
        assertTrue(throttle.allows("192.0.2.1"));
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        throttle.failed("198.51.100.7");
        throttle.failed("198.51.100.7");
        now = now.plus(Duration.ofMinutes(20));
        throttle.failed("198.51.100.7");

        assertTrue(throttle.allows("198.51.100.7"));
    }
}
