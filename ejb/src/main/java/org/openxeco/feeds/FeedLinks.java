package org.openxeco.feeds;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleType;
import org.openxeco.directory.Organisation;
import org.openxeco.kernel.NodeUris;

/**
 * The addresses of the public site's pages under the node's base URL, as the portal's
 * readable routes spell them ({@code /news/{slug}}, {@code /directory/{uuid}}), and the
 * node's host name for calendar UIDs.
 */
final class FeedLinks {

    private static final Map<ArticleType, String> SECTIONS = Map.of(ArticleType.NEWS, "news",
            ArticleType.EVENT, "events", ArticleType.JOB_OFFER, "jobs",
            ArticleType.SERVICE, "services", ArticleType.TOOL, "tools");

    private final NodeUris uris;

    FeedLinks(NodeUris uris) {
        this.uris = uris;
    }

    /** The public list of an article type, narrowed to a taxonomy value if one is given. */
    String list(ArticleType type, String tagReference) {
        String list = uris.baseUrl() + "/" + SECTIONS.get(type);
        return tagReference == null ? list : list + "?tag=" + encode(tagReference);
    }

    /** The public page of an article. */
    String article(Article article) {
        return list(article.getType(), null) + "/" + encode(article.getSlug());
    }

    /** The public page of an entity. */
    String entity(Organisation entity) {
        return uris.baseUrl() + "/directory/" + entity.getUuid();
    }

    /** An address of the public API, such as {@code /feeds/news.atom}. */
    String api(String path) {
        return uris.baseUrl() + "/api" + path;
    }

    /** The address of an image stored on this node. */
    String media(String hash) {
        return uris.baseUrl() + "/media/" + hash;
    }

    /** The host name of the node's base URL, which makes calendar UIDs unique worldwide. */
    String host() {
        String host = URI.create(uris.baseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
