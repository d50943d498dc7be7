package org.openxeco.feeds.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleLink;
import org.openxeco.content.ArticleReferences;
import org.openxeco.content.ArticleService;
import org.openxeco.content.ArticleType;
import org.openxeco.kernel.ChangeLog;
import org.openxeco.kernel.NotFoundException;
import org.openxeco.network.catalogue.PlainText;

/**
 * The database side of feed checks, each step in a transaction of its own so that the
 * fetch happens outside any: taking a subscription for a check (one at a time, on any
 * server of the node), importing a feed's new items as drafts together with the outcome
 * (all of them or none), and recording failures. Callers check the caller's rights.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FeedLedger {

    private static final Logger LOG = Logger.getLogger(FeedLedger.class.getName());
    static final String SOURCE_LINK = "source";
    private static final int LABEL_MAX = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeLog changes;

    @Inject
    ArticleService articles;

    Clock clock = Clock.systemUTC();

    /** What a check needs to know of the subscription it took. */
    record Claim(long id, String url, String etag, String lastModified) {
    }

    /** Stores a new subscription and imports the items its first fetch found. */
    public FeedSubscription subscribe(String url, String by, ParsedFeed feed, String etag,
            String lastModified) {
        changes.lockWrites();
        if (byUrl(url).isPresent()) {
            throw new FeedRefusedException(FeedProblem.DUPLICATE, url);
        }
        FeedSubscription subscription = new FeedSubscription(url, feed.title(), by, now());
        // The first check's outcome is set before the row is written: the import's queries
        // need the row, and a change after them would be a second version of a new row.
        subscription.succeeded(now(), feed.title(), etag, lastModified);
        em.persist(subscription);
        em.flush();
        int imported = importNew(subscription, feed);
        LOG.info(() -> "Subscribed to feed " + url + " (" + subscription.getUuid() + "), "
                + imported + " item(s) imported as drafts");
        return subscription;
    }

    /**
     * Takes the subscription for a check, unless another check took it less than
     * {@code stale} ago or, for a scheduled check (with the default interval given), the
     * check is no longer due; the row lock makes two servers agree.
     */
    public Optional<Claim> claim(UUID uuid, Duration stale, Duration dueEvery) {
        FeedSubscription subscription = locked(uuid);
        Instant now = now();
        if (dueEvery != null && !subscription.isDue(now, dueEvery)
                || !subscription.claim(now, now.minus(stale))) {
            return Optional.empty();
        }
        return Optional.of(new Claim(subscription.getId(), subscription.getUrl(),
                subscription.getEtag().orElse(null), subscription.getLastModified().orElse(null)));
    }

    /** Imports the feed's new items as drafts and records the check; returns how many. */
    public int imported(long id, ParsedFeed feed, String etag, String lastModified) {
        changes.lockWrites();
        FeedSubscription subscription = em.find(FeedSubscription.class, id,
                LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null) {
            return 0;
        }
        int imported = importNew(subscription, feed);
        subscription.succeeded(now(), feed.title(), etag, lastModified);
        LOG.info(() -> "Checked feed " + subscription.getUrl() + ": " + imported
                + " new item(s) imported as drafts");
        return imported;
    }

    /** Records a check that found the feed unchanged (HTTP 304). */
    public void notModified(long id) {
        Optional.ofNullable(em.find(FeedSubscription.class, id, LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(s -> s.notModified(now()));
    }

    /** Records a failed check with its reason, shown to the administrators. */
    public void failed(long id, FeedProblem problem, String detail) {
        Optional.ofNullable(em.find(FeedSubscription.class, id, LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(s -> {
                    s.failed(now(), problem, detail);
                    LOG.warning(() -> "Check of feed " + s.getUrl() + " failed (" + problem
                            + "): " + detail);
                });
    }

    /** Lets the subscription go without recording a check. */
    public void release(long id) {
        Optional.ofNullable(em.find(FeedSubscription.class, id, LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(FeedSubscription::release);
    }

    /** Pauses or resumes the scheduled checks of a subscription. */
    public FeedSubscription activate(UUID uuid, boolean active) {
        FeedSubscription subscription = locked(uuid);
        subscription.setActive(active);
        LOG.info(() -> "Feed " + subscription.getUrl() + (active ? " resumed" : " paused"));
        return subscription;
    }

    /** Sets the subscription's own check interval; null returns it to the node's. */
    public FeedSubscription interval(UUID uuid, Duration every) {
        FeedSubscription subscription = locked(uuid);
        subscription.setCheckInterval(every);
        LOG.info(() -> "Feed " + subscription.getUrl() + " is checked every "
                + (every == null ? "default interval" : every));
        return subscription;
    }

    /** Forgets a subscription and its items; the drafts made from them stay. */
    public void remove(UUID uuid) {
        FeedSubscription subscription = locked(uuid);
        em.createQuery("delete from FeedItem i where i.subscription = :s")
                .setParameter("s", subscription).executeUpdate();
        em.remove(subscription);
        LOG.info(() -> "Unsubscribed from feed " + subscription.getUrl());
    }

    private int importNew(FeedSubscription subscription, ParsedFeed feed) {
        Set<String> seen = new HashSet<>();
        List<String> guids = feed.entries().stream().map(FeedEntry::guid).toList();
        if (!guids.isEmpty()) {
            seen.addAll(em.createQuery("select i.guid from FeedItem i where i.subscription = :s"
                    + " and i.guid in :guids", String.class).setParameter("s", subscription)
                    .setParameter("guids", guids).getResultList());
        }
        int imported = 0;
        for (FeedEntry entry : feed.entries()) {
            if (!seen.add(entry.guid())) {
                continue;
            }
            Article draft = articles.create(draft(entry, subscription, feed.title()),
                    ArticleReferences.none());
            em.persist(new FeedItem(subscription, entry, draft.getUuid(), now()));
            imported++;
        }
        em.flush();
        return imported;
    }

    private static Article draft(FeedEntry entry, FeedSubscription subscription, String feedTitle) {
        Article article = new Article(ArticleType.NEWS);
        article.setTitle(title(entry, subscription, feedTitle));
        article.setSummary(entry.summary());
        article.setBody(entry.body());
        if (entry.link() != null) {
            String label = feedTitle != null ? feedTitle : subscription.getTitle();
            article.setLinks(List.of(new ArticleLink(SOURCE_LINK, entry.link(),
                    cut(label, LABEL_MAX))));
        }
        return article;
    }

    /** The item's title; else the start of its text, its link, or the feed's title. */
    private static String title(FeedEntry entry, FeedSubscription subscription, String feedTitle) {
        if (!entry.title().isBlank()) {
            return entry.title();
        }
        if (entry.summary() != null) {
            return PlainText.excerpt(entry.summary(), 120);
        }
        if (entry.link() != null) {
            return cut(entry.link(), FeedReader.TITLE_MAX);
        }
        return cut(feedTitle != null ? feedTitle : subscription.getTitle(), FeedReader.TITLE_MAX);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private FeedSubscription locked(UUID uuid) {
        return em.createQuery("select s from FeedSubscription s where s.uuid = :uuid",
                FeedSubscription.class).setParameter("uuid", uuid.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Feed subscription", uuid));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<FeedSubscription> findByUrl(String url) {
        return byUrl(url);
    }

    private Optional<FeedSubscription> byUrl(String url) {
        return em.createQuery("select s from FeedSubscription s where s.url = :url",
                FeedSubscription.class).setParameter("url", url).getResultStream().findFirst();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
