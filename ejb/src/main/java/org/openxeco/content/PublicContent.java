package org.openxeco.content;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.directory.DirectorySearch;
import org.openxeco.directory.SearchText;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.QueryBuilder;
import org.openxeco.kernel.Like;
import org.openxeco.taxonomy.TagFacets;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * The articles of the public site: only public articles whose publication time has come,
 * whoever calls (an administrator browsing the site sees what visitors see). Job offers are
 * open until the end of their closing day anywhere on Earth.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PublicContent {

    // The last time zone to reach a date: a closing date has passed nowhere before that.
    private static final ZoneOffset LAST_ZONE = ZoneOffset.ofHours(-12);

    // The relations an article brings along when shown, loaded for a whole list at once.
    private static final String[] SHOWN = Stream.concat(Stream.of("links", "tags",
            "tags.labels", "tags.parent", "tags.parent.labels"), Stream.of("relatedEntities",
            "job.hiringEntity", "offering.provider").flatMap(r -> Stream.concat(Stream.of(r),
            DirectorySearch.SHOWN.stream().map(p -> r + "." + p)))).toArray(String[]::new);

    // Copies may lack a publication time: they sort by when they were stored, on every database.
    private static final String NEWEST_FIRST =
            "coalesce(a.publishedAt, a.created) desc, a.id desc";

    @PersistenceContext
    EntityManager em;

    @Inject
    TaxonomyService taxonomies;

    Clock clock = Clock.systemUTC();

    /** A page of the listing's matches, their total and the taxonomy facets of the type. */
    public ArticleResults list(ArticleListing listing, int first, int max, String lang) {
        List<TaxonomyValue> chosen = new ArrayList<>();
        QueryBuilder list = visible().where("a.type = :type", "type", listing.type());
        List<String> words = listing.text().map(SearchText::words).orElse(List.of());
        for (int i = 0; i < words.size(); i++) {
            list.where("a.sortKey like :word" + i + " escape '\\'", "word" + i,
                    Like.containing(words.get(i), Article.TITLE_MAX));
        }
        timing(list, listing.timing());
        int index = 0;
        for (String reference : listing.tags()) {
            Optional<TaxonomyValue> value = taxonomies.findValueByReference(reference)
                    .filter(v -> v.getScheme().mayTag(listing.type().objectType()));
            if (value.isEmpty()) {
                list.where("1 = 0");
                continue;
            }
            chosen.add(value.get());
            String name = "tag" + index++;
            list.where("a.id in (select a3.id from Article a3 join a3.tags t3"
                    + " where t3.path like :" + name + ")", name, value.get().getPath() + "%");
        }

        List<Article> items = list.slice(em, Article.class, order(listing), first, max);
        long total = list.count(em);
        return new ArticleResults(items, total, new TagFacets(em).count(list, total,
                "ArticleTagRow", listing.type().objectType(), chosen, lang));
    }

    /** The newest public articles of a type, or the next events, or the open job offers. */
    public List<Article> latest(ArticleType type, int max) {
        ArticleListing.Timing timing = switch (type) {
            case EVENT -> ArticleListing.Timing.UPCOMING;
            case JOB_OFFER -> ArticleListing.Timing.OPEN;
            default -> ArticleListing.Timing.ANY;
        };
        ArticleListing listing = new ArticleListing(type, Optional.empty(), List.of(), timing);
        QueryBuilder list = visible().where("a.type = :type", "type", type);
        timing(list, timing);
        return list.slice(em, Article.class, order(listing), 0, max);
    }

    /**
     * The public article of this type with this slug, if there is one, with only the public
     * ones of the entities it refers to.
     */
    public Optional<PublicArticle> view(ArticleType type, String slug) {
        return bySlug(type, slug).map(PublicArticle::of);
    }

    /** The public article of this type with this slug, if there is one. */
    public Optional<Article> bySlug(ArticleType type, String slug) {
        return em.createQuery("select a from Article a where a.slug = :slug and a.type = :type",
                Article.class).setParameter("slug", slug).setParameter("type", type)
                .getResultStream().filter(Article::isPublic).findFirst();
    }

    /**
     * The public articles that refer to an entity (as related entity, hiring entity or
     * provider), newest first, at most {@code max}.
     */
    public List<Article> about(Organisation entity, int max) {
        QueryBuilder list = visible().where("(a.id in (select a2.id from Article a2"
                + " join a2.relatedEntities r2 where r2 = :entity)"
                + " or a.job.hiringEntity = :entity or a.offering.provider = :entity)",
                "entity", entity);
        return list.slice(em, Article.class, NEWEST_FIRST, 0, max);
    }

    private QueryBuilder visible() {
        return new QueryBuilder("Article", "a").loadTogether(SHOWN)
                .where("a.status = :public", "public", ArticleStatus.PUBLIC)
                .where("(a.publishedAt is null or a.publishedAt <= :now)", "now",
                        clock.instant());
    }

    private void timing(QueryBuilder list, ArticleListing.Timing timing) {
        switch (timing) {
            case UPCOMING -> list.where(EventTimes.notOverAt("a", "from"), "from",
                    clock.instant());
            case PAST -> list.where(EventTimes.overAt("a", "from"), "from", clock.instant());
            case OPEN -> list.where("(a.job.closingDate is null"
                    + " or a.job.closingDate >= :today)", "today", today());
            case CLOSED -> list.where("a.job.closingDate < :today", "today", today());
            default -> { }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LAST_ZONE));
    }

    private static String order(ArticleListing listing) {
        return switch (listing.timing()) {
            case UPCOMING -> "a.event.start, a.id";
            case PAST -> "a.event.start desc, a.id desc";
            default -> switch (listing.type()) {
                case SERVICE, TOOL -> "a.sortKey, a.id";
                default -> NEWEST_FIRST;
            };
        };
    }
}
