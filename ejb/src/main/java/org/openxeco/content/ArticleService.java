package org.openxeco.content;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;

import org.openxeco.directory.OrganisationService;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.ConflictException;
import org.openxeco.kernel.FieldError;
import org.openxeco.kernel.InputCheck;
import org.openxeco.kernel.InputErrors;
import org.openxeco.kernel.Like;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.kernel.Page;
import org.openxeco.kernel.PageRequest;
import org.openxeco.kernel.Problems;
import org.openxeco.kernel.QueryBuilder;
import org.openxeco.kernel.RichText;
import org.openxeco.kernel.Roles;
import org.openxeco.kernel.StaleVersionException;
import org.openxeco.kernel.SystemTask;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * Lists, reads and changes articles of every type. Visitors see public articles only.
 * Writes need the admin role; each type's own fields are checked, rich text is sanitised,
 * slugs are unique, and publishing stamps the publication time if none was given.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.MEMBER})
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ChangeLog changes;

    @Inject
    TaxonomyService taxonomies;

    @Inject
    OrganisationService organisations;

    @Resource
    SessionContext context;

    Clock clock = Clock.systemUTC();

    /** One page of the articles the caller may see that match the filter. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Article> list(ArticleFilter filter, ArticleSort sort, PageRequest page) {
        return page.fetch(em, query(filter, sort), Article.class, "a", sort.order());
    }

    /**
     * The matches from position {@code first} on, at most {@code max} of them, plus the total,
     * for screens that jump to any page; programs use {@link #list}.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<Article> listPage(ArticleFilter filter, ArticleSort sort, int first, int max) {
        PageRequest.checkOffset(first, max);
        QueryBuilder query = query(filter, sort);
        List<Article> items = query.page(em, Article.class, null, java.util.Map.of(),
                sort.order().orderBy("a"), max).setFirstResult(first).getResultList();
        return new Page<>(List.copyOf(items), query.count(em), Optional.empty());
    }

    private QueryBuilder query(ArticleFilter filter, ArticleSort sort) {
        QueryBuilder query = new QueryBuilder("Article", "a").loadTogether("tags");
        if (!Roles.isAdmin(context)) {
            query.where("a.status = :status", "status", ArticleStatus.PUBLIC);
            query.where("a.publishedAt <= :now", "now", Instant.now(clock));
        } else {
            filter.status().ifPresent(s -> query.where("a.status = :status", "status", s));
        }
        filter.type().ifPresent(t -> query.where("a.type = :type", "type", t));
        filter.text().filter(t -> !t.isBlank()).ifPresent(t -> query.where(
                "a.sortKey like :text escape '\\'", "text", Like.containing(t, Article.TITLE_MAX)));
        filter.countryCode().ifPresent(c ->
                query.where("a.event.countryCode = :country", "country", c));
        filter.from().ifPresent(f -> query.where(EventTimes.notOverAt("a", "from"), "from", f));
        filter.startsFrom().ifPresent(f -> query.where("a.event.start >= :startsFrom",
                "startsFrom", f));
        filter.to().ifPresent(t -> query.where("a.event.start < :to", "to", t));
        int index = 0;
        for (String reference : filter.tags()) {
            TaxonomyValue value = taxonomies.findValueByReference(reference).orElseThrow(() ->
                    Problems.invalid("tag", "tag.unknown", reference));
            String name = "tag" + index++;
            query.where("a.id in (select a2.id from Article a2 join a2.tags t"
                    + " where t.path like :" + name + ")", name, value.getPath() + "%");
        }
        Optional.ofNullable(sort.requiredCondition()).ifPresent(query::where);
        return query;
    }

    /** The article with this UUID if the caller may see it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Article> find(UUID uuid) {
        return stored(uuid).filter(a -> a.isPublic() || Roles.isAdmin(context));
    }

    /** The article with this UUID if the caller may see it, or a not-found error. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Article get(UUID uuid) {
        return find(uuid).orElseThrow(() -> new NotFoundException("Article", uuid));
    }

    /** Whether an article with this UUID is stored, visible to the caller or not. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean exists(UUID uuid) {
        return stored(uuid).isPresent();
    }

    /**
     * The field errors an article with these references would be refused with (its fields'
     * rules, its type's, the entities and tags it names), nothing stored: for callers that
     * found errors of their own in the input and report them together with these.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<FieldError> check(Article data, ArticleReferences references) {
        Roles.requireAdmin(context);
        InputErrors errors = new InputErrors();
        checked(data, references, errors);
        return errors.list();
    }

    /** Creates an article; a missing slug is derived from the title. All errors at once. */
    public Article create(Article data, ArticleReferences references) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        InputErrors errors = new InputErrors();
        ResolvedReferences resolved = checked(data, references, errors);
        errors.throwIfAny();
        if (stored(data.getUuid()).isPresent()) {
            throw new ConflictException("duplicate-uuid", Problems.text("article.uuidTaken",
                    data.getUuid()));
        }
        if (data.getSlug() == null || data.getSlug().isBlank()) {
            data.setSlug(freeSlug(Slugs.of(data.getTitle())));
        } else {
            requireFreeSlug(data.getSlug(), null);
        }

        resolved.applyTo(data);
        changes.record(data);
        em.persist(data);

        SystemTask.logChange(LOG, () -> "Created " + data.getType() + " article " + data.getUuid());
        return data;
    }

    /** Replaces the fields and references of an article, if the caller saw its version. */
    public Article update(UUID uuid, long version, Article data, ArticleReferences references) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        Article article = stored(uuid).orElseThrow(() -> new NotFoundException("Article", uuid));
        StaleVersionException.check("Article " + uuid, version, article.getVersion());
        OwnArticles.refuseOwn(em, context, article);
        changes.track(article);
        if (data.getType() != article.getType()) {
            throw Problems.invalid("type", "article.typeFixed");
        }
        if (data.getSlug() == null || data.getSlug().isBlank()) {
            data.setSlug(article.getSlug());
        }
        if (data.getPublishedAt() == null) {
            data.setPublishedAt(article.getPublishedAt());
        }
        // Read before the first change: a query then would write the article out early.
        InputErrors errors = new InputErrors();
        ResolvedReferences resolved = checked(data, references, errors);
        errors.throwIfAny();
        requireFreeSlug(data.getSlug(), article);

        article.copyFieldsFrom(data);
        resolved.applyTo(article);
        changes.record(article);
        em.flush();

        SystemTask.logChange(LOG, () -> "Updated article " + uuid);
        return article;
    }

    /** Deletes an article, leaving a tombstone. */
    public void delete(UUID uuid, long version) {
        Roles.requireAdmin(context);
        changes.lockWrites();
        Article article = stored(uuid).orElseThrow(() -> new NotFoundException("Article", uuid));
        StaleVersionException.check("Article " + uuid, version, article.getVersion());
        changes.track(article);

        changes.recordDeletion(article);
        em.remove(article);

        SystemTask.logChange(LOG, () -> "Deleted article " + uuid);
    }

    /** The article sanitised, stamped and checked, and what its references name. */
    private ResolvedReferences checked(Article data, ArticleReferences references,
            InputErrors errors) {
        data.setBody(RichText.sanitise(data.getBody()));
        errors.run(() -> InputCheck.validate(validator, data));
        errors.run(() -> ArticleRules.checkTypeFields(data));
        if (data.getStatus() == ArticleStatus.PUBLIC && data.getPublishedAt() == null) {
            data.setPublishedAt(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        }
        return ResolvedReferences.of(data.getType(), references, organisations, taxonomies,
                errors);
    }

    private String freeSlug(String base) {
        String candidate = base;
        for (int n = 2; slugTaken(candidate, null); n++) {
            String suffix = "-" + n;
            candidate = Slugs.truncate(base, Slugs.MAX - suffix.length()) + suffix;
        }
        return candidate;
    }

    private void requireFreeSlug(String slug, Article self) {
        if (slugTaken(slug, self)) {
            throw new ConflictException("duplicate-slug",
                    Problems.text("article.slugTaken", slug));
        }
    }

    private boolean slugTaken(String slug, Article self) {
        return em.createQuery("select a from Article a where a.slug = :slug", Article.class)
                .setParameter("slug", slug).getResultStream()
                .anyMatch(a -> self == null || !a.getUuid().equals(self.getUuid()));
    }

    private Optional<Article> stored(UUID uuid) {
        return em.createQuery("select a from Article a where a.uuid = :uuid", Article.class)
                .setParameter("uuid", uuid.toString()).getResultStream().findFirst();
    }
}
