package org.openxeco.feeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleListing;
import org.openxeco.content.ArticleType;
import org.openxeco.content.PublicContent;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.taxonomy.TaxonomyValue;

/**
 * What the feeds may show: the public articles and entities, chosen with the public site's
 * own rules (published, publication time come, open job offers, a taxonomy value with its
 * subtree), whoever asks.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FeedSource {

    /** The items of a news or job offer feed: the newest ones. */
    public static final int ITEMS = 50;
    /** The events of the calendar feed on each side of now: upcoming and past. */
    public static final int EVENTS = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    PublicContent content;

    @Inject
    TaxonomyService taxonomies;

    /**
     * The taxonomy value a feed of this type may be narrowed to, given as
     * {@code scheme:code} or as the value's UUID; empty when there is none such.
     */
    public Optional<TaxonomyValue> tag(ArticleType type, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return taxonomies.findValueByReference(reference.strip())
                .filter(v -> v.getScheme().mayTag(type.objectType()));
    }

    /**
     * The public articles of a type, newest first, at most {@code max}; job offers only while
     * open; with a value, only those tagged with it or a value below it.
     */
    public List<Article> articles(ArticleType type, Optional<TaxonomyValue> tag, int max) {
        ArticleListing.Timing timing = type == ArticleType.JOB_OFFER
                ? ArticleListing.Timing.OPEN : ArticleListing.Timing.ANY;
        ArticleListing listing = new ArticleListing(type, Optional.empty(),
                tag.map(TaxonomyValue::reference).stream().toList(), timing);
        return content.list(listing, 0, max, "en").items();
    }

    /**
     * The public events of the calendar: the next {@link #EVENTS} that have not ended yet
     * and the last {@link #EVENTS} that have, with a value only those tagged with it or a
     * value below it.
     */
    public List<Article> events(Optional<TaxonomyValue> tag) {
        List<String> tags = tag.map(TaxonomyValue::reference).stream().toList();
        List<Article> events = new ArrayList<>();
        for (ArticleListing.Timing timing : List.of(ArticleListing.Timing.UPCOMING,
                ArticleListing.Timing.PAST)) {
            events.addAll(content.list(new ArticleListing(ArticleType.EVENT, Optional.empty(),
                    tags, timing), 0, EVENTS, "en").items());
        }
        return events;
    }

    /** The public event with this UUID, or a not-found error. */
    public Article event(UUID uuid) {
        return em.createQuery("select a from Article a where a.uuid = :uuid and a.type = :type",
                Article.class).setParameter("uuid", uuid.toString())
                .setParameter("type", ArticleType.EVENT).getResultStream()
                .filter(Article::isPublic).findFirst()
                .orElseThrow(() -> new NotFoundException("Event", uuid));
    }

    /** The public entity with this UUID, or a not-found error. */
    public Organisation entity(UUID uuid) {
        return em.createQuery("select o from Organisation o where o.uuid = :uuid",
                Organisation.class).setParameter("uuid", uuid.toString()).getResultStream()
                .filter(Organisation::isPublic).findFirst()
                .orElseThrow(() -> new NotFoundException("Entity", uuid));
    }
}
