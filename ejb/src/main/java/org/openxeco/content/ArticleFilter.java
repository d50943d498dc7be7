package org.openxeco.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a list of articles is restricted to: type, status (staff only), free text over the
 * title, taxonomy values (each with its subtree), event country, and time bounds: events
 * that end at or after {@code from}, that start at or after {@code startsFrom}, and that
 * start before {@code to}.
 */
public record ArticleFilter(Optional<ArticleType> type, Optional<ArticleStatus> status,
        Optional<String> text, List<String> tags, Optional<String> countryCode,
        Optional<Instant> from, Optional<Instant> startsFrom, Optional<Instant> to) {

    public static ArticleFilter none() {
        return new ArticleFilter(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ArticleFilter ofType(ArticleType articleType) {
        return new ArticleFilter(Optional.of(articleType), status, text, tags, countryCode, from,
                startsFrom, to);
    }
}
