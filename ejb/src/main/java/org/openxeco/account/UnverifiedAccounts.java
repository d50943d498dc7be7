package org.openxeco.account;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.account.TokenRefusedException.Reason;
import org.openxeco.audit.AuditTrail;

/**
 * Removes signed-up accounts whose address was never confirmed: those older than the
 * confirmation link's lifetime, and those on an address someone signs up with again. Such an
 * account never proved it owns its address, so it may neither hold the address nor keep its
 * user name from others.
 */
@Stateless
public class UnverifiedAccounts {

    private static final Logger LOG = Logger.getLogger(UnverifiedAccounts.class.getName());
    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    TokenStore tokens;

    @Inject
    AuditTrail audit;

    /** Removes a batch of never-confirmed accounts created before the given time. */
    public void purgeCreatedBefore(Instant horizon) {
        remove(em.createQuery("select a from Account a where a.awaitingVerification = true"
                + " and a.created < :horizon order by a.id", Account.class)
                .setParameter("horizon", horizon).setMaxResults(BATCH).getResultList(),
                Reason.EXPIRED);
    }

    /**
     * Removes the never-confirmed accounts that use this address; their links then say that
     * a newer sign-up replaced them.
     */
    public void releaseAddress(String address) {
        remove(em.createQuery("select a from Account a where a.awaitingVerification = true"
                + " and a.emailKey = :address order by a.id", Account.class)
                .setParameter("address", Emails.key(address))
                .setMaxResults(BATCH).getResultList(), Reason.REPLACED);
    }

    private void remove(List<Account> accounts, Reason reason) {
        for (Account account : accounts) {
            tokens.retire(account, reason);
            tokens.forget(account);
            audit.deleted(account);
            em.remove(account);
            LOG.info(() -> "Removed account " + account.getUsername()
                    + ", whose address was never confirmed");
        }
        em.flush();
    }
}
