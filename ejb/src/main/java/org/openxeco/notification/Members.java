package org.openxeco.notification;

import java.security.Principal;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;

import org.openxeco.account.Account;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.Roles;

/** Finds the signed-in member whose notifications a call reads or changes. */
final class Members {

    private Members() {
    }

    /** The caller's active account; the caller must hold the member or admin role. */
    static Account signedIn(EntityManager em, EJBContext context) {
        Principal caller = context == null ? null : context.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        boolean allowed = context != null && (context.isCallerInRole(Roles.MEMBER)
                || context.isCallerInRole(Roles.ADMIN));
        if (name == null || "UNAUTHENTICATED".equals(name) || !allowed) {
            throw new NotAllowedException("This needs a signed-in member");
        }
        return em.createQuery("select a from Account a where a.username = :name",
                Account.class).setParameter("name", name).getResultStream()
                .filter(Account::isActive).findFirst()
                .orElseThrow(() -> new NotAllowedException("This needs a signed-in member"));
    }
}
