package org.openxeco.membership;

import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleWorkflow;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.mail.MailKind;
import org.openxeco.notification.Notifications;

/**
 * The administrators' review of members' articles: publish one, send it back to its author
 * as a draft with a comment, or decline it with a comment. Each step is kept with the
 * article and told to the author (in the portal and/or by mail, as they chose).
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class ArticleReviews {

    private static final Logger LOG = Logger.getLogger(ArticleReviews.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ArticleWorkflow workflow;

    @Inject
    ChangeLog changes;

    @Inject
    Notifications notices;

    @Resource
    SessionContext context;

    // The article's real status decides: one moved on in the article editor waits no more,
    // one an administrator put under review there waits too.
    private static final String WAITING =
            " from MemberArticle m where m.article.status = :review";

    /** The members' articles waiting for review, oldest submission first. */
    public List<MemberArticle> waiting() {
        Roles.requireAdmin(context);
        return em.createQuery("select m" + WAITING + " order by m.article.updated",
                MemberArticle.class).setParameter("review", ArticleStatus.UNDER_REVIEW)
                .getResultList();
    }

    /** How many members' articles wait for review. */
    public long countWaiting() {
        Roles.requireAdmin(context);
        return em.createQuery("select count(m)" + WAITING, Long.class)
                .setParameter("review", ArticleStatus.UNDER_REVIEW).getSingleResult();
    }

    /** A member's article with its review steps, for an administrator. */
    public MemberArticle get(UUID article) {
        Roles.requireAdmin(context);
        return stored(article);
    }

    /** Publishes a submitted article now. */
    public MemberArticle publish(UUID article, long version, String comment) {
        return decide(article, version, ArticleStatus.PUBLIC, ArticleState.PUBLISHED,
                ReviewStep.Action.PUBLISHED, comment, MailKind.ARTICLE_PUBLISHED);
    }

    /** Sends a submitted article back to its author as a draft, saying what to change. */
    public MemberArticle requestChanges(UUID article, long version, String comment) {
        requireComment(comment);
        return decide(article, version, ArticleStatus.DRAFT, ArticleState.CHANGES_REQUESTED,
                ReviewStep.Action.CHANGES_REQUESTED, comment, MailKind.ARTICLE_CHANGES);
    }

    /** Declines a submitted article for good, saying why; it stays unpublished. */
    public MemberArticle reject(UUID article, long version, String comment) {
        requireComment(comment);
        return decide(article, version, ArticleStatus.DRAFT, ArticleState.REJECTED,
                ReviewStep.Action.REJECTED, comment, MailKind.ARTICLE_REJECTED);
    }

    private MemberArticle decide(UUID uuid, long version, ArticleStatus status,
            ArticleState state, ReviewStep.Action action, String comment, MailKind mailKind) {
        Roles.requireAdmin(context);
        // Taken before reading, so a second decision waits and then sees the first one.
        changes.lockWrites();
        MemberArticle written = stored(uuid);
        Article article = written.getArticle();
        // Whether it still waits comes first: of two decisions at once, the later one learns
        // that the other was taken, not merely that the version moved on.
        if (written.getState() != ArticleState.SUBMITTED) {
            throw new ConflictException("not-submitted", "The article " + uuid
                    + " is not waiting for review; it was decided already");
        }
        StaleVersionException.check("Article " + uuid, version, article.getVersion());
        Callers.requireOtherReviewer(written.getAccount(), context);
        if (state != ArticleState.REJECTED) {
            Callers.requireAuthor(written.getAccount(), written.getOrganisation());
        }

        workflow.transition(uuid, version, status, null);
        String text = Callers.message(comment);
        written.step(state, new ReviewStep(AttachmentRequests.now(), Callers.actor(context),
                action, text));
        em.flush();
        notices.tell(written.getAccount(), mailKind, article.getTitle(), text,
                "/my/article.xhtml?id=" + uuid);

        LOG.info(() -> "Review of article " + uuid + ": " + action);
        return written;
    }

    private static void requireComment(String comment) {
        if (comment == null || comment.isBlank()) {
            throw Problems.invalid("comment", "review.commentNeeded");
        }
    }

    private MemberArticle stored(UUID article) {
        return em.createQuery("select m from MemberArticle m where m.article.uuid = :uuid",
                MemberArticle.class).setParameter("uuid", article.toString())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Article", article));
    }
}
