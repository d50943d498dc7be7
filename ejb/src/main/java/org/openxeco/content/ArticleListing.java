package org.openxeco.content;

import java.util.List;
import java.util.Optional;

/**
 * What a visitor lists on the public site: one type of article, words of the title, taxonomy
 * values as {@code scheme:code} references (each with its subtree) and, for events and job
 * offers, which side of today they fall on.
 */
public record ArticleListing(ArticleType type, Optional<String> text, List<String> tags,
        Timing timing) {

    /** Which articles of a dated type are listed. */
    public enum Timing {
        /** Every article of the type. */
        ANY,
        /** Events that have not ended yet. */
        UPCOMING,
        /** Events that have ended. */
        PAST,
        /** Job offers whose closing date has not passed, or that have none. */
        OPEN,
        /** Job offers whose closing date has passed. */
        CLOSED
    }

    public ArticleListing {
        text = text.filter(t -> !t.isBlank());
        tags = List.copyOf(tags);
    }
}
