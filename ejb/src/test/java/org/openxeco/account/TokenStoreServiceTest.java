package org.openxeco.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxeco.account.TokenRefusedException.Reason;
import org.openxeco.kernel.Roles;
import org.openxeco.testing.TestDatabase;

/** The store of mailed tokens on a real database (H2, and PostgreSQL in the second run). */
class TokenStoreServiceTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private final TestDatabase database = TestDatabase.valueOf(System.getProperty(
            "openxeco.test.db", "h2").toUpperCase(java.util.Locale.ROOT));
    private EntityManagerFactory factory;
    private EntityManager em;
    private final TokenStore store = new TokenStore();
    private Instant now = Instant.parse("2026-12-05T10:00:00Z");
    private Account account;

    @BeforeEach
    void open() {
        factory = database.create();
        em = factory.createEntityManager();
        store.em = em;
        store.clock = new Clock() {
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
        account = inTransaction(() -> {
            Account a = new Account("member-" + UUID.randomUUID().toString().substring(0, 8),
                    "not-a-real-hash", Set.of(Roles.MEMBER), now);
            a.setEmail("someone@example.org");
            em.persist(a);
            return a;
        });
    }

    @AfterEach
    void close() {
        em.close();
        database.dispose(factory);
    }

    @Test
    void onlyTheSha256OfATokenIsStored() {
        String token = issue(TokenPurpose.RESET_PASSWORD);

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select token_hash, email, state"
                + " from account_token").getResultList();
        assertEquals(1, rows.size());
        assertEquals(TokenStore.hash(token), rows.get(0)[0]);
        assertNotEquals(token, rows.get(0)[0]);
        assertEquals(64, rows.get(0)[0].toString().length());
        assertTrue(token.length() >= 43, "256 random bits in base64url: " + token);
    }

    @Test
    void aTokenWorksOnceAndIsRefusedAsUsedAfterwards() {
        String token = issue(TokenPurpose.RESET_PASSWORD);

        AccountToken used = inTransaction(() -> store.redeem(token,
                TokenPurpose.RESET_PASSWORD));
        assertEquals("someone@example.org", used.getEmail());

        assertRefused(Reason.USED, token, TokenPurpose.RESET_PASSWORD);
    }

    @Test
    void aTokenIsRefusedAsExpiredOnceItsLifetimeHasPassed() {
        String token = issue(TokenPurpose.VERIFY_EMAIL);

        now = now.plus(HOUR).minusSeconds(1);
        inTransaction(() -> store.check(token, TokenPurpose.VERIFY_EMAIL));
        now = now.plusSeconds(1);
        assertRefused(Reason.EXPIRED, token, TokenPurpose.VERIFY_EMAIL);
    }

    @Test
    void aNewerTokenReplacesTheOlderOneOfTheSamePurposeOnly() {
        String older = issue(TokenPurpose.RESET_PASSWORD);
        String change = issue(TokenPurpose.CHANGE_EMAIL);
        now = now.plusSeconds(5);
        String newer = issue(TokenPurpose.RESET_PASSWORD);

        assertRefused(Reason.SUPERSEDED, older, TokenPurpose.RESET_PASSWORD);
        inTransaction(() -> store.redeem(newer, TokenPurpose.RESET_PASSWORD));
        inTransaction(() -> store.check(change, TokenPurpose.CHANGE_EMAIL));
    }

    @Test
    void anUnknownTokenOrOneOfAnotherPurposeIsRefusedAsUnknown() {
        String token = issue(TokenPurpose.VERIFY_EMAIL);

        assertRefused(Reason.UNKNOWN, token, TokenPurpose.RESET_PASSWORD);
        assertRefused(Reason.UNKNOWN, token + "x", TokenPurpose.VERIFY_EMAIL);
        assertRefused(Reason.UNKNOWN, "", TokenPurpose.VERIFY_EMAIL);
        assertRefused(Reason.UNKNOWN, null, TokenPurpose.VERIFY_EMAIL);
    }

    @Test
    void tokensIssuedWithinAWindowAreCounted() {
        issue(TokenPurpose.RESET_PASSWORD);
        now = now.plus(Duration.ofMinutes(30));
        issue(TokenPurpose.RESET_PASSWORD);
        issue(TokenPurpose.VERIFY_EMAIL);

        long recent = inTransaction(() -> store.countIssued(em.merge(account),
                TokenPurpose.RESET_PASSWORD, now.minus(Duration.ofMinutes(10))));
        long all = inTransaction(() -> store.countIssued(em.merge(account),
                TokenPurpose.RESET_PASSWORD, now.minus(HOUR)));
        assertEquals(1, recent);
        assertEquals(2, all);
    }

    @Test
    void closingAllTokensOfAnAccountRefusesEveryOpenOneOfAnyPurposeAsWithdrawn() {
        String reset = issue(TokenPurpose.RESET_PASSWORD);
        String change = issue(TokenPurpose.CHANGE_EMAIL);
        String verify = issue(TokenPurpose.VERIFY_EMAIL);

        inTransaction(() -> {
            store.closeAll(em.merge(account));
            return null;
        });

        // Not "a newer link was sent": the account's password or address changed instead.
        assertRefused(Reason.WITHDRAWN, reset, TokenPurpose.RESET_PASSWORD);
        assertRefused(Reason.WITHDRAWN, change, TokenPurpose.CHANGE_EMAIL);
        assertRefused(Reason.WITHDRAWN, verify, TokenPurpose.VERIFY_EMAIL);
    }

    @Test
    void forgettingAnAccountDeletesAllItsTokens() {
        String token = issue(TokenPurpose.RESET_PASSWORD);
        issue(TokenPurpose.VERIFY_EMAIL);

        inTransaction(() -> {
            store.forget(em.merge(account));
            return null;
        });

        assertRefused(Reason.UNKNOWN, token, TokenPurpose.RESET_PASSWORD);
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from account_token")
                .getSingleResult()).longValue());
    }

    @Test
    void aPendingAddressCountsOnlyWhileItsLinkIsOpenAndUnexpired() {
        inTransaction(() -> changeTo("new@example.org"));
        assertEquals("new@example.org", pending());

        now = now.plus(HOUR);
        assertNull(pending(), "expired link");

        inTransaction(() -> changeTo("other@example.org"));
        assertEquals("other@example.org", pending());
        inTransaction(() -> {
            store.closeAll(em.merge(account));
            return null;
        });
        assertNull(pending(), "superseded link");
    }

    private String changeTo(String address) {
        Account managed = em.merge(account);
        managed.setPendingEmail(address);
        account = managed;
        return store.issue(managed, TokenPurpose.CHANGE_EMAIL, address, HOUR);
    }

    private String pending() {
        return inTransaction(() -> store.pendingEmail(em.merge(account)));
    }

    private String issue(TokenPurpose purpose) {
        return inTransaction(() -> store.issue(em.merge(account), purpose,
                "someone@example.org", HOUR));
    }

    private void assertRefused(Reason reason, String token, TokenPurpose purpose) {
        TokenRefusedException refused = assertThrows(TokenRefusedException.class,
                () -> inTransaction(() -> store.redeem(token, purpose)));
        assertEquals(reason, refused.reason());
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }
}
