package org.openxeco.rest.feeds;

import java.time.Instant;

import org.openxeco.feeds.ingest.FeedItem;

/**
 * An item read from a feed: its key, title and link, when its source published it, when it
 * was read here, and the id of the draft article it became (which may have been deleted).
 */
public record FeedItemView(String subscription, String guid, String title, String link,
        Instant publishedAt, Instant importedAt, String article) {

    static FeedItemView of(FeedItem item) {
        return new FeedItemView(item.getSubscription().getUuid().toString(), item.getGuid(),
                item.getTitle(), item.getLink().orElse(null), item.getPublishedAt().orElse(null),
                item.getImportedAt(), item.getArticleUuid().map(Object::toString).orElse(null));
    }
}
