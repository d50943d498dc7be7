package org.openxeco.feeds.ingest;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.openxeco.kernel.InstantConverter;

/**
 * An item read from a subscribed feed, kept for good: its key (guid) within the feed, what
 * it was called, where it lives and when it was published, and the draft it became. The row
 * outlives the draft, so a deleted draft is not made again by the next check.
 */
@Entity
@Table(name = "feed_item")
public class FeedItem {

    @Id
    @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id", nullable = false, updatable = false)
    private FeedSubscription subscription;

    @Column(nullable = false, updatable = false)
    private String guid;

    private String title;

    private String link;

    @Convert(converter = InstantConverter.class)
    @Column(name = "published_at")
    private Instant publishedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "article_uuid")
    private String articleUuid;

    protected FeedItem() {
    }

    FeedItem(FeedSubscription subscription, FeedEntry entry, UUID article, Instant now) {
        this.subscription = subscription;
        this.guid = entry.guid();
        this.title = entry.title();
        this.link = entry.link();
        this.publishedAt = entry.published();
        this.importedAt = now;
        this.articleUuid = article == null ? null : article.toString();
    }

    public FeedSubscription getSubscription() {
        return subscription;
    }

    public String getGuid() {
        return guid;
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getLink() {
        return Optional.ofNullable(link);
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    /** The draft the item became; its article may have been deleted since. */
    public Optional<UUID> getArticleUuid() {
        return Optional.ofNullable(articleUuid).map(UUID::fromString);
    }
}
