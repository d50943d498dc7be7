package org.openxeco.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openxeco.kernel.ConflictException;

/**
 * Counts wrong passwords typed to confirm an account change as failed sign-ins, so guessing
 * through a confirmation form locks the account like guessing at sign-in does. The count is
 * kept in its own transaction, as the refused change itself is rolled back.
 */
@Stateless
public class PasswordConfirmation {

    private static final Logger LOG = Logger.getLogger(PasswordConfirmation.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "openxeco.security.account-max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "openxeco.security.account-lock-minutes", defaultValue = "15")
    long lockMinutes;

    @Inject
    CredentialCache recent;

    Clock clock = Clock.systemUTC();

    /** Refuses a confirmation while the account is locked after too many wrong passwords. */
    public static void refuseLocked(Account account, Instant now) {
        if (account.isLockedAt(now)) {
            throw new ConflictException("password-locked",
                    "Too many wrong passwords: try again later");
        }
    }

    /** Counts one wrong password for the account and locks it when there were too many. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Account account) {
        String uuid = account.getUuid().toString();
        em.createQuery("update Account a set a.failedSignIns = a.failedSignIns + 1"
                + " where a.uuid = :uuid").setParameter("uuid", uuid).executeUpdate();
        Instant until = Instant.now(clock).truncatedTo(ChronoUnit.MICROS)
                .plus(Duration.ofMinutes(lockMinutes));
        int locked = em.createQuery("update Account a set a.lockedUntil = :until"
                + " where a.uuid = :uuid and a.failedSignIns >= :max")
                .setParameter("until", until).setParameter("uuid", uuid)
                .setParameter("max", maxFailures).executeUpdate();
        if (locked > 0) {
            recent.forget(account.getUsername());
            LOG.warning(() -> "Locked account " + account.getUsername() + " for " + lockMinutes
                    + " minutes after repeated wrong passwords");
        }
    }
}
