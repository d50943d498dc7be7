package org.openxeco.feeds.ingest;

import java.util.List;

/** A feed as read: its own title (null if it gives none) and its items, first first. */
record ParsedFeed(String title, List<FeedEntry> entries) {
}
