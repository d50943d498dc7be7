package org.openxeco.content;

import java.security.Principal;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;

import org.openxeco.kernel.SelfReviewException;
import org.openxeco.kernel.SystemTask;

/**
 * Keeps an administrator who also writes as a member from changing their own member article
 * through the article editor or the API (publishing it, archiving it, sending it back, or
 * rewriting it while it waits for review): the members' review is another administrator's
 * to give, whatever the channel. The member space is where they change it.
 */
final class OwnArticles {

    private OwnArticles() {
    }

    /** Refuses any change, through the administrators' channels, of the caller's own article. */
    static void refuseOwn(EntityManager em, EJBContext context, Article article) {
        if (SystemTask.isActive() || context == null) {
            return;
        }
        Principal caller = context.getCallerPrincipal();
        if (caller == null) {
            return;
        }
        // Named in the query only, so that content needs nothing from the membership code.
        boolean own = em.createQuery("select count(m) from MemberArticle m"
                + " where m.article = :article and m.account.username = :me", Long.class)
                .setParameter("article", article).setParameter("me", caller.getName())
                .getSingleResult() > 0;
        if (own) {
            throw new SelfReviewException("You wrote this article as a member; change it in"
                    + " your member space, where another administrator reviews it");
        }
    }
}
