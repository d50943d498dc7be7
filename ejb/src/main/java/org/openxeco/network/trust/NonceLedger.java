package org.openxeco.network.trust;

import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Remembers the nonces of accepted signatures in the database, so that a replay is refused
 * on every server of a node. A nonce is forgotten once a signature carrying it would be
 * refused as too old anyway.
 */
@Stateless
public class NonceLedger {

    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);
    private static volatile Instant lastPurge = Instant.EPOCH;

    @PersistenceContext
    EntityManager em;

    /**
     * Records a nonce; false if it was recorded before. Runs in its own transaction so that
     * the record stands even if the signed request then fails.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remember(String keyId, String nonce, Instant now, Duration keepFor) {
        if (seen(keyId, nonce)) {
            return false;
        }
        em.persist(new SeenNonce(keyId, nonce, now));
        em.flush();
        if (lastPurge.plus(PURGE_EVERY).isBefore(now)) {
            lastPurge = now;
            em.createQuery("delete from SeenNonce n where n.seenAt < :cutoff")
                    .setParameter("cutoff", now.minus(keepFor)).executeUpdate();
        }
        return true;
    }

    /** Whether this nonce of this key is on record. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean seen(String keyId, String nonce) {
        return em.createQuery("select count(n) from SeenNonce n where n.keyId = :key"
                + " and n.nonce = :nonce", Long.class).setParameter("key", keyId)
                .setParameter("nonce", nonce).getSingleResult() > 0;
    }
}
