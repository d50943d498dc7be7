package org.openxeco.feeds;

import java.time.Instant;
import java.util.Optional;

/**
 * A written feed, calendar or card and the last change of what it shows, if it shows
 * anything.
 */
public record FeedDocument(String text, Optional<Instant> lastModified) {
}
