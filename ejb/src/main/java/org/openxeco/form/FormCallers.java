package org.openxeco.form;

import java.security.Principal;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;

import org.openxeco.account.Account;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;

/** Finds the signed-in member behind a call to the forms' services. */
final class FormCallers {

    private FormCallers() {
    }

    /** The active account of the caller, who must hold the member or admin role. */
    static Account member(EntityManager em, EJBContext context) {
        Principal caller = context == null ? null : context.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        boolean allowed = context != null && (context.isCallerInRole(Roles.MEMBER)
                || context.isCallerInRole(Roles.ADMIN));
        if (name == null || "UNAUTHENTICATED".equals(name) || !allowed) {
            throw new NotAllowedException(Problems.text("form.memberOnly"));
        }
        return em.createQuery("select a from Account a where a.username = :name",
                Account.class).setParameter("name", name).getResultStream()
                .filter(Account::isActive).findFirst()
                .orElseThrow(() -> new NotAllowedException(Problems.text("form.memberOnly")));
    }
}
