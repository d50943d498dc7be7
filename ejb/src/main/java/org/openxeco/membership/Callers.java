package org.openxeco.membership;

import java.security.Principal;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;

import org.openxeco.account.Account;
import org.openxeco.audit.AuditTrail;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.NotAllowedException;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.SelfReviewException;
import org.openxeco.kernel.SystemTask;

/** Finds the signed-in member behind a service call, the owner every member check compares. */
final class Callers {

    private Callers() {
    }

    /** The active account of the caller, who must hold the member or admin role. */
    static Account member(EntityManager em, EJBContext context) {
        String name = name(context);
        boolean allowed = context != null && (context.isCallerInRole(Roles.MEMBER)
                || context.isCallerInRole(Roles.ADMIN));
        if (name == null || !allowed) {
            throw new NotAllowedException("This needs a signed-in member");
        }
        return em.createQuery("select a from Account a where a.username = :name",
                Account.class).setParameter("name", name).getResultStream()
                .filter(Account::isActive).findFirst()
                .orElseThrow(() -> new NotAllowedException("This needs a signed-in member"));
    }

    /**
     * Refuses approving a member's work once its author's account is inactive or, when an
     * entity is given, no longer attached to it: it can only be declined then.
     */
    static void requireAuthor(Account author, Organisation organisation) {
        if (!author.isActive() || organisation != null
                && !AttachmentRequests.isAttached(author, organisation)) {
            throw new ConflictException("author-detached", "The member who sent this is no"
                    + " longer active or attached to the entity; it can only be declined");
        }
    }

    /**
     * Refuses a decision on work the caller sent themselves as a member: an administrator
     * who is also a member leaves their own requests, changes and articles to another one.
     */
    static void requireOtherReviewer(Account author, EJBContext context) {
        if (!SystemTask.isActive() && author.getUsername().equals(name(context))) {
            throw new SelfReviewException("You sent this yourself as a member; another"
                    + " administrator has to decide it");
        }
    }

    /** The name recorded for the caller's steps and decisions. */
    static String actor(EJBContext context) {
        if (SystemTask.isActive()) {
            return AuditTrail.NODE_ACTOR;
        }
        String name = name(context);
        return name == null ? "anonymous" : name;
    }

    private static String name(EJBContext context) {
        Principal caller = context == null ? null : context.getCallerPrincipal();
        String name = caller == null ? null : caller.getName();
        return name == null || "UNAUTHENTICATED".equals(name) ? null : name;
    }

    /** A message from a person, trimmed to the stored length, or null when blank. */
    static String message(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.length() > Decision.MESSAGE_MAX
                ? trimmed.substring(0, Decision.MESSAGE_MAX) : trimmed;
    }
}
