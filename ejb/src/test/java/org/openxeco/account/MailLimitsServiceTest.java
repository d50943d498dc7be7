package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxeco.testing.TestDatabase;

/**
 * Two servers counting account mails at the same moment, each in its own transaction on its
 * own connection: the second counts the first's mail, so no limit is passed. On H2, and on
 * PostgreSQL in the second run.
 */
class MailLimitsServiceTest {

    private final TestDatabase database = TestDatabase.valueOf(System.getProperty(
            "openxeco.test.db", "h2").toUpperCase(Locale.ROOT));
    private EntityManagerFactory factory;
    private EntityManager first;
    private EntityManager second;

    @BeforeEach
    void open() {
        factory = database.create();
        first = factory.createEntityManager();
        second = factory.createEntityManager();
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
        database.dispose(factory);
    }

    private static MailLimits limits(EntityManager em) {
        MailLimits made = new MailLimits();
        made.em = em;
        made.window = Duration.ofHours(1);
        made.perAddress = 1;
        made.perClient = 100;
        made.perNode = 100;
        made.clock = Clock.systemUTC();
        return made;
    }

    @Test
    void aSecondServerCountingAtTheSameMomentWaitsAndCountsTheFirstMail() throws Exception {
        first.getTransaction().begin();
        assertTrue(limits(first).take("reset", "ada@example.org", "192.0.2.1"));

        // The first transaction is still open: without a lock the second would count nothing.
        CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> {
            second.getTransaction().begin();
            try {
                boolean taken = limits(second).take("reset", "ADA@example.org", "192.0.2.2");
                second.getTransaction().commit();
                return taken;
            } finally {
                if (second.getTransaction().isActive()) {
                    second.getTransaction().rollback();
                }
            }
        });
        Thread.sleep(700);
        first.getTransaction().commit();

        assertFalse(other.get(20, TimeUnit.SECONDS), "one mail per address within the window");
        assertEquals(2L, ((Number) first.createNativeQuery("select count(*) from mail_limit")
                .getSingleResult()).longValue(), "only the first mail was counted");
    }
}
