package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.Roles;
import org.openxeco.testing.TestDatabase;

/** Wrong confirmation passwords on a real database (H2, and PostgreSQL in the second run). */
class PasswordConfirmationTest {

    private final TestDatabase database = TestDatabase.valueOf(System.getProperty(
            "openxeco.test.db", "h2").toUpperCase(Locale.ROOT));
    private final Instant now = Instant.parse("2026-12-05T10:00:00Z");
    private final PasswordConfirmation confirmation = new PasswordConfirmation();
    private EntityManagerFactory factory;
    private EntityManager em;
    private Account account;

    @BeforeEach
    void open() {
        factory = database.create();
        em = factory.createEntityManager();
        confirmation.em = em;
        confirmation.recent = new CredentialCache();
        confirmation.maxFailures = 3;
        confirmation.lockMinutes = 15;
        confirmation.clock = Clock.fixed(now, ZoneOffset.UTC);
        account = new Account("member-" + UUID.randomUUID().toString().substring(0, 8),
                "not-a-real-hash", Set.of(Roles.MEMBER), now);
        account.setEmail("someone@example.org");
        transaction(() -> em.persist(account));
    }

    @AfterEach
    void close() {
        em.close();
        database.dispose(factory);
    }

    @Test
    void wrongConfirmationPasswordsLockTheAccountLikeFailedSignIns() {
        transaction(() -> confirmation.failed(account));
        transaction(() -> confirmation.failed(account));
        Account twice = stored();
        assertEquals(2, ((Number) em.createNativeQuery("select failed_sign_ins from account"
                + " where uuid = ?1").setParameter(1, account.getUuid().toString())
                .getSingleResult()).intValue(), "counted with the sign-in failures");
        assertDoesNotThrow(() -> PasswordConfirmation.refuseLocked(twice, now));

        transaction(() -> confirmation.failed(account));
        Account locked = stored();
        assertEquals(now.plus(Duration.ofMinutes(15)), locked.getLockedUntil());
        ConflictException refused = assertThrows(ConflictException.class,
                () -> PasswordConfirmation.refuseLocked(locked, now.plusSeconds(60)));
        assertEquals("password-locked", refused.kind());
        assertDoesNotThrow(() -> PasswordConfirmation.refuseLocked(locked,
                now.plus(Duration.ofMinutes(16))));
    }

    private Account stored() {
        em.clear();
        return em.find(Account.class, em.createQuery("select a.id from Account a"
                + " where a.uuid = :uuid").setParameter("uuid", account.getUuid().toString())
                .getSingleResult());
    }

    private void transaction(Runnable work) {
        em.getTransaction().begin();
        try {
            work.run();
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }
}
