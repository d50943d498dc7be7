package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxeco.testing.TestDatabase;

/** Mail limits on a real database (H2, and PostgreSQL in the second run). */
class MailLimitsTest {

    private final TestDatabase database = TestDatabase.valueOf(System.getProperty(
            "openxeco.test.db", "h2").toUpperCase(Locale.ROOT));
    private EntityManagerFactory factory;
    private EntityManager em;
    private final MailLimits limits = limits();
    private final MailLimits otherServer = limits();
    private Instant now = Instant.parse("2026-12-05T10:00:00Z");

    @BeforeEach
    void open() {
        factory = database.create();
        em = factory.createEntityManager();
        limits.em = em;
        otherServer.em = em;
    }

    @AfterEach
    void close() {
        em.close();
        database.dispose(factory);
    }

    private MailLimits limits() {
        MailLimits made = new MailLimits();
        made.window = Duration.ofHours(1);
        made.perAddress = 3;
        made.perClient = 5;
        made.perNode = 6;
        made.clock = new Clock() {
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
        return made;
    }

    @Test
    void anAddressGetsAtMostTheLimitWithinTheWindowWhateverItsCase() {
        assertTrue(take(limits, "reset", "ada@example.org", "192.0.2.1"));
        assertTrue(take(limits, "reset", "Ada@Example.org", "192.0.2.2"));
        assertTrue(take(limits, "reset", "ada@example.org", "192.0.2.3"));

        assertFalse(take(limits, "reset", "ada@example.org", "192.0.2.4"));
        assertTrue(take(limits, "reset", "bob@example.org", "192.0.2.4"));

        now = now.plus(Duration.ofMinutes(61));
        assertTrue(take(limits, "reset", "ada@example.org", "192.0.2.4"));
    }

    @Test
    void aClientCausesAtMostTheLimitOfMailsToDifferentAddresses() {
        for (int i = 0; i < 5; i++) {
            assertTrue(take(limits, "verify", "p" + i + "@example.org", "198.51.100.9"));
        }

        assertFalse(take(limits, "verify", "p9@example.org", "198.51.100.9"));
        assertTrue(take(limits, "verify", "p9@example.org", "198.51.100.10"));
    }

    @Test
    void theLimitsHoldAcrossServersSharingTheDatabase() {
        assertTrue(take(limits, "reset", "eve@example.org", "192.0.2.1"));
        assertTrue(take(otherServer, "reset", "eve@example.org", "192.0.2.2"));
        assertTrue(take(limits, "reset", "eve@example.org", "192.0.2.3"));

        assertFalse(take(otherServer, "reset", "eve@example.org", "192.0.2.4"));
    }

    @Test
    void aClientIsCountedByItsIpv6Slash64AndTheNodeByATotal() {
        for (int i = 0; i < 5; i++) {
            assertTrue(take(limits, "verify", "q" + i + "@example.org", "2001:db8:1:2::" + i));
        }
        assertFalse(take(limits, "verify", "q9@example.org", "2001:db8:1:2:ffff::9"));
        assertTrue(take(limits, "verify", "q9@example.org", "2001:db8:1:3::1"));

        assertFalse(take(limits, "verify", "q10@example.org", "203.0.113.7"),
                "six mails within the window are the node's most");
        now = now.plus(Duration.ofMinutes(61));
        assertTrue(take(limits, "verify", "q10@example.org", "203.0.113.7"));
        assertEquals(2L, ((Number) em.createNativeQuery("select count(*) from mail_limit")
                .getSingleResult()).longValue(), "rows older than the window are removed");
    }

    private boolean take(MailLimits on, String kind, String address, String client) {
        em.getTransaction().begin();
        try {
            boolean taken = on.take(kind, address, client);
            em.getTransaction().commit();
            return taken;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }
}
