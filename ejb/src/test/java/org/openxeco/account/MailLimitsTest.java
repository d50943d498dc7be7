package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class MailLimitsTest {

    private final MailLimits limits = new MailLimits();
    private Instant now = Instant.parse("2026-12-05T10:00:00Z");

    MailLimitsTest() {
        limits.window = Duration.ofHours(1);
        limits.perAddress = 3;
        limits.perClient = 5;
        limits.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void anAddressGetsAtMostTheLimitWithinTheWindowWhateverItsCase() {
        assertTrue(limits.take("reset", "ada@example.org", "192.0.2.1"));
        assertTrue(limits.take("reset", "Ada@Example.org", "192.0.2.2"));
        assertTrue(limits.take("reset", "ada@example.org", "192.0.2.3"));

        assertFalse(limits.take("reset", "ada@example.org", "192.0.2.4"));
        assertTrue(limits.take("reset", "bob@example.org", "192.0.2.4"));

        now = now.plus(Duration.ofMinutes(61));
        assertTrue(limits.take("reset", "ada@example.org", "192.0.2.4"));
    }

    @Test
    void aClientCausesAtMostTheLimitOfMailsToDifferentAddresses() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limits.take("verify", "p" + i + "@example.org", "198.51.100.9"));
        }

        assertFalse(limits.take("verify", "p9@example.org", "198.51.100.9"));
        assertTrue(limits.take("verify", "p9@example.org", "198.51.100.10"));
    }

    @Test
    void profileTextKeepsLineBreaksOfABiographyOnlyAndDropsControlCharacters() {
        assertEquals("a b\nc", MemberProfiles.plain(" a\u0007b\r\nc ", true));
        assertEquals("a b c", MemberProfiles.plain("a\nb\tc", false));
        assertNull(MemberProfiles.plain("  \n ", true));
    }
}
