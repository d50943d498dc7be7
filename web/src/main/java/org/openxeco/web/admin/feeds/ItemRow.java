package org.openxeco.web.admin.feeds;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import org.openxeco.feeds.ingest.FeedItem;

/** An item read from a feed, with the draft it became if that still exists. */
public record ItemRow(String feed, String title, String link, Instant publishedAt,
        Instant importedAt, UUID article) implements Serializable {

    static ItemRow of(FeedItem item, boolean draftExists) {
        return new ItemRow(item.getSubscription().getTitle(), item.getTitle(),
                item.getLink().orElse(null), item.getPublishedAt().orElse(null),
                item.getImportedAt(),
                draftExists ? item.getArticleUuid().orElse(null) : null);
    }
}
