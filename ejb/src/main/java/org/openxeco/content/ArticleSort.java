package org.openxeco.content;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.Function;

import org.openxeco.kernel.Problems;
import org.openxeco.kernel.SortOrder;

/**
 * The orders in which articles can be listed. Sorting by start lists events only; sorting
 * by publication lists articles that have been published.
 */
public enum ArticleSort {
    TITLE("title", "sortKey", false, Article::getSortKey, k -> k),
    TITLE_DESC("-title", "sortKey", true, Article::getSortKey, k -> k),
    START("start", "event.start", false, a -> startOf(a), Instant::parse),
    START_DESC("-start", "event.start", true, a -> startOf(a), Instant::parse),
    PUBLISHED("published", "publishedAt", false, a -> a.getPublishedAt().toString(),
            Instant::parse),
    PUBLISHED_DESC("-published", "publishedAt", true, a -> a.getPublishedAt().toString(),
            Instant::parse),
    UPDATED("updated", "changeSeq", false, a -> Long.toString(a.getChangeSeq()), Long::valueOf),
    UPDATED_DESC("-updated", "changeSeq", true, a -> Long.toString(a.getChangeSeq()),
            Long::valueOf);

    private final SortOrder<Article> order;

    ArticleSort(String name, String path, boolean descending, Function<Article, String> keyOf,
            Function<String, Object> parseKey) {
        this.order = new SortOrder<>(name, path, descending, keyOf, parseKey);
    }

    public SortOrder<Article> order() {
        return order;
    }

    /** The JPQL condition an article needs to have a key in this order, if any. */
    String requiredCondition() {
        return switch (this) {
            case START, START_DESC -> "a.event.start is not null";
            case PUBLISHED, PUBLISHED_DESC -> "a.publishedAt is not null";
            default -> null;
        };
    }

    /** The sort named by a client, such as {@code start} or {@code -published}. */
    public static ArticleSort parse(String name) {
        return Arrays.stream(values()).filter(s -> s.order.name().equals(name)).findFirst()
                .orElseThrow(() -> Problems.invalid("sort", "sort.unknown", name,
                        "title, -title, start, -start, published, -published, updated, -updated"));
    }

    private static String startOf(Article article) {
        return article.getEvent().map(e -> e.getStart().toString()).orElse("");
    }
}
