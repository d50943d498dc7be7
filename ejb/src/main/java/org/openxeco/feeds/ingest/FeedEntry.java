package org.openxeco.feeds.ingest;

import java.time.Instant;

/**
 * One item of a feed as this node imports it: its key within the feed, a plain-text title,
 * the address of the original, a plain-text summary, the sanitised HTML body and the date
 * it was published (or last updated) at its source.
 */
record FeedEntry(String guid, String title, String link, String summary, String body,
        Instant published) {
}
