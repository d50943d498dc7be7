package org.openxeco.content;

import java.security.Principal;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;

import org.openxeco.kernel.SelfReviewException;
import org.openxeco.kernel.SystemTask;

/**
 * Keeps an administrator who also writes as a member from publishing their own member
 * article through the article editor or the API: the members' review is another
 * administrator's to give, whatever the channel.
 */
final class OwnArticles {

    private OwnArticles() {
    }

    /** Refuses making public an article the caller wrote as a member. */
    static void refusePublishing(EntityManager em, EJBContext context, Article article,
            ArticleStatus target) {
        if (target != ArticleStatus.PUBLIC || article.getStatus() == ArticleStatus.PUBLIC
                || SystemTask.isActive() || context == null) {
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
            throw new SelfReviewException("You wrote this article as a member; another"
                    + " administrator has to publish it");
        }
    }
}
