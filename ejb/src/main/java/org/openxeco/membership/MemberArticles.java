package org.openxeco.membership;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.openxeco.account.Account;
import org.openxeco.content.Article;
import org.openxeco.content.ArticleRules;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.Slugs;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.InputErrors;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Page;
import org.openxeco.kernel.PageRequest;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;

/**
 * A member's own articles for the entities they are attached to: written as drafts, changed
 * while a draft (or sent back for changes), and submitted for review. Another member's
 * article is never found; one under review, published or declined cannot be changed.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class MemberArticles {

    private static final Logger LOG = Logger.getLogger(MemberArticles.class.getName());

    private static final MinePages.Order<MemberArticle> LATEST = new MinePages.Order<>(
            "latest", "x.article.changeSeq", "x.article.uuid", Long::valueOf,
            m -> Long.toString(m.getArticle().getChangeSeq()),
            m -> m.getArticle().getUuid().toString());

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    Validator validator;

    @Resource
    SessionContext context;

    /** The caller's articles, latest change first. */
    public List<MemberArticle> mine() {
        Account me = Callers.member(em, context);
        return em.createQuery("select m from MemberArticle m where m.account = :me"
                + " order by m.article.updated desc", MemberArticle.class)
                .setParameter("me", me).getResultList();
    }

    /** A page of the caller's articles, latest change first. */
    public Page<MemberArticle> mine(PageRequest page) {
        Account me = Callers.member(em, context);
        return MinePages.fetch(em, MemberArticle.class, "from MemberArticle x",
                "x.account = :me", Map.of("me", me), LATEST, page);
    }

    /** One of the caller's articles; another member's is not found. */
    public MemberArticle mine(UUID article) {
        return own(Callers.member(em, context), article);
    }

    /** Writes a new draft for an entity the caller is attached to. */
    public MemberArticle create(UUID entity, ArticleDraft draft) {
        Account me = Callers.member(em, context);
        changes.lockWrites();
        MemberArticle written = write(me, entity, draft);
        em.flush();

        LOG.info(() -> "Account " + me.getUuid() + " wrote article " + written.getArticle()
                .getUuid());
        return written;
    }

    /** Changes one of the caller's drafts, if the caller saw its current version. */
    public MemberArticle update(UUID uuid, long version, ArticleDraft draft) {
        Account me = Callers.member(em, context);
        changes.lockWrites();
        MemberArticle written = editable(me, uuid, version);
        change(written, draft);
        em.flush();

        LOG.info(() -> "Account " + me.getUuid() + " changed article " + uuid);
        return written;
    }

    /** Sends one of the caller's drafts to the administrators for review. */
    public MemberArticle submit(UUID uuid, long version) {
        Account me = Callers.member(em, context);
        changes.lockWrites();
        MemberArticle written = editable(me, uuid, version);
        send(me, written);
        em.flush();

        LOG.info(() -> "Account " + me.getUuid() + " submitted article " + uuid);
        return written;
    }

    /**
     * Saves a new draft for an entity (no article id) or changes one, and submits it, in one
     * transaction: a refused submission leaves no new draft behind. Everything is read
     * before the article changes, so the save and the submission are one new version.
     */
    public MemberArticle saveAndSubmit(UUID entity, UUID uuid, long version, ArticleDraft draft) {
        Account me = Callers.member(em, context);
        changes.lockWrites();
        MemberArticle written;
        if (uuid == null) {
            written = write(me, entity, draft);
        } else {
            written = editable(me, uuid, version);
            change(written, draft);
        }
        send(me, written);
        em.flush();

        LOG.info(() -> "Account " + me.getUuid() + " saved and submitted article "
                + written.getArticle().getUuid());
        return written;
    }

    private MemberArticle write(Account me, UUID entity, ArticleDraft draft) {
        Organisation organisation = MemberEntities.attachedTo(me, entity);
        if (draft.type() == null) {
            throw Problems.invalid("type", "article.typeNeeded");
        }

        Article article = new Article(draft.type());
        article.setStatus(ArticleStatus.DRAFT);
        draft.applyTo(article, organisation);
        check(article);
        article.setSlug(Slugs.withUuidEnd(Slugs.of(article.getTitle()), article.getUuid(), 6));
        changes.record(article);
        em.persist(article);
        MemberArticle written = new MemberArticle(article, me, organisation);
        written.step(ArticleState.DRAFT, step(me, ReviewStep.Action.CREATED));
        em.persist(written);
        return written;
    }

    private void change(MemberArticle written, ArticleDraft draft) {
        Article article = written.getArticle();
        if (draft.type() != null && draft.type() != article.getType()) {
            throw Problems.invalid("type", "article.typeFixed");
        }
        changes.track(article);
        draft.applyTo(article, written.getOrganisation());
        check(article);
        changes.record(article);
    }

    private void send(Account me, MemberArticle written) {
        Article article = written.getArticle();
        changes.track(article);
        article.setStatus(ArticleStatus.UNDER_REVIEW);
        changes.record(article);
        written.step(ArticleState.SUBMITTED, step(me, ReviewStep.Action.SUBMITTED));
    }

    /** Deletes one of the caller's drafts (or an article sent back), leaving a tombstone. */
    public void delete(UUID uuid, long version) {
        Account me = Callers.member(em, context);
        changes.lockWrites();
        MemberArticle written = editable(me, uuid, version);
        Article article = written.getArticle();
        changes.track(article);

        em.remove(written);
        changes.recordDeletion(article);
        em.remove(article);
        em.flush();

        LOG.info(() -> "Account " + me.getUuid() + " deleted article " + uuid);
    }

    private MemberArticle editable(Account me, UUID uuid, long version) {
        MemberArticle written = own(me, uuid);
        MemberEntities.attachedTo(me, written.getOrganisation().getUuid());
        StaleVersionException.check("Article " + uuid, version,
                written.getArticle().getVersion());
        if (!written.getState().editable()
                || written.getArticle().getStatus() != ArticleStatus.DRAFT) {
            throw new ConflictException("not-editable", "The article is "
                    + written.getState().name().toLowerCase(Locale.ROOT)
                    + " and cannot be changed");
        }
        return written;
    }

    private void check(Article article) {
        InputErrors errors = new InputErrors();
        errors.run(() -> InputCheck.validate(validator, article));
        errors.run(() -> ArticleRules.checkTypeFields(article));
        errors.throwIfAny();
    }

    private MemberArticle own(Account me, UUID article) {
        return em.createQuery("select m from MemberArticle m where m.article.uuid = :uuid"
                + " and m.account = :me", MemberArticle.class)
                .setParameter("uuid", article.toString()).setParameter("me", me)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Article", article));
    }

    private ReviewStep step(Account me, ReviewStep.Action action) {
        return new ReviewStep(AttachmentRequests.now(), me.getUsername(), action, null);
    }
}
