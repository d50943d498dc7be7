package org.openxeco.account;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Tells portal sessions whether they still belong to the account that signed in. A session
 * keeps a stamp made of the account's UUID and the time its password last changed, so a
 * password change or reset, or the deletion of the account, ends every session made before.
 */
@Stateless
public class SessionStamps {

    @PersistenceContext
    EntityManager em;

    /** The stamp for a new session of the account; empty for an account that may not sign in. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> stamp(String username) {
        return usable(username).map(SessionStamps::stampOf);
    }

    /** The current roles of the account, only while the session's stamp is still its own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Set<String>> currentRoles(String username, String stamp) {
        return usable(username).filter(a -> stampOf(a).equals(stamp)).map(Account::getRoles);
    }

    private Optional<Account> usable(String username) {
        return AccountService.byUsername(em, username).filter(Account::isActive)
                .filter(a -> !a.isAwaitingVerification());
    }

    private static String stampOf(Account account) {
        return account.getUuid() + "/" + account.getPasswordChanged();
    }
}
