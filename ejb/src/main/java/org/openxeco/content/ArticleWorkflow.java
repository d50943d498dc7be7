package org.openxeco.content;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.kernel.SystemTask;

/**
 * Moves articles along their workflow: draft, under review, public, archived. Publishing
 * takes a time, which may lie in the future: the article then appears when it comes.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class ArticleWorkflow {

    private static final Logger LOG = Logger.getLogger(ArticleWorkflow.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** Moves the article to the target status if the workflow allows it from its current one. */
    public Article transition(UUID uuid, long version, ArticleStatus target, Instant publishAt) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        Article article = em.createQuery("select a from Article a where a.uuid = :uuid",
                Article.class).setParameter("uuid", uuid.toString()).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("Article", uuid));
        StaleVersionException.check("Article " + uuid, version, article.getVersion());
        OwnArticles.refuseOwn(em, context, article);
        changes.track(article);
        if (target == null || !article.getStatus().next().contains(target)) {
            throw Problems.invalid("status", "article.statusMove", article.getStatus(),
                    target);
        }
        article.setStatus(target);
        if (target == ArticleStatus.PUBLIC) {
            article.setPublishedAt((publishAt == null ? Instant.now(clock) : publishAt)
                    .truncatedTo(ChronoUnit.MICROS));
        }
        changes.record(article);
        em.flush();

        SystemTask.logChange(LOG, () -> "Moved article " + uuid + " to " + target);
        return article;
    }
}
