package org.openxeco.network.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

import org.openxeco.content.ArticleType;
import org.openxeco.kernel.Problems;

/**
 * What a peer asks of the catalogue: optional text in the name or title, a taxonomy value
 * given by its concept URI, an article type, how many items at most, and the cursor of the
 * page to continue from. Fields in errors are named as the node-to-node API names them.
 */
public record CatalogueQuery(Optional<String> text, Optional<String> tag,
        Optional<ArticleType> type, int limit, Optional<String> cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    static final int MAX_TEXT = 200;
    static final int MAX_URI = 1000;

    public CatalogueQuery {
        text = blankless(text);
        tag = blankless(tag);
        Objects.requireNonNull(type, "type");
        cursor = blankless(cursor);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problems.invalid("limit", "catalogue.limit", MAX_LIMIT);
        }
        if (text.filter(t -> t.length() > MAX_TEXT).isPresent()) {
            throw Problems.invalid("q", "catalogue.text", MAX_TEXT);
        }
        tag.ifPresent(CatalogueQuery::checkUri);
    }

    /** The first page of everything, with the default limit. */
    public static CatalogueQuery all() {
        return first(DEFAULT_LIMIT);
    }

    /** The first page of everything, at most {@code limit} items. */
    public static CatalogueQuery first(int limit) {
        return new CatalogueQuery(Optional.empty(), Optional.empty(), Optional.empty(), limit,
                Optional.empty());
    }

    public CatalogueQuery withText(String newText) {
        return new CatalogueQuery(Optional.ofNullable(newText), tag, type, limit, cursor);
    }

    public CatalogueQuery withTag(String conceptUri) {
        return new CatalogueQuery(text, Optional.ofNullable(conceptUri), type, limit, cursor);
    }

    public CatalogueQuery withType(ArticleType newType) {
        return new CatalogueQuery(text, tag, Optional.ofNullable(newType), limit, cursor);
    }

    /** The same query continued after the page that handed out this cursor. */
    public CatalogueQuery after(String nextCursor) {
        return new CatalogueQuery(text, tag, type, limit, Optional.ofNullable(nextCursor));
    }

    private static Optional<String> blankless(Optional<String> value) {
        return Objects.requireNonNull(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static void checkUri(String uri) {
        boolean absolute;
        try {
            absolute = new URI(uri).isAbsolute();
        } catch (URISyntaxException e) {
            absolute = false;
        }
        if (!absolute || uri.length() > MAX_URI) {
            throw Problems.invalid("tag", "catalogue.tag", MAX_URI);
        }
    }
}
