package org.openxeco.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.account.TokenRefusedException.Reason;

/**
 * Issues and redeems the single-use tokens mailed to accounts. A token is 256 random bits;
 * only its SHA-256 hash is stored. Issuing a token replaces the open ones of the same
 * account and purpose, and a token is used at most once, even by two requests at a time.
 */
@Stateless
public class TokenStore {

    /** How long tokens are kept after they expired, so a late click still says "expired". */
    static final Duration RETENTION = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TOKEN_LENGTH = 100;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Issues a token valid for the given time and returns its text, to be mailed once. */
    public String issue(Account account, TokenPurpose purpose, String email, Duration lifetime) {
        Instant now = now();
        em.createQuery("update AccountToken t set t.state = :superseded, t.closed = :now"
                + " where t.account = :account and t.purpose = :purpose and t.state = :open")
                .setParameter("superseded", TokenState.SUPERSEDED).setParameter("now", now)
                .setParameter("account", account).setParameter("purpose", purpose)
                .setParameter("open", TokenState.OPEN).executeUpdate();
        em.createQuery("delete from AccountToken t where t.account = :account"
                + " and t.expires < :horizon").setParameter("account", account)
                .setParameter("horizon", now.minus(RETENTION)).executeUpdate();
        em.createNativeQuery("delete from retired_token where expires < ?1")
                .setParameter(1, now.minus(RETENTION).atOffset(ZoneOffset.UTC)).executeUpdate();

        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new AccountToken(account, purpose, hash(token), email, now,
                now.plus(lifetime)));
        return token;
    }

    /** The open, unexpired token of this purpose, without using it up. */
    public AccountToken check(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new TokenRefusedException(Reason.UNKNOWN);
        }
        AccountToken found = em.createQuery("select t from AccountToken t where"
                + " t.tokenHash = :hash and t.purpose = :purpose", AccountToken.class)
                .setParameter("hash", hash(token)).setParameter("purpose", purpose)
                .getResultStream().findFirst()
                .orElseThrow(() -> new TokenRefusedException(retiredReason(token, purpose)));
        switch (found.getState()) {
            case USED -> throw new TokenRefusedException(Reason.USED);
            case SUPERSEDED -> throw new TokenRefusedException(Reason.SUPERSEDED);
            case WITHDRAWN -> throw new TokenRefusedException(Reason.WITHDRAWN);
            default -> {
                // open: usable until it expires
            }
        }
        if (!now().isBefore(found.getExpires())) {
            throw new TokenRefusedException(Reason.EXPIRED);
        }
        return found;
    }

    /** Uses the token up and returns it; a second use is refused, also when concurrent. */
    public AccountToken redeem(String token, TokenPurpose purpose) {
        AccountToken found = check(token, purpose);
        int closed = em.createQuery("update AccountToken t set t.state = :used, t.closed = :now"
                + " where t.id = :id and t.state = :open")
                .setParameter("used", TokenState.USED).setParameter("now", now())
                .setParameter("id", found.getId()).setParameter("open", TokenState.OPEN)
                .executeUpdate();
        if (closed != 1) {
            throw new TokenRefusedException(Reason.USED);
        }
        return found;
    }

    /** How many tokens of this purpose the account was sent since the given time. */
    public long countIssued(Account account, TokenPurpose purpose, Instant since) {
        return em.createQuery("select count(t) from AccountToken t where t.account = :account"
                + " and t.purpose = :purpose and t.created >= :since", Long.class)
                .setParameter("account", account).setParameter("purpose", purpose)
                .setParameter("since", since).getSingleResult();
    }

    /**
     * The address the account asked to change to, while the link mailed to it can still be
     * used; nothing once that link expired, was used or was superseded.
     */
    public String pendingEmail(Account account) {
        String pending = account.getPendingEmail();
        if (pending == null) {
            return null;
        }
        long open = em.createQuery("select count(t) from AccountToken t where t.account = :account"
                + " and t.purpose = :purpose and t.state = :open and t.expires > :now"
                + " and lower(t.email) = :email", Long.class)
                .setParameter("account", account).setParameter("purpose", TokenPurpose.CHANGE_EMAIL)
                .setParameter("open", TokenState.OPEN).setParameter("now", now())
                .setParameter("email", pending.toLowerCase(Locale.ROOT)).getSingleResult();
        return open > 0 ? pending : null;
    }

    /**
     * Closes every open token of the account, of any purpose, so links mailed before a
     * change of password or address can no longer be used.
     */
    public void closeAll(Account account) {
        em.createQuery("update AccountToken t set t.state = :withdrawn, t.closed = :now"
                + " where t.account = :account and t.state = :open")
                .setParameter("withdrawn", TokenState.WITHDRAWN).setParameter("now", now())
                .setParameter("account", account).setParameter("open", TokenState.OPEN)
                .executeUpdate();
    }

    /**
     * Keeps the hashes of the account's tokens, with why they stopped working (the reason
     * given for the open ones), before the account is removed: a late click on such a link
     * then still says what happened.
     */
    public void retire(Account account, Reason reason) {
        em.createNativeQuery("insert into retired_token (token_hash, purpose, reason, expires)"
                + " select token_hash, purpose, case when state = ?3 then ?1 else state end,"
                + " expires from account_token where account_id = ?2")
                .setParameter(1, reason.name()).setParameter(2, account.id())
                .setParameter(3, TokenState.OPEN.name()).executeUpdate();
    }

    private Reason retiredReason(String token, TokenPurpose purpose) {
        List<?> reasons = em.createNativeQuery("select reason from retired_token"
                + " where token_hash = ?1 and purpose = ?2")
                .setParameter(1, hash(token)).setParameter(2, purpose.name()).getResultList();
        return reasons.isEmpty() ? Reason.UNKNOWN : Reason.valueOf((String) reasons.get(0));
    }

    /** Deletes every token of the account, used or not. */
    public void forget(Account account) {
        em.createQuery("delete from AccountToken t where t.account = :account")
                .setParameter("account", account).executeUpdate();
    }

    /** The hex SHA-256 of a token's text. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
